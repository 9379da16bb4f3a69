"""Retention: personal data is kept only as long as configured; the job logs counts, never people."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Protocol, Sequence

from bot.config import Config
from bot.privacy.sources import PersonalData
from bot.storage import Database

log = logging.getLogger(__name__)


class RetentionApp(Protocol):
    """The running app (bot.app.App), as far as the retention job needs it."""

    @property
    def personal_data(self) -> Sequence[PersonalData]: ...

    @property
    def config(self) -> Config: ...

    @property
    def db(self) -> Database: ...


async def run_retention(app: RetentionApp, now: dt.datetime | None = None) -> dict[str, int]:
    now = now or dt.datetime.now(dt.timezone.utc)
    counts: dict[str, int] = {}
    for source in app.personal_data:
        counts[source.name] = await source.expire(now, app.config)
    await app.db.truncate_wal()          # what was erased must not stay in old page versions of the -wal file
    log.info("retention: erased %s", ", ".join(f"{n} {name}" for name, n in counts.items()) or "nothing")
    return counts
