"""Texts of the hand-over: what mentors read (always German) and what the person is told (their language).

The mentor message is built from a snapshot taken when the referral is created (``snapshot``): every
answer as a German label and value, the person's own free text as written. Rendering escapes every value
for Telegram's HTML, so a note like ``<b>hi</b>`` reaches mentors literally.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any, Mapping
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date

from bot.engine.flows import ChoiceStep, FlowCatalog, InputStep
from bot.engine.validators import display_phone
from bot.handoff.records import Contact, Referral, Snapshot
from bot.i18n import Locales

MENTOR_LANG = "de"
LOCAL_TIME = ZoneInfo("Europe/Berlin")

#: answers that are not shown under "Antworten im Bot" (contact details have their own lines)
_OWN_LINES = ("handoff_", "contact_", "employer_", "_")
_NOT_SHOWN = {"district", "district_name", "lang"}
#: the check's result, shown as one line of its own
_RESULT = ("outcome", "outcome_reason")
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

    def __init__(self, flows: FlowCatalog, locales: Locales) -> None:
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
        lines = _TAG.sub("", self.de(question)).strip().splitlines() if question and self.has(question) else []
        return lines[0].rstrip(":") if lines else key

    def value(self, key: str, value: object) -> str:
        text = str(value)
        if self.has(f"mentor-value-{key}-{text}"):          # mentors' own short wording wins over the button
            return self.de(f"mentor-value-{key}-{text}")
        option = self.options.get((key, text))
        if option:
            return self.de(option)
        if re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9_]+)+", text) and self.has(text):   # a reason given as message id
            return _TAG.sub("", self.de(text))
        return text

    def shown(self, key: str) -> bool:
        """Answers a person gave, and results with a mentor label; internal helper answers stay out."""
        return key in self.questions or self.has(f"mentor-field-{key}")

    def answer_lines(self, answers: Mapping[str, object]) -> list[list[str]]:
        """Short label and value per answer; the check's result first, as '<group>: <reason>' in words."""
        lines = []
        outcome, reason = answers.get("outcome"), answers.get("outcome_reason")
        if outcome:
            group = (self.de(f"mentor-value-outcome-{outcome}") if self.has(f"mentor-value-outcome-{outcome}")
                     else f"{self.field('outcome')}: {outcome}")
            lines.append([group, self.value("outcome_reason", reason) if reason else ""])
        for key, value in answers.items():
            if key in _NOT_SHOWN or key in _RESULT or key.startswith(_OWN_LINES) or value in (None, "") \
                    or not self.shown(key):
                continue
            lines.append([self.field(key), self.value(key, value)])
        return lines

    def unlabelled(self) -> list[tuple[str, tuple[str, ChoiceStep | InputStep]]]:
        """Answers a question saves that mentors would see without a short German label (mentor-field-<answer>):
        (answer, (flow id, the first step that saves it))."""
        missing: dict[str, tuple[str, ChoiceStep | InputStep]] = {}
        for flow, step in self.flows.questions():
            if not isinstance(step, (ChoiceStep, InputStep)) or not step.save:
                continue
            save = step.save
            if save in _NOT_SHOWN or save.startswith(_OWN_LINES) or self.has(f"mentor-field-{save}"):
                continue
            missing.setdefault(save, (flow.id, step))
        return list(missing.items())


def snapshot(answers: Mapping[str, Any], kind: str, lang: str, labels: Labels) -> dict[str, Any]:
    """What the referral stores (a store.Snapshot): raw answers and contact details, plus the German lines for
    mentors.

    ``head`` comes before the contact line, ``lines`` after it; ``answer_lines`` are the short answers, the
    check's result first. The person's languages lead: the first thing a mentor needs is how to talk to them."""
    via = answers.get("contact_via", "telegram")
    contact: Contact = {
        "name": answers.get("contact_name", ""),
        "name_latin": answers.get("contact_name_latin") or "",
        "via": via,
        "phone": answers.get("contact_phone") if via == "phone" else None,
        "email": answers.get("contact_email") if via == "email" else None,
        "languages": answers.get("contact_languages"),
        "time": answers.get("contact_time"),
        "note": answers.get("contact_note"),
    }
    if kind == "employer":
        contact["company"] = answers.get("employer_company")
        contact["need"] = answers.get("employer_need")
    shown = {k: v for k, v in answers.items() if isinstance(v, (str, int, float))}
    eligibility = {k: v for k, v in shown.items() if not k.startswith(_OWN_LINES) and k not in _NOT_SHOWN}
    head: list[list[str]] = [[labels.de("mentor-field-languages"), languages_text(lang, contact["languages"], labels)],
                             [labels.de("mentor-field-kind"), labels.de(f"mentor-kind-{kind}")]]
    if kind == "employer":
        head.append([labels.de("mentor-field-company"), contact["company"] or ""])
    head.append([labels.de("mentor-field-name"), name_text(contact)])
    lines: list[list[str]] = []
    if kind == "employer" and contact["need"]:
        lines.append([labels.de("mentor-field-need"), labels.value("employer_need", contact["need"])])
    if contact["time"]:
        lines.append([labels.de("mentor-field-time"), labels.value("contact_time", contact["time"])])
    if contact["note"]:
        lines.append([labels.de("mentor-field-note"), contact["note"]])
    return {"contact": contact, "answers": eligibility, "head": head, "lines": lines,
            "answer_lines": labels.answer_lines(eligibility)}


