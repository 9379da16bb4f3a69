"""Turn engine outputs into text and buttons in one language. Shared by the console and Telegram.

It lives with the engine, whose plain outputs it reads, and uses the translations (bot.i18n), which
themselves know nothing of the engine."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from bot.engine.io import Button, Message
from bot.i18n.locales import BIDI_MARKS, LANGUAGES, Locales

TAG = re.compile(r"</?(b|i|u|s|code)>")


@dataclass(frozen=True)
class RenderedButton:
    label: str
    data: str = ""
    url: str | None = None


@dataclass(frozen=True)
class Rendered:
    text: str
    buttons: tuple[tuple[RenderedButton, ...], ...] = ()


def _escaped(args: Mapping[str, Any], escape: Callable[[str], str]) -> dict[str, Any]:
    return {k: escape(v) if isinstance(v, str) else v for k, v in args.items()}


def render_button(button: Button, lang: str, locales: Locales) -> RenderedButton:
    # Literal labels (e.g. a district name) get the same treatment: no invisible marks in a button.
    label = BIDI_MARKS.sub("", button.label) if button.literal else locales.text(lang, button.label, button.args,
                                                                                   label=True)
    return RenderedButton(label, button.data, button.url)


def render_message(msg: Message, lang: str | None, locales: Locales, *, html_mode: bool = True) -> Rendered:
    """``html_mode``: escape user-supplied values for Telegram's HTML; otherwise strip the few tags used."""
    escape = html.escape if html_mode else (lambda s: s)
    args = _escaped(msg.args, escape)
    if msg.all_languages:
        text = "\n\n".join(locales.text(code, msg.text, args) for code in LANGUAGES)
    else:
        text = locales.text(lang, msg.text, args)
    if msg.note:
        text += "\n\n" + locales.text(lang, msg.note, args)
    if not html_mode:
        text = TAG.sub("", text)
    buttons = tuple(tuple(render_button(b, lang or "de", locales) for b in row) for row in msg.buttons)
    return Rendered(text, buttons)
