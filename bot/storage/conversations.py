"""Conversation state per (pseudonymous) user."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from bot.engine.state import State
from bot.storage.db import Database


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class ConversationRepo:
    def __init__(self, db: Database):
        self.db = db

    async def get(self, user_key: str) -> State | None:
        # execute_fetchall: one trip to the database thread instead of three (execute, fetch, close)
        rows = await self.db.conn.execute_fetchall("SELECT state FROM conversations WHERE user_key = ?", (user_key,))
        return State.from_json(rows[0][0]) if rows else None

    async def save(self, user_key: str, state: State, *, commit: bool = True) -> None:
        stamp = now()
        await self.db.conn.execute(
            "INSERT INTO conversations (user_key, state, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(user_key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
            (user_key, state.to_json(), stamp, stamp))
        if commit:
            await self.db.conn.commit()

    async def set_scratch(self, user_key: str, key: str, value: object) -> None:
        """``state.scratch[key] = value`` in SQL (JSON1), committed; nothing when the user has no state."""
        await self.db.conn.execute(
            "UPDATE conversations SET state = json_set(state, ?, json(?)) WHERE user_key = ?",
            (f'$.scratch."{key}"', json.dumps(value), user_key))
        await self.db.conn.commit()

    async def delete(self, user_key: str, *, commit: bool = True) -> int:
        cur = await self.db.conn.execute("DELETE FROM conversations WHERE user_key = ?", (user_key,))
        if commit:
            await self.db.conn.commit()
        return cur.rowcount

    async def count(self) -> int:
        async with self.db.conn.execute("SELECT COUNT(*) FROM conversations") as cur:
            return (await cur.fetchone())[0]
