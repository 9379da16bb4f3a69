"""The relay's tables: which of the bot's messages in a project chat belong to which referral
(relay_links), the persons' open writing windows (relay_compose), and relayed messages waiting in the
outbox with their contents (``payload``) — and the personal data these hold, for /mydata, /delete and
retention.

Its own module because this is where the relay speaks SQL; bot.handoff.relay decides who may write to whom
and renders the messages, without touching a table.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TypedDict

from bot.config import Config
from bot.feature import Reader
from bot.handoff.records import Delivery, stamp
from bot.storage import Database, Repository

#: outbox kinds of relayed messages: to the person, to the project's chats
TO_PERSON, TO_PROJECT = "relay_out", "relay_in"


class Payload(TypedDict, total=False):
    """A relayed message as the outbox keeps it (JSON) until it is delivered."""

    text: str                 # typed text
    file: str                 # or a file sent by its Telegram file id: one of bot.handoff.relay.FILE_KINDS
    id: str                   # the file id
    caption: str
    template: str             # a ready-made message (bot.handoff.relay.TEMPLATES) a mentor chose
    answer: list[str]         # [template, value]: the person's press on one of a template's answers
    mark: list[int]           # [chat id, message id]: the mentor's message to mark once delivered


class Waiting(TypedDict):
    """A message of the person to their project that is not delivered yet (for /mydata)."""

    referral: str
    message: Payload
    since: str


class RelayStore(Repository):
    """The relay's SQL: links of project-chat messages to referrals, and the open writing windows."""

    async def link(self, chat_id: int, message_id: int, ref: str) -> None:
        await self.db.write("INSERT OR REPLACE INTO relay_links (chat_id, message_id, referral_id) VALUES (?, ?, ?)",
                            (chat_id, message_id, ref))

    async def linked(self, chat_id: int, message_id: int) -> str | None:
        """The referral a message of the bot in this chat belongs to: a notification, a reminder, a relayed
        message from the person, or the prompt of "Der Person schreiben"."""
        async with self.conn.execute(
                "SELECT referral_id FROM relay_links WHERE chat_id = ? AND message_id = ? UNION ALL "
                "SELECT referral_id FROM outbox WHERE channel = ? AND message_id = ? AND kind IN "
                "('referral', 'reminder', ?) LIMIT 1", (chat_id, message_id, f"tg:{chat_id}", message_id, TO_PROJECT)) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def enqueue(self, ref: str, kind: str, channel: str, key: str, payload: Payload, now: datetime) -> bool:
        """One relayed message; ``key`` makes the same Telegram message or press enqueue once."""
        cur = await self.db.write(
            "INSERT OR IGNORE INTO outbox (referral_id, kind, channel, idem, state, next_at, created_at, payload) "
            "VALUES (?, ?, ?, ?, 'pending', ?, ?, ?)",
            (ref, kind, channel, f"{ref}:{kind}:{key}", stamp(now), stamp(now), json.dumps(payload, ensure_ascii=False)))
        return cur.rowcount == 1

    async def earlier_pending(self, delivery: Delivery) -> bool:
        """Whether an older relayed message of the same referral to the same chat still waits (order is kept)."""
        async with self.conn.execute(
                "SELECT 1 FROM outbox WHERE referral_id = ? AND channel = ? AND kind = ? AND state = 'pending' "
                "AND id < ? LIMIT 1", (delivery.referral_id, delivery.channel, delivery.kind, delivery.id)) as cur:
            return await cur.fetchone() is not None

    async def open_window(self, user_key: str, ref: str, until: datetime) -> None:
        await self.db.write("INSERT OR REPLACE INTO relay_compose (user_key, referral_id, until) VALUES (?, ?, ?)",
                            (user_key, ref, stamp(until)))

    async def window(self, user_key: str, now: datetime) -> str | None:
        async with self.conn.execute("SELECT referral_id FROM relay_compose WHERE user_key = ? AND until > ?",
                                     (user_key, stamp(now))) as cur:
            row = await cur.fetchone()
        return row[0] if row else None

    async def close_window(self, user_key: str) -> bool:
        cur = await self.db.write("DELETE FROM relay_compose WHERE user_key = ?", (user_key,))
        return cur.rowcount > 0

    async def waiting(self, user_key: str) -> list[Waiting]:
        """The person's messages to their project that are not delivered yet (for /mydata)."""
        async with self.conn.execute(
                "SELECT o.referral_id, o.payload, o.created_at FROM outbox o JOIN referrals r ON r.id = o.referral_id "
                "WHERE r.user_key = ? AND r.user_key != '' AND o.kind = ? AND o.state = 'pending'",
                (user_key, TO_PROJECT)) as cur:
            return [Waiting(referral=r[0], message=json.loads(r[1] or "{}"), since=r[2]) for r in await cur.fetchall()]


class RelayData:
    """Personal data of the relay: messages to the project not yet delivered, and an open writing window.
    Withdrawal (/delete) cancels the person's pending deliveries, which erases their contents (trigger)."""

    name = "messages_to_project"

    def __init__(self, db: Database) -> None:
        self.store = RelayStore(db)

    async def export(self, user_key: str) -> list[Waiting] | None:
        return await self.store.waiting(user_key) or None

    async def readable(self, user_key: str, reader: Reader) -> list[str]:
        """/mydata's message part: how many messages to the project still wait (their text is in the file)."""
        waiting = await self.store.waiting(user_key)
        return [reader.text("relay-mydata-waiting", {"count": len(waiting)})] if waiting else []

    async def erase(self, user_key: str) -> int:
        return int(await self.store.close_window(user_key))

    async def expire(self, now: datetime, config: Config) -> int:
        cur = await self.store.db.write("DELETE FROM relay_compose WHERE until <= ?", (stamp(now),))
        return cur.rowcount
