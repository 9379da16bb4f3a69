"""Fake Bot API methods that change what a chat already shows: edits, deletions, answers to button presses.

Telegram refuses an edit that changes nothing ("message is not modified") and a second answer to the
same button press; so does the fake, because the bot must cope with both.
"""

from __future__ import annotations

from bot.testing import validation
from bot.testing.chats import Chat
from bot.testing.html import FormattedText
from bot.testing.method_table import MethodTable, ServerState
from bot.testing.protocol import Params, bad_request
from bot.testing.records import CallbackAnswer, SentMessage
from bot.testing.updates import JsonDict, now

METHODS = MethodTable()
method = METHODS.method

_NOT_MODIFIED = ("message is not modified: specified new message content and reply markup are exactly the same "
                 "as a current content and reply markup of the message")


def _editable(server: ServerState, p: Params) -> tuple[Chat, SentMessage]:
    if "inline_message_id" in p:
        raise bad_request("the fake Bot API does not support inline messages")
    chat = server.chats.writable(p.chat_id())
    message = chat.message(p.required_integer("message_id", "message identifier is not specified"))
    if message is None or message.deleted:
        raise bad_request("message to edit not found")
    return chat, message


def _apply_edit(server: ServerState, chat: Chat, message: SentMessage, *, text: str | None = None,
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
async def edit_message_text(server: ServerState, p: Params) -> JsonDict:
    chat, message = _editable(server, p)
    if message.kind != "text":
        raise bad_request("there is no text in the message to edit")
    raw, formatted = validation.message_text(p)
    return _apply_edit(server, chat, message, text=raw, formatted=formatted, parse_mode=p.text("parse_mode"),
                       markup=validation.reply_markup(p, inline_only=True))


@method("editMessageCaption")
async def edit_message_caption(server: ServerState, p: Params) -> JsonDict:
    chat, message = _editable(server, p)
    if message.kind == "text":
        raise bad_request("there is no caption in the message to edit")
    raw, formatted = validation.caption(p)
    return _apply_edit(server, chat, message, text=raw, formatted=formatted, parse_mode=p.text("parse_mode"),
                       markup=validation.reply_markup(p, inline_only=True))


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(server: ServerState, p: Params) -> JsonDict:
    chat, message = _editable(server, p)
    return _apply_edit(server, chat, message, markup=validation.reply_markup(p, inline_only=True))


@method("deleteMessage")
async def delete_message(server: ServerState, p: Params) -> bool:
    chat = server.chats.writable(p.chat_id())
    message = chat.message(p.required_integer("message_id", "message identifier is not specified"))
    if message is None or message.deleted:
        raise bad_request("message to delete not found")
    message.deleted = True
    server.bot_message_sent(message)
    return True


@method("answerCallbackQuery")
async def answer_callback_query(server: ServerState, p: Params) -> bool:
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
