"""The SQLite database: WAL, busy timeout, foreign keys, secure delete, integrity check at start, versioned
migrations,
and the one way to write: a unit of work.

Every write happens inside ``async with db.transaction():`` (or ``db.write(...)`` for one statement). A unit
commits at its end and rolls back on any error, so a coroutine that fails half-way leaves nothing behind — not
even for another coroutine's commit to persist. Units are serialised by an asyncio lock and start with
``BEGIN IMMEDIATE``. A lazy unit (``transaction(lazy=True)``, a conversation turn) takes the lock only at its
first write: a turn that only reads, or an action that awaits something slow before it writes, holds up nobody.

A unit belongs to the task that opened it. Once it has written, ``db.conn`` is the writing connection for that
task (its reads see its own writes); everywhere else ``db.conn`` is a second, read-only connection that sees
committed data only, and a write there fails loudly. A unit opened inside a unit of the same task is a
savepoint: an error in it undoes only its part (and goes on to the outer unit unless caught). Another task —
even one the unit started — waits for the lock until the unit ends, so never await such a task inside a unit.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import AsyncIterator, Callable, Iterable

import aiosqlite

from bot.storage.health import DatabaseError, explain, prepare
from bot.storage.migrations import MIGRATIONS

log = logging.getLogger(__name__)

__all__ = ["Database", "DatabaseError"]


@dataclass
class _Unit:
    begun: bool = False                                          # holds the lock, BEGIN IMMEDIATE done
    savepoints: int = 0
    after: list[Callable[[], object]] = field(default_factory=list)   # to call once committed


class Database:
    def __init__(self, path: str | Path):
        self.path = str(path)
        self._conn: aiosqlite.Connection | None = None       # writes, inside units of work only
        self._reader: aiosqlite.Connection | None = None     # reads outside a unit: committed data only
        self._lock = asyncio.Lock()
        self._units: dict[asyncio.Task[object], _Unit] = {}  # open units by task; at most one has begun

    def _unit(self) -> _Unit | None:
        task = asyncio.current_task()
        return self._units.get(task) if task is not None else None

    @property
    def _writer(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise DatabaseError("the database is not open")
        return self._conn

    @property
    def conn(self) -> aiosqlite.Connection:
        """The connection for the calling task: the writing one once its unit has written, else the reading one."""
        writer = self._writer
        if self.in_transaction:
            return writer
        if self._reader is None:            # closing: the reader went first
            raise DatabaseError("the database is not open")
        return self._reader

    @property
    def in_transaction(self) -> bool:
        """Whether the calling task's unit of work has begun writing."""
        unit = self._unit()
        return unit is not None and unit.begun

    @asynccontextmanager
    async def transaction(self, *, lazy: bool = False) -> AsyncIterator[aiosqlite.Connection | None]:
        """A unit of work: everything written inside is committed together or not at all. Yields the writing
        connection (``lazy``: None; write through ``write()`` or a unit inside). A unit inside a unit is a
        savepoint; it begins the outer unit."""
        writer = self._writer
        unit = self._unit()
        if unit is not None:
            await self._begin(unit)
            async with self._savepoint(unit):
                yield writer
            return
        task = asyncio.current_task()
        if task is None:
            raise DatabaseError("a unit of work runs inside an asyncio task")
        unit = self._units[task] = _Unit()
        try:
            try:
                if not lazy:
                    await self._begin(unit)
                yield None if lazy else writer
            except BaseException:
                if unit.begun:
                    await self._rollback()
                raise
            if unit.begun:
                try:
                    await writer.commit()
                except BaseException:
                    await self._rollback()          # e.g. a full disk: SQLite may have kept the transaction open
                    raise
        finally:
            del self._units[task]
            if unit.begun:
                self._lock.release()
        for call in unit.after:                     # only reached when everything was committed
            call()

    async def _begin(self, unit: _Unit) -> None:
        if unit.begun:
            return
        await self._lock.acquire()
        try:
            await self._writer.execute("BEGIN IMMEDIATE")
        except BaseException:
            self._lock.release()
            raise
        unit.begun = True

    @asynccontextmanager
    async def _savepoint(self, unit: _Unit) -> AsyncIterator[None]:
        writer = self._writer
        unit.savepoints += 1
        name = f"unit_{unit.savepoints}"
        try:
            await writer.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                await writer.execute(f"ROLLBACK TO {name}")
                await writer.execute(f"RELEASE {name}")
                raise
            await writer.execute(f"RELEASE {name}")
        finally:
            unit.savepoints -= 1

    async def _rollback(self) -> None:
        if self._conn is not None and self._conn.in_transaction:
            try:
                await self._conn.rollback()
            except Exception as exc:        # the original error matters more; the connection stays usable
                log.error("rolling back a unit of work failed: %s", type(exc).__name__)

    async def write(self, sql: str, params: Iterable[object] = ()) -> aiosqlite.Cursor:
        """One statement: part of the calling task's unit of work, or a unit of its own."""
        unit = self._unit()
        if unit is not None:
            await self._begin(unit)
            return await self._writer.execute(sql, params)
        async with self.transaction():
            return await self.write(sql, params)

    def after_commit(self, call: Callable[[], object]) -> None:
        """Call ``call()`` once the calling task's unit of work has committed (at once when none is open; never
        when it rolls back): e.g. wake a worker that must see what the unit wrote."""
        unit = self._unit()
        if unit is not None:
            unit.after.append(call)
        else:
            call()

    async def open(self) -> "Database":
        """Open (or create) the database; a damaged file is refused before anything is written to it.
        Raises DatabaseError with one sentence for the operator."""
        if self.path != ":memory:":
            prepare(Path(self.path))
        self._lock = asyncio.Lock()         # made here: a lock belongs to the event loop that uses it
        try:
            # isolation_level=None: no implicit BEGIN before a write; units say BEGIN IMMEDIATE themselves
            self._conn = writer = await aiosqlite.connect(self.path, isolation_level=None)
            writer.row_factory = aiosqlite.Row
            await writer.execute("PRAGMA journal_mode=WAL")
            await writer.execute("PRAGMA busy_timeout=5000")
            await writer.execute("PRAGMA foreign_keys=ON")
            await writer.execute("PRAGMA synchronous=NORMAL")
            # Erased values are overwritten with zeros instead of lingering in free space of the file.
            await writer.execute("PRAGMA secure_delete=ON")
            await self.migrate()
            self._reader = await self._open_reader(writer)
        except (sqlite3.Error, OSError) as exc:
            await self.close()
            raise explain(exc, Path(self.path)) from None
        return self

    async def _open_reader(self, writer: aiosqlite.Connection) -> aiosqlite.Connection:
        if self.path == ":memory:":         # a second connection would be another, empty database
            return writer
        reader = await aiosqlite.connect(self.path, isolation_level=None)
        reader.row_factory = aiosqlite.Row
        await reader.execute("PRAGMA busy_timeout=5000")
        await reader.execute("PRAGMA query_only=ON")        # a write outside a unit of work is an error
        return reader

    async def migrate(self) -> None:
        writer = self._writer
        version = await first_int(writer, "PRAGMA user_version")
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            await writer.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
            log.info("database migrated to version %d", number)

    async def truncate_wal(self, attempts: int = 100) -> bool:
        """Copy the WAL into the database file and empty it: after an erasure the old page versions, which
        still hold the erased values, must not stay in the -wal file. Call it outside a unit of work; it holds
        the write lock meanwhile. A read still running on the other connection blocks it for a moment, so it is
        tried again shortly."""
        writer = self._writer
        for _ in range(attempts):
            async with self._lock:
                try:
                    busy = await first_int(writer, "PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc):
                        raise
                    busy = 1
            if not busy:
                return True
            await asyncio.sleep(0.01)
        log.warning("the WAL could not be emptied now (the database stayed busy); the next erasure or the daily "
                    "retention job empties it")
        return False

    async def close(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None and reader is not self._conn:
            await reader.close()
        if self._conn is not None:
            await self._conn.close()
            self._conn = None

    async def __aenter__(self) -> "Database":
        return await self.open()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


async def first_int(conn: aiosqlite.Connection, sql: str, params: Iterable[object] = ()) -> int:
    """The number in the first column of the first row of a query that always returns one (COUNT, PRAGMA)."""
    async with conn.execute(sql, params) as cur:
        row = await cur.fetchone()
    value = row[0] if row is not None else None
    if not isinstance(value, int):
        raise DatabaseError(f"expected a number from: {sql}")
    return value
