"""Database trouble at start: one sentence naming DATABASE_PATH and what to do, a non-zero exit code, no
traceback — and a damaged file is refused before the bot writes a single byte to it."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.storage import Database
from bot.storage.health import DatabaseError
from bot.testing.server import FakeBotApi
from tests.tg.test_run import environment

pytestmark = pytest.mark.asyncio


@contextlib.contextmanager
def read_only(path: Path):
    """Read-only even for root (who ignores file modes): the immutable attribute, as on a read-only mount."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("cannot make a file read-only for root here (chattr +i)")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@contextlib.contextmanager
def small_disk(path: Path, size: str = "32k"):
    """A tiny file system (tmpfs) at ``path``: the database does not fit, writes fail with ENOSPC."""
    path.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small file system here to fill it")
    try:
        yield path
    finally:
        subprocess.run(["umount", str(path)], check=True)


async def start(folder: Path, server: FakeBotApi, database: Path) -> tuple[int, str]:
    env = {**environment(folder, TELEGRAM_BOT_TOKEN=server.token, TELEGRAM_BASE_URL=server.base_url),
           "DATABASE_PATH": str(database)}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=folder, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    try:
        _, err = await asyncio.wait_for(process.communicate(), 60)
    except asyncio.TimeoutError:
        process.kill()
        raise AssertionError(f"the bot kept running with the broken database {database}") from None
    return process.returncode, err.decode()


async def a_database_with_data(path: Path) -> None:
    db = await Database(path).open()
    async with db.transaction() as conn:
        for i in range(300):
            await conn.execute("INSERT INTO conversations (user_key, state, created_at, updated_at) VALUES (?, ?, ?, ?)",
                               (f"k{i}", "{}" + "x" * 500, "2026-01-01", "2026-01-01"))
    await db.close()


def damage_pages(path: Path) -> None:
    """Overwrite the middle of the file (table pages, not the header), as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for number in range(3, len(data) // page - 1, 3):
        data[number * page: number * page + 200] = os.urandom(200)
    path.write_bytes(bytes(data))


def assert_one_sentence(code: int, err: str, *words: str) -> None:
    assert code != 0, err
    assert "Traceback" not in err, err
    lines = [line for line in err.strip().splitlines() if " INFO " not in line]
    assert len(lines) == 1, err
    for word in words:
        assert word in lines[0], (word, lines[0])


async def trouble(tmp_path: Path, case: str) -> Path:
    """A folder with the database trouble ``case``; returns the DATABASE_PATH to start with."""
    folder = tmp_path / case
    folder.mkdir()
    database = folder / "bot.sqlite3"
    if case in ("readonly-file", "damaged"):
        await a_database_with_data(database)
    if case == "damaged":
        damage_pages(database)
    if case == "random":
        database.write_bytes(os.urandom(64 * 1024))
    if case == "readonly-folder":
        (folder / "data").mkdir()
        return folder / "data" / "bot.sqlite3"
    if case == "unmakeable-folder":
        (folder / "mount").mkdir()
        return folder / "mount" / "data" / "bot.sqlite3"
    return database


def protect(database: Path, case: str) -> contextlib.AbstractContextManager:
    target = {"readonly-folder": database.parent, "readonly-file": database,
              "unmakeable-folder": database.parent.parent}.get(case)
    return read_only(target) if target is not None else contextlib.nullcontext()


@pytest.mark.parametrize("case, words", [
    ("readonly-folder", ["cannot be written", "read-only folder"]),
    ("readonly-file", ["cannot be written", "read-only file"]),
    ("random", ["is damaged", "python -m bot backup"]),
    ("damaged", ["is damaged", "python -m bot backup"]),
    ("unmakeable-folder", ["cannot be created"]),
])
async def test_database_trouble_is_one_sentence_naming_database_path_and_what_to_do(tmp_path, case, words):
    database = await trouble(tmp_path, case)
    before = database.read_bytes() if database.is_file() else None
    with protect(database, case), pytest.raises(DatabaseError) as refused:
        await Database(database).open()
    message = str(refused.value)
    assert len(message.splitlines()) == 1 and f"DATABASE_PATH={database}" in message
    for word in words:
        assert word in message, message
    if before is not None and case != "readonly-file":
        # refused before any write: byte for byte as before, and no journal files beside it
        assert database.read_bytes() == before
        assert sorted(p.name for p in database.parent.iterdir() if p.name.startswith("bot.")) == ["bot.sqlite3"]


async def test_the_bot_refuses_a_damaged_file_and_a_folder_it_cannot_make_in_one_sentence(tmp_path):
    """``python -m bot run``: exit code 1, one sentence, no traceback; polling mode never blames the webhook."""
    damaged = await trouble(tmp_path, "damaged")
    unmakeable = await trouble(tmp_path, "unmakeable-folder")
    damaged_before = damaged.read_bytes()
    async with FakeBotApi() as server:
        with protect(unmakeable, "unmakeable-folder"):
            (code, err), (code2, err2) = await asyncio.gather(start(damaged.parent, server, damaged),
                                                              start(unmakeable.parent.parent, server, unmakeable))
    assert_one_sentence(code, err, f"DATABASE_PATH={damaged}", "is damaged", "python -m bot backup")
    assert damaged.read_bytes() == damaged_before
    assert_one_sentence(code2, err2, f"DATABASE_PATH={unmakeable}", "cannot be created")
    assert "webhook" not in err2.lower()


async def test_a_full_disk_at_start_is_one_sentence(tmp_path):
    with small_disk(tmp_path / "disk") as disk, pytest.raises(DatabaseError) as refused:
        await Database(disk / "bot.sqlite3").open()
    message = str(refused.value)
    assert len(message.splitlines()) == 1 and "DATABASE_PATH=" in message
    assert "is full" in message and "free some space" in message


async def test_a_healthy_database_left_by_a_crash_opens_with_its_journal(tmp_path):
    """The read-only check before opening must not refuse a database whose last writes are still in the -wal."""
    path = tmp_path / "bot.sqlite3"
    await a_database_with_data(path)
    crashed = sqlite3.connect(path)           # a writer that never closes: its commit stays in the -wal
    crashed.execute("PRAGMA journal_mode=WAL")
    crashed.execute("INSERT INTO conversations (user_key, state, created_at, updated_at) VALUES ('late', '{}', 'x', 'x')")
    crashed.commit()
    assert Path(f"{path}-wal").stat().st_size > 0
    db = await Database(path).open()
    async with db.conn.execute("SELECT COUNT(*) FROM conversations") as cur:
        assert (await cur.fetchone())[0] == 301
    await db.close()
    crashed.close()


async def test_a_command_beside_the_running_bot_opens_the_database_it_uses(tmp_path):
    """The check before opening reads with locks while another connection writes: no false alarm."""
    path = tmp_path / "bot.sqlite3"
    await a_database_with_data(path)
    running = await Database(path).open()
    await running.write("INSERT INTO conversations (user_key, state, created_at, updated_at) VALUES ('now', '{}', 'x', 'x')")
    beside = await Database(path).open()
    async with beside.conn.execute("SELECT COUNT(*) FROM conversations") as cur:
        assert (await cur.fetchone())[0] == 301
    await beside.close()
    await running.close()
