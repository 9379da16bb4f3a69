"""What goes into the engine and what comes out: plain data, no transport."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

# ---- inputs -------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Press:
    """A button press; ``data`` is the button's callback data, which may be stale or forged."""

    data: str


@dataclass(frozen=True)
class Command:
    name: str            # start, restart, back, menu, language, help, human, ...
    arg: str = ""


@dataclass(frozen=True)
class Unsupported:
    """Something the bot cannot read here: photo, voice, sticker, document, location, ..."""

    kind: str


Input = Text | Press | Command | Unsupported


@dataclass(frozen=True)
class Who:
    """Who is talking, as far as the engine needs to know."""

    user_key: str                    # pseudonymous key of the conversation, e.g. "tg:<hash>" or "console:demo"
    channel: str = "console"
    locale_hint: str | None = None   # e.g. Telegram's language_code
    chat_id: int | None = None       # where replies go (for referrals via "this chat")


# ---- outputs ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Button:
    label: str                                  # message id, or literal text when ``literal`` is True
    data: str = ""                              # callback data (empty for link buttons)
    args: Mapping[str, Any] = field(default_factory=dict)
    literal: bool = False
    url: str | None = None


@dataclass(frozen=True)
class Message:
    text: str                                   # message id
    args: Mapping[str, Any] = field(default_factory=dict)
    buttons: tuple[tuple[Button, ...], ...] = ()
    note: str | None = None                     # message id of a short "why we ask" line
    all_languages: bool = False                 # shown in every language (before one is chosen)
    question: bool = False                      # waits for an answer (its keyboard is retired once answered)
    receipt: bool = False                       # confirms something already stored (e.g. a request number):
                                                # kept until the channel has delivered it, shown again if not


@dataclass(frozen=True)
class Document:
    filename: str
    content: bytes
    caption: str                                # message id
    args: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Event:
    """Anonymous statistic: no user id, only the conversation's random id, language and where it was."""

    kind: str                                   # start, step, answer, outcome, faq_view, faq_helped, ...
    flow: str = ""
    step: str = ""
    value: str = ""


Output = Message | Document


@dataclass
class Reply:
    outputs: list[Output] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    #: label of the pressed button when a press was accepted, so the channel can mark the old question answered
    accepted: Button | None = None
    stale: bool = False                         # the press came from an old or unknown button
