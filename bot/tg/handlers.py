"""The handlers: one for mentees' messages, one for their button presses — both hand everything to
``app.conversations.handle`` — plus edited messages, groups and the error handler."""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Awaitable
from typing import Protocol, TypeVar, cast

from telegram import CallbackQuery, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.conversation import Conversations
from bot.engine import Engine, Input, Message, Press, Who
from bot.engine.render import render_message
from bot.i18n import negotiate
from bot.tg.context import BotApplication, BotContext
from bot.tg.identity import who
from bot.tg.inputs import to_input
from bot.tg.send import deliver, mark_answered, opens_keyboard, retire_keyboard, send_text

log = logging.getLogger(__name__)

#: state.scratch key: id of the newest message whose buttons can still be pressed
OPEN_KEYBOARD = "tg_kb"

T = TypeVar("T")


class RunningApp(Protocol):
    """What the handlers use of the app (bot.app.App) besides its configuration: set once it has started."""

    @property
    def conversations(self) -> Conversations | None: ...
    @property
    def engine(self) -> Engine | None: ...


async def together(first: Awaitable[T], *others: Awaitable[object]) -> T:
    """Run independent steps at once; each finishes before the first error (if any) is raised.
    Returns what the first step returned."""
    results = await asyncio.gather(first, *others, return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return cast(T, results[0])              # not an exception: those were raised above


def started(app: RunningApp) -> tuple[Conversations, Engine]:
    """The app's conversations and engine; the channel takes updates only once the app has started."""
    if app.conversations is None or app.engine is None:
        raise RuntimeError("an update came before the app was started")
    return app.conversations, app.engine


async def converse(update: Update, context: BotContext, event: Input, query: CallbackQuery | None = None) -> None:
    app = context.app
    conversations, engine = started(app)
    chat = update.effective_chat
    if chat is None:                        # the handlers take private chats' messages and presses only
        raise ValueError("an update without a chat reached the conversation")
    person = who(update, app.config.user_key_secret)
    state, reply = await conversations.handle(person, event, seq=update.update_id)
    locales = engine.locales
    # The new messages, the "✓ answer" on the pressed question and retiring an older keyboard do not
    # depend on each other: all at once, so the person waits for one round trip to Telegram.
    others: list[Awaitable[None]] = []
    pressed = None
    if query is not None and reply.accepted is not None and query.message is not None:
        pressed = query.message.message_id
        others.append(mark_answered(query.message, reply.accepted, state.lang, locales))
    previous = state.scratch.get(OPEN_KEYBOARD)
    if previous and previous != pressed and opens_keyboard(reply.outputs):
        others.append(retire_keyboard(context.bot, chat.id, previous))
    newest = await together(deliver(context.bot, chat.id, reply.outputs, state.lang, locales), *others)
    await conversations.delivered(person, state, **({OPEN_KEYBOARD: newest} if newest is not None else {}))


async def on_message(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None:                     # the handler's filter lets only messages through
        raise ValueError("a message update without a message")
    await converse(update, context, to_input(message))


async def answer_press(query: CallbackQuery) -> None:
    try:
        await query.answer()            # the user's spinner stops
    except BadRequest:
        pass                            # answered too late; the press itself still counts


async def on_button(update: Update, context: BotContext) -> None:
    """A mentee's press goes to the engine; a group button no installed feature claimed does nothing.
    The press is answered while the engine works on it (one round trip less for the person)."""
    query = update.callback_query
    if query is None:                       # CallbackQueryHandler takes presses only
        raise ValueError("a press update without its callback query")
    chat = update.effective_chat
    if chat is not None and chat.type == ChatType.PRIVATE:
        await together(answer_press(query), converse(update, context, Press(query.data or ""), query=query))
    else:
        await answer_press(query)


async def language(context: BotContext, person: Who) -> str | None:
    return await language_of(context.app, person)


async def language_of(app: RunningApp, person: Who) -> str | None:
    conversations, _ = started(app)
    state = await conversations.states.get(person.user_key)
    return state.lang if state is not None and state.lang else negotiate(person.locale_hint)


async def say(context: BotContext, chat_id: int, lang: str | None, msg_id: str, **args: object) -> None:
    _, engine = started(context.app)
    shown = render_message(Message(msg_id, args), lang, engine.locales)
    await send_text(context.bot, chat_id, shown.text)


async def too_many(application: BotApplication, update: Update) -> None:
    """One note for someone who sent more at once than the bot takes in line (bot.tg.ordering); it comes
    after the answers to what was taken. Never raises: it runs outside PTB's error handling."""
    chat = update.effective_chat
    app = application.bot_data.app
    if chat is None or chat.type != ChatType.PRIVATE or app is None or app.engine is None:
        return
    try:
        lang = await language_of(app, who(update, app.config.user_key_secret))
        shown = render_message(Message("tg-too-many"), lang, app.engine.locales)
        await send_text(application.bot, chat.id, shown.text)
    except (TelegramError, OSError) as exc:
        log.warning("could not send the note about too many messages: %s", type(exc).__name__)


async def on_edited(update: Update, context: BotContext) -> None:
    """Edits are not answers (the conversation has moved on): ask to send a new message."""
    chat = update.effective_chat
    if chat is None:                        # the handler takes private chats' edits only
        raise ValueError("an edit without a chat")
    person = who(update, context.app.config.user_key_secret)
    await say(context, chat.id, await language(context, person), "tg-edited")


async def on_group_message(update: Update, context: BotContext) -> None:
    """Mentees talk to the bot privately; a group is told so, once."""
    chat = update.effective_chat
    if chat is None:                        # the handler takes group messages only
        raise ValueError("a group message without a chat")
    told = context.bot_data.told_private
    if chat.id in told:
        return
    told.add(chat.id)
    user = update.effective_user
    lang = negotiate(user.language_code) if user else None
    await say(context, chat.id, lang, "tg-group-private", link=f"https://t.me/{context.bot.username}")


async def on_error(update: object, context: BotContext) -> None:
    """Log the error without any content of the update; tell the user, whose state stays as it was."""
    error = context.error
    if error is None:                       # PTB calls this handler with the error that happened
        return
    if isinstance(error, Forbidden):
        log.info("a reply was not delivered: the user blocked the bot")
        return
    kind = next((k for k in ("message", "edited_message", "callback_query") if getattr(update, k, None)), "other")
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        # The Bot API server did not answer: the HTTP client logs the outage once when it starts and once when
        # it ends; a failed poll adds nothing, a failed reply one line without a stack trace.
        if update is not None:
            log.warning("a reply to a %s update was not delivered: %s", kind, type(error).__name__)
    else:
        log.error("handling a %s update failed: %s\n%s", kind, type(error).__name__,
                  "".join(traceback.format_tb(error.__traceback__)).rstrip())
    if not isinstance(update, Update) or update.effective_chat is None or update.effective_user is None:
        return
    if update.effective_chat.type != ChatType.PRIVATE or context.app.engine is None:
        return
    try:
        person = who(update, context.app.config.user_key_secret)
        await say(context, update.effective_chat.id, await language(context, person), "error-general")
    except (TelegramError, OSError) as exc:
        log.warning("could not tell the user about the error: %s", type(exc).__name__)


def add_handlers(application: BotApplication) -> None:
    """The channel's handlers, added after the features' installers so theirs are tried first."""
    private = filters.ChatType.PRIVATE
    application.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE, on_message))
    application.add_handler(MessageHandler(private & filters.UpdateType.EDITED_MESSAGE, on_edited))
    application.add_handler(CallbackQueryHandler(on_button))
    application.add_handler(MessageHandler(filters.ChatType.GROUPS & filters.UpdateType.MESSAGE, on_group_message))
    application.add_error_handler(on_error)
