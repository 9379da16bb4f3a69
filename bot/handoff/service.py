"""The hand-over service: one per app, made by the hand-over feature. Creates referrals, lets mentors act on
them, escalates the ones nobody takes. Delivery itself is the outbox's job (bot.handoff.outbox), with the
sender the feature hands it; what the hand-over holds about a person is bot.handoff.referral_data's.

What it needs of Telegram goes through ``self.telegram`` (:class:`MentorChats`, set when the bot runs on
Telegram); the clock is ``self.clock`` so tests can move time.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

from bot.config import Config
from bot.engine import Event
from bot.feature import Host
from bot.handoff.consents import ConsentStore
from bot.handoff.content import HANDOFF, HandoffContent
from bot.handoff.district import DISTRICTS
from bot.handoff.mentors import Channels, MentorsConfig
from bot.handoff.outbox import Deliver, Outbox
from bot.handoff.records import GONE, OUTCOMES, Referral
from bot.handoff.regions import Region
from bot.handoff.relay import Relay
from bot.handoff.store import HandoffStore
from bot.i18n import Locales
from bot.storage import EventRepo

log = logging.getLogger(__name__)

DUPLICATE_WINDOW = timedelta(days=30)  # a second request within this time is recognised, not sent again
STATUSES = ("contacted", "unreachable", "closed")


@dataclass(frozen=True)
class MentorReply:
    """What the mentor who pressed a button is told (a short callback answer, in German)."""

    text: str
    args: dict[str, Any]
    alert: bool = False


class MentorChats(Protocol):
    """What the service asks of the mentors' Telegram chats (bot.handoff.notify.TelegramNotifier)."""

    async def is_member(self, chat_id: int, user_id: int) -> bool: ...

    async def show_referral(self, chat_id: int, message_id: int, referral: Referral, region_name: str) -> None: ...


