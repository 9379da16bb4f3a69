"""End-to-end harness: the REAL bot (App + features + the python-telegram-bot Application built by
bot.tg, exactly as in production) polling a fake Bot API server on 127.0.0.1.

Typical test::

    async def test_german_user_sees_the_menu(make_harness):
        h = await make_harness()                       # or: async with Harness(tmp_path) as h:
        amina = h.user(1001, language_code="de")
        replies = await amina.command("/start")        # waits until the bot has handled it
        assert "Willkommen" in replies.text
        replies = await amina.press("Kann ich mitmachen")   # a button of the newest keyboard
        assert replies.last.buttons

API (stable; other tests and the benchmark build on it):

``Harness(tmp_path, *, content_dir=REPO, admin_ids=(), config={}, setup=None, webhook=False,
rate_limiter=True, timeout=5.0, features=True)``
    ``content_dir``: folder with flows/ and locales/ (custom folders need locales/*/telegram.ftl:
    ``add_channel_texts(root)`` copies them); ``config``: extra :class:`bot.config.Config` fields
    (e.g. ``{"mentors_file": path}``); ``setup(app)``: called after the features registered and
    before content loads (add actions, installers...); ``webhook=True``: updates arrive by webhook
    POSTs (secret token ``h.webhook_secret``) instead of long polling; ``rate_limiter``: as
    :func:`bot.tg.application.build_application`; ``features=False``: none of bot.features
    (tests of the channel alone, on content that needs no feature).
``h.user(user_id, language_code="de", first_name="Amina")`` -> :class:`User`
    ``await u.send("text")``, ``await u.command("/start 14612_ar")``, ``await u.press("label")``
    (exact label or unique substring on the newest keyboard; ``message=`` for an older one),
    ``await u.press_data("forged", message=None)``, ``await u.send_photo()``, ``send_voice()``,
    ``send_sticker()``, ``send_document()``, ``send_location()``, ``send_contact(...)``,
    ``await u.edit_last("new text")``. Each returns :class:`Replies`: the bot's NEW messages to
    that chat, once the bot has finished handling the update. ``u.messages`` (all, edits applied),
    ``u.last``, ``u.callback_answers``.
``h.group(chat_id, title=...)`` -> :class:`Group`: ``g.messages``, ``g.member(user_id)``,
    ``await g.send(user_id, "text")``, ``await g.press(user_id, "label", message=None)``,
    ``await g.wait_for(lambda m: ..., timeout=5)`` (a message that arrives later, e.g. from an outbox).
``await h.press_in(chat_id, from_user_id, "label")``: a member presses a button in a group.
``h.calls("sendMessage")``: recorded requests; ``h.server``: the :class:`FakeBotApi` (outages:
    ``h.server.fail("sendMessage", times=1, status=429, retry_after=1)``, ``down()``/``up()``).
``h.app`` (the App), ``h.application`` (PTB), ``await h.restart()`` (stop the Application and the
    App, start new ones on the same database), ``await h.settle()`` (wait for every queued update).

The people (:class:`User`, :class:`Group`, :class:`Replies`) live in :mod:`bot.testing.actors`; starting and
stopping the Application inside a running loop in :mod:`bot.testing.lifecycle`. This module wires them to a
fake server and the real bot.

The repository's tests get it through the pytest fixtures ``make_harness`` (factory, closed after the
test) and ``harness`` (defaults) in tests/conftest.py; this module itself needs no pytest.
"""

from __future__ import annotations

import asyncio
import shutil
import time
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from telegram import Update
from telegram.ext import Application

from bot.app import App
from bot.config import Config
from bot.features import prepare_app
from bot.i18n import LANGUAGES
from bot.testing.actors import Group, Replies, User
from bot.testing.lifecycle import start_application, stop_application
from bot.testing.records import ApiRequest, SentMessage
from bot.testing.server import FakeBotApi
from bot.testing.signal import Signal
from bot.testing.updates import JsonDict
from bot.tg.application import build_application

REPO = Path(__file__).resolve().parent.parent.parent
USER_KEY_SECRET = "harness-user-key-secret"
WEBHOOK_SECRET = "harness-webhook-secret"


def copy_repo_content(target: Path) -> Path:
    """A private copy of the shipped flows/ and locales/ (to break or edit in a test)."""
    for folder in ("flows", "locales"):
        shutil.copytree(REPO / folder, target / folder, dirs_exist_ok=True)
    return target


