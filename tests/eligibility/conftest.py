"""One app over the shipped content for all eligibility tests that need it: starting one takes a few seconds."""

from __future__ import annotations

import pytest_asyncio

from bot.app import App
from bot.config import Config
from bot.features import register
from tests.conftest import REPO


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def shipped_app(tmp_path_factory):
    app = App(Config(content_dir=REPO, database_path=tmp_path_factory.mktemp("eligibility") / "bot.sqlite3"))
    register(app)
    async with app:
        yield app