class HandoffService:
    def __init__(self, app: Host, deliver: Deliver):
        self.app = app
        self.store = HandoffStore(app.db)
        self.consents = ConsentStore(app.db)
        self.clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)
        self.kick: Callable[[], None] = lambda: None        # wake the outbox (set by the Telegram installer)
        self.telegram: MentorChats | None = None            # set when running on Telegram
        self.outbox = Outbox(self, deliver)
        self.relay = Relay(self)

    # ---- content ----------------------------------------------------------------------------------------

    @property
    def content(self) -> HandoffContent:
        return self.app.content.require(HANDOFF)

    @property
    def mentors(self) -> MentorsConfig:
        return self.content.mentors

    @property
    def locales(self) -> Locales:
        return self.app.content.locales

    def region(self, district: str) -> Region | None:
        districts = self.app.content.get(DISTRICTS)
        return districts.catalog.get(district) if districts is not None else None

    def region_name(self, district: str) -> str:
        region = self.region(district)
        return region.name if region else district

    def region_page(self, district: str) -> str:
        region = self.region(district)
        return region.page if region else "https://arbeitsmarktmentoren-sachsen.de/"

    def channels(self, district: str) -> Channels:
        return self.mentors.channels(district)

    def project_name(self, district: str, lang: str) -> str:
        """The named recipient: the deployment's project name, else the verified carrier, else generic."""
        configured = self.channels(district).project
        if configured:
            return configured
        region = self.region(district)
        if region is not None and region.carrier:
            return region.carrier
        return self.locales.text(lang, "handoff-project-generic", label=True)

    def contact_hash(self, phone: str | None, email: str | None) -> str:
        value = phone or (email or "").casefold()
        if not value:
            return ""
        key = (self.app.config.user_key_secret or "handoff").encode()
        return hmac.new(key, f"contact:{value}".encode(), hashlib.sha256).hexdigest()[:32]

    def wake_outbox(self) -> None:
        """Deliver what was just enqueued — once it is committed: the outbox reads committed rows only."""
        self.app.db.after_commit(lambda: self.kick())

    # ---- referrals --------------------------------------------------------------------------------------

    async def recent_open(self, user_key: str) -> Referral | None:
        return await self.store.recent_open(user_key, self.clock() - DUPLICATE_WINDOW)

    async def contact_open_elsewhere(self, contact_hash: str, user_key: str) -> bool:
        return await self.store.contact_open_elsewhere(contact_hash, user_key)

    async def create(self, *, user_key: str, kind: str, district: str, lang: str, chat_id: int | None,
                     consent: tuple[str, str], data: dict[str, Any], contact_hash: str) -> Referral:
        """Commit the referral and one delivery per configured channel, then wake the outbox."""
        channels = self.channels(district)
        if channels.empty:      # a warning in production; the demo and flow tests run without a mentors file
            log.log(logging.WARNING if self.mentors.source else logging.INFO,
                    "no channel configured for district %s: the referral waits for escalation", district)
        referral = await self.store.create(
            user_key=user_key, kind=kind, district=district, lang=lang, chat_id=chat_id, consent=consent,
            data=data, contact_hash=contact_hash, now=self.clock(),
            deliveries=[("referral", c) for c in channels.addresses()])
        log.info("referral %s created for district %s (%d channels)", referral.id, district,
                 len(channels.addresses()))
        self.wake_outbox()
        return referral

    # ---- mentors act ------------------------------------------------------------------------------------

    async def may_act(self, referral: Referral, chat_id: int, user_id: int) -> bool:
        allowed = self.channels(referral.district).may_act(chat_id, user_id)
        if allowed is None:                 # a group: ask Telegram whether the person is a member
            allowed = self.telegram is not None and await self.telegram.is_member(chat_id, user_id)
        return bool(allowed)

    async def mentor_press(self, action: str, ref: str, chat_id: int, user_id: int, name: str,
                           choice: str = "") -> MentorReply:
        """A mentor's button: accept, a status, or (after closing) how it ended (``choice``: one of OUTCOMES)."""
        referral = await self.store.get(ref)
        if referral is None or referral.status in GONE:
            return MentorReply("mentor-gone", {}, alert=True)
        if not await self.may_act(referral, chat_id, user_id):
            log.info("refused a mentor button for referral %s from outside its district's chat", ref)
            return MentorReply("mentor-not-allowed", {}, alert=True)
        now = self.clock()
        if action == "accept":
            async with self.app.db.transaction():      # taken, counted and the person told: all or nothing
                if not await self.store.accept(ref, name, user_id, now):
                    current = await self._stored(ref)
                    return MentorReply("mentor-already-taken", {"mentor": current.accepted_by or "?"}, alert=True)
                referral = await self._stored(ref)
                await self.stat("referral_accepted", f"{referral.district}:{self.minutes(referral, now)}", referral)
                if referral.chat_id is not None:
                    await self.store.outbox.enqueue(ref, "accepted", [f"tg:{referral.chat_id}"], now)
            await self.refresh_notifications(referral)
            self.kick()
            return MentorReply("mentor-taken", {})
        if action in STATUSES:
            async with self.app.db.transaction():
                if not await self.store.set_status(ref, action, now):
                    return MentorReply("mentor-not-open", {}, alert=True)
                referral = await self._stored(ref)
                await self.stat("referral_status", f"{referral.district}:{action}:{self.minutes(referral, now)}",
                                referral)
            await self.refresh_notifications(referral)
            return MentorReply("mentor-outcome-ask" if action == "closed" else "mentor-saved", {})
        if action == "outcome" and choice in OUTCOMES:
            if referral.outcome == choice:
                return MentorReply("mentor-saved", {})
            async with self.app.db.transaction():
                if not await self.store.set_outcome(ref, choice, now):
                    return MentorReply("mentor-not-open", {}, alert=True)
                referral = await self._stored(ref)
                await self.stat("referral_outcome", f"{referral.district}:{choice}", referral)
            await self.refresh_notifications(referral)
            return MentorReply("mentor-saved", {})
        return MentorReply("mentor-gone", {}, alert=True)

    async def _stored(self, ref: str) -> Referral:
        """The referral as stored now, read inside the transaction that found it (so it exists)."""
        referral = await self.store.get(ref)
        if referral is None:
            raise LookupError(f"referral {ref} is gone within its own transaction")
        return referral

    @staticmethod
    def minutes(referral: Referral, now: datetime) -> int:
        """Whole minutes since the referral arrived (the figures staff read as time to acceptance / contact)."""
        return int((now - datetime.fromisoformat(referral.created_at)).total_seconds() // 60)

    async def notification_in(self, referral: Referral, channel: str) -> int | None:
        """The message id of the referral's notification in this chat, if it was sent."""
        for delivery in await self.store.outbox.deliveries(referral.id, "referral"):
            if delivery.channel == channel and delivery.message_id:
                return delivery.message_id
        return None

    async def refresh_notifications(self, referral: Referral) -> None:
        """Show the new state (and the buttons that fit it) on every chat's copy of the notification."""
        if self.telegram is None:
            return
        for delivery in await self.store.outbox.deliveries(referral.id, "referral"):
            if delivery.channel.startswith("tg:") and delivery.state == "sent" and delivery.message_id:
                await self.telegram.show_referral(int(delivery.channel[3:]), delivery.message_id, referral,
                                                  self.region_name(referral.district))

    async def stat(self, kind: str, value: str, referral: Referral) -> None:
        """An anonymous statistic event of a referral's mentors. Its conv is the referral's own random statistics
        id (never the person's conversation), so a changed outcome replaces the earlier one in the figures; the
        id leaves the referral with the personal data, after which nothing joins the events to anybody."""
        conv = await self.store.stat_id(referral.id) or "m" + secrets.token_hex(7)
        await EventRepo(self.app.db).add(conv, referral.lang, [Event(kind, "handoff", "", value)])

    # ---- escalation -------------------------------------------------------------------------------------

    async def check_escalations(self) -> int:
        """Not accepted after ESCALATE_AFTER_HOURS: remind the region; after twice that: tell the coordination.
        Regions reached only by e-mail (or not at all) cannot press 'accept': they get no reminder, and the
        coordination is told after ESCALATE_AFTER_HOURS, so that someone checks that the request was taken."""
        now = self.clock()
        hours = self.app.config.escalate_after_hours
        after = timedelta(hours=hours)
        count = 0
        async with self.app.db.transaction():
            for referral in await self.store.waiting(now - after):
                channels = self.channels(referral.district)
                age = now - datetime.fromisoformat(referral.created_at)
                if referral.reminded_at is None and channels.telegram_chats:
                    await self.store.outbox.enqueue(referral.id, "reminder", [f"tg:{c}" for c in channels.telegram_chats],
                                             now)
                    await self.store.mark(referral.id, "reminded_at", now)
                    count += 1
                elif referral.escalated_at is None and (age >= 2 * after or not channels.telegram_chats):
                    targets = self.mentors.coordination()
                    if not targets:
                        log.warning("referral %s waits %.0f h but no coordination chat is configured", referral.id,
                                    age.total_seconds() / 3600)
                    await self.store.outbox.enqueue(referral.id, "escalation", targets, now)
                    await self.store.mark(referral.id, "escalated_at", now)
                    count += 1
        if count:
            self.kick()
        return count

    # ---- retention (the person's data itself: bot.handoff.referral_data) -------------------------------

    async def open_user_keys(self, now: datetime, config: Config) -> set[str]:
        """Whose conversation retention keeps: people with an open referral that has not reached its own limit."""
        return await self.store.open_user_keys(now - timedelta(days=config.retention_days_open_referral))
