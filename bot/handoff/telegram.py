"""PTB handlers and jobs of the hand-over, installed by the hand-over feature (bot.handoff.feature).

- mentor buttons (callback data ``m:<action>:<referral>``) on referral notifications
- ``/outbox`` for admins: deliveries that hang or failed
- ``/chatid``: the chat's id, for the mentors file
- quiet in the projects' and the coordination's chats: mentors talking there are not told to write privately
- jobs: the outbox (every few seconds, and at once when something is enqueued) and the escalation check
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram import Message, Update
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.feature import TelegramApplication
from bot.handoff.cli import outbox_lines
from bot.handoff.notifier import PREFIX, TelegramNotifier
from bot.handoff.outbox import MEDIA
from bot.handoff.render import MENTOR_LANG
from bot.handoff.service import HandoffService
from bot.storage.audit import audit
from bot.tg.admin import admin_only
from bot.tg.context import BotContext

log = logging.getLogger(__name__)

#: a job of PTB's job queue
Job = Callable[[BotContext], Coroutine[Any, Any, None]]

GROUP = -20                 # before the engine's catch-all handlers
OUTBOX_SECONDS = 5.0        # how often the outbox looks for due deliveries (retries); new ones go at once
OUTBOX_FIRST = 0.2          # first look after the start: what waited during a restart goes out at once
ESCALATION_SECONDS = 300.0  # how often waiting referrals are checked


def install(application: TelegramApplication, service: HandoffService, notifier: TelegramNotifier) -> None:
    """``notifier``: the mentors' chats on this application's bot (the outbox sends through it too)."""
    app = service.app
    service.telegram = notifier

    def outbox_job(medium: str, wait: bool) -> Job:
        async def job(context: BotContext) -> None:
            await service.outbox.run_lane(medium, wait)
        return job

    async def escalation_job(context: BotContext) -> None:
        if await service.check_escalations():
            service.kick()

    jobs = application.job_queue
    if jobs is not None:
        # one job per medium: a mail server that hangs keeps only the e-mail job busy
        for medium in MEDIA:
            # a periodic look while the lane is busy returns at once (the busy run delivers what is due);
            # a second instance is allowed so the scheduler does not log each such look as a skipped job
            jobs.run_repeating(outbox_job(medium, wait=False), interval=OUTBOX_SECONDS, first=OUTBOX_FIRST,
                               name=f"handoff-outbox-{medium}", job_kwargs={"max_instances": 2})
        jobs.run_repeating(escalation_job, interval=ESCALATION_SECONDS, first=10, name="handoff-escalation")
        # something new was enqueued: it waits for a busy run, then goes at once
        kicked = {medium: outbox_job(medium, wait=True) for medium in MEDIA}

        def kick() -> None:
            for medium, job in kicked.items():
                jobs.run_once(job, 0, name=f"handoff-outbox-now-{medium}")
        service.kick = kick
    else:
        log.warning("PTB's job queue is not available: referrals are stored but not delivered")

    async def on_mentor_press(update: Update, context: BotContext) -> None:
        query = update.callback_query
        if query is None or query.data is None:
            return
        _, action, ref, choice = (query.data.split(":", 3) + ["", "", ""])[:4]
        chat = query.message.chat.id if query.message is not None else 0
        user = query.from_user
        reply = await service.mentor_press(action, ref, chat, user.id, user.full_name, choice)
        text = app.content.locales.text(MENTOR_LANG, reply.text, reply.args, label=True)
        await query.answer(text, show_alert=reply.alert)
        raise ApplicationHandlerStop()

    async def on_outbox(update: Update, context: BotContext) -> None:
        user, message = update.effective_user, update.effective_message
        if user is None or message is None or not await admin_only(update, context):
            raise ApplicationHandlerStop()
        lines = await outbox_lines(service.store, retry=bool(context.args and context.args[0] == "retry"),
                                   now=service.clock(), overdue_after=timedelta(hours=app.config.escalate_after_hours),
                                   region_name=service.region_name)
        await message.reply_text("\n".join(lines)[:4000])
        if context.args and context.args[0] == "retry":
            await audit(app.db, user.id, "outbox retry")
            service.kick()
        raise ApplicationHandlerStop()

    async def on_chatid(update: Update, context: BotContext) -> None:
        """/chatid: the number a project enters in the mentors file (in its group, or a mentor's private chat)."""
        chat, message = update.effective_chat, update.effective_message
        if chat is not None and message is not None:
            text = app.content.locales.text(MENTOR_LANG, "mentor-chatid", {"id": str(chat.id)}, label=True)
            await message.reply_text(text, parse_mode="HTML")
        raise ApplicationHandlerStop()

    async def in_staff_chat(update: Update, context: BotContext) -> None:
        """Mentors talking among themselves: nothing to answer (the catch-all would ask them to write privately)."""

    # Group 0, added before the channel's catch-all group handler: the first match in a group wins, and
    # handlers of other groups (e.g. replies to a referral) still see the message.
    application.add_handler(MessageHandler(filters.ChatType.GROUPS & StaffChats(service), in_staff_chat))
    application.add_handler(CallbackQueryHandler(on_mentor_press, pattern=rf"^{PREFIX}:"), group=GROUP)
    application.add_handler(CommandHandler("chatid", on_chatid), group=GROUP)
    application.add_handler(CommandHandler("outbox", on_outbox), group=GROUP)


class StaffChats(filters.MessageFilter):
    """Messages in a chat of the mentors file (a project's group or the coordination), read at each update
    so a changed mentors file counts after /reload."""

    def __init__(self, service: HandoffService):
        super().__init__(name="StaffChats")
        self.service = service

    def filter(self, message: Message) -> bool:
        return message.chat.id in self.service.mentors.staff_chats()
