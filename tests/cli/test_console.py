"""The offline console: the demo and the admins' way to try edits, driven by piped stdin."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.i18n import LANGUAGES, load_locales
from tests.conftest import REPO

LOCALES, _ = load_locales(REPO / "locales", display_root=REPO)


def console(*args: str, stdin: str, tmp_path, env: dict | None = None) -> str:
    result = subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
                            cwd=tmp_path, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(REPO), "CONTENT_DIR": str(REPO), **(env or {})})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


def first_line(lang: str, msg_id: str) -> str:
    return LOCALES.text(lang, msg_id, label=True).splitlines()[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_piped_console_walks_the_demo_in_each_language(lang, tmp_path):
    out = console("console", "--lang", lang, "--db", str(tmp_path / "c.sqlite3"),
                  stdin="/start\n2\n/help\n", tmp_path=tmp_path)
    assert first_line(lang, "main-welcome") in out
    assert first_line(lang, "main-about") in out           # button 2 of the menu was pressed
    assert first_line(lang, "help-text") in out
    assert "[1] " + LOCALES.text(lang, "main-menu-check", label=True) in out


def test_console_resumes_from_its_sqlite_file_in_a_new_process(tmp_path):
    db = str(tmp_path / "c.sqlite3")
    first = console("console", "--lang", "es", "--db", db, stdin="/start\n/language\n3\n", tmp_path=tmp_path)
    assert first_line("ar", "main-menu") in first                              # 3 = العربية in the language list
    out = console("console", "--db", db, stdin="/menu\n", tmp_path=tmp_path)   # a new process, same file
    assert first_line("ar", "main-menu") in out and first_line("es", "main-menu") not in out


def test_without_a_token_run_starts_the_console_demo(tmp_path):
    out = console("run", stdin="/start\n", tmp_path=tmp_path, env={"TELEGRAM_BOT_TOKEN": ""})
    assert all(first_line(lang, "language-choose") in out for lang in LANGUAGES)   # no language known: asked
