"""Anonymous statistic events (see bot.engine.io.Event).

Times are kept to the hour only: second-precise times could be matched with a referral's creation time and
so tie a conversation's answers to a person. Statistics need days (and months), never seconds.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Iterable

from bot.engine.io import Event
from bot.storage.db import Database


def hour() -> str:
    """The current hour in UTC, in the ISO format of the other tables: '2026-03-12T14:00:00+00:00'."""
    return datetime.now(timezone.utc).replace(minute=0, second=0, microsecond=0).isoformat(timespec="seconds")


class EventRepo:
    def __init__(self, db: Database):
        self.db = db

    async def add(self, conv: str, lang: str | None, events: Iterable[Event]) -> None:
        """One statement: part of the caller's unit of work, else its own."""
        stamp = hour()
        rows = [(stamp, conv, lang or "", e.kind, e.flow, e.step, e.value) for e in events]
        if rows:
            # One multi-row INSERT, not executemany: Python 3.11's executemany on a shared connection fails
            # now and then with "bad parameter or other API misuse" when other users' statements interleave.
            placeholders = ",".join(["(?, ?, ?, ?, ?, ?, ?)"] * len(rows))
            await self.db.write(f"INSERT INTO events (ts, conv, lang, kind, flow, step, value) VALUES {placeholders}",
                                [value for row in rows for value in row])