def add_channel_texts(root: Path) -> Path:
    """Copy the Telegram channel's texts (locales/*/telegram.ftl) into a custom content folder."""
    for lang in LANGUAGES:
        (root / "locales" / lang).mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "locales" / lang / "telegram.ftl", root / "locales" / lang / "telegram.ftl")
    return root


class Harness:
    def __init__(self, tmp_path: Path, *, content_dir: Path = REPO, admin_ids: tuple[int, ...] | set[int] = (),
                 config: dict[str, Any] | None = None, setup: Callable[[App], None] | None = None,
                 webhook: bool = False, rate_limiter: Any = True, timeout: float = 5.0, features: bool = True) -> None:
        self.tmp_path = Path(tmp_path)
        self.content_dir = Path(content_dir)
        self.admin_ids = frozenset(admin_ids)
        self.config_overrides = dict(config or {})
        self.setup = setup
        self.webhook = webhook
        self.webhook_secret = WEBHOOK_SECRET
        self.rate_limiter = rate_limiter
        self.timeout = timeout
        self.features = features
        self.server = FakeBotApi()
        self.app: App | None = None
        self.application: Application | None = None
        self._handled: set[int] = set()
        self._handled_signal = Signal()
        self._users: dict[int, User] = {}
        self._groups: dict[int, Group] = {}

    # ---- lifecycle ----------------------------------------------------------------------------------

    async def start(self) -> Harness:
        await self.server.start()
        try:
            await self.start_bot()
        except BaseException:
            await self.server.close()
            raise
        return self

    async def close(self) -> None:
        try:
            await self.stop_bot()
        finally:
            await self.server.close()

    async def __aenter__(self) -> Harness:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def config(self) -> Config:
        base = Config(telegram_bot_token=self.server.token, telegram_base_url=self.server.base_url,
                      database_path=self.tmp_path / "bot.sqlite3", content_dir=self.content_dir,
                      admin_ids=self.admin_ids, user_key_secret=USER_KEY_SECRET, log_level="WARNING")
        return replace(base, **self.config_overrides)

    async def start_bot(self) -> None:
        """Build and start App + Application the way ``python -m bot run`` does (run_polling's order)."""
        app = prepare_app(self.config, features=self.features)
        if self.setup is not None:
            self.setup(app)
        application = build_application(app, rate_limiter=self.rate_limiter, observer=self._on_handled)
        self.app, self.application = app, application
        await start_application(application, webhook_secret=self.webhook_secret if self.webhook else None)

    async def stop_bot(self) -> None:
        application, self.application = self.application, None
        if application is not None:
            await stop_application(application)

    async def restart(self) -> None:
        """Stop the Application (and close the App), then start fresh ones on the same database."""
        await self.stop_bot()
        await self.start_bot()

    # ---- waiting ------------------------------------------------------------------------------------

    def _on_handled(self, update: object) -> None:
        if isinstance(update, Update):
            self._handled.add(update.update_id)
            self._handled_signal.notify()

    async def handled(self, update: JsonDict) -> None:
        """Wait until the bot has completely handled ``update`` (handlers, replies, error handler)."""
        deadline = time.monotonic() + self.timeout
        while update["update_id"] not in self._handled:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"the bot did not handle update {update['update_id']} within {self.timeout} s")
            await self._handled_signal.wait(remaining)
        await asyncio.sleep(0)

    async def settle(self) -> None:
        """Wait until every queued update is handled and the bot stopped calling the API."""
        deadline = time.monotonic() + self.timeout
        while self.server.queue.pending or self.server.in_flight:
            if time.monotonic() > deadline:
                raise TimeoutError("the bot did not settle")
            await asyncio.sleep(0.01)
        await self.server.idle(timeout=self.timeout)

    # ---- people -------------------------------------------------------------------------------------

    def user(self, user_id: int = 1001, language_code: str | None = "de", first_name: str = "Amina",
             **kwargs: Any) -> User:
        if user_id not in self._users:
            self._users[user_id] = User(self, self.server.user(user_id, language_code=language_code,
                                                              first_name=first_name, **kwargs))
        return self._users[user_id]

    def group(self, chat_id: int = -1001234567890, title: str = "Mentoren") -> Group:
        if chat_id not in self._groups:
            self._groups[chat_id] = Group(self, self.server.group(chat_id, title))
        return self._groups[chat_id]

    async def press_in(self, chat_id: int, from_user_id: int, label: str,
                       message: SentMessage | None = None) -> Replies:
        return await self.group(chat_id).press(from_user_id, label, message)

    def calls(self, method: str | None = None) -> list[ApiRequest]:
        return self.server.calls(method)
