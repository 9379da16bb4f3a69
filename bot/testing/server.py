"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests and benchmarks.

It speaks the real HTTP protocol under ``/bot<token>/<method>`` (and serves files under
``/file/bot<token>/<path>``), so a real python-telegram-bot ``Application`` talks to it unchanged::

    async with FakeBotApi() as server:
        application = Application.builder().token(server.token).base_url(server.base_url)...
        amina = server.user(1001, language_code="de")
        amina.text("Hallo")                      # queue an update; getUpdates returns it
        await server.wait_for(lambda: server.messages(1001))
        server.messages(1001)[-1].plain          # what Amina reads

What it offers tests:

- ``user(id, ...)`` / ``group(id, ...)``: simulated people and chats that queue updates
  (:mod:`bot.testing.people`): texts, commands, button presses, photos, voice, stickers, ...
- ``messages(chat_id)``: every message the bot sent there (:class:`~bot.testing.records.SentMessage`,
  edits applied), ``callback_answers``, ``commands`` (setMyCommands per scope and language),
  ``calls(method)``: every request with its answer status.
- ``fail(method, times=n, status=502 | 429, retry_after=s)``: the next ``n`` calls fail like
  Telegram does when overloaded or down; ``down()`` / ``up()``: a whole outage.
- ``latency``: seconds every call but ``getUpdates`` takes, like the round trip to Telegram's servers.
- ``wait_for(predicate)``: wait until the bot did something (sent, edited, answered).
- Webhooks: ``setWebhook`` makes it POST updates to the bot; ``queue.post_to_webhook`` forges one.

Every text the bot sends is parsed like Telegram does (HTML, MarkdownV2): broken markup is a
``400 Bad Request: can't parse entities``, exactly as in production.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass
from typing import Any, AsyncIterator, Callable

from aiohttp import web

from bot.testing.chats import ChatStore
from bot.testing.delivery import Unavailable, UpdateQueue
from bot.testing.methods import METHODS
from bot.testing.people import FakeGroup, FakeUser
from bot.testing.protocol import ApiError, Params, gateway_error, ok_response
from bot.testing.records import ApiRequest, CallbackAnswer, SentMessage
from bot.testing.signal import Signal
from bot.testing.updates import JsonDict, make_user

#: a syntactically valid token; any token works as long as the bot uses the server's
TEST_TOKEN = "123456789:AAFakeTokenForTestsOnly_0123456789ab"


@dataclass
class _Failure:
    method: str                 # lower-case method name or "*"
    times: int
    status: int
    retry_after: int | None
    description: str | None

    def response(self) -> web.Response:
        if self.status == 429:
            retry = self.retry_after if self.retry_after is not None else 1
            return ApiError(429, f"Too Many Requests: retry after {retry}", retry_after=retry).response()
        if self.status >= 500:
            return gateway_error(self.status)
        return ApiError(self.status, self.description or "Bad Request: simulated failure").response()


