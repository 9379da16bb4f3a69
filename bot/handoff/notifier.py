"""The mentors' Telegram chats: referral notifications with their buttons, edits, membership checks.

The only hand-over code besides the relay's handlers that calls the Bot API for mentors; e-mail and the
choice of what to send are bot.handoff.notify's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, RetryAfter, TelegramError

from bot.handoff.outbox import DeliveryError
from bot.handoff.records import OUTCOMES, Referral
from bot.handoff.relay import PREFIX as RELAY
from bot.handoff.render import MENTOR_LANG, mentor_state, mentor_text
from bot.i18n import Locales

log = logging.getLogger(__name__)

#: callback data of mentor buttons: m:<action>:<referral id>[:<choice>] (the engine uses s:, a:, l:, g:)
PREFIX = "m"
MEMBER_STATES = ("creator", "administrator", "member")


class TelegramNotifier:
    def __init__(self, bot: Bot, locales: Callable[[], Locales]):
        self.bot = bot
        self.locales = locales          # the current Locales (content may be reloaded)

    def de(self, msg_id: str, args: Mapping[str, Any] | None = None) -> str:
        return self.locales().text(MENTOR_LANG, msg_id, args, label=True)

    def buttons(self, referral: Referral) -> InlineKeyboardMarkup | None:
        def button(action: str) -> InlineKeyboardButton:
            return InlineKeyboardButton(self.de(f"mentor-btn-{action}"), callback_data=f"{PREFIX}:{action}:{referral.id}")
        if referral.status == "new":
            return InlineKeyboardMarkup([[button("accept")]])
        if referral.status in ("accepted", "contacted", "unreachable"):
            rows = [[button("contacted"), button("unreachable")], [button("closed")]]
            if referral.chat_id is not None:       # the person can be written to through the bot
                rows.append([InlineKeyboardButton(self.de("mentor-btn-write"), callback_data=f"{RELAY}:compose:{referral.id}")])
            return InlineKeyboardMarkup(rows)
        if referral.status == "closed" and referral.data:       # how it ended: one tap, changeable
            def outcome(code: str) -> InlineKeyboardButton:
                label = self.de(f"mentor-outcome-{code}")
                return InlineKeyboardButton(f"✓ {label}" if code == referral.outcome else label,
                                            callback_data=f"{PREFIX}:outcome:{referral.id}:{code}")
            return InlineKeyboardMarkup([[outcome(a), outcome(b)] for a, b in zip(OUTCOMES[::2], OUTCOMES[1::2])])
        return None

    def referral_text(self, referral: Referral, region_name: str) -> str:
        text = mentor_text(referral, region_name, self.locales())
        state = mentor_state(referral, self.locales())
        return f"{text}\n\n{state}" if state else text

    async def send(self, chat_id: int, text: str, markup: InlineKeyboardMarkup | None = None,
                   reply_to: int | None = None) -> int:
        try:
            message = await self.bot.send_message(
                chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup,
                reply_parameters=ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None,
                link_preview_options=None)
        except RetryAfter as exc:
            wait = exc.retry_after
            raise DeliveryError(f"Telegram: flood control ({exc})",
                                wait.total_seconds() if isinstance(wait, timedelta) else float(wait)) from None
        except TelegramError as exc:
            raise DeliveryError(f"Telegram: {exc.__class__.__name__}: {exc}") from None
        return message.message_id

    async def edit(self, chat_id: int, message_id: int, text: str, markup: InlineKeyboardMarkup | None = None) -> bool:
        """Best effort: a notification that cannot be edited is logged, not retried."""
        try:
            await self.bot.edit_message_text(text, chat_id=chat_id, message_id=message_id, parse_mode=ParseMode.HTML,
                                             reply_markup=markup)
            return True
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return True
            log.warning("could not update a referral notification: %s", exc)
        except TelegramError as exc:
            log.warning("could not update a referral notification: %s", exc)
        return False

    async def show_referral(self, chat_id: int, message_id: int, referral: Referral, region_name: str) -> None:
        await self.edit(chat_id, message_id, self.referral_text(referral, region_name), self.buttons(referral))

    async def is_member(self, chat_id: int, user_id: int) -> bool:
        try:
            member = await self.bot.get_chat_member(chat_id, user_id)
        except TelegramError as exc:
            log.warning("membership check failed: %s", exc)
            return False
        return member.status in MEMBER_STATES or (member.status == "restricted" and getattr(member, "is_member", False))