def languages_text(lang: str, given: str | None, labels: Labels) -> str:
    """'Arabisch (Sprache im Bot), selbst angegeben: Arabisch, Englisch'."""
    bot = language_in_german(lang)
    if given:
        return labels.de("mentor-languages-given", {"bot": bot, "given": given})
    return labels.de("mentor-languages", {"bot": bot})


def name_text(contact: Contact) -> str:
    """The name as typed; a name in another script also in the Latin spelling the person gave."""
    name, latin = str(contact.get("name") or ""), str(contact.get("name_latin") or "").strip()
    return f"{name} ({latin})" if latin and latin != name else name


def _as_is(text: str) -> str:
    return text


def _bold(text: str) -> str:
    return f"<b>{text}</b>"


def _escape(html_mode: bool) -> Callable[[str], str]:
    return html.escape if html_mode else _as_is


def consent_text(version: str, given_at: str, locales: Locales) -> str:
    """'Version 2026-1, 07.12.2026': the declared version (the stored one also names language and text hash)."""
    declared = version.split(":", 1)[0]
    day = datetime.fromisoformat(given_at).astimezone(LOCAL_TIME).strftime("%d.%m.%Y")
    return locales.text(MENTOR_LANG, "mentor-consent", {"version": declared, "date": day}, label=True)


def contact_line(data: Snapshot, chat_id: int | None, locales: Locales, *, html_mode: bool) -> str:
    """How to reach the person, as mentors read it."""
    contact = data.get("contact", Contact())
    de = partial(locales.text, MENTOR_LANG, label=True)
    esc = _escape(html_mode)
    phone, email = contact.get("phone"), contact.get("email")
    if contact.get("via") == "phone" and phone:
        return esc(de("mentor-contact-phone", {"phone": display_phone(phone)}))
    if contact.get("via") == "email" and email:
        return esc(de("mentor-contact-email", {"email": email}))
    text = de("mentor-contact-telegram")
    if chat_id is None:
        return esc(text)
    if html_mode:
        return f'{html.escape(text)}: <a href="tg://user?id={int(chat_id)}">{html.escape(de("mentor-contact-telegram-link"))}</a>'
    return f"{text}: tg://user?id={int(chat_id)}"


def mentor_text(referral: Referral, region_name: str, locales: Locales, *, html_mode: bool = True) -> str:
    """The referral as mentors read it, in German."""
    esc = _escape(html_mode)
    de = partial(locales.text, MENTOR_LANG, label=True)
    title = de("mentor-referral-title", {"ref": referral.id, "region": esc(region_name)})
    if not html_mode:
        title = _TAG.sub("", title)
    bold = _bold if html_mode else _as_is
    data = referral.data
    out = [title, ""]

    def line(label: str, value: object) -> str:
        return f"{bold(esc(label))}: {esc(str(value))}"

    if "head" in data:
        head, rest = data["head"], data.get("lines", [])
    else:                                   # stored before the languages led the message
        head, rest = data.get("lines", [])[:2], data.get("lines", [])[2:]
    out += [line(label, value) for label, value in head]
    out.append(f"{bold(esc(de('mentor-field-contact')))}: {contact_line(data, referral.chat_id, locales, html_mode=html_mode)}")
    out += [line(label, value) for label, value in rest]
    answer_lines = data.get("answer_lines", [])
    if answer_lines:
        out.append("")
        out += [line(label, value) if value != "" else bold(esc(label)) for label, value in answer_lines]
    if data.get("same_contact_open"):
        out += ["", esc(de("mentor-same-contact-open"))]
    out += ["", f"{esc(de('mentor-field-consent'))}: "
                f"{esc(consent_text(referral.consent_version, referral.consent_at, locales))}"]
    return "\n".join(out)


def mentor_state(referral: Referral, locales: Locales, *, html_mode: bool = True) -> str:
    """The lines under a notification once mentors acted on it ('' while new)."""
    esc = _escape(html_mode)
    de = partial(locales.text, MENTOR_LANG, label=True)
    lines = []
    if referral.accepted_at:
        lines.append(de("mentor-state-accepted", {"mentor": esc(referral.accepted_by or "?"),
                                                   "time": local_time(referral.accepted_at)}))
    if referral.status in ("contacted", "unreachable", "closed"):
        lines.append(de(f"mentor-state-{referral.status}", {"time": local_time(referral.updated_at)}))
    if referral.status == "closed" and referral.outcome:
        lines.append(de("mentor-state-outcome", {"outcome": de(f"mentor-outcome-{referral.outcome}")}))
    elif referral.status == "closed":
        lines.append(de("mentor-outcome-ask"))
    return "\n".join(lines)
