"""SQL for the consents table: which privacy notice a person agreed to, and when.

Its own store because a consent lives apart from referrals: it is given before any referral exists, the
referral keeps its own copy of version and time, and it goes with the conversation (or on withdrawal).
Times and unit of work as in bot.handoff.store.
"""

from __future__ import annotations

from datetime import datetime

from bot.handoff.records import ConsentRecord, stamp
from bot.storage import Repository


class ConsentStore(Repository):
    async def add(self, user_key: str, version: str, lang: str, now: datetime) -> None:
        await self.db.write("INSERT INTO consents (user_key, version, lang, given_at) VALUES (?, ?, ?, ?)",
                            (user_key, version, lang, stamp(now)))

    async def latest(self, user_key: str) -> tuple[str, str] | None:
        """(version, given_at) of the person's latest consent that was not withdrawn."""
        async with self.conn.execute("SELECT version, given_at FROM consents WHERE user_key = ? AND withdrawn_at IS "
                                     "NULL ORDER BY id DESC LIMIT 1", (user_key,)) as cur:
            row = await cur.fetchone()
        return (row[0], row[1]) if row else None

    async def of(self, user_key: str) -> list[ConsentRecord]:
        """Every consent the person gave, oldest first (for /mydata)."""
        async with self.conn.execute("SELECT version, lang, given_at, withdrawn_at FROM consents WHERE user_key = ? "
                                     "ORDER BY id", (user_key,)) as cur:
            return [ConsentRecord(version=r[0], lang=r[1], given_at=r[2], withdrawn_at=r[3])
                    for r in await cur.fetchall()]

    async def withdraw(self, user_key: str, now: datetime) -> None:
        """Mark the person's consents withdrawn and unlink them from the person."""
        await self.db.write("UPDATE consents SET withdrawn_at = ?, user_key = '' WHERE user_key = ?",
                            (stamp(now), user_key))

    async def forget_orphaned(self) -> int:
        """Consents expire with the conversation they were given in: once neither the conversation nor a
        referral of that person is left, the consent record goes too (the referral keeps its own copy of
        version and time while it exists)."""
        cur = await self.db.write(
            "DELETE FROM consents WHERE user_key != '' AND user_key NOT IN (SELECT user_key FROM conversations) "
            "AND user_key NOT IN (SELECT user_key FROM referrals)")
        return cur.rowcount
