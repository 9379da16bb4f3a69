"""The SQLite database: WAL, busy timeout, foreign keys, integrity check at start, versioned migrations."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import aiosqlite

from bot.storage.health import DatabaseError, explain, prepare
from bot.storage.migrations import MIGRATIONS

log = logging.getLogger(__name__)

__all__ = ["Database", "DatabaseError"]


class Database:
    def __init__(self, path: str | Path):
        self.path = str(path)
        self._conn: aiosqlite.Connection | None = None

    @property
    def conn(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise DatabaseError("the database is not open")
        return self._conn

    async def open(self) -> "Database":
        """Open (or create) the database; a damaged file is refused before anything is written to it.
        Raises DatabaseError with one sentence for the operator."""
        if self.path != ":memory:":
            prepare(Path(self.path))
        try:
            self._conn = await aiosqlite.connect(self.path)
            self._conn.row_factory = aiosqlite.Row
            await self._conn.execute("PRAGMA journal_mode=WAL")
            await self._conn.execute("PRAGMA busy_timeout=5000")
            await self._conn.execute("PRAGMA foreign_keys=ON")
            await self._conn.execute("PRAGMA synchronous=NORMAL")
            await self.migrate()
        except (sqlite3.Error, OSError) as exc:
            await self.close()
            raise explain(exc, Path(self.path)) from None
        return self

    async def migrate(self) -> None:
        async with self.conn.execute("PRAGMA user_version") as cur:
            version = (await cur.fetchone())[0]
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            await self.conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
            log.info("database migrated to version %d", number)

    async def close(self) -> None:
        if self._conn is not None:
            await self._conn.close()
            self._conn = None

    async def __aenter__(self) -> "Database":
        return await self.open()

    async def __aexit__(self, *exc) -> None:
        await self.close()
