"""Delivering from the outbox: every delivery was committed to SQLite before it is attempted.

A delivery is (referral, kind, channel) with an idempotency key, so it exists once. It is marked sent, with
the Telegram message id, in its own commit right after Telegram or the SMTP server confirmed it; after a
restart only what was never confirmed is sent again. Failures are retried with exponential backoff; a
delivery that exhausts its attempts becomes 'failed' and is listed by ``python -m bot outbox`` and /outbox.

Each medium (Telegram, e-mail) is delivered in a lane of its own, and within a lane several chats or
addresses at once: a mail server that accepts connections and never answers delays only e-mail, and only
until the medium's timeout (shorter than the first retry delay) makes that attempt a failure to retry.
Deliveries to the same chat or address keep their order (the withdrawal notice answers the referral).

Kinds: referral (to the district's channels), reminder, escalation (coordination, no personal data),
withdrawn (to every channel that got the referral, also one reached while the withdrawal happened), expired
(the same when retention ends a referral), accepted (to the person, in their language), relay_out / relay_in
(messages between mentor and person, see relay.py).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Protocol

from bot.handoff.records import GONE, Delivery, Referral
from bot.handoff.store import HandoffStore

log = logging.getLogger(__name__)

class DeliveryError(Exception):
    """A channel refused or could not be reached; ``retry_after`` (seconds) when the channel says when."""

    def __init__(self, message: str, retry_after: float | None = None, *, final: bool = False):
        super().__init__(message)
        self.retry_after = retry_after
        self.final = final          # trying again cannot help (e.g. the person blocked the bot)


#: the media, each delivered in its own lane: 'tg:<chat id>' and 'mail:<address>' channels
MEDIA = ("tg", "mail")
#: seconds one attempt may take before it counts as failed (then retried with backoff)
TIMEOUTS = {"tg": 10.0, "mail": 10.0}
#: chats or addresses served at once within one lane
CONCURRENCY = {"tg": 8, "mail": 4}


#: sends one delivery on its channel: the Telegram message id (None for e-mail), or raises DeliveryError /
#: NotReady (bot.handoff.notify.deliver, bound to the running bot by the hand-over feature)
Deliver = Callable[[Delivery, Referral], Awaitable["int | None"]]


class OutboxOwner(Protocol):
    """What the outbox uses of the hand-over service."""

    store: HandoffStore

    @property
    def telegram(self) -> object | None:
        """Set when the bot runs on Telegram; without it Telegram deliveries wait."""
        ...

    def clock(self) -> datetime: ...

    async def refresh_notifications(self, referral: Referral) -> None: ...


class Outbox:
    def __init__(self, service: OutboxOwner, deliver: Deliver, *, base_delay: float = 15.0,
                 max_delay: float = 3600.0, max_attempts: int = 12):
        self.service = service
        self.deliver = deliver
        self.base_delay = base_delay      # first retry after this many seconds, then x3 each time
        self.max_delay = max_delay
        self.max_attempts = max_attempts  # 12 attempts with the defaults: about 7 hours of trying
        # an attempt ends before its retry would be due, so a hung server never holds a lane longer
        self.timeouts = {medium: min(seconds, base_delay) if base_delay > 0 else seconds
                         for medium, seconds in TIMEOUTS.items()}
        self._lanes = {medium: asyncio.Lock() for medium in MEDIA}

    def delay(self, attempts: int) -> float:
        """Seconds before the next try after ``attempts`` failed ones."""
        return min(self.base_delay * 3 ** max(attempts - 1, 0), self.max_delay)

    async def run_due(self, media: tuple[str, ...] = MEDIA) -> int:
        """Deliver everything that is due, each medium in its own lane at the same time; returns how many
        deliveries succeeded. Never raises."""
        return sum(await asyncio.gather(*(self.run_lane(medium) for medium in media)))

    async def run_lane(self, medium: str, wait: bool = True) -> int:
        """Deliver what is due on one medium (one run per medium at a time). ``wait=False``: return at once
        when a run is busy on this medium; it delivers whatever is due before it ends."""
        if medium == "tg" and self.service.telegram is None:
            return 0                                # the console runs without Telegram: leave them pending
        if not wait and self._lanes[medium].locked():
            return 0
        async with self._lanes[medium]:
            done = 0
            while True:
                batch = await self.service.store.outbox.due(self.service.clock(), medium=medium)
                results = await self._deliver_batch(medium, batch)
                done += results.count("sent")
                if not batch or all(result == "skipped" for result in results):
                    return done

    async def _deliver_batch(self, medium: str, batch: list[Delivery]) -> list[str]:
        """Different chats/addresses at once (at most CONCURRENCY), each one's deliveries in order."""
        per_channel: dict[str, list[Delivery]] = {}
        for delivery in batch:
            per_channel.setdefault(delivery.channel, []).append(delivery)
        slots = asyncio.Semaphore(CONCURRENCY.get(medium, 1))

        async def in_order(deliveries: list[Delivery]) -> list[str]:
            results = []
            for delivery in deliveries:
                async with slots:
                    results.append(await self._one(delivery))
            return results

        chains = await asyncio.gather(*(in_order(chain) for chain in per_channel.values()))
        return [result for chain in chains for result in chain]

    async def _one(self, delivery: Delivery) -> str:
        store = self.service.store
        referral = await store.get(delivery.referral_id)
        reason = "referral gone" if referral is None else self._obsolete(delivery, referral)
        if reason or referral is None:
            await store.outbox.cancel(delivery.id, reason)
            return "cancelled"
        try:
            message_id = await self._attempt(delivery, referral)
        except NotReady:
            return "skipped"                       # e.g. the console runs without Telegram: leave it pending
        except DeliveryError as exc:
            attempts = delivery.attempts + 1
            give_up = attempts >= self.max_attempts or exc.final
            wait = max(self.delay(attempts), exc.retry_after or 0)
            await store.outbox.retry_later(delivery.id, str(exc), self.service.clock() + timedelta(seconds=wait), give_up)
            log.warning("delivery %d (%s to %s) failed, attempt %d%s: %s", delivery.id, delivery.kind,
                        _kind_of(delivery.channel), attempts, " - giving up" if give_up else f", next in {wait:.0f} s",
                        exc)
            return "failed"
        if not await store.outbox.sent(delivery.id, message_id, self.service.clock()):
            await self._arrived_too_late(delivery)
            return "sent"
        log.info("delivery %d (%s, referral %s) sent via %s", delivery.id, delivery.kind, delivery.referral_id,
                 _kind_of(delivery.channel))
        if delivery.kind == "referral" and referral.status != "new":
            # Accepted elsewhere while this copy was still on its way: show the current state here too.
            await self.service.refresh_notifications(referral)
        return "sent"

    async def _arrived_too_late(self, delivery: Delivery) -> None:
        """The referral was withdrawn or expired while this copy was on its way: that channel now holds the
        personal data too, so it gets the same notice as the channels the referral had reached before."""
        store = self.service.store
        referral = await store.get(delivery.referral_id)
        notice = referral.status if referral is not None and referral.status in GONE else None
        log.info("delivery %d (%s, referral %s) arrived via %s after it was cancelled", delivery.id, delivery.kind,
                 delivery.referral_id, _kind_of(delivery.channel))
        if referral is not None and delivery.kind == "referral" and notice:
            await store.outbox.enqueue(referral.id, notice, [delivery.channel], self.service.clock())

    async def _attempt(self, delivery: Delivery, referral: Referral) -> int | None:
        medium = delivery.channel.partition(":")[0]
        seconds = self.timeouts.get(medium, max(self.timeouts.values()))
        try:
            return await asyncio.wait_for(self.deliver(delivery, referral), seconds)
        except asyncio.TimeoutError:
            raise DeliveryError(f"{_kind_of(delivery.channel)}: no answer within {seconds:g} s") from None

    @staticmethod
    def _obsolete(delivery: Delivery, referral: Referral) -> str:
        if referral.status in GONE and delivery.kind not in GONE:
            return referral.status
        if delivery.kind in ("reminder", "escalation") and referral.status != "new":
            return "accepted meanwhile"
        return ""


class NotReady(Exception):
    """The channel's sender is not available in this process (no Telegram bot); try again later."""


def _kind_of(channel: str) -> str:
    """'telegram' / 'e-mail' for logs: chat ids and addresses stay out of the log."""
    return {"tg": "telegram", "mail": "e-mail"}.get(channel.partition(":")[0], "?")
