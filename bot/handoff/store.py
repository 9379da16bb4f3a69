"""SQL for consents, referrals and the outbox (tables of migration 3). Nothing else in bot/handoff speaks SQL.

Times are ISO strings in UTC with microseconds, so they sort as text. Every write takes ``now`` from the
caller, whose clock tests can replace. Every write is part of a unit of work (bot.storage.db): the caller's
when one is open, else its own.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypedDict

import aiosqlite

from bot.storage import Database

#: outbox kind of the message to the person themselves (their chat, their language)
PERSON_KIND = "accepted"
#: open referral states; 'closed' ends the mentor's work, 'withdrawn' is the person's choice, 'expired' retention's
OPEN = ("new", "accepted", "contacted", "unreachable")
#: how a closed referral ended, as the mentor tells it (order of the buttons)
OUTCOMES = ("employment", "apprenticeship", "qualification", "other_support", "not_reachable", "not_suitable")
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"       # no 0/O, 1/I/L: read aloud on the phone


class Contact(TypedDict, total=False):
    """How the person wants to be reached, as they gave it."""

    name: str
    name_latin: str
    via: str                        # 'telegram', 'phone' or 'email'
    phone: str | None
    email: str | None
    languages: str | None
    time: str | None                # when to call: an option value (handoff-time-<value>)
    note: str | None
    company: str | None             # employers only
    need: str | None                # employers only


class Snapshot(TypedDict, total=False):
    """What a referral stores of the conversation (bot.handoff.render.snapshot); empty once erased.
    Referrals stored before the languages led the mentors' message have no ``head``."""

    contact: Contact
    answers: dict[str, str | int | float]          # the eligibility answers as given
    head: list[list[str]]                          # (label, value) lines for mentors before the contact line
    lines: list[list[str]]                         # ... and after it
    answer_lines: list[list[str]]                  # the short answers, the check's result first
    same_contact_open: bool                        # another account has an open referral with this contact


class ConsentRecord(TypedDict):
    """One privacy notice a person agreed to (table consents), as /mydata shows it."""

    version: str                    # '<declared version>:<lang>:<hash of the notice text>'
    lang: str
    given_at: str
    withdrawn_at: str | None


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


@dataclass(frozen=True)
class Referral:
    id: str
    user_key: str
    kind: str
    district: str
    lang: str
    chat_id: int | None
    consent_version: str
    consent_at: str
    data: Snapshot
    status: str
    created_at: str
    updated_at: str
    accepted_by: str | None = None
    accepted_by_id: int | None = None
    accepted_at: str | None = None
    reminded_at: str | None = None
    escalated_at: str | None = None
    outcome: str | None = None
    outcome_at: str | None = None
    stat_id: str | None = None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN


@dataclass(frozen=True)
class Delivery:
    id: int
    referral_id: str
    kind: str
    channel: str
    idem: str
    state: str
    attempts: int
    next_at: str
    last_error: str
    message_id: int | None
    sent_at: str | None
    payload: str | None = None          # a relayed message (JSON) until it is delivered


def _referral(row: sqlite3.Row) -> Referral:
    values = dict(row)
    values.pop("contact_hash", None)
    values["data"] = json.loads(values["data"] or "{}")
    return Referral(**values)


def _delivery(row: sqlite3.Row) -> Delivery:
    values = dict(row)
    values.pop("created_at", None)
    return Delivery(**values)


class HandoffStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def conn(self) -> aiosqlite.Connection:
        return self.db.conn

    # ---- consents ---------------------------------------------------------------------------------------

    async def add_consent(self, user_key: str, version: str, lang: str, now: datetime) -> None:
        await self.db.write("INSERT INTO consents (user_key, version, lang, given_at) VALUES (?, ?, ?, ?)",
                            (user_key, version, lang, stamp(now)))

    async def latest_consent(self, user_key: str) -> tuple[str, str] | None:
        """(version, given_at) of the person's latest consent that was not withdrawn."""
        async with self.conn.execute("SELECT version, given_at FROM consents WHERE user_key = ? AND withdrawn_at IS "
                                     "NULL ORDER BY id DESC LIMIT 1", (user_key,)) as cur:
            row = await cur.fetchone()
        return (row[0], row[1]) if row else None

    async def consents(self, user_key: str) -> list[ConsentRecord]:
        async with self.conn.execute("SELECT version, lang, given_at, withdrawn_at FROM consents WHERE user_key = ? "
                                     "ORDER BY id", (user_key,)) as cur:
            return [ConsentRecord(version=r[0], lang=r[1], given_at=r[2], withdrawn_at=r[3])
                    for r in await cur.fetchall()]

    # ---- referrals --------------------------------------------------------------------------------------

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
                await self._enqueue(ref, delivery_kind, channel, now)
            referral = await self.get(ref)
        assert referral is not None                 # inserted just above, in this transaction
        return referral

    async def get(self, ref: str) -> Referral | None:
        async with self.conn.execute("SELECT * FROM referrals WHERE id = ?", (ref,)) as cur:
            row = await cur.fetchone()
        return _referral(row) if row else None

    async def for_user(self, user_key: str) -> list[Referral]:
        """The person's referrals, newest first."""
        async with self.conn.execute("SELECT * FROM referrals WHERE user_key = ? AND user_key != '' "
                                     "ORDER BY created_at DESC", (user_key,)) as cur:
            return [_referral(r) for r in await cur.fetchall()]

    async def recent_open(self, user_key: str, since: datetime) -> Referral | None:
        """This account's open referral created since ``since``; only its owner may ever be shown it."""
        async with self.conn.execute(
                f"SELECT * FROM referrals WHERE status IN {OPEN!r} AND created_at >= ? AND user_key = ? "
                "AND user_key != '' ORDER BY created_at DESC LIMIT 1", (stamp(since), user_key)) as cur:
            row = await cur.fetchone()
        return _referral(row) if row else None

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
            return [_referral(r) for r in await cur.fetchall()]

    async def overdue(self, created_before: datetime) -> dict[str, int]:
        """District -> referrals nobody has taken since before the given time (for the statistics)."""
        async with self.conn.execute("SELECT district, COUNT(*) FROM referrals WHERE status = 'new' AND created_at <= ? "
                                     "GROUP BY district", (stamp(created_before),)) as cur:
            return {row[0]: row[1] for row in await cur.fetchall()}

    async def withdraw(self, ref: str, now: datetime) -> None:
        """Erase the personal data; keep a tombstone (id, district, times) so mentors' messages make sense."""
        async with self.db.transaction():
            await self.conn.execute(
                "UPDATE referrals SET user_key = '', chat_id = NULL, data = '{}', contact_hash = '', "
                "status = 'withdrawn', accepted_by = NULL, accepted_by_id = NULL, stat_id = NULL, updated_at = ? "
                "WHERE id = ?",
                (stamp(now), ref))
            await self.conn.execute("UPDATE outbox SET state = 'cancelled', last_error = 'withdrawn' "
                                    "WHERE referral_id = ? AND state IN ('pending', 'failed')", (ref,))
            await self._forget_person_channel("id = ?", (ref,))
            await self._blur_times(ref)

    async def _blur_times(self, ref: str) -> None:
        """An erased referral keeps only the day of its times (and of its deliveries'): to the microsecond they
        could be matched with anonymous events, or with a project's records, to say who it was."""
        day = "substr({0}, 1, 10) || 'T00:00:00.000000+00:00'"
        columns = ("created_at", "updated_at", "consent_at", "accepted_at", "reminded_at", "escalated_at",
                   "outcome_at")
        await self.db.write("UPDATE referrals SET " + ", ".join(f"{c} = {day.format(c)}" for c in columns) +
                            " WHERE id = ?", (ref,))
        outbox_columns = ("created_at", "next_at", "sent_at")
        await self.db.write("UPDATE outbox SET " + ", ".join(f"{c} = {day.format(c)}" for c in outbox_columns) +
                            " WHERE referral_id = ?", (ref,))

    async def _forget_person_channel(self, where: str, args: tuple[str, ...]) -> None:
        """The person's chat id also sits in the outbox row that told them; it goes with their data."""
        await self.db.write(f"UPDATE outbox SET channel = 'tg:erased' WHERE kind = '{PERSON_KIND}' AND "
                            f"referral_id IN (SELECT id FROM referrals WHERE {where})", args)

    async def expire(self, open_before: datetime, closed_before: datetime, now: datetime) -> int:
        """Retention: erase the personal data of referrals that are open and were created before
        ``open_before``, or were closed before ``closed_before``. Their status becomes 'expired' (a tombstone
        stays), deliveries still waiting are cancelled, and every channel that received the referral gets an
        'expired' notice (its chat message is edited like a withdrawal). Returns how many expired."""
        async with self.db.transaction():
            async with self.conn.execute(
                    "SELECT id FROM referrals WHERE data != '{}' AND ((status IN ('new', 'accepted', 'contacted', "
                    "'unreachable') AND created_at < ?) OR (status = 'closed' AND updated_at < ?))",
                    (stamp(open_before), stamp(closed_before))) as cur:
                refs = [row[0] for row in await cur.fetchall()]
            for ref in refs:
                await self._forget_person_channel("id = ?", (ref,))
                await self.conn.execute(
                    "UPDATE referrals SET user_key = '', chat_id = NULL, data = '{}', contact_hash = '', "
                    "status = 'expired', accepted_by = NULL, accepted_by_id = NULL, stat_id = NULL, updated_at = ? "
                    "WHERE id = ?",
                    (stamp(now), ref))
                await self.conn.execute("UPDATE outbox SET state = 'cancelled', last_error = 'expired' "
                                        "WHERE referral_id = ? AND state IN ('pending', 'failed')", (ref,))
                await self._blur_times(ref)
                # After the cancellation: a copy still on its way asks for the notice itself (bot.handoff.outbox).
                for delivery in await self.deliveries(ref, "referral"):
                    if delivery.state == "sent":
                        await self._enqueue(ref, "expired", delivery.channel, now)
        return len(refs)

    async def forget_orphaned_consents(self) -> int:
        """Consents expire with the conversation they were given in: once neither the conversation nor a
        referral of that person is left, the consent record goes too (the referral keeps its own copy of
        version and time while it exists)."""
        cur = await self.db.write(
            "DELETE FROM consents WHERE user_key != '' AND user_key NOT IN (SELECT user_key FROM conversations) "
            "AND user_key NOT IN (SELECT user_key FROM referrals)")
        return cur.rowcount

    async def open_user_keys(self, created_since: datetime) -> set[str]:
        """People with an open referral that is younger than the retention limit."""
        async with self.conn.execute("SELECT DISTINCT user_key FROM referrals WHERE user_key != '' AND "
                                     "status IN ('new', 'accepted', 'contacted', 'unreachable') AND created_at >= ?",
                                     (stamp(created_since),)) as cur:
            return {row[0] for row in await cur.fetchall()}

    async def withdraw_consents(self, user_key: str, now: datetime) -> None:
        await self.db.write("UPDATE consents SET withdrawn_at = ?, user_key = '' WHERE user_key = ?",
                            (stamp(now), user_key))

    # ---- outbox -----------------------------------------------------------------------------------------

    async def _enqueue(self, ref: str, kind: str, channel: str, now: datetime) -> None:
        # The idempotency key makes a second enqueue of the same delivery a no-op. Messages to the person
        # ('accepted') go to one chat only; their key does not repeat the person's chat id.
        idem = f"{ref}:{kind}:" + ("person" if kind == PERSON_KIND else channel)
        await self.db.write(
            "INSERT OR IGNORE INTO outbox (referral_id, kind, channel, idem, state, next_at, created_at) "
            "VALUES (?, ?, ?, ?, 'pending', ?, ?)", (ref, kind, channel, idem, stamp(now), stamp(now)))

    async def enqueue(self, ref: str, kind: str, channels: Iterable[str], now: datetime) -> None:
        async with self.db.transaction():
            for channel in channels:
                await self._enqueue(ref, kind, channel, now)

    async def due(self, now: datetime, *, medium: str | None = None, limit: int = 20) -> list[Delivery]:
        """Pending deliveries whose time has come, of one medium ('tg', 'mail') or all."""
        only, args = ("", ()) if medium is None else (" AND channel LIKE ?", (f"{medium}:%",))
        async with self.conn.execute("SELECT * FROM outbox WHERE state = 'pending' AND next_at <= ?" + only +
                                     " ORDER BY next_at, id LIMIT ?", (stamp(now), *args, limit)) as cur:
            return [_delivery(r) for r in await cur.fetchall()]

    async def next_due(self) -> str | None:
        async with self.conn.execute("SELECT MIN(next_at) FROM outbox WHERE state = 'pending'") as cur:
            row = await cur.fetchone()          # MIN() always gives one row: NULL when nothing is pending
        return row[0] if row is not None else None

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
            return [_delivery(r) for r in await cur.fetchall()]

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
