"""The relay on Telegram: PTB handlers for both sides (see relay.py); delivering what they enqueue is
bot.handoff.relay_delivery's job.

Handlers run before the engine's (group ``GROUP``) and stop the update only when it was the relay's:
a reply in a project chat to one of the bot's messages about a referral, a relay button (``r:…``), or a
message of a person whose writing window is open. Everything else goes on to the engine as before.
"""

from __future__ import annotations

import logging

from telegram import CallbackQuery, MaybeInaccessibleMessage, Message, ReplyParameters, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, MessageHandler, filters

from bot.feature import TelegramApplication
from bot.handoff.records import Referral
from bot.handoff.relay import COMPOSE_MINUTES, PREFIX, content_of
from bot.handoff.relay_delivery import keyboard
from bot.handoff.render import language_in_german
from bot.handoff.service import HandoffService
from bot.tg.context import BotContext
from bot.tg.identity import who

log = logging.getLogger(__name__)

GROUP = -21                  # before the hand-over's mentor buttons and the engine's catch-all handlers


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

