"""Simulated Telegram users and group chats: they queue updates on a :class:`FakeBotApi`.

Each method returns the queued update (with its ``update_id``); waiting for the bot's answer is
the caller's business (:mod:`bot.testing.harness` does it for tests).
"""

from __future__ import annotations

from typing import Any, Protocol

from bot.testing.chats import Chat, ChatStore
from bot.testing.records import Button, SentMessage
from bot.testing.updates import (
    JsonDict,
    callback_query_update,
    contact_content,
    document_content,
    edited_message_update,
    location_content,
    make_group_chat,
    make_message,
    make_private_chat,
    make_user,
    message_update,
    photo_content,
    sticker_content,
    voice_content,
)


class ServerForPeople(Protocol):
    """The part of the fake server people act on (:class:`~bot.testing.server.FakeBotApi`, which hands them out)."""

    bot_user: JsonDict
    chats: ChatStore
    users: dict[int, JsonDict]
    open_queries: dict[str, str]                     # callback query id -> data, until answered

    def push(self, update: JsonDict) -> JsonDict:
        """Queue an update for the bot; returns it with its ``update_id``."""

# A tiny valid JPEG header is enough: the bot never decodes what users send.
PHOTO_BYTES = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64 + b"\xff\xd9"
VOICE_BYTES = b"OggS\x00\x02" + b"\x00" * 64


def find_button(messages: list[SentMessage], label: str) -> tuple[SentMessage, Button]:
    """The newest message with an inline keyboard, and its button whose text is ``label``
    (exact, else a case-insensitive substring; never a URL button)."""
    for message in reversed(messages):
        buttons = [b for b in message.buttons if not b.is_url] if not message.deleted else []
        if not buttons:
            continue
        exact = [b for b in buttons if b.text == label]
        partial = [b for b in buttons if label.casefold() in b.text.casefold()]
        if exact or len(partial) == 1:
            return message, (exact or partial)[0]
        shown = ", ".join(repr(b.text) for b in buttons)
        problem = "is ambiguous" if partial else "is not there"
        raise LookupError(f"button {label!r} {problem} on the newest keyboard (message #{message.message_id}): {shown}")
    raise LookupError(f"no message with buttons yet; cannot press {label!r}")


class _Sender:
    """What users and groups share: queueing their messages into one chat."""

    server: ServerForPeople
    chat: Chat

    def _message(self, sender: JsonDict, *, text: str | None = None, **content: Any) -> JsonDict:
        message = make_message(self.chat.new_message_id(), self.chat.info, sender, text=text, **content)
        return self.server.push(message_update(message))

    def _press(self, sender: JsonDict, data: str, message: SentMessage) -> JsonDict:
        update = callback_query_update(data, message.to_api(self.server.bot_user, self.chat.info), user=sender)
        self.server.open_queries[update["callback_query"]["id"]] = data
        return self.server.push(update)


