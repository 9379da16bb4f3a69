"""Consistent copy of the live database (SQLite's online backup API): safe while the bot runs."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def backup(source: Path | str, target: Path | str) -> int:
    """Copy ``source`` to ``target`` page by page; returns the number of conversations in the copy."""
    source, target = Path(source), Path(target)
    if not source.is_file():
        raise FileNotFoundError(f"there is no database at {source}")
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=10) as src, sqlite3.connect(target) as dst:
        src.backup(dst, pages=256)
        if dst.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise RuntimeError(f"the copy at {target} failed its integrity check")
        return int(dst.execute("SELECT COUNT(*) FROM conversations").fetchone()[0])
