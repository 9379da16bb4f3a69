"""How the fake hands updates to the bot: long polling (getUpdates) or webhook POSTs.

Semantics follow Telegram: updates stay queued until confirmed by a later ``offset``; a second
``getUpdates`` terminates the first with 409; while a webhook is set, ``getUpdates`` is refused and
every update is POSTed, in order, until the bot's server answers 2xx.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from bot.testing.protocol import ApiError, bad_request
from bot.testing.signal import Signal
from bot.testing.updates import JsonDict

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Sent only when listed in allowed_updates explicitly.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
_KEEP_SECRET = object()


class Unavailable(Exception):
    """Telegram is down: the request in progress should end with a 502."""


@dataclass
class Webhook:
    url: str
    secret_token: str | None = None
    allowed_updates: list[str] | None = None
    max_connections: int = 40
    last_error_date: int | None = None
    last_error_message: str | None = None


@dataclass(frozen=True)
class WebhookDelivery:
    """One POST of an update to the webhook; ``status`` is ``None`` if no HTTP answer came."""

    update_id: int
    status: int | None
    error: str | None


class UpdateQueue:
    """Pending updates and the two ways of delivering them."""

    def __init__(self, *, retry_delay: float = 0.05, max_retry_delay: float = 1.0, post_timeout: float = 5.0) -> None:
        self.pending: list[JsonDict] = []
        self.dropped: list[JsonDict] = []  # filtered out by allowed_updates
        self.webhook: Webhook | None = None
        self.deliveries: list[WebhookDelivery] = []
        self._allowed: set[str] | None = None
        self._next_id = 1
        self._poll_generation = 0
        self._paused = False
        self._closing = False
        self._signal = Signal()
        self._deliverer: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None
        self._retry_delay, self._max_retry_delay, self._post_timeout = retry_delay, max_retry_delay, post_timeout

    @property
    def paused(self) -> bool:
        """``True`` while Telegram is down: no deliveries, long polls end with 502."""
        return self._paused

    @paused.setter
    def paused(self, value: bool) -> None:
        self._paused = value
        self._signal.notify()

    def push(self, update: JsonDict) -> JsonDict | None:
        """Queue ``update`` under the next update_id; ``None`` if allowed_updates filters it out."""
        update = {**update, "update_id": self._next_id}
        self._next_id += 1
        kind = next(key for key in update if key != "update_id")
        allowed = kind in self._allowed if self._allowed else kind not in _OPT_IN_UPDATES
        if not allowed:
            self.dropped.append(update)
            return None
        self.pending.append(update)
        self._signal.notify()
        return update

    async def get_updates(self, offset: int, limit: int, timeout: float, allowed_updates: list[str] | None) -> list[JsonDict]:
        if self.webhook is not None:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first")
        if allowed_updates is not None:
            self._allowed = set(allowed_updates) or None
        self._poll_generation += 1
        generation = self._poll_generation
        self._signal.notify()  # an older long poll still waiting now ends with 409
        self._confirm(offset)
        deadline = time.monotonic() + timeout
        while True:
            if self._paused:
                raise Unavailable
            if generation != self._poll_generation:
                raise ApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")
            remaining = deadline - time.monotonic()
            if self.pending or remaining <= 0 or self._closing or self.webhook is not None:
                return self.pending[:limit] if self.webhook is None else []
            await self._signal.wait(remaining)

    def restart_ids(self, next_id: int) -> None:
        """Telegram after a week without updates: the next ``update_id`` is chosen at random, possibly lower than
        every earlier one. A bot's offset from before then confirms none of the new updates."""
        self._next_id = next_id

    def redeliver(self, update: JsonDict) -> JsonDict:
        """Hand out ``update`` again, same ``update_id``: what Telegram does when the bot died before confirming
        it (the bot may well have applied it)."""
        self.pending.append(dict(update))
        self.pending.sort(key=lambda u: u["update_id"])
        self._signal.notify()
        return update

    def _confirm(self, offset: int) -> None:
        if offset > self._next_id:          # from before a restart of the ids: nothing it names is queued
            return
        if offset > 0:
            self.pending = [u for u in self.pending if u["update_id"] >= offset]
        elif offset < 0:
            self.pending = self.pending[offset:]

    async def set_webhook(self, webhook: Webhook, *, drop_pending_updates: bool) -> None:
        parts = urlsplit(webhook.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise bad_request("bad webhook: Failed to resolve host: Name or service not known")
        if parts.hostname not in _LOOPBACK:
            raise bad_request("bad webhook: the fake Bot API only delivers to 127.0.0.1 or localhost")
        await self.delete_webhook(drop_pending_updates=drop_pending_updates)
        if webhook.allowed_updates is not None:
            self._allowed = set(webhook.allowed_updates) or None
        self.webhook = webhook
        self._deliverer = asyncio.create_task(self._deliver_forever(webhook), name="FakeBotApi webhook delivery")

    async def delete_webhook(self, *, drop_pending_updates: bool) -> bool:
        """Stop delivering; ``True`` if a webhook was set."""
        was_set = self.webhook is not None
        self.webhook = None
        if drop_pending_updates:
            self.pending.clear()
        await self._stop_deliverer()
        self._signal.notify()
        return was_set

    def webhook_info(self) -> JsonDict:
        info: JsonDict = {"url": "", "has_custom_certificate": False, "pending_update_count": len(self.pending)}
        hook = self.webhook
        if hook is None:
            return info
        info.update(url=hook.url, max_connections=hook.max_connections, ip_address="127.0.0.1")
        if hook.allowed_updates:
            info["allowed_updates"] = hook.allowed_updates
        if hook.last_error_date is not None:
            info.update(last_error_date=hook.last_error_date, last_error_message=hook.last_error_message)
        return info

    async def post_to_webhook(self, update: JsonDict, *, secret_token: Any = _KEEP_SECRET) -> int:
        """POST ``update`` once to the current webhook and return the HTTP status (for forged requests).

        ``secret_token`` defaults to the configured one; pass ``None`` to omit the header or any
        other string to send a wrong one. The update is not queued.
        """
        if self.webhook is None:
            raise AssertionError("no webhook is set; call setWebhook (e.g. updater.start_webhook) first")
        secret = self.webhook.secret_token if secret_token is _KEEP_SECRET else secret_token
        status, _ = await self._post(self.webhook.url, update, secret)
        if status is None:
            raise AssertionError(f"the webhook at {self.webhook.url} did not answer")
        return status

    async def close(self) -> None:
        self._closing = True
        self._signal.notify()
        await self._stop_deliverer()
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _stop_deliverer(self) -> None:
        task, self._deliverer = self._deliverer, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _deliver_forever(self, hook: Webhook) -> None:
        delay = self._retry_delay
        while True:
            if self._paused or not self.pending:
                await self._signal.wait(None)
                continue
            update = self.pending[0]
            status, error = await self._post(hook.url, update, hook.secret_token)
            self.deliveries.append(WebhookDelivery(update["update_id"], status, error))
            if error is None:
                if self.pending and self.pending[0] is update:
                    self.pending.pop(0)
                delay = self._retry_delay
                continue
            hook.last_error_date, hook.last_error_message = int(time.time()), error
            await asyncio.sleep(delay)
            delay = min(delay * 2, self._max_retry_delay)

    async def _post(self, url: str, update: JsonDict, secret: str | None) -> tuple[int | None, str | None]:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self._post_timeout))
        headers = {"Content-Type": "application/json"}
        if secret:
            headers[SECRET_HEADER] = secret
        body = json.dumps(update, ensure_ascii=False).encode()
        try:
            async with self._session.post(url, data=body, headers=headers) as response:
                await response.read()
                status = response.status
        except aiohttp.ClientConnectorError:
            return None, "Connection refused"
        except TimeoutError:
            return None, "Connection timed out"
        except aiohttp.ClientError as exc:
            return None, f"Connection error: {exc.__class__.__name__}"
        if 200 <= status < 300:
            return status, None
        phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else ""
        return status, f"Wrong response from the webhook: {status} {phrase}".rstrip()
