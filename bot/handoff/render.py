"""Texts of the hand-over: what mentors read (always German) and what the person is told (their language).

The mentor message is built from a snapshot taken when the referral is created (``snapshot``): every
answer as a German label and value, the person's own free text as written. Rendering escapes every value
for Telegram's HTML, so a note like ``<b>hi</b>`` reaches mentors literally.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any, Mapping
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date

from bot.engine.flows import ChoiceStep, FlowCatalog, InputStep
from bot.i18n import Locales

MENTOR_LANG = "de"
LOCAL_TIME = ZoneInfo("Europe/Berlin")

#: answers that are not shown under "Antworten im Bot" (contact details have their own lines)
_OWN_LINES = ("handoff_", "contact_", "employer_", "_")
_NOT_SHOWN = {"district", "district_name", "lang"}
_TAG = re.compile(r"<[^>]+>")


def local_time(moment: str | datetime) -> str:
    """'12.03.2026 14:05' in Saxony's time zone."""
    when = datetime.fromisoformat(moment) if isinstance(moment, str) else moment
    return when.astimezone(LOCAL_TIME).strftime("%d.%m.%Y %H:%M")


def local_date(moment: str, lang: str) -> str:
    return format_date(datetime.fromisoformat(moment).astimezone(LOCAL_TIME).date(), format="medium", locale=lang)


def language_in_german(code: str) -> str:
    return Locale.parse(code).get_display_name(MENTOR_LANG) or code


class Labels:
    """German labels for stored answers, looked up in the flows (the option labels and questions)."""

    def __init__(self, flows: FlowCatalog, locales: Locales):
        self.flows, self.locales = flows, locales
        self.options: dict[tuple[str, str], str] = {}      # (answer, value) -> label message id
        self.questions: dict[str, str] = {}                # answer -> question message id
        for _, step in flows.questions():
            if isinstance(step, ChoiceStep) and step.save:
                self.questions.setdefault(step.save, step.ask)
                for option in step.options:
                    self.options.setdefault((step.save, option.value), option.label)
            elif isinstance(step, InputStep):
                self.questions.setdefault(step.save, step.ask)

    def de(self, msg_id: str, args: Mapping[str, Any] | None = None) -> str:
        return self.locales.text(MENTOR_LANG, msg_id, args, label=True)

    def has(self, msg_id: str) -> bool:
        return self.locales.has(MENTOR_LANG, msg_id)

    def field(self, key: str) -> str:
        if self.has(f"mentor-field-{key}"):
            return self.de(f"mentor-field-{key}")
        question = self.questions.get(key)
        if question and self.has(question):
            first = _TAG.sub("", self.de(question)).strip().splitlines()[0]
            return first.rstrip(":")
        return key

    def value(self, key: str, value: Any) -> str:
        text = str(value)
        option = self.options.get((key, text))
        if option:
            return self.de(option)
        if self.has(f"mentor-value-{key}-{text}"):
            return self.de(f"mentor-value-{key}-{text}")
        if re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9_]+)+", text) and self.has(text):   # a reason given as message id
            return _TAG.sub("", self.de(text))
        return text

    def shown(self, key: str) -> bool:
        """Answers a person gave, and results with a mentor label; internal helper answers stay out."""
        return key in self.questions or self.has(f"mentor-field-{key}")

    def answer_lines(self, answers: Mapping[str, Any]) -> list[list[str]]:
        lines = []
        for key, value in answers.items():
            if key in _NOT_SHOWN or key.startswith(_OWN_LINES) or value in (None, "") or not self.shown(key):
                continue
            lines.append([self.field(key), self.value(key, value)])
        return lines


