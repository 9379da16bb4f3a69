"""The relay on Telegram: PTB handlers for both sides and the delivery of relayed messages (see relay.py).

Handlers run before the engine's (group ``GROUP``) and stop the update only when it was the relay's:
a reply in a project chat to one of the bot's messages about a referral, a relay button (``r:…``), or a
message of a person whose writing window is open. Everything else goes on to the engine as before.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MaybeInaccessibleMessage,
    Message,
    ReactionTypeEmoji,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, MessageHandler, filters

from bot.feature import TelegramApplication
from bot.handoff.notifier import TelegramNotifier
from bot.handoff.outbox import DeliveryError, NotReady
from bot.handoff.records import Delivery, Referral
from bot.handoff.relay import COMPOSE_MINUTES, PREFIX, Relay, content_of
from bot.handoff.relay_store import TO_PERSON
from bot.handoff.render import language_in_german
from bot.handoff.service import HandoffService
from bot.tg.context import BotContext
from bot.tg.identity import who

log = logging.getLogger(__name__)

GROUP = -21                  # before the hand-over's mentor buttons and the engine's catch-all handlers
DELIVERED = "👌"
TEXT_LIMIT, CAPTION_LIMIT = 4096, 1024


def keyboard(rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup | None:
    return InlineKeyboardMarkup([[InlineKeyboardButton(t, callback_data=d) for t, d in row] for row in rows]) \
        if rows else None


# ---- delivery (called by the outbox through notify.deliver) -------------------------------------------

async def _send(bot: Bot, chat: int, text: str, payload: Mapping[str, Any], markup: InlineKeyboardMarkup | None = None,
                reply_to: int | None = None) -> int:
    """Text, or the file with ``text`` as caption; what does not fit one message follows as text."""
    reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    if "file" in payload:
        caption, rest = (text, "") if len(text) <= CAPTION_LIMIT else (text.split("\n\n", 1)[0], text)
        kind, file_id, caption = payload["file"], payload["id"], caption[:CAPTION_LIMIT]
        markup_here = None if rest else markup
        if kind == "photo":
            sent = await bot.send_photo(chat, file_id, caption=caption, parse_mode=ParseMode.HTML,
                                        reply_markup=markup_here, reply_parameters=reply)
        elif kind == "document":
            sent = await bot.send_document(chat, file_id, caption=caption, parse_mode=ParseMode.HTML,
                                           reply_markup=markup_here, reply_parameters=reply)
        elif kind == "voice":
            sent = await bot.send_voice(chat, file_id, caption=caption, parse_mode=ParseMode.HTML,
                                        reply_markup=markup_here, reply_parameters=reply)
        else:
            raise DeliveryError(f"relay: a stored file of unknown kind '{kind}'", final=True)
        if not rest:
            return sent.message_id
        text, reply = rest, ReplyParameters(sent.message_id, allow_sending_without_reply=True)
    parts = [text[i:i + TEXT_LIMIT] for i in range(0, len(text), TEXT_LIMIT)] or [""]
    sent_ids = []
    for n, part in enumerate(parts):
        sent = await bot.send_message(chat, part, parse_mode=ParseMode.HTML if len(parts) == 1 else None,
                                      reply_markup=markup if n == len(parts) - 1 else None, reply_parameters=reply)
        sent_ids.append(sent.message_id)
    return sent_ids[0]


async def _mark(bot: Bot, relay: Relay, mark: Sequence[int] | None, delivered: bool) -> None:
    """The small sign under the mentor's message: 👌 delivered, or one line why not."""
    if not mark:
        return
    chat, message_id = mark
    try:
        if delivered:
            await bot.set_message_reaction(chat, message_id, [ReactionTypeEmoji(DELIVERED)])
        else:
            await bot.send_message(chat, relay.de("mentor-relay-blocked"),
                                   reply_parameters=ReplyParameters(message_id, allow_sending_without_reply=True))
    except TelegramError as exc:
        log.info("could not mark a relayed message: %s", type(exc).__name__)


