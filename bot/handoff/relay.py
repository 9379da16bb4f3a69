"""Mentor and mentee talk through the bot, once a mentor has taken the referral.

Why through the bot: a ``tg://user`` link opens nobody who hides their account from forwards, and mentors
would have to write from their private accounts. Here the person reads the project's name, in their own
language for the ready-made messages, and the project reads everything in its own chat, under the referral.

- mentor → person: a reply (Telegram's reply) to any of the bot's messages about the referral in the
  project's chat, or a ready-made message (``TEMPLATES``) chosen after "Der Person schreiben";
- person → project: "Write to my mentor" (under "My request", or under a relayed message) opens a short
  writing window (``COMPOSE_MINUTES``); text, photos, files and voice notes go to the project chat only.

Both directions are outbox deliveries (kinds ``relay_out`` to the person, ``relay_in`` to the project), so
they are retried, sent once, and kept in order per referral and chat. The contents sit in the delivery's
``payload`` only until it is delivered (a trigger erases it; see the migration).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from bot.engine import Message
from bot.engine.render import render_message
from bot.handoff.mentors import Channels
from bot.handoff.records import Referral
from bot.handoff.relay_store import TO_PERSON, TO_PROJECT, Payload, RelayStore
from bot.handoff.render import MENTOR_LANG, language_in_german
from bot.handoff.store import HandoffStore
from bot.i18n import Locales

log = logging.getLogger(__name__)

#: callback data prefix of relay buttons: r:<action>:<referral>[:…]
PREFIX = "r"
#: referral states in which mentor and person may write to each other (taken, not yet closed)
TAKEN = ("accepted", "contacted", "unreachable")
COMPOSE_MINUTES = 30
FILE_KINDS = ("photo", "document", "voice")


@dataclass(frozen=True)
class Template:
    """A ready-made message: ``relay-tpl-<name>`` for the person, ``mentor-relay-tpl-<name>`` as its German
    title; ``answers`` are (value, label message id) buttons whose press goes back to the project."""

    name: str
    answers: tuple[tuple[str, str], ...] = ()
    write: bool = False              # offers "send it now" (opens the writing window)
    needs_office: bool = False       # only when the mentors file names the project's office


TEMPLATES: dict[str, Template] = {t.name: t for t in (
    Template("call", answers=(("morning", "handoff-time-morning"), ("afternoon", "handoff-time-afternoon"),
                              ("evening", "handoff-time-evening"), ("any", "handoff-time-any"))),
    Template("residence", write=True),
    Template("certificate", write=True),
    Template("office", needs_office=True, write=True),
    Template("still", answers=(("yes", "relay-answer-yes"), ("no", "relay-answer-no"))),
)}

#: a relayed message's buttons: rows of (label, callback data)
Rows = list[list[tuple[str, str]]]


class RelayHost(Protocol):
    """What the relay uses of the hand-over service (bot.handoff.service.HandoffService, which uses the relay)."""

    @property
    def store(self) -> HandoffStore: ...
    @property
    def locales(self) -> Locales: ...
    def channels(self, district: str) -> Channels: ...
    def project_name(self, district: str, lang: str) -> str: ...
    def clock(self) -> datetime: ...
    def wake_outbox(self) -> None: ...


class _File(Protocol):
    @property
    def file_id(self) -> str: ...


class Incoming(Protocol):
    """What the relay reads of a Telegram message (telegram.Message has these)."""

    @property
    def text(self) -> str | None: ...
    @property
    def caption(self) -> str | None: ...
    @property
    def photo(self) -> Sequence[_File]: ...
    @property
    def document(self) -> _File | None: ...
    @property
    def voice(self) -> _File | None: ...


#: the person's texts, rendered from code (validate checks them in all four languages)
PERSON_MESSAGES = (
    "relay-from-project", "relay-btn-write", "relay-btn-stop", "relay-write-prompt", "relay-sent", "relay-sent-short",
    "relay-btn-write-mentor",
    "relay-stopped", "relay-not-open", "relay-only-these", "relay-answer-yes", "relay-answer-no",
    "relay-btn-send-now", "relay-mydata-waiting", *(f"relay-tpl-{name}" for name in TEMPLATES),
)


def content_of(message: Incoming) -> Payload | None:
    """What of a Telegram message can be relayed: text, or a photo / document / voice note (by file id)."""
    if message.text:
        return {"text": message.text}
    caption = message.caption or ""
    if message.photo:
        return {"file": "photo", "id": message.photo[-1].file_id, "caption": caption}
    if message.document:
        return {"file": "document", "id": message.document.file_id, "caption": caption}
    if message.voice:
        return {"file": "voice", "id": message.voice.file_id, "caption": caption}
    return None


class Relay:
    """The rules of who may write to whom, and rendering of relayed messages for both sides."""

    def __init__(self, service: RelayHost) -> None:
        self.service = service
        self.store = RelayStore(service.store.db)

    def de(self, msg_id: str, args: Mapping[str, Any] | None = None) -> str:
        return self.service.locales.text(MENTOR_LANG, msg_id, args, label=True)

    def text(self, lang: str, msg_id: str, args: Mapping[str, Any] | None = None) -> str:
        return render_message(Message(msg_id, args or {}), lang, self.service.locales).text

    def label(self, lang: str, msg_id: str) -> str:
        return self.service.locales.text(lang, msg_id, label=True)

    def templates(self, referral: Referral) -> list[Template]:
        office = self.service.channels(referral.district).office
        return [t for t in TEMPLATES.values() if office or not t.needs_office]

    def project_chats(self, referral: Referral) -> list[int]:
        return list(self.service.channels(referral.district).telegram_chats)

    def open_for_writing(self, referral: Referral | None) -> bool:
        return (referral is not None and referral.status in TAKEN and referral.chat_id is not None
                and bool(self.project_chats(referral)))

    # ---- enqueue ----------------------------------------------------------------------------------------

    async def to_person(self, referral: Referral, key: str, payload: Payload) -> bool:
        now = self.service.clock()
        added = await self.store.enqueue(referral.id, TO_PERSON, f"tg:{referral.chat_id}", key, payload, now)
        self.service.wake_outbox()
        return added

    async def to_project(self, referral: Referral, key: str, payload: Payload) -> int:
        now = self.service.clock()
        added = 0
        for chat in self.project_chats(referral):
            added += await self.store.enqueue(referral.id, TO_PROJECT, f"tg:{chat}", key, payload, now)
        self.service.wake_outbox()
        return added

    async def start_writing(self, user_key: str, referral: Referral) -> None:
        await self.store.open_window(user_key, referral.id, self.service.clock() + timedelta(minutes=COMPOSE_MINUTES))

    # ---- what each side reads ---------------------------------------------------------------------------

    def person_header(self, referral: Referral) -> str:
        project = self.service.project_name(referral.district, referral.lang)
        return self.text(referral.lang, "relay-from-project", {"project": project, "ref": referral.id})

    def project_header(self, referral: Referral) -> str:
        return self.de("mentor-relay-from-person", {"ref": referral.id,
                                                    "language": language_in_german(referral.lang)})

    def person_message(self, referral: Referral, payload: Payload) -> tuple[str, Rows]:
        """Text (HTML) and buttons (label, callback data) of a relayed message as the person sees it."""
        lang, ref = referral.lang, referral.id
        write = (self.label(lang, "relay-btn-write"), f"{PREFIX}:write:{ref}")
        template = TEMPLATES.get(payload.get("template", ""))
        if template is None:
            body = html.escape(payload.get("text") or payload.get("caption") or "")
            return (f"{self.person_header(referral)}\n\n{body}".rstrip(), [[write]])
        office = self.service.channels(referral.district).office or ""
        body = self.text(lang, f"relay-tpl-{template.name}", {"office": office})
        rows = [[(self.label(lang, label), f"{PREFIX}:a:{ref}:{template.name}:{value}")]
                for value, label in template.answers]
        rows.append([(self.label(lang, "relay-btn-send-now"), write[1])] if template.write else [write])
        return f"{self.person_header(referral)}\n\n{body}", rows

    def project_message(self, referral: Referral, payload: Payload) -> str:
        """A relayed message as the project reads it (German frame, the person's words as written)."""
        answer = payload.get("answer")
        if answer:
            template, value = answer
            labels = dict(TEMPLATES[template].answers) if template in TEMPLATES else {}
            shown = self.de(labels[value]) if value in labels else value
            return self.de("mentor-relay-answer", {"ref": referral.id, "title": self.de(f"mentor-relay-tpl-{template}"),
                                                   "answer": shown})
        body = html.escape(payload.get("text") or payload.get("caption") or "")
        return f"{self.project_header(referral)}\n\n{body}".rstrip()

    def template_buttons(self, referral: Referral) -> Rows:
        return [[(self.de(f"mentor-relay-tpl-{t.name}"), f"{PREFIX}:t:{referral.id}:{t.name}")]
                for t in self.templates(referral)]
