"""The command menu Telegram shows next to the text field, in the user's app language."""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand
from telegram.error import TelegramError

from bot.engine.flows import FlowCatalog
from bot.i18n import LANGUAGES, Locales
from bot.tg.texts import menu_commands

log = logging.getLogger(__name__)

#: language of the menu for app languages the bot does not speak
DEFAULT_MENU_LANGUAGE = "en"


def menu(flows: FlowCatalog, locales: Locales, lang: str) -> list[BotCommand]:
    return [BotCommand(name, locales.text(lang, f"tg-cmd-{name}", label=True)[:256]) for name in menu_commands(flows)]


async def register_commands(bot: Bot, flows: FlowCatalog, locales: Locales) -> None:
    """setMyCommands for de, en, ar, es and the default; a failure is logged, the bot runs on."""
    try:
        for lang in LANGUAGES:
            await bot.set_my_commands(menu(flows, locales, lang), language_code=lang)
        await bot.set_my_commands(menu(flows, locales, DEFAULT_MENU_LANGUAGE))
    except TelegramError as exc:
        log.warning("could not register the command menu: %s", exc.__class__.__name__)
