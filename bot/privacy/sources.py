"""Where personal data lives: one source per feature (the protocol, bot.feature.PersonalData, says how a source
exports, erases and expires it); here the conversation's."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from bot.storage import Database


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
