"""The command menu Telegram shows next to the text field, in the user's app language; admins see their own
commands in it too (their private chat gets its own menu, so mentees never see /stats or /reload)."""

from __future__ import annotations

import logging
from collections.abc import Collection, Mapping

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from bot.engine.flows import FlowCatalog
from bot.i18n import LANGUAGES, Locales
from bot.tg.texts import menu_commands

log = logging.getLogger(__name__)

#: language of the menu for app languages the bot does not speak
DEFAULT_MENU_LANGUAGE = "en"


def menu(flows: FlowCatalog, locales: Locales, lang: str) -> list[BotCommand]:
    return [BotCommand(name, locales.text(lang, f"tg-cmd-{name}", label=True)[:256]) for name in menu_commands(flows)]


def admin_menu(commands: Mapping[str, str]) -> list[BotCommand]:
    """The admins' commands (``/reload`` -> short German help): the team works in German."""
    return [BotCommand(name.lstrip("/"), help_text[:256]) for name, help_text in sorted(commands.items())]


async def register_admin_menu(bot: Bot, flows: FlowCatalog, locales: Locales, admin_id: int,
                              admin_commands: Mapping[str, str]) -> bool:
    """The admin's private chat gets everyone's menus plus the admin commands. False when Telegram refuses
    (it does not know the chat before the admin has written to the bot)."""
    extra, scope = admin_menu(admin_commands), BotCommandScopeChat(admin_id)
    try:
        for lang in LANGUAGES:
            await bot.set_my_commands(menu(flows, locales, lang) + extra, scope=scope, language_code=lang)
        await bot.set_my_commands(menu(flows, locales, DEFAULT_MENU_LANGUAGE) + extra, scope=scope)
    except TelegramError:
        return False
    return True


async def register_commands(bot: Bot, flows: FlowCatalog, locales: Locales, admin_ids: Collection[int] = (),
                            admin_commands: Mapping[str, str] | None = None) -> set[int]:
    """setMyCommands for de, en, ar, es and the default, then each admin's menu; a failure is logged, the
    bot runs on. Returns the admins whose menu is set (the others get it at their next message)."""
    try:
        for lang in LANGUAGES:
            await bot.set_my_commands(menu(flows, locales, lang), language_code=lang)
        await bot.set_my_commands(menu(flows, locales, DEFAULT_MENU_LANGUAGE))
    except TelegramError as exc:
        log.warning("could not register the command menu: %s", exc.__class__.__name__)
        return set()
    if not admin_commands:
        return set()
    done = {a for a in sorted(admin_ids) if await register_admin_menu(bot, flows, locales, a, admin_commands)}
    if len(done) < len(admin_ids):     # no ids in the log: a count is enough to act on
        log.info("the admin menu waits for %d of %d admins' first message to the bot",
                 len(admin_ids) - len(done), len(admin_ids))
    return done
