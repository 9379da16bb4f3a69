"""The Bot API methods the fake implements, one small function each: ``(server, params) -> result``.

Every check Telegram makes that our bot could trip over is made here too (unknown chat, blocked
user, bad markup, message not modified, an already answered callback query, ...), with Telegram's
error descriptions, so a test fails where production would.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Awaitable, Callable

from bot.testing import validation
from bot.testing.chats import Chat
from bot.testing.delivery import Webhook
from bot.testing.html import FormattedText
from bot.testing.protocol import ApiError, Params, bad_request
from bot.testing.records import CallbackAnswer, SentFile, SentMessage
from bot.testing.updates import JsonDict, now

if TYPE_CHECKING:    # the server imports this module
    from bot.testing.server import FakeBotApi

Method = Callable[["FakeBotApi", Params], Awaitable[Any]]
METHODS: dict[str, Method] = {}

_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
_LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")
_CHAT_ACTIONS = frozenset({"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
                           "upload_document", "choose_sticker", "find_location", "record_video_note",
                           "upload_video_note"})
_NOT_MODIFIED = ("message is not modified: specified new message content and reply markup are exactly the same "
                 "as a current content and reply markup of the message")


def method(*names: str) -> Callable[[Method], Method]:
    def register(fn: Method) -> Method:
        for name in names:
            METHODS[name.lower()] = fn
        return fn
    return register


def target_chat(server: FakeBotApi, p: Params) -> Chat:
    """The chat a bot writes to; Telegram's 400/403 when it cannot."""
    chat_id = p.chat_id()
    chat = server.chats.get(chat_id)
    if chat is None:
        if isinstance(chat_id, int) and chat_id > 0:
            raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        raise bad_request("chat not found")
    if chat.blocked:
        raise ApiError(403, "Forbidden: bot was blocked by the user")
    return chat


#: a few of the emoji Telegram allows as reactions (the full list is longer)
_REACTIONS = {"👍", "👎", "❤", "🔥", "👌", "👀", "✍", "🙏", "🤝", "😢"}


def _reply_to(p: Params) -> int | None:
    params = p.json_value("reply_parameters", "can't parse reply parameters JSON object")
    if isinstance(params, dict) and params.get("message_id") is not None:
        return int(params["message_id"])
    return p.integer("reply_to_message_id")


def _store(server: FakeBotApi, chat: Chat, message: SentMessage) -> JsonDict:
    chat.messages.append(message)
    server.bot_message_sent(message)
    return message.to_api(server.bot_user, chat.info)


# ---- updates and webhooks ----------------------------------------------------------------------------

@method("getMe")
async def get_me(server: FakeBotApi, p: Params) -> JsonDict:
    return server.bot_user


@method("logOut", "close")
async def log_out(server: FakeBotApi, p: Params) -> bool:
    return True


@method("getUpdates")
async def get_updates(server: FakeBotApi, p: Params) -> list[JsonDict]:
    allowed = p.json_value("allowed_updates", "can't parse allowed updates")
    limit = max(1, min(100, p.integer("limit", 100) or 100))
    timeout = max(0, p.integer("timeout", 0) or 0)
    return await server.queue.get_updates(p.integer("offset", 0) or 0, limit, timeout, allowed)


@method("setWebhook")
async def set_webhook(server: FakeBotApi, p: Params) -> bool:
    url = p.text("url") or ""
    drop = p.flag("drop_pending_updates")
    if not url:
        await server.queue.delete_webhook(drop_pending_updates=drop)
        return True
    secret = p.text("secret_token")
    if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise bad_request("secret token contains unallowed characters")
    allowed = p.json_value("allowed_updates", "can't parse allowed updates")
    hook = Webhook(url, secret or None, allowed, p.integer("max_connections", 40) or 40)
    await server.queue.set_webhook(hook, drop_pending_updates=drop)
    return True


@method("deleteWebhook")
async def delete_webhook(server: FakeBotApi, p: Params) -> bool:
    await server.queue.delete_webhook(drop_pending_updates=p.flag("drop_pending_updates"))
    return True


@method("getWebhookInfo")
async def get_webhook_info(server: FakeBotApi, p: Params) -> JsonDict:
    return server.queue.webhook_info()


