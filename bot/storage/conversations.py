"""Conversation state per (pseudonymous) user."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from bot.engine.state import State
from bot.storage.db import Database, first_int


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class ConversationRepo:
    def __init__(self, db: Database):
        self.db = db

    async def get(self, user_key: str) -> State | None:
        # execute_fetchall: one trip to the database thread instead of three (execute, fetch, close)
        rows = await self.db.conn.execute_fetchall("SELECT state FROM conversations WHERE user_key = ?", (user_key,))
        row = next(iter(rows), None)
        return State.from_json(row[0]) if row is not None else None

    # Each write is one statement: part of the caller's unit of work (a conversation turn), else its own.

    async def save(self, user_key: str, state: State) -> None:
        stamp = now()
        await self.db.write(
            "INSERT INTO conversations (user_key, state, created_at, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(user_key) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
            (user_key, state.to_json(), stamp, stamp))

    async def update_scratch(self, user_key: str, values: dict[str, object], drop: tuple[str, ...] = ()) -> None:
        """Set ``values`` in ``state.scratch`` and remove the keys in ``drop``, in one UPDATE (no read)."""
        expr, params = "state", []
        if drop:
            expr = f"json_remove({expr}, {', '.join('?' for _ in drop)})"
            params += [f'$.scratch."{k}"' for k in drop]
        if values:
            expr = f"json_set({expr}, {', '.join('?, json(?)' for _ in values)})"
            for k, v in values.items():
                params += [f'$.scratch."{k}"', json.dumps(v)]
        if params:
            await self.db.write(f"UPDATE conversations SET state = {expr} WHERE user_key = ?", (*params, user_key))

    async def delete(self, user_key: str) -> int:
        cur = await self.db.write("DELETE FROM conversations WHERE user_key = ?", (user_key,))
        return cur.rowcount

    async def count(self) -> int:
        return await first_int(self.db.conn, "SELECT COUNT(*) FROM conversations")
