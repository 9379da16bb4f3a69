"""Logs carry no personal data; the database can be copied consistently while the bot runs."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys

from bot.privacy.logs import quiet_libraries, scrub
from bot.testing.driver import Driver
from tests.conftest import REPO


def test_scrub_removes_contacts_ids_and_tokens():
    line = ("user 123456789 wrote anna.m@example.org, call +49 151 2345 6789 or 0351/4567890 "
            "POST https://api.telegram.org/bot123456:ABCdefGhIJKlmnOPQrstUVwxyz012345/sendMessage")
    clean = scrub(line)
    for secret in ("123456789", "anna.m@example.org", "2345 6789", "4567890", "ABCdefGhIJK"):
        assert secret not in clean
    assert "step ask_age in flow quiz, district 14612" == scrub("step ask_age in flow quiz, district 14612")


async def test_a_conversation_logs_nothing_personal(quiz_content, make_app, caplog):
    """Our own code at DEBUG, libraries as configured in production (no filter needed to pass)."""
    quiet_libraries()
    with caplog.at_level(logging.DEBUG):
        app = await make_app(quiz_content)
        d = Driver(app, lang="en", user="987654321")
        await d.say("/start")
        await d.press("quiz")
        await d.press("red")
        await d.say("Ich heiße Amira Haddad und wohne in Leipzig")      # free text where a number is asked
        await d.say("29")
        await d.say("amira.haddad@example.org")
        await d.say("+49 176 11223344")
    text = caplog.text
    for secret in ("Amira", "Haddad", "amira.haddad@example.org", "11223344", "987654321"):
        assert secret not in text


async def test_backup_while_the_bot_runs(quiz_content, make_app, tmp_path):
    db = tmp_path / "live.sqlite3"
    app = await make_app(quiz_content, db=db)
    for n in range(5):
        await Driver(app, lang="de", user=f"u{n}").say("/start")
    target = tmp_path / "backups" / "copy.sqlite3"
    result = subprocess.run([sys.executable, "-m", "bot", "backup", str(target), "--db", str(db)], cwd=tmp_path,
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "5 conversations" in result.stdout
    await Driver(app, lang="de", user="after").say("/start")              # the bot went on writing meanwhile
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT COUNT(*) FROM conversations").fetchone()[0] == 5


def test_backup_of_a_missing_database_says_so(tmp_path):
    result = subprocess.run([sys.executable, "-m", "bot", "backup", str(tmp_path / "x.sqlite3"), "--db",
                             str(tmp_path / "none.sqlite3")], cwd=tmp_path, capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)
    assert result.returncode == 1 and "there is no database" in result.stderr and "Traceback" not in result.stderr