# ---- sending ------------------------------------------------------------------------------------------

@method("sendMessage")
async def send_message(server: FakeBotApi, p: Params) -> JsonDict:
    chat = target_chat(server, p)
    raw, formatted = validation.message_text(p)
    message = SentMessage(
        message_id=chat.new_message_id(), chat_id=chat.id, date=now(), kind="text", text=raw,
        plain=formatted.plain, parse_mode=p.text("parse_mode"), entities=formatted.entities,
        reply_markup=validation.reply_markup(p), link_preview_options=validation.link_preview_options(p),
        reply_to_message_id=_reply_to(p),
    )
    return _store(server, chat, message)


async def _send_file(server: FakeBotApi, p: Params, field: str) -> JsonDict:
    chat = target_chat(server, p)
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
async def send_document(server: FakeBotApi, p: Params) -> JsonDict:
    return await _send_file(server, p, "document")


@method("sendPhoto")
async def send_photo(server: FakeBotApi, p: Params) -> JsonDict:
    return await _send_file(server, p, "photo")


@method("sendVoice")
async def send_voice(server: FakeBotApi, p: Params) -> JsonDict:
    return await _send_file(server, p, "voice")


@method("setMessageReaction")
async def set_message_reaction(server: FakeBotApi, p: Params) -> bool:
    """Reactions on any message of the chat (also people's own); recorded in ``server.reactions``."""
    chat = target_chat(server, p)
    message_id = p.required_integer("message_id", "message identifier is not specified")
    reaction = p.json_value("reaction", "can't parse reaction types JSON object") or []
    if not isinstance(reaction, list) or any(not isinstance(r, dict) or r.get("type") != "emoji" or
                                             r.get("emoji") not in _REACTIONS for r in reaction):
        raise bad_request("REACTION_INVALID")
    server.reactions[(chat.id, message_id)] = [r["emoji"] for r in reaction]
    server.bot_message_sent(None)
    return True


@method("sendChatAction")
async def send_chat_action(server: FakeBotApi, p: Params) -> bool:
    target_chat(server, p)
    if p.text("action") not in _CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True


# ---- editing ------------------------------------------------------------------------------------------

def _editable(server: FakeBotApi, p: Params) -> tuple[Chat, SentMessage]:
    if "inline_message_id" in p:
        raise bad_request("the fake Bot API does not support inline messages")
    chat = target_chat(server, p)
    message = chat.message(p.required_integer("message_id", "message identifier is not specified"))
    if message is None or message.deleted:
        raise bad_request("message to edit not found")
    return chat, message


def _apply_edit(server: FakeBotApi, chat: Chat, message: SentMessage, *, text: str | None = None,
                formatted: FormattedText | None = None, parse_mode: str | None = None, markup: JsonDict | None) -> JsonDict:
    before = message.version()
    new_plain = formatted.plain if formatted is not None else message.plain
    new_entities = formatted.entities if formatted is not None else message.entities
    if new_plain == message.plain and new_entities == message.entities and markup == message.reply_markup:
        raise bad_request(_NOT_MODIFIED)
    message.edits.append(before)
    if formatted is not None:
        message.text, message.plain, message.entities, message.parse_mode = text or "", new_plain, new_entities, parse_mode
    message.reply_markup = markup
    message.edit_date = now()
    server.bot_message_sent(message)
    return message.to_api(server.bot_user, chat.info)


@method("editMessageText")
async def edit_message_text(server: FakeBotApi, p: Params) -> JsonDict:
    chat, message = _editable(server, p)
    if message.kind != "text":
        raise bad_request("there is no text in the message to edit")
    raw, formatted = validation.message_text(p)
    return _apply_edit(server, chat, message, text=raw, formatted=formatted, parse_mode=p.text("parse_mode"),
                       markup=validation.reply_markup(p, inline_only=True))


