"""/reload for admins: validate every flow and text; swap them in only when valid, else list the errors."""

from __future__ import annotations

import html

from telegram import Update
from telegram.ext import Application, CommandHandler

from bot.admin.rights import audit, is_admin
from bot.i18n import negotiate
from bot.tg.commands import register_commands
from bot.tg.context import BotContext
from bot.tg.handlers import say
from bot.tg.send import send_text


async def on_reload(update: Update, context: BotContext) -> None:
    app = context.app
    user = update.effective_user
    chat_id = update.effective_chat.id
    lang = negotiate(user.language_code)
    if not is_admin(app.config.admin_ids, user.id):
        await say(context, chat_id, lang, "tg-admin-only")
        return
    problems = await app.reload()
    errors = [p for p in problems if p.is_error]
    await audit(app.db, user.id, "reload", f"{len(errors)} errors" if errors else "swapped in")
    if not errors:
        await say(context, chat_id, lang, "tg-reload-ok", warnings=len(problems))
        await register_commands(context.bot, app.engine.flows, app.engine.locales)   # commands may have changed
        return
    await say(context, chat_id, lang, "tg-reload-failed", count=len(errors))
    listing = "\n\n".join(html.escape(str(p)) for p in sorted(errors, key=lambda p: (p.file, p.line)))
    await send_text(context.bot, chat_id, listing)


def add_admin_handlers(application: Application) -> None:
    application.add_handler(CommandHandler("reload", on_reload))
