"""Liveness: the running bot keeps a heartbeat that ``python -m bot health`` reads (Docker's HEALTHCHECK).

A dead or hung bot must fail the check even though its content is still valid."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

from bot.health import beat, check, heartbeat_path
from bot.testing.harness import REPO
from tests.support.subprocess_bot import BOT_SETTINGS, BotProcess, ProcessBotApi


def health(database, *extra: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in BOT_SETTINGS}
    env.update(DATABASE_PATH=str(database), PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "bot", "health", *extra], capture_output=True, text=True,
                          env=env, cwd=database.parent, timeout=60)


async def test_the_running_bot_is_alive_and_a_killed_one_is_not(tmp_path):
    async with ProcessBotApi() as server:
        bot = BotProcess(server, tmp_path)
        await bot.start()
        alive = heartbeat_path(bot.database)
        for _ in range(600):                        # the first beat ~5 s after start (later on a busy machine)
            if alive.exists():
                break
            await asyncio.sleep(0.1)
        result = await asyncio.to_thread(health, bot.database)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("alive: last heartbeat")
        await bot.kill()
        await asyncio.sleep(1.2)
        result = await asyncio.to_thread(health, bot.database, "--max-age", "1")
        assert result.returncode == 1
        assert result.stderr.startswith("not alive: the last heartbeat is") and result.stderr.count("\n") == 1


def test_no_heartbeat_says_what_to_check(tmp_path):
    result = health(tmp_path / "bot.sqlite3")
    assert result.returncode == 1
    assert "no heartbeat" in result.stderr and "DATABASE_PATH" in result.stderr and "Traceback" not in result.stderr


def test_a_stale_or_broken_heartbeat_is_not_alive(tmp_path):
    path = tmp_path / "bot.sqlite3.alive"
    now = datetime.now(timezone.utc).replace(microsecond=0)
    beat(path, now - timedelta(seconds=30))
    assert check(path, 120, now)[0] is True
    assert check(path, 10, now) == (False, "not alive: the last heartbeat is 30 s old (more than 10 s)")
    path.write_text("garbage")
    assert check(path, 120, now)[0] is False