def snapshot(answers: Mapping[str, Any], kind: str, lang: str, labels: Labels) -> dict[str, Any]:
    """What the referral stores: raw answers and contact details, plus the German lines for mentors."""
    via = answers.get("contact_via", "telegram")
    contact = {
        "name": answers.get("contact_name", ""),
        "via": via,
        "phone": answers.get("contact_phone") if via == "phone" else None,
        "email": answers.get("contact_email") if via == "email" else None,
        "languages": answers.get("contact_languages"),
        "time": answers.get("contact_time"),
        "note": answers.get("contact_note"),
    }
    if kind == "employer":
        contact.update(company=answers.get("employer_company"), need=answers.get("employer_need"))
    shown = {k: v for k, v in answers.items() if isinstance(v, (str, int, float))}
    eligibility = {k: v for k, v in shown.items() if not k.startswith(_OWN_LINES) and k not in _NOT_SHOWN}
    lines: list[list[str]] = [[labels.de("mentor-field-kind"), labels.de(f"mentor-kind-{kind}")]]
    if kind == "employer":
        lines.append([labels.de("mentor-field-company"), contact["company"] or ""])
    lines.append([labels.de("mentor-field-name"), contact["name"]])
    if kind == "employer" and contact["need"]:
        lines.append([labels.de("mentor-field-need"), labels.value("employer_need", contact["need"])])
    if contact["languages"]:
        lines.append([labels.de("mentor-field-languages"), contact["languages"]])
    if contact["time"]:
        lines.append([labels.de("mentor-field-time"), labels.value("contact_time", contact["time"])])
    if contact["note"]:
        lines.append([labels.de("mentor-field-note"), contact["note"]])
    lines.append([labels.de("mentor-field-lang"), language_in_german(lang)])
    return {"contact": contact, "answers": eligibility, "lines": lines,
            "answer_lines": labels.answer_lines(eligibility)}


def contact_line(data: Mapping[str, Any], chat_id: int | None, locales: Locales, *, html_mode: bool) -> str:
    """How to reach the person, as mentors read it."""
    contact = data.get("contact", {})
    de = lambda mid, args=None: locales.text(MENTOR_LANG, mid, args, label=True)   # noqa: E731
    esc = html.escape if html_mode else (lambda s: s)
    if contact.get("via") == "phone" and contact.get("phone"):
        return esc(de("mentor-contact-phone", {"phone": contact["phone"]}))
    if contact.get("via") == "email" and contact.get("email"):
        return esc(de("mentor-contact-email", {"email": contact["email"]}))
    text = de("mentor-contact-telegram")
    if chat_id is None:
        return esc(text)
    if html_mode:
        return f'{html.escape(text)}: <a href="tg://user?id={int(chat_id)}">{html.escape(de("mentor-contact-telegram-link"))}</a>'
    return f"{text}: tg://user?id={int(chat_id)}"


def mentor_text(referral, region_name: str, locales: Locales, *, html_mode: bool = True) -> str:
    """The referral as mentors read it, in German. ``referral`` is a bot.handoff.store.Referral."""
    esc = html.escape if html_mode else (lambda s: s)
    de = lambda mid, args=None: locales.text(MENTOR_LANG, mid, args, label=True)   # noqa: E731
    title = de("mentor-referral-title", {"ref": referral.id, "region": esc(region_name)})
    if not html_mode:
        title = _TAG.sub("", title)
    bold = (lambda s: f"<b>{s}</b>") if html_mode else (lambda s: s)
    data = referral.data
    out = [title, ""]
    lines = data.get("lines", [])
    for label, value in lines[:2]:
        out.append(f"{bold(esc(label))}: {esc(str(value))}")
    out.append(f"{bold(esc(de('mentor-field-contact')))}: {contact_line(data, referral.chat_id, locales, html_mode=html_mode)}")
    for label, value in lines[2:]:
        out.append(f"{bold(esc(label))}: {esc(str(value))}")
    answer_lines = data.get("answer_lines", [])
    if answer_lines:
        out += ["", bold(esc(de("mentor-field-answers")))]
        out += [f"• {esc(label)}: {esc(str(value))}" for label, value in answer_lines]
    if data.get("same_contact_open"):
        out += ["", esc(de("mentor-same-contact-open"))]
    out += ["", f"{esc(de('mentor-field-consent'))}: {esc(referral.consent_version)}, {local_time(referral.consent_at)}"]
    return "\n".join(out)


def mentor_state(referral, locales: Locales, *, html_mode: bool = True) -> str:
    """The lines under a notification once mentors acted on it ('' while new)."""
    esc = html.escape if html_mode else (lambda s: s)
    de = lambda mid, args=None: locales.text(MENTOR_LANG, mid, args, label=True)   # noqa: E731
    lines = []
    if referral.accepted_at:
        lines.append(de("mentor-state-accepted", {"mentor": esc(referral.accepted_by or "?"),
                                                   "time": local_time(referral.accepted_at)}))
    if referral.status in ("contacted", "unreachable", "closed"):
        lines.append(de(f"mentor-state-{referral.status}", {"time": local_time(referral.updated_at)}))
    return "\n".join(lines)
