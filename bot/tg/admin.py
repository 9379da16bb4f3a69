"""/reload for admins: validate every flow and text; swap them in only when valid, else list the errors.
``admin_only`` is the one gate of every admin command (/reload, /stats, /audit, /outbox): everybody else
gets the same refusal (tg-admin-only), in their language, and nothing else."""

from __future__ import annotations

import html
import logging

from telegram import Update
from telegram.ext import Application, CommandHandler

from bot.i18n import negotiate
from bot.storage.audit import audit, is_admin
from bot.tg.commands import register_commands
from bot.tg.context import BotContext
from bot.tg.handlers import language, say
from bot.tg.identity import who
from bot.tg.send import send_text

log = logging.getLogger(__name__)

#: warnings listed after a reload; the rest are counted (all of them: python -m bot validate --warnings)
SHOWN_WARNINGS = 10


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


def warnings_text(warnings: list, t) -> str:
    """The first warnings with file:line, and how many more there are."""
    ordered = sorted(warnings, key=lambda p: (p.file, p.line))
    lines = [t("tg-reload-warnings", count=len(ordered)), ""]
    lines += [html.escape(str(p)) for p in ordered[:SHOWN_WARNINGS]]
    if len(ordered) > SHOWN_WARNINGS:
        lines += ["", t("tg-reload-warnings-more", more=len(ordered) - SHOWN_WARNINGS)]
    return "\n".join(lines)


async def on_reload(update: Update, context: BotContext) -> None:
    app = context.app
    user = update.effective_user
    chat_id = update.effective_chat.id
    lang = negotiate(user.language_code)
    if not await admin_only(update, context):
        return
    problems = await app.reload()
    errors = [p for p in problems if p.is_error]
    await audit(app.db, user.id, "reload", f"{len(errors)} errors" if errors else "swapped in")
    if not errors:
        await say(context, chat_id, lang, "tg-reload-ok")
        if problems:
            locales = app.engine.locales
            await send_text(context.bot, chat_id, warnings_text(
                problems, lambda mid, **args: html.escape(locales.text(lang, mid, args))))
        await register_commands(context.bot, app.engine.flows, app.engine.locales)   # commands may have changed
        return
    await say(context, chat_id, lang, "tg-reload-failed", count=len(errors))
    listing = "\n\n".join(html.escape(str(p)) for p in sorted(errors, key=lambda p: (p.file, p.line)))
    await send_text(context.bot, chat_id, listing)


def add_admin_handlers(application: Application) -> None:
    application.add_handler(CommandHandler("reload", on_reload))
