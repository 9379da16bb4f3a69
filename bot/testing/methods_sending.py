"""Fake Bot API methods that put something new into a chat: messages, files, reactions, chat actions.

Each checks what Telegram checks before it delivers (unknown or blocked chat, broken markup, a file id it
never issued), with Telegram's error descriptions, so a test fails where production would.
"""

from __future__ import annotations

from bot.testing import validation
from bot.testing.chats import Chat
from bot.testing.method_table import MethodTable, ServerState
from bot.testing.protocol import Params, bad_request
from bot.testing.records import SentFile, SentMessage
from bot.testing.updates import JsonDict, now

METHODS = MethodTable()
method = METHODS.method

_CHAT_ACTIONS = frozenset({"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
                           "upload_document", "choose_sticker", "find_location", "record_video_note",
                           "upload_video_note"})

#: a few of the emoji Telegram allows as reactions (the full list is longer)
_REACTIONS = {"👍", "👎", "❤", "🔥", "👌", "👀", "✍", "🙏", "🤝", "😢"}


def _reply_to(p: Params) -> int | None:
    params = p.json_value("reply_parameters", "can't parse reply parameters JSON object")
    if isinstance(params, dict) and params.get("message_id") is not None:
        return int(params["message_id"])
    return p.integer("reply_to_message_id")


def _store(server: ServerState, chat: Chat, message: SentMessage) -> JsonDict:
    chat.messages.append(message)
    server.bot_message_sent(message)
    return message.to_api(server.bot_user, chat.info)


@method("sendMessage")
async def send_message(server: ServerState, p: Params) -> JsonDict:
    chat = server.chats.writable(p.chat_id())
    raw, formatted = validation.message_text(p)
    message = SentMessage(
        message_id=chat.new_message_id(), chat_id=chat.id, date=now(), kind="text", text=raw,
        plain=formatted.plain, parse_mode=p.text("parse_mode"), entities=formatted.entities,
        reply_markup=validation.reply_markup(p), link_preview_options=validation.link_preview_options(p),
        reply_to_message_id=_reply_to(p),
    )
    return _store(server, chat, message)


async def _send_file(server: ServerState, p: Params, field: str) -> JsonDict:
    chat = server.chats.writable(p.chat_id())
    raw, formatted = validation.caption(p)
    upload = p.files.get(field)
    if upload is not None:
        stored = server.chats.store_file(upload.data, field + "s", "bin")
        sent = SentFile(stored.file_id, stored.unique_id, upload.filename, upload.content_type, upload.data)
    else:
        reference = p.required_text(field, f"there is no {field} in the request")
        if reference.startswith("attach://"):
            raise bad_request(f"wrong file identifier/HTTP URL specified: {reference} not found in the request")
        known = server.chats.files.get(reference)
        if known is None and not reference.startswith(("http://", "https://")):
            raise bad_request("wrong file identifier/HTTP URL specified")
        data = known.data if known else None
        sent = SentFile(reference, known.unique_id if known else reference, None, None, data)
    message = SentMessage(
        message_id=chat.new_message_id(), chat_id=chat.id, date=now(), kind=field, text=raw,
        plain=formatted.plain, parse_mode=p.text("parse_mode"), entities=formatted.entities,
        reply_markup=validation.reply_markup(p), reply_to_message_id=_reply_to(p), file=sent,
    )
    return _store(server, chat, message)


@method("sendDocument")
async def send_document(server: ServerState, p: Params) -> JsonDict:
    return await _send_file(server, p, "document")


@method("sendPhoto")
async def send_photo(server: ServerState, p: Params) -> JsonDict:
    return await _send_file(server, p, "photo")


@method("sendVoice")
async def send_voice(server: ServerState, p: Params) -> JsonDict:
    return await _send_file(server, p, "voice")


@method("setMessageReaction")
async def set_message_reaction(server: ServerState, p: Params) -> bool:
    """Reactions on any message of the chat (also people's own); recorded in ``server.reactions``."""
    chat = server.chats.writable(p.chat_id())
    message_id = p.required_integer("message_id", "message identifier is not specified")
    reaction = p.json_value("reaction", "can't parse reaction types JSON object") or []
    if not isinstance(reaction, list) or any(not isinstance(r, dict) or r.get("type") != "emoji" or
                                             r.get("emoji") not in _REACTIONS for r in reaction):
        raise bad_request("REACTION_INVALID")
    server.reactions[(chat.id, message_id)] = [r["emoji"] for r in reaction]
    server.bot_message_sent(None)
    return True


@method("sendChatAction")
async def send_chat_action(server: ServerState, p: Params) -> bool:
    server.chats.writable(p.chat_id())
    if p.text("action") not in _CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True
