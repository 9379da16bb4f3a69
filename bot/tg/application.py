"""Building the python-telegram-bot ``Application`` — the same code for production and tests.

``build_application(app)`` wires an app (with its features: bot.features.prepare_app) into PTB: typed
context, per-user ordering with concurrency between users, Telegram's flood limits (AIORateLimiter,
retrying after a 429), the features' Telegram handlers first, then the channel's own handlers. ``post_init`` opens the App and registers the command menus;
``post_shutdown`` closes it.
"""

from __future__ import annotations

import functools
import gc
import ssl
from typing import Any

import certifi
from telegram.ext import AIORateLimiter, Application, BaseRateLimiter, ContextTypes

from bot.app import App
from bot.tg.admin import add_admin_handlers
from bot.tg.commands import register_commands
from bot.tg.context import BotApplication, BotContext, ChannelData, app_of
from bot.tg.handlers import add_handlers, too_many
from bot.tg.ordering import Observer, PerUserUpdateProcessor
from bot.tg.transport import AiohttpRequest, Outages

#: how often a request is retried after Telegram's "429 Too Many Requests"
FLOOD_RETRIES = 3


def file_url(base_url: str) -> str:
    """Telegram serves files under /file/bot<token>/ beside /bot<token>/."""
    return base_url[: -len("/bot")] + "/file/bot" if base_url.endswith("/bot") else base_url + "/file"


@functools.cache
def tls_context() -> ssl.SSLContext:
    """One TLS context for all HTTP clients: building one (loading the CA bundle) takes ~80 ms."""
    return ssl.create_default_context(cafile=certifi.where())


def http_client(pool_size: int, outages: Outages | None = None) -> AiohttpRequest:
    """The bot's HTTP client (same pool sizes as ApplicationBuilder's), with the shared TLS context."""
    return AiohttpRequest(pool_size, ssl_context=tls_context(), outages=outages)


async def post_init(application: BotApplication) -> None:
    app = app_of(application)
    if app.conversations is None:
        await app.start()
    await register_commands(application.bot, app.content.flows, app.content.locales)
    # Everything loaded so far (libraries, content, FAQ index) lives as long as the process: keep it out
    # of the garbage collector's full collections, which otherwise stop the bot for 100-250 ms.
    gc.freeze()


async def post_shutdown(application: BotApplication) -> None:
    await app_of(application).stop()


def build_application(app: App, *, rate_limiter: bool | BaseRateLimiter[Any] = True, max_concurrent_updates: int = 256,
                      observer: Observer | None = None) -> BotApplication:
    """``rate_limiter``: True = AIORateLimiter (30 msg/s, 20/min per group, retries after 429),
    False = none (benchmarks of raw throughput), or any PTB rate limiter.
    ``observer(update)`` is called when an update has been handled completely (tests)."""
    config = app.config
    if not config.telegram_bot_token:
        raise ValueError("a Telegram application needs TELEGRAM_BOT_TOKEN (without it the console runs instead)")
    outages = Outages()                 # one outage, one WARNING: whichever client notices it first
    processor = PerUserUpdateProcessor(max_concurrent_updates, observer)
    builder = (
        Application.builder()
        .token(config.telegram_bot_token)
        .base_url(config.telegram_base_url)
        .base_file_url(file_url(config.telegram_base_url))
        .request(http_client(256, outages))
        .get_updates_request(http_client(1, outages))
        .context_types(ContextTypes(context=BotContext, bot_data=ChannelData))
        .concurrent_updates(processor)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    limiter: BaseRateLimiter[Any] | None = (AIORateLimiter(max_retries=FLOOD_RETRIES) if rate_limiter is True
                                            else rate_limiter or None)
    application: BotApplication = (builder.rate_limiter(limiter) if limiter is not None else builder).build()
    application.bot_data.app = app
    processor.overflow = functools.partial(too_many, application)
    for feature in app.features:                  # features first: their handlers win over the catch-alls
        feature.install(application)
    add_admin_handlers(application)
    add_handlers(application)
    return application
