"""SQL for referrals (table referrals). Consents (bot.handoff.consents) and deliveries (bot.handoff.outbox_store)
have stores of their own; this one uses the outbox store where a referral's change must reach its deliveries
in the same transaction. The relay keeps its own tables (bot.handoff.relay_store).

Times are ISO strings in UTC with microseconds, so they sort as text. Every write takes ``now`` from the
caller, whose clock tests can replace. Every write is part of a unit of work (bot.storage.db): the caller's
when one is open, else its own.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from bot.handoff.outbox_store import DAY, OutboxStore
from bot.handoff.records import OPEN, Referral, referral_of, stamp
from bot.storage import Database, Repository

_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"       # no 0/O, 1/I/L: read aloud on the phone


class HandoffStore(Repository):
    """The referrals, and through ``outbox`` their deliveries."""

    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.outbox = OutboxStore(db)

    async def create(self, *, user_key: str, kind: str, district: str, lang: str, chat_id: int | None,
                     consent: tuple[str, str], data: Mapping[str, Any], contact_hash: str, now: datetime,
                     deliveries: Iterable[tuple[str, str]]) -> Referral:
        """Store a referral and its first deliveries (kind, channel) in one transaction."""
        when = stamp(now)
        async with self.db.transaction():
            for _ in range(20):
                ref = "".join(secrets.choice(_ALPHABET) for _ in range(6))
                async with self.conn.execute("SELECT 1 FROM referrals WHERE id = ?", (ref,)) as cur:
                    if await cur.fetchone() is None:
                        break
            await self.conn.execute(
                "INSERT INTO referrals (id, user_key, kind, district, lang, chat_id, consent_version, consent_at, data, "
                "contact_hash, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, ?)",
                (ref, user_key, kind, district, lang, chat_id, consent[0], consent[1],
                 json.dumps(data, ensure_ascii=False), contact_hash, when, when))
            for delivery_kind, channel in deliveries:
                await self.outbox.add(ref, delivery_kind, channel, now)
            referral = await self.get(ref)
        assert referral is not None                 # inserted just above, in this transaction
        return referral

    async def get(self, ref: str) -> Referral | None:
        async with self.conn.execute("SELECT * FROM referrals WHERE id = ?", (ref,)) as cur:
            row = await cur.fetchone()
        return referral_of(row) if row else None

    async def for_user(self, user_key: str) -> list[Referral]:
        """The person's referrals, newest first."""
        async with self.conn.execute("SELECT * FROM referrals WHERE user_key = ? AND user_key != '' "
                                     "ORDER BY created_at DESC", (user_key,)) as cur:
            return [referral_of(r) for r in await cur.fetchall()]

    async def recent_open(self, user_key: str, since: datetime) -> Referral | None:
        """This account's open referral created since ``since``; only its owner may ever be shown it."""
        async with self.conn.execute(
                f"SELECT * FROM referrals WHERE status IN {OPEN!r} AND created_at >= ? AND user_key = ? "
                "AND user_key != '' ORDER BY created_at DESC LIMIT 1", (stamp(since), user_key)) as cur:
            row = await cur.fetchone()
        return referral_of(row) if row else None

    async def contact_open_elsewhere(self, contact_hash: str, user_key: str) -> bool:
        """Whether another account has an open referral with the same phone / e-mail (a yes or no, nothing more)."""
        if not contact_hash:
            return False
        async with self.conn.execute(
                f"SELECT 1 FROM referrals WHERE status IN {OPEN!r} AND contact_hash = ? AND user_key != ? LIMIT 1",
                (contact_hash, user_key)) as cur:
            return await cur.fetchone() is not None

    async def accept(self, ref: str, mentor: str, mentor_id: int, now: datetime) -> bool:
        """Take a new referral; False when someone else took it first (one UPDATE decides the race)."""
        cur = await self.db.write(
            "UPDATE referrals SET status = 'accepted', accepted_by = ?, accepted_by_id = ?, accepted_at = ?, "
            "updated_at = ? WHERE id = ? AND status = 'new'", (mentor, mentor_id, stamp(now), stamp(now), ref))
        return cur.rowcount == 1

    async def set_status(self, ref: str, status: str, now: datetime) -> bool:
        """contacted / unreachable / closed, only after acceptance and not after closing."""
        cur = await self.db.write(
            "UPDATE referrals SET status = ?, updated_at = ? WHERE id = ? AND status IN ('accepted', 'contacted', "
            "'unreachable')", (status, stamp(now), ref))
        return cur.rowcount == 1

    async def set_outcome(self, ref: str, outcome: str, now: datetime) -> bool:
        """How a closed referral ended; changeable while its data is kept (not after retention)."""
        cur = await self.db.write(
            "UPDATE referrals SET outcome = ?, outcome_at = ? WHERE id = ? AND status = 'closed' AND data != '{}'",
            (outcome, stamp(now), ref))
        return cur.rowcount == 1

    async def stat_id(self, ref: str) -> str:
        """The referral's id in the anonymous events (made on first use; '' once the personal data is gone)."""
        async with self.conn.execute("SELECT stat_id, data FROM referrals WHERE id = ?", (ref,)) as cur:
            row = await cur.fetchone()
        if row is None or row[1] == "{}":
            return ""
        if row[0]:
            return str(row[0])
        value = "r" + secrets.token_hex(7)
        await self.db.write("UPDATE referrals SET stat_id = ? WHERE id = ?", (value, ref))
        return value

    async def mark(self, ref: str, column: str, now: datetime) -> None:
        assert column in ("reminded_at", "escalated_at")
        await self.db.write(f"UPDATE referrals SET {column} = ? WHERE id = ?", (stamp(now), ref))

    async def waiting(self, created_before: datetime) -> list[Referral]:
        """New (not accepted) referrals created before the given time."""
        async with self.conn.execute("SELECT * FROM referrals WHERE status = 'new' AND created_at <= ? "
                                     "ORDER BY created_at", (stamp(created_before),)) as cur:
            return [referral_of(r) for r in await cur.fetchall()]

    async def overdue(self, created_before: datetime) -> dict[str, int]:
        """District -> referrals nobody has taken since before the given time (for the statistics)."""
        async with self.conn.execute("SELECT district, COUNT(*) FROM referrals WHERE status = 'new' AND created_at <= ? "
                                     "GROUP BY district", (stamp(created_before),)) as cur:
            return {row[0]: row[1] for row in await cur.fetchall()}

    async def withdraw(self, ref: str, now: datetime) -> None:
        """Erase the personal data; keep a tombstone (id, district, times) so mentors' messages make sense."""
        async with self.db.transaction():
            await self._erase(ref, "withdrawn", now)

    async def _erase(self, ref: str, status: str, now: datetime) -> None:
        """The referral becomes a tombstone with ``status``; what waits to be delivered is cancelled, the
        person's chat leaves the outbox too, and every channel that received the referral gets a ``status``
        notice."""
        await self.db.write(
            "UPDATE referrals SET user_key = '', chat_id = NULL, data = '{}', contact_hash = '', "
            "status = ?, accepted_by = NULL, accepted_by_id = NULL, stat_id = NULL, updated_at = ? WHERE id = ?",
            (status, stamp(now), ref))
        await self.outbox.cancel_waiting(ref, status)
        await self.outbox.forget_person_channel(ref)
        await self._blur_times(ref)
        # Read after the cancellation: a copy confirmed before is 'sent' here and gets the notice (its chat
        # message is edited); one confirmed after finds itself cancelled and asks for it (bot.handoff.outbox).
        reached = [d.channel for d in await self.outbox.deliveries(ref, "referral") if d.state == "sent"]
        await self.outbox.enqueue(ref, status, reached, now)

    async def _blur_times(self, ref: str) -> None:
        """An erased referral keeps only the day of its times (and of its deliveries'): to the microsecond they
        could be matched with anonymous events, or with a project's records, to say who it was."""
        columns = ("created_at", "updated_at", "consent_at", "accepted_at", "reminded_at", "escalated_at",
                   "outcome_at")
        await self.db.write("UPDATE referrals SET " + ", ".join(f"{c} = {DAY.format(c)}" for c in columns) +
                            " WHERE id = ?", (ref,))
        await self.outbox.blur_times(ref)

    async def expire(self, open_before: datetime, closed_before: datetime, now: datetime) -> int:
        """Retention: erase the personal data of referrals that are open and were created before
        ``open_before``, or were closed before ``closed_before``. Their status becomes 'expired' (a tombstone
        stays), deliveries still waiting are cancelled, and every channel that received the referral gets an
        'expired' notice (its chat message is edited like a withdrawal). Returns how many expired."""
        async with self.db.transaction():
            async with self.conn.execute(
                    f"SELECT id FROM referrals WHERE data != '{{}}' AND ((status IN {OPEN!r} AND created_at < ?) "
                    "OR (status = 'closed' AND updated_at < ?))",
                    (stamp(open_before), stamp(closed_before))) as cur:
                refs = [row[0] for row in await cur.fetchall()]
            for ref in refs:
                await self._erase(ref, "expired", now)
        return len(refs)

    async def open_user_keys(self, created_since: datetime) -> set[str]:
        """People with an open referral that is younger than the retention limit."""
        async with self.conn.execute("SELECT DISTINCT user_key FROM referrals WHERE user_key != '' AND "
                                     f"status IN {OPEN!r} AND created_at >= ?",
                                     (stamp(created_since),)) as cur:
            return {row[0] for row in await cur.fetchall()}