class FakeBotApi:
    def __init__(self, token: str = TEST_TOKEN, *, username: str = "amm_test_bot", first_name: str = "AMM Test Bot",
                 record_requests: bool = True) -> None:
        self.token = token
        self.bot_user: JsonDict = {
            **make_user(int(token.split(":")[0]), first_name, username=username, is_bot=True),
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False,
            "can_connect_to_business": False, "has_main_web_app": False,
        }
        self.chats = ChatStore()
        self.users: dict[int, JsonDict] = {}
        self.queue = UpdateQueue()
        self.requests: list[ApiRequest] = []
        self.callback_answers: list[CallbackAnswer] = []
        self.reactions: dict[tuple[int, int], list[str]] = {}   # (chat id, message id) -> the bot's reaction
        self.open_queries: dict[str, str] = {}          # callback query id -> data, until answered
        self.commands: dict[tuple[str, str], list[JsonDict]] = {}   # (scope JSON, language) -> commands
        self.record_requests = record_requests
        self.in_flight = 0                               # requests being handled, getUpdates excluded
        self.latency = 0.0                               # seconds each request but getUpdates takes
        self._failures: list[_Failure] = []
        self._down = False
        self._changed = Signal()
        self.activity = 0                                # counts requests and visible changes
        self._runner: web.AppRunner | None = None
        self.port = 0

    # ---- lifecycle ----------------------------------------------------------------------------------

    async def start(self) -> FakeBotApi:
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_route("GET", "/file/bot{token}/{path:.+}", self._file)
        self._runner = web.AppRunner(app, access_log=None, handler_cancellation=True, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def close(self) -> None:
        await self.queue.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeBotApi:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def base_url(self) -> str:
        """What to give PTB's ``base_url`` (the token is appended by PTB)."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ---- test side: people, updates, what the bot did ---------------------------------------------------

    def user(self, user_id: int, *, language_code: str | None = "de", first_name: str = "Amina",
             last_name: str | None = None, username: str | None = None) -> FakeUser:
        """A simulated Telegram user (see :class:`bot.testing.people.FakeUser`)."""
        user = make_user(user_id, first_name, last_name=last_name, username=username, language_code=language_code)
        self.users[user_id] = user
        return FakeUser(self, user)

    def group(self, chat_id: int, title: str = "Mentoren", *, kind: str = "supergroup") -> FakeGroup:
        """A group chat with the bot in it (see :class:`bot.testing.people.FakeGroup`)."""
        return FakeGroup(self, chat_id, title, kind)

    def push(self, update: JsonDict) -> JsonDict:
        """Queue an update for the bot; returns it with its ``update_id``."""
        queued = self.queue.push(update)
        if queued is None:
            raise AssertionError(f"the bot's allowed_updates filter out {sorted(set(update) - {'update_id'})}")
        return queued

    def messages(self, chat_id: int) -> list[SentMessage]:
        """Every message the bot sent to ``chat_id``, oldest first (deleted ones included, flagged)."""
        chat = self.chats.get(chat_id)
        return list(chat.messages) if chat else []

    def calls(self, method: str | None = None) -> list[ApiRequest]:
        """Recorded requests, optionally of one method (case-insensitive)."""
        if method is None:
            return list(self.requests)
        return [r for r in self.requests if r.method.lower() == method.lower()]

    def bot_commands(self, language_code: str = "", scope: JsonDict | None = None) -> list[tuple[str, str]]:
        """The command menu set for a language (``""`` = default) as ``[(command, description)]``."""
        key = (json.dumps(scope or {"type": "default"}, sort_keys=True), language_code)
        return [(c["command"], c["description"]) for c in self.commands.get(key, [])]

    def block(self, user_id: int, blocked: bool = True) -> None:
        """The user blocked the bot: sending to them is a 403 from now on."""
        chat = self.chats.get(user_id)
        if chat is None:
            raise AssertionError(f"user {user_id} has no chat with the bot yet")
        chat.blocked = blocked

    # ---- outages ------------------------------------------------------------------------------------

    def fail(self, method: str = "*", times: int = 1, status: int = 502, *, retry_after: int | None = None,
             description: str | None = None) -> None:
        """The next ``times`` calls of ``method`` (``"*"``: any, getUpdates included) fail.

        ``status`` 429 is Telegram's flood control ("retry after ``retry_after``" seconds); 5xx is
        nginx's HTML error page as when the Bot API is down; other 4xx use ``description``.
        """
        self._failures.append(_Failure(method.lower(), times, status, retry_after, description))

    def down(self) -> None:
        """Telegram is unreachable: every request answers 502 and no update is delivered."""
        self._down = True
        self.queue.paused = True

    def up(self) -> None:
        self._down = False
        self.queue.paused = False

    def _take_failure(self, method: str) -> _Failure | None:
        for failure in self._failures:
            if failure.method in ("*", method.lower()):
                failure.times -= 1
                if failure.times <= 0:
                    self._failures.remove(failure)
                return failure
        return None

    # ---- waiting ------------------------------------------------------------------------------------

    def bot_message_sent(self, message: SentMessage | None) -> None:
        """Called by the methods whenever the bot changed what users see."""
        self.activity += 1
        self._changed.notify()

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 5.0) -> Any:
        """Wait until ``predicate()`` is truthy (re-checked after every bot action); return its value."""
        deadline = time.monotonic() + timeout
        while not (value := predicate()):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"the bot did not do what the test waited for within {timeout} s")
            await self._changed.wait(min(remaining, 0.05))
        return value

    async def idle(self, quiet: float = 0.02, timeout: float = 5.0) -> None:
        """Wait until no request is being handled and none came for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        last = self.activity
        while time.monotonic() < deadline:
            await asyncio.sleep(quiet)
            if self.in_flight == 0 and self.activity == last:
                return
            last = self.activity
        raise TimeoutError(f"the bot kept calling the Bot API for {timeout} s")

    # ---- HTTP ---------------------------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        name = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return ApiError(401, "Unauthorized").response()
        polling = name.lower() == "getupdates"
        if not polling:
            self.in_flight += 1
        params: Params | None = None
        try:
            params = await Params.read(request)
            if self.latency and not polling:
                await asyncio.sleep(self.latency)
            response, description = await self._answer(name, params)
        except ApiError as exc:
            response, description = exc.response(), exc.description
        finally:
            if not polling:
                self.in_flight -= 1
        self.activity += 1
        if self.record_requests:
            files = {k: f.filename for k, f in params.files.items()} if params else {}
            self.requests.append(ApiRequest(name, params.loggable() if params else {}, files, response.status,
                                            description))
            self._changed.notify()
        return response

    async def _answer(self, name: str, params: Params) -> tuple[web.Response, str | None]:
        if self._down:
            return gateway_error(502), "down"
        failure = self._take_failure(name)
        if failure is not None:
            return failure.response(), f"simulated {failure.status}"
        implementation = METHODS.get(name.lower())
        if implementation is None:
            return ApiError(404, "Not Found").response(), "Not Found"
        try:
            result = await implementation(self, params)
        except ApiError as exc:
            return exc.response(), exc.description
        except Unavailable:
            return gateway_error(502), "down"
        return ok_response(result), None

    async def _file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return ApiError(401, "Unauthorized").response()
        path = request.match_info["path"]
        stored = next((f for f in self.chats.files.values() if f.path == path), None)
        if stored is None:
            return ApiError(404, "Not Found").response()
        return web.Response(body=stored.data, content_type="application/octet-stream")


@contextlib.asynccontextmanager
async def fake_bot_api(**kwargs: Any) -> AsyncIterator[FakeBotApi]:
    """``async with fake_bot_api() as server:`` — a started :class:`FakeBotApi`, closed afterwards."""
    server = FakeBotApi(**kwargs)
    await server.start()
    try:
        yield server
    finally:
        await server.close()
