"""The webhook server Telegram POSTs updates to, behind a TLS reverse proxy (``WEBHOOK_LISTEN`` defaults to
127.0.0.1 for that reason).

Why not PTB's built-in server: tornado reads each request body whole (up to 100 MB) before the handler
looks at the secret header, so a few large posts from anyone cost hundreds of megabytes. Here a request is
judged by its headers first: without the right ``X-Telegram-Bot-Api-Secret-Token`` (compared in constant
time) it is refused unread, and a body larger than an update can be is refused before it is read. Only
then is the body read, parsed into an ``Update`` and put into the Application's update queue — the same
queue long polling fills, so everything after it is the same code.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from typing import Protocol

from aiohttp import web
from telegram import Bot, Update

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
#: the largest request body accepted: an update is a few kilobytes (a 4096-character text with entities)
MAX_UPDATE_BYTES = 1024 * 1024


class UpdateReceiver(Protocol):
    """What the webhook needs of PTB's Application: its bot, and the queue long polling fills too."""

    @property
    def bot(self) -> Bot: ...

    @property
    def update_queue(self) -> asyncio.Queue[object]: ...


class WebhookListenError(OSError):
    """The server could not listen on WEBHOOK_LISTEN:WEBHOOK_PORT (address in use, not allowed, unknown)."""


class WebhookServer:
    def __init__(self, application: UpdateReceiver, *, listen: str, port: int, path: str, secret: str) -> None:
        if not secret:
            raise ValueError("a webhook needs a secret token")
        self.application = application
        self.listen, self.port = listen, port
        self.path = "/" + path.strip("/")
        self._secret = secret.encode()
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application(client_max_size=MAX_UPDATE_BYTES)
        app.router.add_post(self.path, self._receive)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, self.listen, self.port).start()
        except OSError as exc:
            await self.stop()
            raise WebhookListenError(exc.errno, exc.strerror or str(exc)) from None

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _receive(self, request: web.Request) -> web.Response:
        # Judged by the headers alone; the body of a refused request is never read (the connection is closed).
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, self._secret):
            return _refuse(403)
        if request.content_length is not None and request.content_length > MAX_UPDATE_BYTES:
            return _refuse(413)
        if request.content_type != "application/json":
            return _refuse(415)
        try:
            body = await request.read()          # stops with 413 after MAX_UPDATE_BYTES (chunked requests)
        except web.HTTPRequestEntityTooLarge:
            return _refuse(413)
        try:
            update = Update.de_json(json.loads(body), self.application.bot)
        except (ValueError, TypeError, KeyError, AttributeError):
            log.warning("the webhook received a request with the right secret that is not an update")
            return _refuse(400)
        if update is not None:
            await self.application.update_queue.put(update)
        return web.Response(status=200)


def _refuse(status: int) -> web.Response:
    response = web.Response(status=status)
    response.force_close()                       # do not read (and wait for) the rest of the body
    return response


async def start_webhook(application: UpdateReceiver, *, listen: str, port: int, url: str, path: str,
                        secret: str) -> WebhookServer:
    """Listen first, then tell Telegram where to send updates (with the secret)."""
    server = WebhookServer(application, listen=listen, port=port, path=path, secret=secret)
    await server.start()
    try:
        await application.bot.set_webhook(url, secret_token=secret, allowed_updates=Update.ALL_TYPES)
    except BaseException:
        await server.stop()
        raise
    return server
