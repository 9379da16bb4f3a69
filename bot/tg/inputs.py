"""Telegram messages -> engine inputs. Anything that is not text becomes ``Unsupported(kind)``."""

from __future__ import annotations

import re

from telegram import Message

from bot.engine import Command, Input, Text, Unsupported

MAX_TEXT = 4096                       # Telegram's own limit; longer input is cut, never refused
_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+(.*))?$", re.DOTALL)
#: message fields that carry content the bot cannot read, in the order they are checked
UNSUPPORTED_KINDS = ("photo", "voice", "sticker", "document", "video", "video_note", "audio", "animation",
                     "location", "venue", "contact", "poll", "dice", "game", "story", "paid_media")


def to_input(message: Message) -> Input:
    text = message.text
    if text is not None:
        match = _COMMAND.match(text.strip())
        if match:
            return Command(match.group(1).lower(), (match.group(2) or "").strip()[:MAX_TEXT])
        return Text(text[:MAX_TEXT])
    return Unsupported(message_kind(message))


def message_kind(message: Message) -> str:
    return next((kind for kind in UNSUPPORTED_KINDS if getattr(message, kind, None)), "other")
