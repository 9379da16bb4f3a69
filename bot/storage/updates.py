"""Channel updates already applied, so one delivered again after a crash is not applied twice.

Telegram hands out an update again until the bot confirms it, but keeps it at most 24 hours; and after a week
without updates it may restart ``update_id`` at any number, lower than every one seen before. So a replay is
an id applied within the last :data:`REPLAY_WINDOW`, not any id at or below the newest one.
"""

from __future__ import annotations

from bot.storage.db import Database

#: Telegram keeps an unconfirmed update for 24 hours; one hour more for clocks that disagree
REPLAY_WINDOW = 25 * 3600.0
#: how often rows older than the window are removed (they no longer decide anything)
CLEAN_UP_EVERY = 3600.0


class AppliedUpdates:
    def __init__(self, db: Database):
        self.db = db
        self._cleaned_at = float("-inf")

    async def seen(self, update_id: int, now: float) -> bool:
        """Whether ``update_id`` was applied within the replay window before ``now`` (unix time)."""
        rows = await self.db.conn.execute_fetchall(
            "SELECT 1 FROM applied_updates WHERE update_id = ? AND applied_at >= ?", (update_id, now - REPLAY_WINDOW))
        return bool(rows)

    async def record(self, update_id: int, now: float) -> None:
        """Note ``update_id`` as applied at ``now``, in the caller's unit of work (an id reused after the window
        just gets the new time)."""
        await self.db.write("INSERT INTO applied_updates (update_id, applied_at) VALUES (?, ?) "
                            "ON CONFLICT(update_id) DO UPDATE SET applied_at = excluded.applied_at", (update_id, now))
        if now - self._cleaned_at >= CLEAN_UP_EVERY:
            self._cleaned_at = now
            await self.db.write("DELETE FROM applied_updates WHERE applied_at < ?", (now - REPLAY_WINDOW,))
