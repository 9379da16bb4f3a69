"""Updates of one user in order, different users concurrently, and no user able to stall the others.

PTB's ``concurrent_updates(True)`` runs every update as its own task with no ordering at all; the
plain mode runs one update at a time for the whole bot. This processor sits between them: each
update waits for the previous updates of the same user (or chat, when there is no user) — the whole
handler, replies included — while other users' updates run in parallel. Tasks are created in arrival
order and asyncio locks are fair, so the order is the order Telegram delivered.

A person takes their place in their own line first and only then one of the bot's concurrency slots:
PTB's own slot (taken before ``do_process_update``) is unlimited here, so 600 messages from one account
occupy one slot, not all of them. And one person may have at most ``max_queued_per_user`` updates in
line: the next one is replaced by one polite note (in line, so it comes after the answers), the rest
are dropped until the line is empty again.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable, Coroutine

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.conversation import UserLocks

log = logging.getLogger(__name__)

Observer = Callable[[object], None]
#: makes the note for someone whose line is full: (update) -> coroutine that sends it
Overflow = Callable[[Update], Awaitable[None]]

#: updates one person may have in line (in progress included); a longer burst is cut with one note
MAX_QUEUED_PER_USER = 10
_UNLIMITED = 2 ** 31 - 1


def ordering_key(update: object) -> str | None:
    if not isinstance(update, Update):
        return None
    if update.effective_user is not None:
        return f"u{update.effective_user.id}"
    if update.effective_chat is not None:
        return f"c{update.effective_chat.id}"
    return None


class PerUserUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = 256, observer: Observer | None = None, *,
                 max_queued_per_user: int = MAX_QUEUED_PER_USER, overflow: Overflow | None = None) -> None:
        super().__init__(_UNLIMITED)   # PTB's slot comes before the user's line: ours is taken after it
        self._slots = asyncio.BoundedSemaphore(max_concurrent_updates)
        self._locks = UserLocks()
        self._observer = observer      # tests: told when an update has been handled completely
        self.max_queued_per_user = max_queued_per_user
        self.overflow = overflow       # set by build_application once the bot exists
        self._noted: set[str] = set()  # users whose full line has been noted, until it is empty again

    async def do_process_update(self, update: object, coroutine: Awaitable[object]) -> None:
        key = ordering_key(update)
        try:
            if key is None:
                async with self._slots:
                    await coroutine
                return
            if self._locks.waiting(key) >= self.max_queued_per_user:
                if isinstance(coroutine, Coroutine):       # PTB hands a coroutine; closed, it never ran
                    coroutine.close()
                if key in self._noted or self.overflow is None or not isinstance(update, Update):
                    return
                self._noted.add(key)
                log.info("a person sent more than %d updates at once; the rest of the burst is dropped",
                         self.max_queued_per_user)
                coroutine = self.overflow(update)
            try:
                async with self._locks.hold(key), self._slots:
                    await coroutine
            finally:
                if not self._locks.waiting(key):
                    self._noted.discard(key)
        finally:
            if self._observer is not None:
                self._observer(update)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None
