"""``python -m bot run``: long polling by default, a webhook server when WEBHOOK_URL is set.

Problems an operator can fix (invalid content, a token the server refuses, a Bot API server that
cannot be reached) end with one sentence on stderr and exit code 1 or 2, never a traceback.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import signal
import sys
from urllib.parse import urlsplit

from telegram import Bot, Update
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

from bot.app import App
from bot.config import Config
from bot.content import ContentError
from bot.storage.health import DatabaseError
from bot.tg.application import build_application, http_client
from bot.tg.transport import Outages
from bot.tg.webhook import WebhookListenError, start_webhook

log = logging.getLogger(__name__)


def quiet_libraries() -> None:
    # httpx logs every request URL at INFO, and the URL contains the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # PTB logs whole updates (message texts, user ids) at DEBUG: never below INFO, even with LOG_LEVEL=DEBUG.
    logging.getLogger("telegram").setLevel(logging.INFO)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def webhook_path(url: str) -> str:
    return urlsplit(url).path.strip("/")


async def check_server(config: Config) -> None:
    """One getMe before PTB starts, so a wrong address or token is reported by us in one sentence
    (PTB's own start-up retry loop would log a traceback first)."""
    quiet = Outages(logger=None)           # a failure here is said in one sentence by run_bot
    if not config.telegram_bot_token:
        raise InvalidToken("TELEGRAM_BOT_TOKEN is not set")
    async with Bot(config.telegram_bot_token, base_url=config.telegram_base_url,
                   request=http_client(1, quiet)) as bot:
        await bot.get_me()


async def serve_webhook(application: Application, config: Config, secret: str) -> None:
    """What PTB's run_webhook does, with our webhook server (bot.tg.webhook): start, serve until SIGTERM or
    SIGINT, stop in reverse order."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stopping.set)
    await application.initialize()
    try:
        if application.post_init is not None:
            await application.post_init(application)
        server = await start_webhook(application, listen=config.webhook_listen, port=config.webhook_port,
                                     url=config.webhook_url or "", path=webhook_path(config.webhook_url or ""),
                                     secret=secret)
        application.bot_data.webhook = server
        try:
            await application.start()
            await stopping.wait()
        finally:
            await server.stop()
            if application.running:
                await application.stop()
    finally:
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)


def run_bot(app: App) -> int:
    """Run the app (with its features, bot.features.prepare_app) on Telegram until SIGTERM or SIGINT."""
    config = app.config
    quiet_libraries()
    try:
        asyncio.run(check_server(config))
        application = build_application(app)
        if config.webhook_url:
            # Telegram sends the secret in a header with every update; requests without it are refused.
            secret = config.webhook_secret or secrets.token_urlsafe(32)
            log.info("starting with a webhook on %s:%d", config.webhook_listen, config.webhook_port)
            asyncio.run(serve_webhook(application, config, secret))
        else:
            log.info("starting with long polling")
            application.run_polling(allowed_updates=Update.ALL_TYPES)
    except ContentError as exc:                   # raised by post_init, which loads the content once
        for problem in exc.problems:
            if problem.is_error:
                print(problem, file=sys.stderr)
        print("The bot did not start: fix the errors above (python -m bot validate lists them too).", file=sys.stderr)
        return 1
    except DatabaseError as exc:                  # raised by post_init, which opens the database
        print(exc, file=sys.stderr)
        return 1
    except InvalidToken:
        print(f"The Bot API server at TELEGRAM_BASE_URL={config.telegram_base_url} refused TELEGRAM_BOT_TOKEN: "
              "check the token BotFather gave you.", file=sys.stderr)
        return 2
    except NetworkError as exc:
        print(f"Cannot reach the Bot API server at TELEGRAM_BASE_URL={config.telegram_base_url} "
              f"({exc.message}): check the address and that the server is running.", file=sys.stderr)
        return 2
    except TelegramError as exc:
        print(f"The Bot API server refused to start the bot: {exc.message}", file=sys.stderr)
        return 2
    except WebhookListenError as exc:
        print(f"The webhook server could not listen on {config.webhook_listen}:{config.webhook_port} "
              f"(WEBHOOK_LISTEN, WEBHOOK_PORT): {exc.strerror or exc}.", file=sys.stderr)
        return 2
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"The bot could not start: {exc.strerror or exc}{where}.", file=sys.stderr)
        return 2
    return 0
