"""What a fake Bot API method is, ``(server, params) -> result``, and the table that finds one by name.

Its own module so that each group of methods (``methods_*.py``) fills its own table without importing the
others; :mod:`bot.testing.methods` joins them into the one table the server serves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Awaitable, Callable

from bot.testing.protocol import Params

if TYPE_CHECKING:    # the server imports the methods
    from bot.testing.server import FakeBotApi

Method = Callable[["FakeBotApi", Params], Awaitable[Any]]


class MethodTable(dict[str, Method]):
    """Methods by lower-cased name: Telegram reads method names case-insensitively."""

    def method(self, *names: str) -> Callable[[Method], Method]:
        """Decorator: ``@METHODS.method("logOut", "close")`` serves the function under each name."""
        def register(fn: Method) -> Method:
            for name in names:
                self[name.lower()] = fn
            return fn
        return register
