"""The channel's own texts (locales/*/telegram.ftl), checked in every language like flow texts.

Registered as a content loader, so ``python -m bot validate`` and ``/reload`` refuse content in which
one of them is missing. Imports nothing from telegram: the validator uses it too.
"""

from __future__ import annotations

from pathlib import Path

from bot.app import Loaded
from bot.i18n import Locales

#: commands shown in Telegram's command menu, in this order; descriptions are tg-cmd-<name>
MENU_COMMANDS = ("start", "menu", "back", "language", "help", "human", "restart", "mydata", "delete")

MESSAGE_IDS = (
    *(f"tg-cmd-{name}" for name in MENU_COMMANDS),
    "tg-edited", "tg-group-private", "tg-admin-only", "tg-reload-ok", "tg-reload-failed",
    "error-general",            # engine.ftl; shown by the channel's error handler
)


def load_channel_texts(root: Path, locales: Locales) -> Loaded:
    return Loaded(None, [], {mid: ("bot/tg/texts.py", 1) for mid in MESSAGE_IDS})


def register(app) -> None:
    """Make the channel's texts part of the validated content, and list /reload for admins."""
    app.content_loaders["telegram"] = load_channel_texts
    app.admin_commands.setdefault("/reload", "Abläufe und Texte prüfen und neu laden")
