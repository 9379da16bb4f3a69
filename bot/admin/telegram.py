"""Telegram admin commands: /stats (summary plus funnel picture) and /audit (who did what, when).

Installed by the admin feature (bot.admin.feature). The handlers run in group -1, before the conversation
handlers, and stop the update there, so an admin command never reaches the engine. Everybody who is
not configured in ADMIN_IDS gets one polite sentence in their language (tg-admin-only, the same for every
admin command) and nothing else.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, CommandHandler

from bot.admin.chart import funnel_png
from bot.admin.report import period_text, summary
from bot.admin.stats import Period, collect, overdue, parse_day
from bot.faq.content import FAQ
from bot.faq.review import DueReview, due_for_review
from bot.feature import Host, TelegramApplication
from bot.handoff.district import DISTRICTS
from bot.handoff.regions import load_regions
from bot.i18n import negotiate
from bot.storage.audit import audit, audit_entries
from bot.tg.admin import admin_only
from bot.tg.context import BotContext
from bot.tg.send import split_text

log = logging.getLogger(__name__)

GROUP = -1
MAX_TEXT = 4000           # Telegram allows 4096 characters per message


def district_names(app: Host) -> dict[str, str]:
    """District key -> official name, from the districts content when loaded, else from flows/regions.yaml."""
    districts = app.content.get(DISTRICTS)
    if districts is not None:
        return {r.key: r.name for r in districts.catalog}
    path = app.content.root / "flows" / "regions.yaml"
    regions, _ = load_regions(path) if path.is_file() else (None, [])
    return {r.key: r.name for r in regions} if regions is not None else {}


def faq_due(app: Host) -> list[DueReview] | None:
    """FAQ answers due for a new check today (None when the FAQ is not part of this bot)."""
    faq = app.content.get(FAQ)
    if faq is None:
        return None
    return due_for_review(faq.catalog, dt.date.today(), app.config.faq_max_check_age_days)


def _lang(update: Update) -> str:
    user = update.effective_user
    return negotiate(user.language_code if user else None) or "de"


async def stats_command(update: Update, context: BotContext, app: Host) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or not await admin_only(update, context):
        return
    lang, locales = _lang(update), app.content.locales
    try:
        days = [parse_day(arg) for arg in (context.args or [])[:2]]
    except ValueError:
        await message.reply_text(locales.text(lang, "admin-stats-bad-date"), parse_mode=None)
        return
    period = Period(days[0] if days else None, days[1] if len(days) > 1 else None)
    stats = await collect(app.db, app.content.flows, period)
    hours = app.config.escalate_after_hours
    late = await overdue(app.db, hours)
    text = summary(stats, locales, lang, district_names(app), app.content.flows, late, hours, review=faq_due(app))
    png = await asyncio.to_thread(funnel_png, stats, locales, lang)
    await audit(app.db, user.id, "stats", " ".join(d.isoformat() for d in days))
    for part in split_text(text, MAX_TEXT):      # many districts and months: more than one message
        await message.reply_text(part, parse_mode=None)

    def translate(msg_id: str, **args: object) -> str:
        return locales.text(lang, msg_id, args)

    try:
        await message.reply_photo(png, caption=f"{locales.text(lang, 'admin-funnel-title')} – "
                                               f"{period_text(stats, translate, lang)}", parse_mode=None)
    except TelegramError as exc:          # the summary has arrived; the picture is a bonus
        log.warning("could not send the funnel chart: %s", exc.__class__.__name__)


async def audit_command(update: Update, context: BotContext, app: Host) -> None:
    message, user = update.effective_message, update.effective_user
    if message is None or user is None or not await admin_only(update, context):
        return
    lang, locales = _lang(update), app.content.locales
    entries = await audit_entries(app.db, limit=20)
    await audit(app.db, user.id, "audit")
    lines = [locales.text(lang, "admin-audit-title")]
    lines += [locales.text(lang, "admin-audit-line", {"when": ts.replace("T", " ")[:16], "admin": str(admin_id),
                                                       "action": action, "detail": detail})
              for ts, admin_id, action, detail in entries]
    if not entries:
        lines.append(locales.text(lang, "admin-audit-empty"))
    for part in split_text("\n".join(lines), MAX_TEXT):    # 20 entries of up to 500 characters: several messages
        await message.reply_text(part, parse_mode=None)


Command = Callable[[Update, BotContext, Host], Awaitable[None]]
Handler = Callable[[Update, BotContext], Coroutine[Any, Any, None]]


def install(application: TelegramApplication, app: Host) -> None:
    def handler(command: Command) -> Handler:
        async def callback(update: Update, context: BotContext) -> None:
            await command(update, context, app)
            raise ApplicationHandlerStop        # the conversation handlers must not see admin commands
        return callback

    application.add_handler(CommandHandler("stats", handler(stats_command)), group=GROUP)
    application.add_handler(CommandHandler("audit", handler(audit_command)), group=GROUP)
