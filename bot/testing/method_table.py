"""What a fake Bot API method is, ``(server, params) -> result``, and the table that finds one by name.

Its own module so that each group of methods (``methods_*.py``) fills its own table without importing the
others; :mod:`bot.testing.methods` joins them into the one table the server serves. The methods see the
server through :class:`ServerState`, so they need not import the server that imports them.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Protocol

from bot.testing.chats import ChatStore
from bot.testing.delivery import UpdateQueue
from bot.testing.protocol import Params
from bot.testing.records import CallbackAnswer, SentMessage
from bot.testing.updates import JsonDict


class ServerState(Protocol):
    """What the methods read and change: :class:`~bot.testing.server.FakeBotApi` is the one implementation."""

    bot_user: JsonDict
    chats: ChatStore
    users: dict[int, JsonDict]
    queue: UpdateQueue
    callback_answers: list[CallbackAnswer]
    reactions: dict[tuple[int, int], list[str]]     # (chat id, message id) -> the bot's reaction
    open_queries: dict[str, str]                     # callback query id -> data, until answered
    commands: dict[tuple[str, str], list[JsonDict]]  # (scope JSON, language) -> commands

    def bot_message_sent(self, message: SentMessage | None) -> None:
        """Called whenever the bot changed what users see."""


Method = Callable[[ServerState, Params], Awaitable[Any]]


class MethodTable(dict[str, Method]):
    """Methods by lower-cased name: Telegram reads method names case-insensitively."""

    def method(self, *names: str) -> Callable[[Method], Method]:
        """Decorator: ``@METHODS.method("logOut", "close")`` serves the function under each name."""
        def register(fn: Method) -> Method:
            for name in names:
                self[name.lower()] = fn
            return fn
        return register
