"""One place where a user's input meets the engine and the database, for every channel.

Inputs of one user are processed strictly in order (a lock per user); different users run concurrently.
State and anonymous events are written in one transaction after each input.
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager

from bot.engine import Command, Engine, Input, Reply, State, Who
from bot.storage import ConversationRepo, Database, EventRepo

SEQ_KEY = "seq"      # in state.scratch: the newest channel update already applied


class UserLocks:
    """asyncio locks per key that disappear when nobody holds or waits for them (memory stays flat)."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: str):
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)


class Conversations:
    def __init__(self, engine: Engine, db: Database):
        self.engine = engine
        self.db = db
        self.states = ConversationRepo(db)
        self.events = EventRepo(db)
        self.locks = UserLocks()

    async def handle(self, who: Who, event: Input, seq: int | None = None) -> tuple[State, Reply]:
        """``seq``: the channel's increasing update number. An update seen again (the bot was killed after
        handling it but before Telegram learnt so) is not applied twice; the person's current step is shown."""
        async with self.locks.hold(who.user_key):
            state = await self.states.get(who.user_key)
            if seq is not None and state is not None and state.scratch.get(SEQ_KEY, -1) >= seq:
                event = Command("resume")
            new, reply = await self.engine.handle(state, event, who)
            if seq is not None:
                new.scratch[SEQ_KEY] = max(seq, new.scratch.get(SEQ_KEY, -1))
            if new.scratch.get("erase"):          # /delete: the person's data is gone, only anonymous events stay
                await self.states.delete(who.user_key, commit=False)
            else:
                await self.states.save(who.user_key, new, commit=False)
            await self.events.add(new.conv, new.lang, reply.events, commit=False)
            await self.db.conn.commit()
            if new.scratch.get("erase"):
                await self.db.truncate_wal()
            return new, reply

    async def remember(self, who: Who, key: str, value: object) -> None:
        """Store one channel value in the person's state (e.g. the open keyboard) outside the engine: a
        single UPDATE, not a read-modify-write — it runs once per update (issue 9)."""
        async with self.locks.hold(who.user_key):
            await self.states.set_scratch(who.user_key, key, value)
