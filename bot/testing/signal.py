"""A broadcast wake-up for coroutines waiting on the fake's state (new update, new bot message)."""

from __future__ import annotations

import asyncio


class Signal:
    """Every ``notify()`` wakes all current waiters; waiters re-check their condition themselves.

    Simpler than ``asyncio.Condition`` here: no lock to hold, and a timed-out wait leaves nothing
    behind.
    """

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, timeout: float | None) -> bool:
        """Wait for the next ``notify()``; ``False`` if ``timeout`` seconds passed first."""
        event = self._event
        if timeout is None:
            await event.wait()
            return True
        try:
            async with asyncio.timeout(max(timeout, 0)):
                await event.wait()
        except TimeoutError:
            return False
        return True
