"""The real bot as a separate process (``python -m bot run``) against a fake Bot API server in the test
process — for tests that kill it (SIGKILL, as an OOM kill or a power cut would) and start it again::

    async with ProcessBotApi() as server:
        bot = BotProcess(server, tmp_path, mentors_file=path)
        await bot.start()               # returns once the new process polls for updates
        amina = server.user(1001, language_code="de")
        amina.text("/start")
        await bot.kill()                # SIGKILL: no clean-up, nothing flushed, no goodbye
        await bot.start()               # same database and settings; unconfirmed updates come again
        await bot.stop()                # SIGTERM: the operator's clean way out

:class:`ProcessBotApi` is a :class:`~bot.testing.server.FakeBotApi` that also

- counts the requests that change what people see (``visible``), notes when each new message was stored
  (``stored``: ``(time.monotonic(), SentMessage)``), so a test can relate messages to kills, and how often
  each update was handed out (``deliveries``: more than once when the bot died before confirming it);
- holds or refuses chosen requests (``hold(...)``, ``refuse(...)``), like a slow or overloaded Telegram.
  A held request whose sender died meanwhile is dropped: it was still on its way and never reached
  Telegram.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import os
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from aiohttp import web

from bot.testing.harness import REPO
from bot.testing.protocol import ApiError, Params
from bot.testing.records import SentMessage
from bot.testing.server import FakeBotApi

#: settings `python -m bot run` reads; the test's own environment must not leak into the bot
BOT_SETTINGS = (
    "TELEGRAM_BOT_TOKEN", "TELEGRAM_BASE_URL", "DATABASE_PATH", "CONTENT_DIR", "ADMIN_IDS", "WEBHOOK_URL",
    "WEBHOOK_LISTEN", "WEBHOOK_PORT", "WEBHOOK_SECRET", "USER_KEY_SECRET", "MENTORS_FILE", "COORDINATION_CHAT_ID",
    "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_FROM", "SMTP_STARTTLS", "ESCALATE_AFTER_HOURS",
    "RETENTION_DAYS_NO_REFERRAL", "RETENTION_DAYS_CLOSED_REFERRAL", "LOG_LEVEL",
)
#: methods whose success changes what a person sees in a chat
VISIBLE = frozenset({"sendmessage", "senddocument", "sendphoto", "editmessagetext", "editmessagecaption",
                     "editmessagereplymarkup", "deletemessage", "answercallbackquery"})

RequestFilter = Callable[[str, Params], bool]       # (lower-case method, parameters) -> applies?
_REQUEST: contextvars.ContextVar[web.Request] = contextvars.ContextVar("request")


def to_group(method: str, params: Params) -> bool:
    """Filter: a sendMessage into a group (a mentor project's chat)."""
    return method == "sendmessage" and str(params.values.get("chat_id", "")).startswith("-")


def confirming(server: FakeBotApi) -> RequestFilter:
    """Filter: a getUpdates whose offset confirms updates the bot has received (they are still queued)."""
    def applies(method: str, params: Params) -> bool:
        offset = params.integer("offset") or 0
        return method == "getupdates" and any(0 < u["update_id"] < offset for u in server.queue.pending)
    return applies


@dataclass
class Interference:
    """Hold for ``seconds``, or refuse with "429 retry after ``retry_after``", the ``nth`` matching request
    (and the ones after it, ``times`` in all)."""

    applies: RequestFilter
    nth: int = 1
    times: int = 1
    seconds: float = 0.0
    retry_after: int | None = None
    seen: int = 0
    hits: list[float] = field(default_factory=list)          # time.monotonic() of each interference

    def takes(self, method: str, params: Params) -> bool:
        if len(self.hits) >= self.times or not self.applies(method, params):
            return False
        self.seen += 1
        return self.seen >= self.nth


class ProcessBotApi(FakeBotApi):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.visible = 0
        self.held = 0                                      # requests being held right now
        self.stored: list[tuple[float, SentMessage]] = []  # new messages, in the order Telegram took them
        self.interferences: list[Interference] = []
        self.deliveries: Counter[int] = Counter()         # update_id -> how often getUpdates returned it
        self._known: set[int] = set()

    def hold(self, applies: RequestFilter, seconds: float, *, nth: int = 1, times: int = 1) -> Interference:
        """The ``nth`` matching request waits ``seconds`` before Telegram handles it (a slow network)."""
        rule = Interference(applies, nth, times, seconds=seconds)
        self.interferences.append(rule)
        return rule

    def refuse(self, applies: RequestFilter, *, retry_after: int = 1, nth: int = 1, times: int = 1) -> Interference:
        """The ``nth`` matching request meets Telegram's flood control: "429 retry after ``retry_after``"."""
        rule = Interference(applies, nth, times, retry_after=retry_after)
        self.interferences.append(rule)
        return rule

    def bot_message_sent(self, message: SentMessage | None) -> None:
        if message is not None and id(message) not in self._known:      # new, not an edit or deletion
            self._known.add(id(message))
            self.stored.append((time.monotonic(), message))
        super().bot_message_sent(message)

    async def _handle(self, request: web.Request) -> web.Response:
        token = _REQUEST.set(request)          # each request is handled in its own task
        try:
            response = await super()._handle(request)
        finally:
            _REQUEST.reset(token)
        if response.status == 200 and request.match_info["method"].lower() in VISIBLE:
            self.visible += 1
        return response

    async def _answer(self, name: str, params: Params) -> tuple[web.Response, str | None]:
        method = name.lower()
        rule = next((r for r in self.interferences if r.takes(method, params)), None)
        if rule is not None:
            rule.hits.append(time.monotonic())
            if rule.retry_after is not None:
                error = ApiError(429, f"Too Many Requests: retry after {rule.retry_after}", retry_after=rule.retry_after)
                return error.response(), "simulated flood control"
            self.held += 1
            try:
                await asyncio.sleep(rule.seconds)
            finally:
                self.held -= 1
            request = _REQUEST.get()
            if request.transport is None or request.transport.is_closing():
                return web.Response(status=499), "the sender is gone: it never reached Telegram"
        response, description = await super()._answer(name, params)
        if method == "getupdates" and response.status == 200:
            self.deliveries.update(u["update_id"] for u in json.loads(response.text)["result"])
        return response, description


class BotProcess:
    """``python -m bot run`` in its own process, started again after every kill on the same database.

    Its log (stderr) goes to ``<workdir>/bot-<n>.log`` per start; ``generation`` counts the starts;
    ``ready_at`` is when the current process began to poll (``time.monotonic()``), None while starting.
    """

    def __init__(self, server: FakeBotApi, workdir: Path, *, database: Path | None = None,
                 content_dir: Path = REPO, user_key_secret: str = "subprocess-bot-user-key-secret",
                 mentors_file: Path | None = None, log_level: str = "WARNING",
                 env: dict[str, str] | None = None) -> None:
        self.server = server
        self.workdir = Path(workdir)
        self.database = database or self.workdir / "bot.sqlite3"
        self.settings = {
            "TELEGRAM_BOT_TOKEN": server.token, "TELEGRAM_BASE_URL": server.base_url,
            "DATABASE_PATH": str(self.database), "CONTENT_DIR": str(content_dir),
            "USER_KEY_SECRET": user_key_secret, "LOG_LEVEL": log_level, **(env or {}),
        }
        if mentors_file is not None:
            self.settings["MENTORS_FILE"] = str(mentors_file)
        self.user_key_secret = user_key_secret
        self.process: asyncio.subprocess.Process | None = None
        self.generation = 0
        self.ready_at: float | None = None
        self.started_at: list[float] = []                # time.monotonic() of each spawn
        self.kills: list[float] = []                     # time.monotonic() of each SIGKILL
        self.startup_seconds: list[float] = []           # spawn -> polling, per start

    def environment(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in BOT_SETTINGS}
        env.update(self.settings)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
        return env

    def log_path(self, generation: int | None = None) -> Path:
        return self.workdir / f"bot-{generation or self.generation}.log"

    def logs(self) -> str:
        return "".join(self.log_path(n).read_text(encoding="utf-8", errors="replace")
                       for n in range(1, self.generation + 1) if self.log_path(n).exists())

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.returncode is None

    async def start(self, timeout: float = 60.0) -> None:
        """Spawn the bot (cwd = workdir, so no .env of the repository is read) and wait until it polls."""
        if self.running:
            raise RuntimeError("the bot process is still running")
        self.generation += 1
        self.ready_at = None
        polls_before = len(self.server.calls("deleteWebhook"))
        spawned = time.monotonic()
        self.started_at.append(spawned)
        with open(self.log_path(), "wb") as log:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=self.workdir, env=self.environment(),
                stdin=asyncio.subprocess.DEVNULL, stdout=log, stderr=log)
        # PTB deletes any webhook right before its first getUpdates: from then on updates flow.
        try:
            await self.server.wait_for(
                lambda: len(self.server.calls("deleteWebhook")) > polls_before or not self.running, timeout)
        except TimeoutError:
            await self.kill()
            raise RuntimeError(f"the bot did not start polling within {timeout} s:\n{self.log_tail()}") from None
        if not self.running:
            raise RuntimeError(f"the bot exited with {self.process.returncode} while starting:\n{self.log_tail()}")
        self.ready_at = time.monotonic()
        self.startup_seconds.append(self.ready_at - spawned)

    async def kill(self) -> None:
        """SIGKILL, and wait until the process is gone."""
        if self.process is None:
            return
        self.ready_at = None
        if self.process.returncode is None:
            self.kills.append(time.monotonic())
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self, timeout: float = 20.0) -> int:
        """SIGTERM (PTB stops polling and closes the database); returns the exit code."""
        if self.process is None:
            return 0
        self.ready_at = None
        if self.process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), timeout)
            except TimeoutError:
                await self.kill()
        return self.process.returncode

    def log_tail(self, lines: int = 30) -> str:
        path = self.log_path()
        text = path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])
