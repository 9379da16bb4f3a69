"""Shared fixtures: content folders built from snippets, apps over real SQLite files, and the real bot over the
fake Bot API (``harness``, ``make_harness``)."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.app import App
from bot.config import Config
from bot.i18n import LANGUAGES
from bot.testing.harness import Harness

REPO = Path(__file__).resolve().parent.parent


def write_content(root: Path, flows: dict[str, str], messages: dict[str, str] | None = None) -> Path:
    """A content folder with the given flows; every message exists in all four languages as '<lang>:<text>'."""
    (root / "flows").mkdir(parents=True, exist_ok=True)
    for name, text in flows.items():
        (root / "flows" / f"{name}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    for lang in LANGUAGES:
        folder = root / "locales" / lang
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "locales" / lang / "engine.ftl", folder / "engine.ftl")
        body = "".join(f"{mid} = {lang}:{text}\n" for mid, text in (messages or {}).items())
        (folder / "test.ftl").write_text(body, encoding="utf-8")
    return root


@pytest.fixture
def content(tmp_path):
    def make(flows: dict[str, str], messages: dict[str, str] | None = None) -> Path:
        return write_content(tmp_path / "content", flows, messages)
    return make


@pytest.fixture
async def make_app(tmp_path):
    """Start an App over a content folder and a real SQLite file; stopped after the test.
    ``config``: further :class:`Config` fields."""
    apps: list[App] = []

    async def make(root: Path, db: Path | None = None, setup=None, **config) -> App:
        app = App(Config(**{"content_dir": root, "database_path": db or tmp_path / "bot.sqlite3", **config}))
        if setup:
            setup(app)
        await app.start()
        apps.append(app)
        return app

    yield make
    for app in apps:
        await app.stop()


@pytest.fixture
async def make_harness(tmp_path: Path) -> AsyncIterator[Callable[..., Awaitable[Harness]]]:
    """``h = await make_harness(**Harness kwargs)``: a started harness, closed after the test.
    Several harnesses in one test get separate folders (and databases)."""
    started: list[Harness] = []

    async def make(**kwargs: Any) -> Harness:
        folder = tmp_path / f"harness{len(started)}"
        folder.mkdir()
        harness = Harness(folder, **kwargs)
        await harness.start()
        started.append(harness)
        return harness

    yield make
    for harness in reversed(started):
        await harness.close()


@pytest.fixture
async def harness(make_harness: Callable[..., Awaitable[Harness]]) -> Harness:
    """The bot with the shipped content, polling a fresh fake Bot API server."""
    return await make_harness()


MAIN = """
flow: main
start: welcome
menu: menu
steps:
  - id: welcome
    say: welcome
    next: menu
  - id: menu
    ask: menu
    options:
      - value: quiz
        label: go-quiz
        next: quiz
      - value: info
        label: go-info
        next: info
  - id: quiz
    call: quiz
    next: menu
  - id: info
    say: info
    next: menu
"""

QUIZ = """
flow: quiz
start: ask_color
steps:
  - id: ask_color
    ask: color
    save: color
    why: color-why
    options:
      - value: red
        label: red
      - value: blue
        label: blue
    next: ask_age
  - id: ask_age
    ask: age
    input: number
    min: 0
    max: 120
    save: age
    invalid: age-invalid
    next: ask_mail
  - id: ask_mail
    ask: mail
    input: email
    save: mail
    invalid: mail-invalid
    skip: skip
    next: decide
  - id: decide
    branch:
      - if: color == red and age >= 18
        next: adult_red
      - if: mail is set
        next: has_mail
    else: other
  - id: adult_red
    set: {result: adult_red}
    next: bye
  - id: has_mail
    set: {result: has_mail}
    next: bye
  - id: other
    set: {result: other}
    next: bye
  - id: bye
    end: bye
"""

MESSAGES = {
    "welcome": "Welcome", "menu": "Menu?", "go-quiz": "Quiz", "go-info": "Info", "info": "Some info",
    "color": "Color?", "color-why": "We ask because.", "red": "Red", "blue": "Blue", "age": "Age?",
    "age-invalid": "Not an age", "mail": "Mail?", "mail-invalid": "Not a mail", "skip": "Skip",
    "bye": "Bye { $result }",
}


@pytest.fixture
def quiz_content(content):
    return content({"main": MAIN, "quiz": QUIZ}, MESSAGES)
