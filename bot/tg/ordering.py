"""Updates of one user in order, different users concurrently.

PTB's ``concurrent_updates(True)`` runs every update as its own task with no ordering at all; the
plain mode runs one update at a time for the whole bot. This processor sits between them: each
update waits for the previous updates of the same user (or chat, when there is no user) — the whole
handler, replies included — while other users' updates run in parallel. Tasks are created in arrival
order and asyncio locks are fair, so the order is the order Telegram delivered.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.conversation import UserLocks

Observer = Callable[[object], None]


def ordering_key(update: object) -> str | None:
    if not isinstance(update, Update):
        return None
    if update.effective_user is not None:
        return f"u{update.effective_user.id}"
    if update.effective_chat is not None:
        return f"c{update.effective_chat.id}"
    return None


class PerUserUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = 256, observer: Observer | None = None) -> None:
        super().__init__(max_concurrent_updates)
        self._locks = UserLocks()
        self._observer = observer      # tests: told when an update has been handled completely

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = ordering_key(update)
        try:
            if key is None:
                await coroutine
            else:
                async with self._locks.hold(key):
                    await coroutine
        finally:
            if self._observer is not None:
                self._observer(update)

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def waiting_users(self) -> int:
        """Users with an update in progress or queued (memory stays flat: locks are dropped when free)."""
        return len(self._locks)
