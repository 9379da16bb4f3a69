"""What the fake server records: every message the bot sent, every callback answer, every request.

Tests assert on these instead of on HTTP traffic, e.g. ``msg.plain``, ``msg.keyboard``,
``msg.edits``, ``msg.deleted``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from bot.testing.updates import JsonDict, document_content, photo_content, voice_content

_URL_PREFIXES = ("http://", "https://", "tg://")


class Button(NamedTuple):
    """An inline button: ``data`` is its callback_data, or its url for a link button.

    Compares equal to a plain ``(text, data)`` tuple, so tests can write
    ``assert msg.keyboard == [[("Ja", "yes"), ("Nein", "no")]]``.
    """

    text: str
    data: str

    @property
    def is_url(self) -> bool:
        return self.data.startswith(_URL_PREFIXES)


@dataclass(frozen=True)
class SentFile:
    """A document or photo the bot sent: uploaded bytes, or a file_id/URL it referenced."""

    file_id: str
    unique_id: str
    filename: str | None
    mime_type: str | None
    data: bytes | None

    @property
    def size(self) -> int:
        return len(self.data) if self.data is not None else 0


@dataclass(frozen=True)
class MessageVersion:
    """A message's content before an edit replaced it."""

    text: str
    plain: str
    parse_mode: str | None
    reply_markup: JsonDict | None


@dataclass(eq=False)
class SentMessage:
    """One message the bot sent, with edits already applied (older versions in ``edits``).

    ``text`` is the raw text (or caption) as sent, ``plain`` what the user reads after Telegram
    parsed the markup and trimmed whitespace.
    """

    message_id: int
    chat_id: int
    date: int
    kind: str  # "text", "document", "photo" or "voice"
    text: str
    plain: str
    parse_mode: str | None
    entities: list[JsonDict] = field(default_factory=list)
    reply_markup: JsonDict | None = None
    link_preview_options: JsonDict | None = None
    reply_to_message_id: int | None = None
    file: SentFile | None = None
    edits: list[MessageVersion] = field(default_factory=list)
    edit_date: int | None = None
    deleted: bool = False

    @property
    def keyboard(self) -> list[list[Button]]:
        """The inline keyboard as rows of ``Button(text, callback_data or url)``; ``[]`` if none."""
        rows = (self.reply_markup or {}).get("inline_keyboard") or []
        return [[Button(b.get("text", ""), b.get("callback_data") or b.get("url") or "") for b in row] for row in rows]

    @property
    def buttons(self) -> list[Button]:
        return [button for row in self.keyboard for button in row]

    @property
    def reply_keyboard(self) -> list[list[str]]:
        """A reply keyboard (the one replacing the user's keyboard) as rows of labels."""
        rows = (self.reply_markup or {}).get("keyboard") or []
        return [[b if isinstance(b, str) else b.get("text", "") for b in row] for row in rows]

    @property
    def caption(self) -> str | None:
        return self.text if self.kind != "text" else None

    @property
    def document(self) -> SentFile | None:
        return self.file if self.kind == "document" else None

    @property
    def photo(self) -> SentFile | None:
        return self.file if self.kind == "photo" else None

    def version(self) -> MessageVersion:
        return MessageVersion(self.text, self.plain, self.parse_mode, self.reply_markup)

    def to_api(self, bot_user: JsonDict, chat: JsonDict) -> JsonDict:
        """The ``Message`` object Telegram returns for this message."""
        message: JsonDict = {"message_id": self.message_id, "from": bot_user, "chat": chat, "date": self.date}
        if self.edit_date is not None:
            message["edit_date"] = self.edit_date
        if self.reply_to_message_id is not None:
            message["reply_to_message"] = {"message_id": self.reply_to_message_id, "chat": chat, "date": self.date}
        text_key, entities_key = ("text", "entities") if self.kind == "text" else ("caption", "caption_entities")
        if self.plain or self.kind == "text":
            message[text_key] = self.plain
        if self.entities:
            message[entities_key] = self.entities
        if self.file is not None:
            message.update(self._file_content(self.file))
        if self.link_preview_options is not None:
            message["link_preview_options"] = self.link_preview_options
        if self.reply_markup and "inline_keyboard" in self.reply_markup:
            message["reply_markup"] = self.reply_markup
        return message

    def _file_content(self, file: SentFile) -> JsonDict:
        if self.kind == "photo":
            return {"photo": photo_content(file.file_id, file.unique_id, file.size)}
        if self.kind == "voice":
            return {"voice": voice_content(file.file_id, file.unique_id, file.size)}
        return {
            "document": document_content(
                file.file_id,
                file.unique_id,
                file.size,
                file_name=file.filename or "document",
                mime_type=file.mime_type or "application/octet-stream",
            )
        }

    def __repr__(self) -> str:
        flags = " deleted" if self.deleted else ""
        keyboard = f" keyboard={[[tuple(b) for b in row] for row in self.keyboard]}" if self.keyboard else ""
        return f"<SentMessage #{self.message_id} chat={self.chat_id} {self.kind} {self.plain!r}{keyboard}{flags}>"


@dataclass(frozen=True)
class CallbackAnswer:
    """The bot's ``answerCallbackQuery`` for a button the simulated user pressed."""

    query_id: str
    data: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int


@dataclass(frozen=True)
class ApiRequest:
    """One request the fake server received and how it answered."""

    method: str
    params: dict[str, Any]
    files: dict[str, str]  # part name -> uploaded filename
    status: int
    description: str | None = None
