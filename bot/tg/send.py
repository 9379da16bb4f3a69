"""Engine outputs -> Telegram messages: HTML text (user values escaped by render_message), inline
keyboards, documents; and retiring a question's keyboard once it is answered."""

from __future__ import annotations

import html
import logging

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MaybeInaccessibleMessage, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.engine import Button, Document
from bot.engine import Message as EngineMessage
from bot.engine.render import RenderedButton, render_button, render_message
from bot.i18n import Locales

log = logging.getLogger(__name__)

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64


def _pressable(button: Button | RenderedButton) -> bool:
    """A callback button Telegram accepts (not a link; 1..64 bytes of callback data)."""
    return not button.url and 0 < len(button.data.encode()) <= MAX_CALLBACK_DATA


def opens_keyboard(outputs: list) -> bool:
    """Whether delivering ``outputs`` will leave buttons to press (known before anything is sent)."""
    return any(isinstance(o, EngineMessage) and any(_pressable(b) for row in o.buttons for b in row) for o in outputs)


def keyboard(rows: tuple[tuple[RenderedButton, ...], ...]) -> InlineKeyboardMarkup | None:
    """Inline keyboard; a button whose callback data would break Telegram's 64-byte limit is left out."""
    result = []
    for row in rows:
        buttons = []
        for b in row:
            label = b.label or "…"
            if b.url:
                buttons.append(InlineKeyboardButton(label, url=b.url))
            elif _pressable(b):
                buttons.append(InlineKeyboardButton(label, callback_data=b.data))
            else:
                log.error("button left out: its callback data has %d bytes (1..64 allowed)", len(b.data.encode()))
        if buttons:
            result.append(buttons)
    return InlineKeyboardMarkup(result) if result else None


def has_callbacks(markup: InlineKeyboardMarkup | None) -> bool:
    return bool(markup) and any(b.callback_data for row in markup.inline_keyboard for b in row)


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """Cut a long text into messages at paragraph, then line, then word boundaries."""
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = max(rest.rfind("\n\n", 0, limit), rest.rfind("\n", 0, limit))
        if cut <= 0:
            cut = rest.rfind(" ", 0, limit)
        if cut <= 0:
            cut = limit
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip("\n ")
    if rest.strip() or not chunks:
        chunks.append(rest)
    return chunks


async def send_text(bot: Bot, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None) -> Message:
    """Send HTML ``text`` (split when too long; the keyboard goes under the last part)."""
    parts = split_text(text)
    sent = None
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        sent = await bot.send_message(chat_id, part, parse_mode=ParseMode.HTML, reply_markup=markup if last else None)
    return sent


async def deliver(bot: Bot, chat_id: int, outputs: list, lang: str | None, locales: Locales) -> int | None:
    """Send the engine's outputs in order; returns the id of the last message with callback buttons."""
    keyboard_message = None
    for output in outputs:
        if isinstance(output, EngineMessage):
            shown = render_message(output, lang, locales)
            markup = keyboard(shown.buttons)
            sent = await send_text(bot, chat_id, shown.text, markup)
            if has_callbacks(markup):
                keyboard_message = sent.message_id
        elif isinstance(output, Document):
            caption = render_message(EngineMessage(output.caption, output.args), lang, locales).text
            await bot.send_document(chat_id, InputFile(output.content, filename=output.filename),
                                    caption=caption[:MAX_CAPTION], parse_mode=ParseMode.HTML)
    return keyboard_message


async def mark_answered(message: MaybeInaccessibleMessage | None, accepted: Button, lang: str | None,
                        locales: Locales) -> None:
    """The pressed question keeps its text plus "✓ <answer>"; its answer buttons go (links stay)."""
    if not isinstance(message, Message) or not message.text:
        return
    label = render_button(accepted, lang or "de", locales).label
    links = [[b for b in row if b.url] for row in (message.reply_markup.inline_keyboard if message.reply_markup else ())]
    markup = InlineKeyboardMarkup([row for row in links if row]) if any(links) else None
    text = f"{message.text_html}\n\n✓ {html.escape(label)}"
    try:
        if len(text) <= MAX_TEXT:
            await message.edit_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
        else:
            await message.edit_reply_markup(markup)
    except BadRequest as exc:           # already edited, deleted, too old: nothing to retire
        log.debug("could not mark a question answered: %s", exc.message)


async def retire_keyboard(bot: Bot, chat_id: int, message_id: int) -> None:
    """Remove the buttons of an older question so only the newest one can be pressed."""
    try:
        await bot.edit_message_reply_markup(chat_id, message_id, reply_markup=None)
    except BadRequest as exc:
        log.debug("could not retire a keyboard: %s", exc.message)
