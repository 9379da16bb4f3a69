"""The Bot API methods the fake implements, by name: one small function each, ``(server, params) -> result``.

Every check Telegram makes that our bot could trip over is made too (unknown chat, blocked user, bad markup,
message not modified, an already answered callback query, ...), with Telegram's error descriptions, so a test
fails where production would. The methods live in groups by what they do to a chat:

- :mod:`~bot.testing.methods_updates`: getMe, getUpdates, webhooks (the bot's session)
- :mod:`~bot.testing.methods_sending`: sendMessage, files, reactions, chat actions (something new in a chat)
- :mod:`~bot.testing.methods_editing`: edits, deleteMessage, answerCallbackQuery (changing what a chat shows)
- :mod:`~bot.testing.methods_menu`: the command menu and the bot's name and descriptions
- :mod:`~bot.testing.methods_lookup`: getChat, getChatMember, getFile

This module joins them into :data:`METHODS`, the one table the server serves (tests may patch an entry).
"""

from __future__ import annotations

from bot.testing import methods_editing, methods_lookup, methods_menu, methods_sending, methods_updates
from bot.testing.method_table import Method, MethodTable


def _join(*tables: MethodTable) -> dict[str, Method]:
    joined: dict[str, Method] = {}
    for table in tables:
        twice = joined.keys() & table.keys()
        if twice:
            raise ValueError(f"Bot API method(s) implemented twice: {sorted(twice)}")
        joined.update(table)
    return joined


METHODS = _join(methods_updates.METHODS, methods_sending.METHODS, methods_editing.METHODS, methods_menu.METHODS,
                methods_lookup.METHODS)