class FakeUser(_Sender):
    """A Telegram user in their private chat with the bot (chat id = user id)."""

    def __init__(self, server: ServerForPeople, user: JsonDict) -> None:
        self.server = server
        self.info = user
        self.id: int = user["id"]
        self.chat = server.chats.add(make_private_chat(user))
        self.chat.members[self.id] = "member"

    @property
    def messages(self) -> list[SentMessage]:
        """Everything the bot sent to this user, oldest first."""
        return list(self.chat.messages)

    def text(self, text: str) -> JsonDict:
        """Type and send ``text`` (``/commands`` get their entity, as Telegram's apps add it)."""
        return self._message(self.info, text=text)

    def press(self, label: str, message: SentMessage | None = None) -> JsonDict:
        """Press the button labelled ``label`` on ``message`` (default: the newest message with buttons)."""
        if message is None:
            message, button = find_button(self.chat.messages, label)
        else:
            _, button = find_button([message], label)
        return self._press(self.info, button.data, message)

    def press_data(self, data: str, message: SentMessage | None = None) -> JsonDict:
        """Send a callback query with any ``data`` (forged or stale) under ``message`` (default: the newest)."""
        message = message or next((m for m in reversed(self.chat.messages) if not m.deleted), None)
        if message is None:
            raise LookupError("the bot has not sent any message to press under")
        return self._press(self.info, data, message)

    def edit(self, update: JsonDict, new_text: str) -> JsonDict:
        """Edit the message of an earlier ``text()`` update."""
        return self.server.push(edited_message_update(update["message"], new_text))

    def photo(self, caption: str | None = None, data: bytes = PHOTO_BYTES) -> JsonDict:
        stored = self.server.chats.store_file(data, "photos", "jpg")
        extra = {"caption": caption} if caption else {}
        return self._message(self.info, photo=photo_content(stored.file_id, stored.unique_id, len(data)), **extra)

    def voice(self, data: bytes = VOICE_BYTES) -> JsonDict:
        stored = self.server.chats.store_file(data, "voice", "oga")
        return self._message(self.info, voice=voice_content(stored.file_id, stored.unique_id, len(data)))

    def sticker(self) -> JsonDict:
        return self._message(self.info, sticker=sticker_content())

    def document(self, data: bytes = b"%PDF-1.4\n%fake\n", filename: str = "Zeugnis.pdf",
                 mime_type: str = "application/pdf") -> JsonDict:
        stored = self.server.chats.store_file(data, "documents", filename.rsplit(".", 1)[-1])
        return self._message(self.info, document=document_content(stored.file_id, stored.unique_id, len(data),
                                                                   file_name=filename, mime_type=mime_type))

    def location(self, latitude: float = 51.0504, longitude: float = 13.7373) -> JsonDict:
        return self._message(self.info, location=location_content(latitude, longitude))

    def contact(self, phone_number: str = "+49 351 0000000", first_name: str | None = None, *,
                own: bool = True) -> JsonDict:
        """Share a contact card; ``own=True`` is the user's own (as from a "share my number" button)."""
        content = contact_content(phone_number, first_name or self.info["first_name"],
                                  user_id=self.id if own else None)
        return self._message(self.info, contact=content)


class FakeGroup(_Sender):
    """A group chat the bot is a member of (e.g. a mentor project's group)."""

    def __init__(self, server: ServerForPeople, chat_id: int, title: str, kind: str) -> None:
        self.server = server
        self.id = chat_id
        self.chat = server.chats.add(make_group_chat(chat_id, title, kind=kind))

    @property
    def messages(self) -> list[SentMessage]:
        """Everything the bot posted in this group, oldest first."""
        return list(self.chat.messages)

    def member(self, user_id: int, first_name: str = "Mentorin", *, status: str = "member",
               language_code: str | None = "de") -> JsonDict:
        """Add a member (``getChatMember`` answers ``status`` for them); returns the User object."""
        # Not a private chat with the bot: that exists only once they write to it (server.user(...)).
        user = self.server.users.setdefault(user_id, make_user(user_id, first_name, language_code=language_code))
        self.chat.members[user_id] = status
        return user

    def _user(self, user_id: int) -> JsonDict:
        user = self.server.users.get(user_id)
        if user is None:
            user = self.member(user_id)
        self.chat.members.setdefault(user_id, "member")
        return user

    def text(self, user_id: int, text: str) -> JsonDict:
        """Member ``user_id`` writes ``text`` in the group."""
        return self._message(self._user(user_id), text=text)

    def reply(self, user_id: int, to: SentMessage, text: str | None = None, **content: Any) -> JsonDict:
        """Member ``user_id`` answers the bot's message ``to`` with Telegram's reply (text or e.g. photo=...)."""
        original = to.to_api(self.server.bot_user, self.chat.info)
        return self._message(self._user(user_id), text=text, reply_to_message=original, **content)

    def press(self, user_id: int, label: str, message: SentMessage | None = None) -> JsonDict:
        """Member ``user_id`` presses ``label`` on ``message`` (default: the newest message with buttons)."""
        if message is None:
            message, button = find_button(self.chat.messages, label)
        else:
            _, button = find_button([message], label)
        return self._press(self._user(user_id), button.data, message)

    def press_data(self, user_id: int, data: str, message: SentMessage) -> JsonDict:
        return self._press(self._user(user_id), data, message)
