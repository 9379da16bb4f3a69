"""Retention: personal data is kept only as long as configured; the job logs counts, never people."""

from __future__ import annotations

import datetime as dt
import logging

from bot.feature import Host

log = logging.getLogger(__name__)


async def run_retention(app: Host, now: dt.datetime | None = None) -> dict[str, int]:
    now = now or dt.datetime.now(dt.timezone.utc)
    counts: dict[str, int] = {}
    for source in app.personal_data:
        counts[source.name] = await source.expire(now, app.config)
    await app.db.truncate_wal()          # what was erased must not stay in old page versions of the -wal file
    log.info("retention: erased %s", ", ".join(f"{n} {name}" for name, n in counts.items()) or "nothing")
    return counts
