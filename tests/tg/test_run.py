"""``python -m bot run`` as an operator starts it: against any Bot API server, and one clear sentence
(no traceback) when a setting is wrong."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

import pytest

from bot.testing.harness import REPO
from bot.testing.lifecycle import free_port
from bot.testing.server import FakeBotApi

pytestmark = pytest.mark.asyncio

SETTINGS = ("TELEGRAM_BOT_TOKEN", "TELEGRAM_BASE_URL", "ADMIN_IDS", "WEBHOOK_URL", "WEBHOOK_SECRET", "WEBHOOK_LISTEN",
            "WEBHOOK_PORT", "DATABASE_PATH",
            "CONTENT_DIR", "USER_KEY_SECRET", "LOG_LEVEL")


def environment(tmp_path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS}
    env.update(DATABASE_PATH=str(tmp_path / "bot.sqlite3"), CONTENT_DIR=str(REPO), PYTHONPATH=str(REPO),
               USER_KEY_SECRET="run-test-user-key-secret")
    env.update(settings)
    return env


async def run(tmp_path, timeout: float = 30, **settings: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=tmp_path, env=environment(tmp_path, **settings),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    _, err = await asyncio.wait_for(process.communicate(), timeout)
    return process.returncode, err.decode()


TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ"


async def test_wrong_settings_and_unreachable_servers_are_one_sentence_naming_the_variable(tmp_path):
    unreachable = f"http://127.0.0.1:{free_port()}/bot"
    async with FakeBotApi() as server:                    # its token differs: TOKEN is refused
        cases = [
            ({"TELEGRAM_BASE_URL": "api.telegram.org/bot"}, "TELEGRAM_BASE_URL must be an http(s) URL"),
            ({"ADMIN_IDS": "12, Mustermann"}, "ADMIN_IDS must list Telegram user ids"),
            ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN does not look like a bot token"),
            ({"WEBHOOK_URL": "ftp://example.org/hook"}, "WEBHOOK_URL must be the public https:// address"),
            ({"TELEGRAM_BASE_URL": unreachable},
             f"Cannot reach the Bot API server at TELEGRAM_BASE_URL={unreachable}"),
            ({"TELEGRAM_BASE_URL": server.base_url}, "refused TELEGRAM_BOT_TOKEN"),
            ({"USER_KEY_SECRET": ""}, "USER_KEY_SECRET must be set when TELEGRAM_BOT_TOKEN is set"),
        ]
        folders = [tmp_path / str(i) for i in range(len(cases))]
        async with FakeBotApi() as down:                   # behind a proxy that answers with its HTML page
            down.down()
            code, err = await run(tmp_path, TELEGRAM_BOT_TOKEN=down.token, TELEGRAM_BASE_URL=down.base_url)
        assert code == 2 and "Bad Gateway (502)" in err and "<html" not in err and "Traceback" not in err, err
        for folder in folders:
            folder.mkdir()
        results = await asyncio.gather(*(run(folder, **{"TELEGRAM_BOT_TOKEN": TOKEN, **settings})
                                         for folder, (settings, _) in zip(folders, cases)))
    for (settings, sentence), (code, err) in zip(cases, results):
        assert code != 0, settings
        assert sentence in err, (settings, err)
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err


async def test_the_bot_runs_against_any_bot_api_server_and_stops_cleanly(tmp_path):
    async with FakeBotApi() as server:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp_path,
            env=environment(tmp_path, TELEGRAM_BOT_TOKEN=server.token, TELEGRAM_BASE_URL=server.base_url),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        try:
            await server.wait_for(lambda: server.calls("deleteWebhook"), timeout=30)   # polling starts
            server.user(1001, language_code="de").text("/start")
            await server.wait_for(lambda: len(server.messages(1001)) >= 2, timeout=10)
            assert "Willkommen" in server.messages(1001)[0].plain
            assert server.bot_commands("ar")
        finally:
            process.send_signal(signal.SIGTERM)
            _, err = await asyncio.wait_for(process.communicate(), 30)
    assert process.returncode == 0, err.decode()
    assert "Traceback" not in err.decode()
    assert "1001" not in err.decode()                     # no plain user ids in the log


async def test_a_changed_user_key_secret_is_refused_before_anybody_becomes_a_stranger(tmp_path):
    from bot.storage import Database
    from bot.storage.meta import user_key_secret_matches

    async with Database(tmp_path / "bot.sqlite3") as db:  # the database is created with its first secret
        assert await user_key_secret_matches(db, "the-first-secret")
    async with FakeBotApi() as server:
        code, err = await run(tmp_path, TELEGRAM_BOT_TOKEN=server.token, TELEGRAM_BASE_URL=server.base_url,
                              USER_KEY_SECRET="a-new-secret")
        assert not server.calls("getUpdates"), "the bot must not start answering people"
    assert code != 0
    assert "USER_KEY_SECRET is not the secret the database" in err
    assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("Configuration error: USER_KEY"), err
    async with Database(tmp_path / "bot.sqlite3") as db:  # the first secret is still the one that fits
        assert await user_key_secret_matches(db, "the-first-secret")
        assert not await user_key_secret_matches(db, "a-new-secret")
