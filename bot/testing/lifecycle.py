"""Start and stop a built python-telegram-bot ``Application`` inside a running event loop.

``run_polling``/``run_webhook`` own the loop and block; a test or benchmark that also runs the fake Bot
API needs the same steps in its own loop. Its own module because the benchmark's echo bot and the crash
tests' bot process use it without the harness.
"""

from __future__ import annotations

import socket

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from bot.tg.webhook import start_webhook


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def start_application(application: Application, *, webhook_secret: str | None = None) -> None:
    """Start a built Application the way ``run_polling``/``run_webhook`` do, but inside a running loop:
    initialize, post_init, updater (long polling, or a webhook on a free loopback port), start."""
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    if webhook_secret is not None:
        port = free_port()
        application.bot_data.webhook = await start_webhook(
            application, listen="127.0.0.1", port=port, path="telegram", url=f"http://127.0.0.1:{port}/telegram",
            secret=webhook_secret)
    else:
        if application.updater is None:
            raise ValueError("long polling needs an Application built with an Updater (the builder's default)")

        def polling_failed(error: TelegramError) -> None:     # what run_polling does: hand it to the error handlers
            application.create_task(application.process_error(error=error, update=None))
        await application.updater.start_polling(poll_interval=0, timeout=10, allowed_updates=Update.ALL_TYPES,
                                                error_callback=polling_failed)
    await application.start()


async def stop_application(application: Application) -> None:
    """The reverse of :func:`start_application` (what ``run_polling`` does on SIGTERM)."""
    webhook = getattr(application.bot_data, "webhook", None)
    if webhook is not None:
        await webhook.stop()
    if application.updater is not None and application.updater.running:
        await application.updater.stop()
    if application.running:
        await application.stop()
    await application.shutdown()
    if application.post_shutdown is not None:
        await application.post_shutdown(application)