async def deliver_relay(service: HandoffService, tg: TelegramNotifier | None, delivery: Delivery,
                        referral: Referral) -> int | None:
    relay = service.relay
    if tg is None or await relay.store.earlier_pending(delivery):
        raise NotReady()                       # no Telegram here, or an older message must go first
    payload = json.loads(delivery.payload or "null")
    if not payload:
        raise DeliveryError("relay: the message is no longer stored", final=True)
    chat, bot = int(delivery.channel[3:]), tg.bot
    try:
        if delivery.kind == TO_PERSON:
            text, rows = relay.person_message(referral, payload)
            try:
                message_id = await _send(bot, chat, text, payload, keyboard(rows))
            except Forbidden:
                await _mark(bot, relay, payload.get("mark"), delivered=False)
                raise DeliveryError("relay: the person blocked the bot", final=True) from None
            await _mark(bot, relay, payload.get("mark"), delivered=True)
            return message_id
        reply_to = await service.notification_in(referral, delivery.channel)
        return await _send(bot, chat, relay.project_message(referral, payload), payload, reply_to=reply_to)
    except RetryAfter as exc:
        wait = exc.retry_after
        raise DeliveryError("Telegram: flood control", wait.total_seconds() if isinstance(wait, timedelta)
                            else float(wait)) from None
    except TelegramError as exc:
        raise DeliveryError(f"Telegram: {exc.__class__.__name__}") from None


# ---- handlers -----------------------------------------------------------------------------------------

