"""Anonymous statistic events (see bot.engine.io.Event)."""

from __future__ import annotations

from typing import Iterable

from bot.engine.io import Event
from bot.storage.conversations import now
from bot.storage.db import Database


class EventRepo:
    def __init__(self, db: Database):
        self.db = db

    async def add(self, conv: str, lang: str | None, events: Iterable[Event]) -> None:
        """One statement: part of the caller's unit of work, else its own."""
        stamp = now()
        rows = [(stamp, conv, lang or "", e.kind, e.flow, e.step, e.value) for e in events]
        if rows:
            # One multi-row INSERT, not executemany: Python 3.11's executemany on a shared connection fails
            # now and then with "bad parameter or other API misuse" when other users' statements interleave.
            placeholders = ",".join(["(?, ?, ?, ?, ?, ?, ?)"] * len(rows))
            await self.db.write(f"INSERT INTO events (ts, conv, lang, kind, flow, step, value) VALUES {placeholders}",
                                [value for row in rows for value in row])
