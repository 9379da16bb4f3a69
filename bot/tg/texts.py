"""The channel's own texts (locales/*/telegram.ftl), checked in every language like flow texts.

A part of the content (:class:`ChannelTexts`), so ``python -m bot validate`` and ``/reload`` refuse content in
which one of them is missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from bot.content import ContentKey, FeatureContent, Loaded
from bot.engine.flows import FlowCatalog
from bot.engine.loader import load_flows
from bot.feature import Feature
from bot.i18n import Locales

#: the engine's own commands in Telegram's command menu, in this order; descriptions are tg-cmd-<name>.
#: The commands flows declare (``command: mydata``) follow, in alphabetical order.
MENU_COMMANDS = ("start", "menu", "back", "language", "help", "human", "restart")

MESSAGE_IDS = (
    *(f"tg-cmd-{name}" for name in MENU_COMMANDS),
    "tg-edited", "tg-group-private", "tg-admin-only", "tg-reload-ok", "tg-reload-warnings", "tg-reload-warnings-more",
    "tg-reload-failed", "tg-too-many",
    "error-general",            # engine.ftl; shown by the channel's error handler
)


def menu_commands(flows: FlowCatalog) -> list[str]:
    """The command menu: the engine's commands, then every flow's ``command:``."""
    declared = sorted(f.command for f in flows.flows.values() if f.command and f.command not in MENU_COMMANDS)
    return [*MENU_COMMANDS, *declared]


#: the channel's part of the content holds nothing but the message ids it checks
TEXTS: ContentKey[None] = ContentKey("telegram")


def load_channel_texts(root: Path, locales: Locales) -> Loaded[None]:
    """The channel's texts, and a menu description (tg-cmd-<word>) for every flow's ``command:``, which
    is missing from the menu otherwise; the error points at the flow. (Flow files are parsed once per
    process: this reads the same parsed files as the flow loader.)"""
    ids = {mid: ("bot/tg/texts.py", 1) for mid in MESSAGE_IDS}
    flows, _ = load_flows(root / "flows", display_root=root)      # its problems are the flow loader's
    for flow in flows.flows.values():
        if flow.command:
            ids.setdefault(f"tg-cmd-{flow.command}", (flow.origin.file, flow.origin.line))
    return Loaded(None, [], ids)


class ChannelTexts(Feature):
    """The channel's texts as part of the validated content, and /reload for admins."""

    name = "telegram"

    def content_part(self) -> FeatureContent[None]:
        return FeatureContent(TEXTS, load_channel_texts)

    def admin_commands(self) -> Mapping[str, str]:
        return {"/reload": "Abläufe und Texte prüfen und neu laden"}
