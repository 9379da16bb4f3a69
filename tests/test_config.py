"""Configuration: environment + optional .env; a bad setting is one clear sentence naming the variable."""

import os
import subprocess
import sys

import pytest

from bot.config import DEFAULT_BASE_URL, ConfigError, load_config
from tests.conftest import REPO


def test_defaults_without_any_setting():
    config = load_config({}, env_file=None)
    assert config.telegram_bot_token is None and not config.has_telegram
    assert config.telegram_base_url == DEFAULT_BASE_URL
    assert str(config.database_path) == "data/bot.sqlite3"
    assert config.admin_ids == frozenset()
    assert config.webhook_listen == "127.0.0.1"          # behind a reverse proxy, as .env.example says


def test_env_file_is_read_and_environment_wins(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text("ADMIN_IDS=1, 2\nDATABASE_PATH=/tmp/from-file.sqlite3\nTELEGRAM_BASE_URL=http://127.0.0.1:9/bot\n")
    config = load_config({"DATABASE_PATH": "/tmp/from-env.sqlite3"}, env_file=env_file)
    assert config.admin_ids == {1, 2}
    assert str(config.database_path) == "/tmp/from-env.sqlite3"
    assert config.telegram_base_url == "http://127.0.0.1:9/bot"


@pytest.mark.parametrize("name, value", [
    ("TELEGRAM_BOT_TOKEN", "not-a-token"), ("TELEGRAM_BASE_URL", "api.telegram.org"), ("ADMIN_IDS", "12,abc"),
    ("WEBHOOK_PORT", "eighty"), ("WEBHOOK_SECRET", "has spaces"), ("COORDINATION_CHAT_ID", "group"),
    ("ESCALATE_AFTER_HOURS", "soon"),
])
def test_malformed_setting_names_the_variable(name, value):
    with pytest.raises(ConfigError) as err:
        load_config({name: value}, env_file=None)
    message = str(err.value)
    assert name in message and "\n" not in message


def test_cli_prints_one_sentence_not_a_traceback(tmp_path):
    result = subprocess.run([sys.executable, "-m", "bot", "run"], capture_output=True, text=True, cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(REPO), "ADMIN_IDS": "x"}, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().startswith("Configuration error: ADMIN_IDS")


def test_the_telegram_bot_needs_its_own_user_key_secret_the_console_demo_does_not():
    with pytest.raises(ConfigError) as err:
        load_config({"TELEGRAM_BOT_TOKEN": "123456:ABCdefGHIjklMNOpqrSTUvwxYZ"}, env_file=None)
    assert str(err.value).startswith("USER_KEY_SECRET must be set when TELEGRAM_BOT_TOKEN is set")
    token = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ"
    with_secret = load_config({"TELEGRAM_BOT_TOKEN": token, "USER_KEY_SECRET": "s3cret"}, env_file=None)
    rotated = load_config({"TELEGRAM_BOT_TOKEN": "654321:ZYXwvuTSRqpoNMLkjiHGFedcBA", "USER_KEY_SECRET": "s3cret"},
                          env_file=None)
    assert with_secret.user_key_secret == rotated.user_key_secret == "s3cret"    # a new token changes no pseudonym
    assert load_config({}, env_file=None).user_key_secret                         # the console demo has a local one