def install(application: TelegramApplication, service: HandoffService) -> None:
    relay = service.relay

    def secret() -> str:
        return service.app.config.user_key_secret

    async def answer(query: CallbackQuery, msg_id: str | None = None, *, alert: bool = False,
                     lang: str | None = None) -> None:
        text = None
        if msg_id:
            text = relay.de(msg_id) if lang is None else relay.label(lang, msg_id)
        try:
            await query.answer(text, show_alert=alert)
        except BadRequest:
            pass

    async def mentor_may_write(referral: Referral | None, chat_id: int, user_id: int) -> str | None:
        """None when this member may write to the person now, else the refusal text's id."""
        if referral is None or referral.status == "withdrawn":
            return "mentor-relay-ended"
        if not await service.may_act(referral, chat_id, user_id):
            return "mentor-not-allowed"
        if referral.status == "new":
            return "mentor-relay-not-taken"
        if not relay.open_for_writing(referral):
            return "mentor-relay-ended"
        return None

    async def on_press(update: Update, context: BotContext) -> None:
        query = update.callback_query
        if query is None:
            return
        parts = (query.data or "").split(":")
        action, ref = (parts + ["", ""])[1:3]
        message = query.message
        referral = await service.store.get(ref) if ref else None
        if message is None:
            await answer(query)
        elif action in ("compose", "t"):
            await mentor_press(query, message, action, referral, parts[3] if len(parts) > 3 else "")
        elif message.chat.type == ChatType.PRIVATE:
            await person_press(update, query, message, action, referral, parts[3:])
        else:
            await answer(query)
        raise ApplicationHandlerStop()

    async def mentor_press(query: CallbackQuery, message: MaybeInaccessibleMessage, action: str,
                           referral: Referral | None, template: str) -> None:
        chat_id = message.chat.id
        refused = await mentor_may_write(referral, chat_id, query.from_user.id)
        if refused or referral is None:
            await answer(query, refused or "mentor-relay-ended", alert=True)
            return
        if action == "compose":
            text = relay.de("mentor-relay-prompt", {"ref": referral.id, "language": language_in_german(referral.lang)})
            sent = await query.get_bot().send_message(
                chat_id, text, parse_mode=ParseMode.HTML, reply_markup=keyboard(relay.template_buttons(referral)),
                reply_parameters=ReplyParameters(message.message_id, allow_sending_without_reply=True))
            await relay.store.link(chat_id, sent.message_id, referral.id)
            await answer(query)
            return
        if template not in {t.name for t in relay.templates(referral)}:
            await answer(query, "mentor-relay-ended", alert=True)
            return
        await relay.to_person(referral, f"t{chat_id}:{message.message_id}:{template}",
                              {"template": template, "mark": [chat_id, message.message_id]})
        await answer(query, "mentor-relay-queued")

    async def person_press(update: Update, query: CallbackQuery, message: MaybeInaccessibleMessage, action: str,
                           referral: Referral | None, rest: list[str]) -> None:
        person = who(update, secret())
        lang = referral.lang if referral is not None else "de"
        if action == "stop":
            await relay.store.close_window(person.user_key)
            await answer(query, "relay-stopped", lang=lang)
            return
        if referral is None or referral.user_key != person.user_key or not relay.open_for_writing(referral):
            await answer(query)
            await query.get_bot().send_message(message.chat.id, relay.text(lang, "relay-not-open"),
                                               parse_mode=ParseMode.HTML)
            return
        project = service.project_name(referral.district, lang)
        if action == "write":
            await relay.start_writing(person.user_key, referral)
            await answer(query)
            stop = keyboard([[(relay.label(lang, "relay-btn-stop"), f"{PREFIX}:stop:{referral.id}")]])
            await query.get_bot().send_message(
                message.chat.id, relay.text(lang, "relay-write-prompt", {"project": project,
                                                                         "minutes": COMPOSE_MINUTES}),
                parse_mode=ParseMode.HTML, reply_markup=stop)
            return
        if action == "a" and len(rest) == 2:
            template, value = rest
            await relay.to_project(referral, f"a{message.message_id}:{value}", {"answer": [template, value]})
            await answer(query, "relay-sent-short", lang=lang)
            if not isinstance(message, Message):      # too old for Telegram to show it to the bot: nothing to mark
                return
            chosen = next((b.text for row in message.reply_markup.inline_keyboard for b in row
                           if b.callback_data == query.data), "") if message.reply_markup else ""
            keep = [[(relay.label(lang, "relay-btn-write"), f"{PREFIX}:write:{referral.id}")]]
            try:
                await query.edit_message_text(f"{message.text_html}\n\n✓ {chosen}", parse_mode=ParseMode.HTML,
                                              reply_markup=keyboard(keep))
            except TelegramError:
                pass
            return
        await answer(query)

    async def on_reply(update: Update, context: BotContext) -> None:
        """A mentor's reply in the project chat to one of the bot's messages about a referral."""
        message = update.effective_message
        if message is None or message.from_user is None:
            return
        original = message.reply_to_message
        if original is None or original.from_user is None or original.from_user.id != context.bot.id:
            return
        ref = await relay.store.linked(message.chat.id, original.message_id)
        if ref is None:
            return
        referral = await service.store.get(ref)
        refused = await mentor_may_write(referral, message.chat.id, message.from_user.id)
        if refused == "mentor-not-allowed":
            log.info("ignored a reply from outside the district's chat")
            raise ApplicationHandlerStop()
        reply = ReplyParameters(message.message_id, allow_sending_without_reply=True)
        if refused or referral is None:
            await context.bot.send_message(message.chat.id, relay.de(refused or "mentor-relay-ended"),
                                           reply_parameters=reply)
            raise ApplicationHandlerStop()
        content = content_of(message)
        if content is None:
            await context.bot.send_message(message.chat.id, relay.de("mentor-relay-unsupported"), reply_parameters=reply)
            raise ApplicationHandlerStop()
        await relay.to_person(referral, f"m{message.chat.id}:{message.message_id}",
                              {**content, "mark": [message.chat.id, message.message_id]})
        raise ApplicationHandlerStop()

    async def on_private(update: Update, context: BotContext) -> None:
        """A person with an open writing window: what they send goes to their project."""
        message = update.effective_message
        if message is None or update.effective_user is None:
            return
        person = who(update, secret())
        ref = await relay.store.window(person.user_key, service.clock())
        if ref is None:
            return
        if message.text and message.text.startswith("/"):
            await relay.store.close_window(person.user_key)     # a command ends writing; the engine answers it
            return
        referral = await service.store.get(ref)
        lang = referral.lang if referral is not None else "de"
        if referral is None or referral.user_key != person.user_key or not relay.open_for_writing(referral):
            await relay.store.close_window(person.user_key)
            await context.bot.send_message(message.chat.id, relay.text(lang, "relay-not-open"), parse_mode=ParseMode.HTML)
            raise ApplicationHandlerStop()
        content = content_of(message)
        if content is None:
            await context.bot.send_message(message.chat.id, relay.text(lang, "relay-only-these"),
                                           parse_mode=ParseMode.HTML)
            raise ApplicationHandlerStop()
        await relay.to_project(referral, f"p{message.message_id}", content)
        await relay.start_writing(person.user_key, referral)     # the window stays open while they write
        project = service.project_name(referral.district, lang)
        stop = keyboard([[(relay.label(lang, "relay-btn-stop"), f"{PREFIX}:stop:{referral.id}")]])
        await context.bot.send_message(message.chat.id, relay.text(lang, "relay-sent", {"project": project}),
                                       parse_mode=ParseMode.HTML, reply_markup=stop)
        raise ApplicationHandlerStop()

    private = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
    application.add_handler(CallbackQueryHandler(on_press, pattern=rf"^{PREFIX}:"), group=GROUP)
    application.add_handler(MessageHandler(filters.REPLY & ~filters.COMMAND & filters.UpdateType.MESSAGE, on_reply),
                            group=GROUP)
    application.add_handler(MessageHandler(private, on_private), group=GROUP - 1)

