"""The fake's memory of chats: who is in which chat, every message in it, files users sent.

Message ids are counted per chat and shared by the user's and the bot's messages, as in Telegram's
private chats, so a reply's id is always higher than the message it answers.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from bot.testing.protocol import ApiError, bad_request
from bot.testing.records import SentMessage
from bot.testing.updates import JsonDict


@dataclass
class StoredFile:
    file_id: str
    unique_id: str
    data: bytes
    path: str


@dataclass
class Chat:
    info: JsonDict                                        # the Chat object Telegram puts into updates
    messages: list[SentMessage] = field(default_factory=list)   # what the bot sent here, in order
    members: dict[int, str] = field(default_factory=dict)       # user id -> member status (groups)
    blocked: bool = False                                 # private chat whose user blocked the bot
    next_message_id: int = 1

    @property
    def id(self) -> int:
        return int(self.info["id"])

    @property
    def private(self) -> bool:
        return self.info.get("type") == "private"

    def new_message_id(self) -> int:
        message_id = self.next_message_id
        self.next_message_id += 1
        return message_id

    def message(self, message_id: int) -> SentMessage | None:
        for message in reversed(self.messages):
            if message.message_id == message_id:
                return message
        return None


class ChatStore:
    def __init__(self) -> None:
        self.chats: dict[int, Chat] = {}
        self.files: dict[str, StoredFile] = {}
        self._file_ids = itertools.count(1)

    def add(self, info: JsonDict) -> Chat:
        chat = self.chats.get(int(info["id"]))
        if chat is None:
            chat = self.chats[int(info["id"])] = Chat(dict(info))
        return chat

    def get(self, chat_id: int | str) -> Chat | None:
        if isinstance(chat_id, str):          # @username of a public chat
            return next((c for c in self.chats.values() if f"@{c.info.get('username')}" == chat_id), None)
        return self.chats.get(chat_id)

    def writable(self, chat_id: int | str) -> Chat:
        """The chat a bot writes to; Telegram's 400/403 when it cannot."""
        chat = self.get(chat_id)
        if chat is None:
            if isinstance(chat_id, int) and chat_id > 0:
                raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
            raise bad_request("chat not found")
        if chat.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def store_file(self, data: bytes, folder: str, suffix: str) -> StoredFile:
        n = next(self._file_ids)
        stored = StoredFile(f"AgACAgIAAxk-fake-{n:06d}", f"AQADfake{n:06d}", data, f"{folder}/file_{n}.{suffix}")
        self.files[stored.file_id] = stored
        return stored
