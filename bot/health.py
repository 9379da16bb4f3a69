"""Liveness: the running bot writes a heartbeat; ``python -m bot health`` reads it.

Checking the content (``validate``) says nothing about whether the process still answers. The heartbeat is
written by a job of the bot's own event loop, so it goes stale when the loop hangs or the process is gone,
which is what a supervisor (Docker's HEALTHCHECK, a systemd timer) must notice. It sits beside the database
(``<DATABASE_PATH>.alive``), on the volume the bot already writes to; it holds one UTC timestamp, nothing else.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from bot.files import write_atomic

INTERVAL = 30.0            # seconds between heartbeats
FIRST = 5.0                # seconds from start-up to the first heartbeat
MAX_AGE = 120.0            # older than this (four missed beats) counts as not alive


def heartbeat_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".alive")


def beat(path: Path, now: datetime | None = None) -> None:
    """Write the time atomically: a reader never sees half a timestamp."""
    moment = (now or datetime.now(timezone.utc)).isoformat(timespec="seconds")
    write_atomic(path, (moment + "\n").encode("utf-8"))


def check(path: Path, max_age: float = MAX_AGE, now: datetime | None = None) -> tuple[bool, str]:
    """(alive?, one line for the operator)."""
    try:
        written = datetime.fromisoformat(path.read_text(encoding="utf-8").strip())
    except FileNotFoundError:
        return False, f"not alive: no heartbeat at {path} (is the bot running with this DATABASE_PATH?)"
    except (OSError, ValueError) as exc:
        return False, f"not alive: the heartbeat at {path} cannot be read ({exc})"
    age = ((now or datetime.now(timezone.utc)) - written).total_seconds()
    if age > max_age:
        return False, f"not alive: the last heartbeat is {age:.0f} s old (more than {max_age:.0f} s)"
    return True, f"alive: last heartbeat {max(age, 0):.0f} s ago"
