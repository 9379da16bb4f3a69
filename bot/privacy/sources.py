"""Where personal data lives, one source per feature, with one protocol to export, erase and expire it."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Protocol

from bot.storage import Database


class PersonalData(Protocol):
    name: str   # a short section name in the export, e.g. "conversation", "referrals"

    async def export(self, user_key: str) -> dict[str, Any] | list[Any] | None:
        """Everything stored about this person, as plain JSON-able data (None when nothing)."""

    async def erase(self, user_key: str) -> int:
        """Erase this person's data; tell whoever must know (e.g. mentors: referral withdrawn). Returns rows."""

    async def expire(self, now: dt.datetime, config) -> int:
        """Retention: erase what is older than the configured periods. Returns the number of people affected."""

    # Optional: ``async def readable(self, user_key, reader) -> list[str]`` - this source's part of the /mydata
    # message, one line per item, labelled in the person's language (reader: bot.privacy.readable.Readable).


class ConversationData:
    """The conversation state: answers, language, position. Conversations that never led to a referral are
    erased after RETENTION_DAYS_NO_REFERRAL days without activity; ``keep`` tells which user keys another
    feature still needs (an open referral), so their state is kept until that referral expires."""

    name = "conversation"

    def __init__(self, db: Database, keep=None):
        self.db = db
        self.keep = keep          # async callable (now, config) -> set of user keys to keep, or None

    async def export(self, user_key: str) -> dict[str, Any] | None:
        async with self.db.conn.execute(
                "SELECT state, created_at, updated_at FROM conversations WHERE user_key = ?", (user_key,)) as cur:
            row = await cur.fetchone()
        if row is None:
            return None
        state = json.loads(row[0])
        return {"answers": state.get("answers", {}), "language": state.get("lang"),
                "where": {"flow": state.get("flow"), "step": state.get("step")},
                "first_contact": row[1], "last_contact": row[2]}

    async def erase(self, user_key: str) -> int:
        cur = await self.db.write("DELETE FROM conversations WHERE user_key = ?", (user_key,))
        return cur.rowcount

    async def expire(self, now: dt.datetime, config) -> int:
        cutoff = (now - dt.timedelta(days=config.retention_days_no_referral)).isoformat(timespec="seconds")
        async with self.db.transaction():
            keep = set(await self.keep(now, config)) if self.keep else set()
            async with self.db.conn.execute("SELECT user_key FROM conversations WHERE updated_at < ?",
                                            (cutoff,)) as cur:
                old = [row[0] for row in await cur.fetchall() if row[0] not in keep]
            for key in old:      # one statement each: executemany misbehaves on the shared connection (events.py)
                await self.db.conn.execute("DELETE FROM conversations WHERE user_key = ?", (key,))
            return len(old)