@method("editMessageCaption")
async def edit_message_caption(server: FakeBotApi, p: Params) -> JsonDict:
    chat, message = _editable(server, p)
    if message.kind == "text":
        raise bad_request("there is no caption in the message to edit")
    raw, formatted = validation.caption(p)
    return _apply_edit(server, chat, message, text=raw, formatted=formatted, parse_mode=p.text("parse_mode"),
                       markup=validation.reply_markup(p, inline_only=True))


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(server: FakeBotApi, p: Params) -> JsonDict:
    chat, message = _editable(server, p)
    return _apply_edit(server, chat, message, markup=validation.reply_markup(p, inline_only=True))


@method("deleteMessage")
async def delete_message(server: FakeBotApi, p: Params) -> bool:
    chat = target_chat(server, p)
    message = chat.message(p.required_integer("message_id", "message identifier is not specified"))
    if message is None or message.deleted:
        raise bad_request("message to delete not found")
    message.deleted = True
    server.bot_message_sent(message)
    return True


@method("answerCallbackQuery")
async def answer_callback_query(server: FakeBotApi, p: Params) -> bool:
    query_id = p.required_text("callback_query_id", "query_id is empty")
    data = server.open_queries.pop(query_id, None)
    if data is None:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    text = p.text("text")
    if text is not None and len(text) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    server.callback_answers.append(CallbackAnswer(query_id, data, text, p.flag("show_alert"), p.text("url"),
                                                  p.integer("cache_time", 0) or 0))
    server.bot_message_sent(None)
    return True


# ---- commands menu ------------------------------------------------------------------------------------

def _commands_key(p: Params) -> tuple[str, str]:
    scope = p.json_value("scope", "can't parse BotCommandScope JSON object") or {"type": "default"}
    if not isinstance(scope, dict) or "type" not in scope:
        raise bad_request("can't parse BotCommandScope JSON object")
    language = p.text("language_code") or ""
    if language and not _LANGUAGE_CODE.match(language):
        raise bad_request("invalid language code specified")
    return json.dumps(scope, sort_keys=True), language


@method("setMyCommands")
async def set_my_commands(server: FakeBotApi, p: Params) -> bool:
    commands = p.json_value("commands", "can't parse commands JSON object")
    if not isinstance(commands, list) or len(commands) > 100:
        raise bad_request("commands must be an array of at most 100 BotCommand")
    for command in commands:
        if not isinstance(command, dict) or not _COMMAND_NAME.match(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    key = _commands_key(p)
    if commands:
        server.commands[key] = [{"command": c["command"], "description": c["description"]} for c in commands]
    else:
        server.commands.pop(key, None)
    return True


@method("getMyCommands")
async def get_my_commands(server: FakeBotApi, p: Params) -> list[JsonDict]:
    return server.commands.get(_commands_key(p), [])


@method("deleteMyCommands")
async def delete_my_commands(server: FakeBotApi, p: Params) -> bool:
    server.commands.pop(_commands_key(p), None)
    return True


@method("setMyDescription", "setMyShortDescription", "setMyName", "setChatMenuButton")
async def set_bot_setting(server: FakeBotApi, p: Params) -> bool:
    return True


# ---- chats and files ----------------------------------------------------------------------------------

@method("getChat")
async def get_chat(server: FakeBotApi, p: Params) -> JsonDict:
    chat = server.chats.get(p.chat_id())
    if chat is None:
        raise bad_request("chat not found")
    return {**chat.info, "accent_color_id": 0, "max_reaction_count": 11}


@method("getChatMember")
async def get_chat_member(server: FakeBotApi, p: Params) -> JsonDict:
    chat = server.chats.get(p.chat_id())
    if chat is None:
        raise bad_request("chat not found")
    user_id = p.required_integer("user_id", "user_id is empty")
    user = server.users.get(user_id)
    if user is None:
        raise bad_request("user not found")
    status = chat.members.get(user_id, "member" if chat.private and user_id == chat.id else "left")
    return {"status": status, "user": user}


@method("getFile")
async def get_file(server: FakeBotApi, p: Params) -> JsonDict:
    stored = server.chats.files.get(p.required_text("file_id", "file_id is empty"))
    if stored is None:
        raise bad_request("wrong file_id or the file is temporarily unavailable")
    return {"file_id": stored.file_id, "file_unique_id": stored.unique_id, "file_size": len(stored.data),
            "file_path": stored.path}
