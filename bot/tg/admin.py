"""/reload for admins: validate every flow and text; swap them in only when valid, else list the errors.
``admin_only`` is the one gate of every admin command (/reload, /stats, /audit, /outbox): everybody else
gets the same refusal (tg-admin-only), in their language, and nothing else."""

from __future__ import annotations

import html
import logging

from telegram import Update
from telegram.ext import CommandHandler, TypeHandler

from bot.files import Problem
from bot.i18n import Locales, negotiate
from bot.storage.audit import audit, is_admin
from bot.tg.commands import register_admin_menu, register_commands
from bot.tg.context import BotApplication, BotContext
from bot.tg.handlers import language, say, started
from bot.tg.identity import who
from bot.tg.send import send_text

log = logging.getLogger(__name__)

#: warnings listed after a reload; the rest are counted (all of them: python -m bot validate --warnings)
SHOWN_WARNINGS = 10
#: the handler group of the admins' menu hook: lower than any feature's, so it sees every update first
ADMIN_MENU_GROUP = -100


async def admin_only(update: Update, context: BotContext) -> bool:
    """True for an admin; anybody else is told, once, that the command is for the team."""
    app = context.app
    user = update.effective_user
    if user is not None and is_admin(app.config.admin_ids, user.id):
        return True
    log.info("admin command refused for a non-admin user")     # no id: it may be a mentee
    if user is not None and update.effective_chat is not None:
        lang = await language(context, who(update, app.config.user_key_secret))
        await say(context, update.effective_chat.id, lang, "tg-admin-only")
    return False


def warnings_text(warnings: list[Problem], locales: Locales, lang: str | None) -> str:
    """The first warnings with file:line, and how many more there are (HTML)."""
    def t(msg_id: str, **args: object) -> str:
        return html.escape(locales.text(lang, msg_id, args))

    ordered = sorted(warnings, key=lambda p: (p.file, p.line))
    lines = [t("tg-reload-warnings", count=len(ordered)), ""]
    lines += [html.escape(str(p)) for p in ordered[:SHOWN_WARNINGS]]
    if len(ordered) > SHOWN_WARNINGS:
        lines += ["", t("tg-reload-warnings-more", more=len(ordered) - SHOWN_WARNINGS)]
    return "\n".join(lines)


async def on_reload(update: Update, context: BotContext) -> None:
    app = context.app
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None or not await admin_only(update, context):
        return
    chat_id = chat.id
    lang = negotiate(user.language_code)
    problems = await app.reload()
    errors = [p for p in problems if p.is_error]
    await audit(app.db, user.id, "reload", f"{len(errors)} errors" if errors else "swapped in")
    if not errors:
        await say(context, chat_id, lang, "tg-reload-ok")
        _, engine = started(app)                # the reloaded content's engine
        if problems:
            await send_text(context.bot, chat_id, warnings_text(problems, engine.locales, lang))
        context.bot_data.admin_menus = await register_commands(      # commands may have changed
            context.bot, engine.flows, engine.locales, app.config.admin_ids, app.admin_commands)
        return
    await say(context, chat_id, lang, "tg-reload-failed", count=len(errors))
    listing = "\n\n".join(html.escape(str(p)) for p in sorted(errors, key=lambda p: (p.file, p.line)))
    await send_text(context.bot, chat_id, listing)


async def admin_menu_on_first_message(update: Update, context: BotContext) -> None:
    """Telegram refuses a menu for a chat it does not know yet: an admin who had not written to the bot
    when it started gets their menu with their first message (once per process)."""
    user, app = update.effective_user, context.app
    if user is None or user.id in context.bot_data.admin_menus or not is_admin(app.config.admin_ids, user.id):
        return
    _, engine = started(app)
    if await register_admin_menu(context.bot, engine.flows, engine.locales, user.id, app.admin_commands):
        context.bot_data.admin_menus.add(user.id)


def add_admin_handlers(application: BotApplication) -> None:
    # A group of its own that runs before every other (features use -22 … -1): PTB runs one handler per
    # group, so sharing one would let /stats or a hand-over command skip it.
    application.add_handler(TypeHandler(Update, admin_menu_on_first_message), group=ADMIN_MENU_GROUP)
    application.add_handler(CommandHandler("reload", on_reload))
