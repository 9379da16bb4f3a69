"""Plain functions that build Bot API ``Update`` dicts shaped exactly like Telegram's.

Tests that feed raw updates into a handler (``Update.de_json(update, bot)``) and the fake server
share these, so a field Telegram sends is added in one place.
"""

from __future__ import annotations

import itertools
import re
import time
from typing import Any

from bot.testing.html import utf16_len

JsonDict = dict[str, Any]

_update_ids = itertools.count(1)
_query_ids = itertools.count(4_000_000_000_000_000_001)
_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")


def now() -> int:
    return int(time.time())


def make_user(
    user_id: int = 1001,
    first_name: str = "Amina",
    *,
    last_name: str | None = None,
    username: str | None = None,
    language_code: str | None = None,
    is_bot: bool = False,
) -> JsonDict:
    """A ``User`` object; optional fields are left out when unset, as Telegram does."""
    user: JsonDict = {"id": user_id, "is_bot": is_bot, "first_name": first_name}
    for key, value in (("last_name", last_name), ("username", username), ("language_code", language_code)):
        if value is not None:
            user[key] = value
    return user


def make_private_chat(user: JsonDict) -> JsonDict:
    """The private chat with ``user`` (its id equals the user id)."""
    chat: JsonDict = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
    for key in ("last_name", "username"):
        if key in user:
            chat[key] = user[key]
    return chat


def make_group_chat(chat_id: int = -1001234567890, title: str = "Projekt Dresden", *, kind: str = "supergroup") -> JsonDict:
    """A group or supergroup chat."""
    return {"id": chat_id, "type": kind, "title": title}


def command_entities(text: str) -> list[JsonDict]:
    """``bot_command`` entities for every ``/command`` in ``text``, as Telegram's clients add them."""
    return [
        {"type": "bot_command", "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group())}
        for m in _COMMAND.finditer(text)
    ]


def make_message(
    message_id: int,
    chat: JsonDict,
    sender: JsonDict,
    *,
    text: str | None = None,
    date: int | None = None,
    **content: Any,
) -> JsonDict:
    """A ``Message``; ``text`` gets its command entities, ``content`` adds e.g. ``photo=...``."""
    message: JsonDict = {"message_id": message_id, "from": sender, "chat": chat, "date": date or now()}
    if text is not None:
        message["text"] = text
        if entities := command_entities(text):
            message["entities"] = entities
    message.update(content)
    return message


def message_update(message: JsonDict, *, update_id: int | None = None, kind: str = "message") -> JsonDict:
    """Wrap a message; ``kind`` is ``message`` or ``edited_message``."""
    return {"update_id": _next_update_id(update_id), kind: message}


def text_update(
    text: str,
    *,
    user: JsonDict | None = None,
    chat: JsonDict | None = None,
    message_id: int = 1,
    update_id: int | None = None,
) -> JsonDict:
    """A user writes ``text`` (in their private chat unless ``chat`` is given)."""
    user = user or make_user()
    return message_update(make_message(message_id, chat or make_private_chat(user), user, text=text), update_id=update_id)


def command_update(name: str, arg: str | None = None, **kwargs: Any) -> JsonDict:
    """A user sends ``/name arg``."""
    return text_update(f"/{name}" + (f" {arg}" if arg else ""), **kwargs)


def edited_message_update(message: JsonDict, new_text: str, *, update_id: int | None = None) -> JsonDict:
    """The user edited ``message`` to ``new_text``."""
    edited = {**message, "edit_date": now()}
    edited.pop("entities", None)
    edited["text"] = new_text
    if entities := command_entities(new_text):
        edited["entities"] = entities
    return message_update(edited, update_id=update_id, kind="edited_message")


def callback_query_update(
    data: str,
    message: JsonDict,
    *,
    user: JsonDict | None = None,
    query_id: str | None = None,
    update_id: int | None = None,
) -> JsonDict:
    """A user pressed an inline button carrying ``data`` under ``message`` (the bot's message)."""
    user = user or make_user()
    query: JsonDict = {
        "id": query_id or str(next(_query_ids)),
        "from": user,
        "message": message,
        "chat_instance": str(abs(hash((message["chat"]["id"], user["id"])))),
        "data": data,
    }
    return {"update_id": _next_update_id(update_id), "callback_query": query}


def inaccessible_message(chat: JsonDict, message_id: int) -> JsonDict:
    """What Telegram puts in a callback query whose message the bot can no longer access."""
    return {"chat": chat, "message_id": message_id, "date": 0}


def my_chat_member_update(chat: JsonDict, user: JsonDict, bot_user: JsonDict, *, blocked: bool, update_id: int | None = None) -> JsonDict:
    """The user blocked (``blocked=True``) or unblocked the bot in their private chat."""
    member = {"status": "member", "user": bot_user}
    kicked = {"status": "kicked", "user": bot_user, "until_date": 0}
    old, new = (member, kicked) if blocked else (kicked, member)
    change = {"chat": chat, "from": user, "date": now(), "old_chat_member": old, "new_chat_member": new}
    return {"update_id": _next_update_id(update_id), "my_chat_member": change}


def photo_content(file_id: str, unique_id: str, size: int, *, width: int = 320, height: int = 240) -> list[JsonDict]:
    """The ``photo`` field: Telegram sends several sizes, smallest first."""
    small = {"file_id": f"{file_id}-s", "file_unique_id": f"{unique_id}-s", "width": 90, "height": 67, "file_size": min(size, 1024)}
    full = {"file_id": file_id, "file_unique_id": unique_id, "width": width, "height": height, "file_size": size}
    return [small, full]


def document_content(file_id: str, unique_id: str, size: int, *, file_name: str, mime_type: str) -> JsonDict:
    return {"file_id": file_id, "file_unique_id": unique_id, "file_name": file_name, "mime_type": mime_type, "file_size": size}


def sticker_content(file_id: str = "CAACAgIAAxkBAAIBsticker", emoji: str = "👍") -> JsonDict:
    return {
        "file_id": file_id,
        "file_unique_id": "AgADsticker",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "emoji": emoji,
        "file_size": 23456,
    }


def voice_content(file_id: str, unique_id: str, size: int, *, duration: int = 3) -> JsonDict:
    return {"file_id": file_id, "file_unique_id": unique_id, "duration": duration, "mime_type": "audio/ogg", "file_size": size}


def location_content(latitude: float = 51.0504, longitude: float = 13.7373) -> JsonDict:
    return {"latitude": latitude, "longitude": longitude}


def contact_content(phone_number: str, first_name: str, *, user_id: int | None = None) -> JsonDict:
    contact: JsonDict = {"phone_number": phone_number, "first_name": first_name}
    if user_id is not None:
        contact["user_id"] = user_id
    return contact


def _next_update_id(update_id: int | None) -> int:
    return next(_update_ids) if update_id is None else update_id
