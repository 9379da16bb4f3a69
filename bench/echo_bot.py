"""A minimal echo bot on the same python-telegram-bot ``Application`` class, update processor and
fake server as the real bot: the framework's own ceiling for the benchmark.

It does what every bot must do per update (receive it by long polling, dispatch to a handler,
send one message back) and nothing else: no engine, no database, no rendering::

    async with FakeBotApi() as server, running_echo_bot(server) as application:
        server.user(1).text("hi")      # -> the bot answers "hi"
"""

from __future__ import annotations

import contextlib
from typing import AsyncIterator

from telegram import Update
from telegram.ext import AIORateLimiter, Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bot.testing.lifecycle import start_application, stop_application
from bot.testing.server import FakeBotApi
from bot.tg.application import http_client
from bot.tg.ordering import Observer, PerUserUpdateProcessor


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    await context.bot.send_message(message.chat_id, message.text or "?")


async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.callback_query.answer()
    await context.bot.send_message(update.effective_chat.id, update.callback_query.data or "?")


def build_echo_application(token: str, base_url: str, *, rate_limiter: bool = False,
                           max_concurrent_updates: int = 256, observer: Observer | None = None,
                           bot_client: bool = False) -> Application:
    """Same update processor and pool sizes as :func:`bot.tg.application.build_application`. The HTTP
    client is PTB's own (httpx) — the framework as shipped — or, with ``bot_client``, the bot's
    (:mod:`bot.tg.transport`), to compare like with like."""
    builder = (Application.builder().token(token).base_url(base_url)
               .concurrent_updates(PerUserUpdateProcessor(max_concurrent_updates, observer)))
    if bot_client:
        builder = builder.request(http_client(256)).get_updates_request(http_client(1))
    if rate_limiter:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    application = builder.build()
    application.add_handler(MessageHandler(filters.ALL, echo))
    application.add_handler(CallbackQueryHandler(pressed))
    return application


@contextlib.asynccontextmanager
async def running_echo_bot(server: FakeBotApi, **kwargs) -> AsyncIterator[Application]:
    """The echo bot polling ``server`` until the block ends (kwargs as :func:`build_echo_application`)."""
    application = build_echo_application(server.token, server.base_url, **kwargs)
    await start_application(application)
    try:
        yield application
    finally:
        await stop_application(application)
