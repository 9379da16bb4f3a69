"""SQL for the outbox table: deliveries waiting, sent, failed or cancelled (bot.handoff.outbox delivers them).

Its own store because the outbox has its own life: the delivery worker, /outbox and ``python -m bot outbox``
read and write it without touching a referral. The referrals store (bot.handoff.store) uses it where a
referral's change must reach its deliveries in the same transaction (creation, withdrawal, retention).
Times and unit of work as in bot.handoff.store.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from bot.handoff.records import PERSON_KIND, Delivery, delivery_of, stamp
from bot.storage import Repository

#: an ISO time cut to its day (SQL), for the times of erased referrals and their deliveries
DAY = "substr({0}, 1, 10) || 'T00:00:00.000000+00:00'"


class OutboxStore(Repository):
    async def add(self, ref: str, kind: str, channel: str, now: datetime) -> None:
        # The idempotency key makes a second enqueue of the same delivery a no-op. Messages to the person
        # ('accepted') go to one chat only; their key does not repeat the person's chat id.
        idem = f"{ref}:{kind}:" + ("person" if kind == PERSON_KIND else channel)
        await self.db.write(
            "INSERT OR IGNORE INTO outbox (referral_id, kind, channel, idem, state, next_at, created_at) "
            "VALUES (?, ?, ?, ?, 'pending', ?, ?)", (ref, kind, channel, idem, stamp(now), stamp(now)))

    async def enqueue(self, ref: str, kind: str, channels: Iterable[str], now: datetime) -> None:
        async with self.db.transaction():
            for channel in channels:
                await self.add(ref, kind, channel, now)

    async def due(self, now: datetime, *, medium: str | None = None, limit: int = 20) -> list[Delivery]:
        """Pending deliveries whose time has come, of one medium ('tg', 'mail') or all."""
        only, args = ("", ()) if medium is None else (" AND channel LIKE ?", (f"{medium}:%",))
        async with self.conn.execute("SELECT * FROM outbox WHERE state = 'pending' AND next_at <= ?" + only +
                                     " ORDER BY next_at, id LIMIT ?", (stamp(now), *args, limit)) as cur:
            return [delivery_of(r) for r in await cur.fetchall()]

    async def sent(self, delivery_id: int, message_id: int | None, now: datetime) -> bool:
        """Record a confirmed delivery. Only a pending delivery becomes 'sent': one that was cancelled while it
        was on its way (the person withdrew, the referral expired) keeps its state, but the message id is kept
        so the withdrawal notice can find and edit that message. Returns whether it was still pending."""
        async with self.db.transaction():
            cur = await self.conn.execute("UPDATE outbox SET state = 'sent', attempts = attempts + 1, "
                                          "message_id = ?, sent_at = ?, last_error = '' WHERE id = ? AND "
                                          "state = 'pending'", (message_id, stamp(now), delivery_id))
            pending = cur.rowcount == 1
            if not pending:
                await self.conn.execute("UPDATE outbox SET message_id = ?, sent_at = ?, last_error = last_error || "
                                        "' (delivered meanwhile)' WHERE id = ?", (message_id, stamp(now), delivery_id))
        return pending

    async def retry_later(self, delivery_id: int, error: str, next_at: datetime, give_up: bool) -> None:
        # Only from 'pending': a delivery cancelled while this attempt ran stays cancelled.
        await self.db.write("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_at = ?, state = ? "
                            "WHERE id = ? AND state = 'pending'",
                            (error[:300], stamp(next_at), "failed" if give_up else "pending", delivery_id))

    async def cancel(self, delivery_id: int, reason: str) -> None:
        await self.db.write("UPDATE outbox SET state = 'cancelled', last_error = ? WHERE id = ?",
                            (reason[:300], delivery_id))

    async def deliveries(self, ref: str, kind: str | None = None) -> list[Delivery]:
        sql, args = "SELECT * FROM outbox WHERE referral_id = ?", [ref]
        if kind:
            sql, args = sql + " AND kind = ?", [*args, kind]
        async with self.conn.execute(sql + " ORDER BY id", args) as cur:
            return [delivery_of(r) for r in await cur.fetchall()]

    async def listing(self, states: Iterable[str]) -> list[tuple[Delivery, str]]:
        """Deliveries in the given states with their referral's district (for admins; no personal data)."""
        states = tuple(states)
        marks = ", ".join("?" for _ in states)
        async with self.conn.execute(
                f"SELECT o.*, r.district AS district FROM outbox o JOIN referrals r ON r.id = o.referral_id "
                f"WHERE o.state IN ({marks}) ORDER BY o.id", states) as cur:
            rows = await cur.fetchall()
        out = []
        for row in rows:
            values = dict(row)
            district = values.pop("district")
            values.pop("created_at", None)
            out.append((Delivery(**values), district))
        return out

    async def requeue_failed(self, now: datetime, delivery_id: int | None = None) -> int:
        sql = "UPDATE outbox SET state = 'pending', attempts = 0, next_at = ? WHERE state = 'failed'"
        args: list[str | int] = [stamp(now)]
        if delivery_id is not None:
            sql, args = sql + " AND id = ?", [*args, delivery_id]
        cur = await self.db.write(sql, args)
        return cur.rowcount

    # ---- a referral's personal data goes (withdrawal, retention) ----------------------------------------

    async def cancel_waiting(self, ref: str, reason: str) -> None:
        """Cancel the referral's deliveries that have not gone out yet."""
        await self.db.write("UPDATE outbox SET state = 'cancelled', last_error = ? "
                            "WHERE referral_id = ? AND state IN ('pending', 'failed')", (reason, ref))

    async def forget_person_channel(self, ref: str) -> None:
        """The person's chat id also sits in the outbox row that told them; it goes with their data."""
        await self.db.write(f"UPDATE outbox SET channel = 'tg:erased' WHERE kind = '{PERSON_KIND}' AND "
                            "referral_id = ?", (ref,))

    async def blur_times(self, ref: str) -> None:
        """An erased referral's deliveries keep only the day of their times (see HandoffStore.blur_times)."""
        columns = ("created_at", "next_at", "sent_at")
        await self.db.write("UPDATE outbox SET " + ", ".join(f"{c} = {DAY.format(c)}" for c in columns) +
                            " WHERE referral_id = ?", (ref,))
