"""The database file checked before the bot writes to it, and start-up failures said in one sentence.

A damaged file is refused before anything is written to it (switching to WAL alone rewrites its header),
so the operator can still copy it away or restore a backup over it. Every problem an operator can fix
(a folder that cannot be created, a read-only file, a full disk, a file that is not a database) becomes a
:class:`DatabaseError` whose message names ``DATABASE_PATH`` and what to do.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import quote


class DatabaseError(RuntimeError):
    """The database cannot be used; the message is one sentence for the operator."""


def damaged(path: Path, detail: str) -> DatabaseError:
    return DatabaseError(
        f"The database DATABASE_PATH={path} is damaged ({detail}) and was left untouched: stop the bot, copy your "
        f"latest backup (made with: python -m bot backup FILE) to {path}, and start again.")


def prepare(path: Path) -> None:
    """Create the folder, and check an existing file read-only: raises DatabaseError, never writes to it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"The folder {path.parent} for DATABASE_PATH={path} cannot be created "
                            f"({exc.strerror or exc}): create it, or set DATABASE_PATH to a writable place.") from None
    if path.is_file() and path.stat().st_size:
        check_integrity(path)
    # SQLite opens a write-protected file read-only without a word, and fails only at the first write
    # (a person's first message): say it now. The folder must be writable too, for the -wal and -shm files.
    for place, what in ((path, "file"), (path.parent, "folder")):
        if place.exists() and not os.access(place, os.W_OK):
            raise DatabaseError(f"The database DATABASE_PATH={path} cannot be written (read-only {what}): let the "
                                "bot's user write to the file and its folder, or set DATABASE_PATH to a writable place.")


def check_integrity(path: Path) -> None:
    """PRAGMA quick_check on a read-only connection; raises DatabaseError for a damaged file."""
    # While the file is in use (a running bot, a command beside it) or after a crash, -wal/-shm exist: read
    # with locks and the journal. Otherwise nobody has it open, and 'immutable' makes SQLite read the file
    # only, creating no -wal/-shm files beside it.
    in_use = any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm"))
    mode = "mode=ro" if in_use else "mode=ro&immutable=1"
    conn = None
    try:
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?{mode}", uri=True)
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise explain(exc, path) from None
    finally:
        if conn is not None:
            conn.close()
    if result != "ok":
        raise damaged(path, f"quick_check: {result}")


def _almost_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < 1024 * 1024
    except OSError:
        return False


def explain(exc: BaseException, path: Path) -> DatabaseError:
    """One sentence for a SQLite or OS error at start."""
    text = str(exc).lower()
    os_error = getattr(exc, "errno", None) if isinstance(exc, OSError) else None
    sqlite_code = getattr(exc, "sqlite_errorcode", None)
    if "not a database" in text or "malformed" in text or sqlite_code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return damaged(path, str(exc))
    full = "full" in text or sqlite_code == sqlite3.SQLITE_FULL or os_error in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT)
    # in WAL mode a full disk often surfaces as "disk I/O error" (the -shm file cannot grow): ask the disk
    if full or ("i/o error" in text and _almost_full(path)):
        return DatabaseError(f"The disk holding DATABASE_PATH={path} is full ({exc}): free some space, "
                             "then start the bot again.")
    if "readonly" in text or "read-only" in text or os_error in (errno.EROFS, errno.EACCES, errno.EPERM):
        return DatabaseError(f"The database DATABASE_PATH={path} cannot be written ({exc}): let the bot's user "
                             "write to the file and its folder, or set DATABASE_PATH to a writable place.")
    return DatabaseError(f"The database DATABASE_PATH={path} cannot be opened ({exc}): check that the file and "
                         "its folder exist and the bot's user may read and write both.")
