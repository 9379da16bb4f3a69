"""One place where a user's input meets the engine and the database, for every channel.

Inputs of one user are processed strictly in order (a lock per user); different users run concurrently.
Each input is one unit of work (bot.storage.db): the state, the anonymous events and whatever the flow's
actions write (consent, referral and its deliveries, erasure) are committed together or not at all.

Two promises survive a crash between that commit and the replies reaching the person:
- an update the channel delivers again is not applied twice (bot.storage.updates): the current step is shown;
- a receipt (a message confirming something stored, e.g. the request number) stays in the state until the
  channel reports it delivered (:meth:`Conversations.delivered`); the person's next input shows it again.
"""

from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager
from typing import AsyncIterator, Callable

from bot.engine import Command, Engine, Input, Message, Press, Reply, State, Who
from bot.storage import AppliedUpdates, ConversationRepo, Database, EventRepo

RECEIPT_KEY = "receipt"     # in state.scratch: receipts not yet delivered, as [{"text": id, "args": {...}}]
OLD_SEQ_KEY = "seq"         # in state.scratch of older versions: the newest update applied (no longer used)
STALE_NOTE = "stale-button"


class UserLocks:
    """asyncio locks per key that disappear when nobody holds or waits for them (memory stays flat)."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
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

    def waiting(self, key: str) -> int:
        """How many hold or wait for ``key``'s lock."""
        return self._locks.get(key, (None, 0))[1]

    def __len__(self) -> int:
        return len(self._locks)


def _stored(message: Message) -> dict[str, object]:
    return {"text": message.text, "args": dict(message.args)}


def _receipts(stored: object) -> list[Message]:
    if not isinstance(stored, list):
        return []
    return [Message(str(r["text"]), dict(r.get("args") or {}), receipt=True)
            for r in stored if isinstance(r, dict) and r.get("text")]


class Conversations:
    def __init__(self, engine: Engine, db: Database):
        self.engine = engine
        self.db = db
        self.states = ConversationRepo(db)
        self.events = EventRepo(db)
        self.updates = AppliedUpdates(db)
        self.locks = UserLocks()
        self.clock: Callable[[], float] = time.time       # unix time; tests move it

    async def handle(self, who: Who, event: Input, seq: int | None = None) -> tuple[State, Reply]:
        """``seq``: the channel's update number. An update applied before (the bot was killed after handling it
        but before the channel learnt so) is not applied again; the person's current step is shown."""
        async with self.locks.hold(who.user_key):
            async with self.db.transaction(lazy=True):
                new, reply = await self._turn(who, event, seq)
            if new.scratch.get("erase"):          # erased values must not stay in old page versions of the WAL
                await self.db.truncate_wal()
            return new, reply

    async def _turn(self, who: Who, event: Input, seq: int | None) -> tuple[State, Reply]:
        """One input inside the caller's unit of work."""
        now = self.clock()
        replay = seq is not None and await self.updates.seen(seq, now)
        if replay:
            event = Command("resume")
        state = await self.states.get(who.user_key)
        undelivered = _receipts(state.scratch.pop(RECEIPT_KEY, None)) if state is not None else []
        if state is not None:
            state.scratch.pop(OLD_SEQ_KEY, None)
        new, reply = await self.engine.handle(state, event, who)
        if undelivered:
            self._show_first(undelivered, event, reply)
        receipts = [o for o in reply.outputs if isinstance(o, Message) and o.receipt]
        if receipts:
            new.scratch[RECEIPT_KEY] = [_stored(m) for m in receipts]
        if new.scratch.get("erase"):          # /delete: the person's data is gone, only anonymous events stay
            await self.states.delete(who.user_key)
        else:
            await self.states.save(who.user_key, new)
        await self.events.add(new.conv, new.lang, reply.events)
        if seq is not None and not replay:
            await self.updates.record(seq, now)
        return new, reply

    @staticmethod
    def _show_first(undelivered: list[Message], event: Input, reply: Reply) -> None:
        """The replies of the last input were lost: its receipts come first. A button pressed now is from a
        message older than those replies, so "this button is from an earlier message" would only confuse."""
        if reply.stale and isinstance(event, Press):
            reply.outputs[:] = [o for o in reply.outputs if not (isinstance(o, Message) and o.text == STALE_NOTE)]
        reply.outputs[:0] = undelivered

    async def delivered(self, who: Who, state: State, **channel: object) -> None:
        """The channel delivered the replies of the input that produced ``state``: its receipts are no longer
        kept. ``channel``: values the channel keeps in the state (e.g. the open keyboard), in the same write."""
        kept = RECEIPT_KEY in state.scratch
        if not kept and not channel:
            return
        async with self.locks.hold(who.user_key):
            await self.states.update_scratch(who.user_key, channel, drop=(RECEIPT_KEY,) if kept else ())
