"""Anonymous statistic events (see bot.engine.io.Event)."""

from __future__ import annotations

from typing import Iterable

from bot.engine.io import Event
from bot.storage.conversations import now
from bot.storage.db import Database


class EventRepo:
    def __init__(self, db: Database):
        self.db = db

    async def add(self, conv: str, lang: str | None, events: Iterable[Event], *, commit: bool = True) -> None:
        stamp = now()
        rows = [(stamp, conv, lang or "", e.kind, e.flow, e.step, e.value) for e in events]
        if rows:
            await self.db.conn.executemany(
                "INSERT INTO events (ts, conv, lang, kind, flow, step, value) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        if commit:
            await self.db.conn.commit()
