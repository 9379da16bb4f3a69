"""Admin rights and the audit log: admins are configured by Telegram user id (ADMIN_IDS); every admin action
is logged in the database (table admin_log), read by /audit. Used by the channel and by the features."""

from __future__ import annotations

import datetime as dt
import logging

from bot.storage import Database

log = logging.getLogger(__name__)


def is_admin(admin_ids: frozenset[int] | set[int], user_id: int | None) -> bool:
    return user_id is not None and user_id in admin_ids


async def audit(db: Database, admin_id: int, action: str, detail: str = "") -> None:
    """Record who did what, when. Staff ids are configuration, not mentee data, so they may be stored."""
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    await db.write("INSERT INTO admin_log (ts, admin_id, action, detail) VALUES (?, ?, ?, ?)",
                   (now, admin_id, action, detail[:500]))
    log.info("admin action: %s by admin %d", action, admin_id)


async def audit_entries(db: Database, limit: int = 50) -> list[tuple[str, int, str, str]]:
    async with db.conn.execute("SELECT ts, admin_id, action, detail FROM admin_log ORDER BY id DESC LIMIT ?",
                               (limit,)) as cur:
        return [tuple(row) for row in await cur.fetchall()]
