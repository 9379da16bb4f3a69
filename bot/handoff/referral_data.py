"""What the hand-over holds about a person — referrals and consents — as a personal-data source
(bot.feature.PersonalData): /mydata shows and exports it, /delete erases it, retention ends it.

Its own module because it answers the person's rights over everything the hand-over stores, while the
service (bot.handoff.service) runs the referral's life: creation, mentors' buttons, escalation.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from bot.config import Config
from bot.feature import Reader
from bot.handoff.render import local_date
from bot.handoff.service import HandoffService

log = logging.getLogger(__name__)


class ReferralData:
    """Where the hand-over keeps referrals and consents: /mydata, /delete, retention."""

    name = "referrals"

    def __init__(self, service: HandoffService):
        self.service = service
        self.store = service.store
        self.consents = service.consents


    async def erase(self, user_key: str) -> int:
        """Withdraw consent: erase the person's referral data and tell every channel that got it. Returns the
        number of referrals withdrawn."""
        now = self.service.clock()
        async with self.service.app.db.transaction():
            referrals = await self.store.for_user(user_key)
            for referral in referrals:
                await self.store.withdraw(referral.id, now)
            await self.consents.withdraw(user_key, now)
        if referrals:
            log.info("%d referral(s) withdrawn", len(referrals))
            self.service.wake_outbox()
        return len(referrals)

    async def export(self, user_key: str) -> dict[str, Any] | None:
        """Everything the hand-over stores about a person (for /mydata)."""
        referrals = await self.store.for_user(user_key)
        consents = await self.consents.of(user_key)
        if not referrals and not consents:
            return None
        return {
            "consents": consents,
            "referrals": [{
                "reference": r.id, "kind": r.kind, "district": r.district, "region": self.service.region_name(r.district),
                "status": r.status, "created_at": r.created_at, "updated_at": r.updated_at,
                "accepted_at": r.accepted_at, "consent_version": r.consent_version, "consent_at": r.consent_at,
                "contact": r.data.get("contact", {}), "answers": r.data.get("answers", {}),
                "telegram_chat_id": r.chat_id,          # kept in plain text to write to the person
                "recipients": [d.channel for d in await self.store.outbox.deliveries(r.id, "referral")
                               if d.state == "sent"],
            } for r in referrals],
        }

    async def readable(self, user_key: str, reader: Reader) -> list[str]:
        """/mydata's message part: each referral with what it holds, and the consents, in the person's
        language."""
        lang, lines = reader.lang, []
        for r in await self.store.for_user(user_key):
            lines.append(reader.text("privacy-mydata-referral", {
                "ref": r.id, "project": self.service.project_name(r.district, lang), "region": self.service.region_name(r.district),
                "date": local_date(r.created_at, lang), "status": r.status}))
            contact = r.data.get("contact", {})
            chosen = contact.get("via")          # "phone", "email" or "telegram"
            via = {"phone": contact.get("phone"), "email": contact.get("email")}.get(chosen) if chosen else None
            fields = [("company", contact.get("company")), ("name", contact.get("name")),
                      ("contact", via or reader.text("handoff-via-telegram")),
                      ("need", contact.get("need") and reader.value("employer_need", contact["need"])),
                      ("languages", contact.get("languages")),
                      ("time", contact.get("time") and reader.text(f"handoff-time-{contact['time']}")),
                      ("note", contact.get("note"))]
            lines += [f"• {reader.text(f'mentor-field-{key}')}: {value}" for key, value in fields if value]
            if r.chat_id is not None:
                lines.append(f"• {reader.text('privacy-field-chat')}: {r.chat_id}")
            answers = reader.answers(r.data.get("answers", {}))
            if answers:
                lines += [reader.text("privacy-mydata-referral-answers"), *answers]
        for consent in await self.consents.of(user_key):
            if consent["withdrawn_at"] is None:
                lines.append(reader.text("privacy-mydata-consent", {"version": consent["version"].split(":")[0],
                                                                    "date": local_date(consent["given_at"], lang)}))
        return lines

    async def expire(self, now: datetime, config: Config) -> int:
        """Retention: open referrals older than RETENTION_DAYS_OPEN_REFERRAL and closed ones older than
        RETENTION_DAYS_CLOSED_REFERRAL (after closing) lose their personal data, and the projects are told.
        Consents whose conversation and referrals are gone go too."""
        count = await self.store.expire(now - timedelta(days=config.retention_days_open_referral),
                                        now - timedelta(days=config.retention_days_closed_referral), self.service.clock())
        await self.consents.forget_orphaned()
        if count:
            self.service.wake_outbox()
        return count
