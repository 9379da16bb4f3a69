"""Delivering relayed messages on Telegram (called by the outbox through bot.handoff.notify.deliver): text or
a file by its id, split where Telegram's limits demand it, and the small sign under the mentor's message.

Its own module because delivery runs in the outbox's lanes, apart from the handlers that enqueue
(bot.handoff.relay_telegram); both share only ``keyboard``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, ReactionTypeEmoji, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import Forbidden, RetryAfter, TelegramError

from bot.handoff.notifier import TelegramNotifier
from bot.handoff.outbox import DeliveryError, NotReady
from bot.handoff.records import Delivery, Referral
from bot.handoff.relay import Relay
from bot.handoff.relay_store import TO_PERSON
from bot.handoff.service import HandoffService

log = logging.getLogger(__name__)

DELIVERED = "👌"
TEXT_LIMIT, CAPTION_LIMIT = 4096, 1024


def keyboard(rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup | None:
    return InlineKeyboardMarkup([[InlineKeyboardButton(t, callback_data=d) for t, d in row] for row in rows]) \
        if rows else None


async def _send(bot: Bot, chat: int, text: str, payload: Mapping[str, Any], markup: InlineKeyboardMarkup | None = None,
                reply_to: int | None = None) -> int:
    """Text, or the file with ``text`` as caption; what does not fit one message follows as text."""
    reply = ReplyParameters(reply_to, allow_sending_without_reply=True) if reply_to else None
    if "file" in payload:
        caption, rest = (text, "") if len(text) <= CAPTION_LIMIT else (text.split("\n\n", 1)[0], text)
        kind, file_id, caption = payload["file"], payload["id"], caption[:CAPTION_LIMIT]
        markup_here = None if rest else markup
        if kind == "photo":
            sent = await bot.send_photo(chat, file_id, caption=caption, parse_mode=ParseMode.HTML,
                                        reply_markup=markup_here, reply_parameters=reply)
        elif kind == "document":
            sent = await bot.send_document(chat, file_id, caption=caption, parse_mode=ParseMode.HTML,
                                           reply_markup=markup_here, reply_parameters=reply)
        elif kind == "voice":
            sent = await bot.send_voice(chat, file_id, caption=caption, parse_mode=ParseMode.HTML,
                                        reply_markup=markup_here, reply_parameters=reply)
        else:
            raise DeliveryError(f"relay: a stored file of unknown kind '{kind}'", final=True)
        if not rest:
            return sent.message_id
        text, reply = rest, ReplyParameters(sent.message_id, allow_sending_without_reply=True)
    parts = [text[i:i + TEXT_LIMIT] for i in range(0, len(text), TEXT_LIMIT)] or [""]
    sent_ids = []
    for n, part in enumerate(parts):
        sent = await bot.send_message(chat, part, parse_mode=ParseMode.HTML if len(parts) == 1 else None,
                                      reply_markup=markup if n == len(parts) - 1 else None, reply_parameters=reply)
        sent_ids.append(sent.message_id)
    return sent_ids[0]


async def _mark(bot: Bot, relay: Relay, mark: Sequence[int] | None, delivered: bool) -> None:
    """The small sign under the mentor's message: 👌 delivered, or one line why not."""
    if not mark:
        return
    chat, message_id = mark
    try:
        if delivered:
            await bot.set_message_reaction(chat, message_id, [ReactionTypeEmoji(DELIVERED)])
        else:
            await bot.send_message(chat, relay.de("mentor-relay-blocked"),
                                   reply_parameters=ReplyParameters(message_id, allow_sending_without_reply=True))
    except TelegramError as exc:
        log.info("could not mark a relayed message: %s", type(exc).__name__)


async def deliver_relay(service: HandoffService, tg: TelegramNotifier | None, delivery: Delivery,
                        referral: Referral) -> int | None:
    relay = service.relay
    if tg is None or await relay.store.earlier_pending(delivery):
        raise NotReady()                       # no Telegram here, or an older message must go first
    payload = json.loads(delivery.payload or "null")
    if not payload:
        raise DeliveryError("relay: the message is no longer stored", final=True)
    chat, bot = int(delivery.channel[3:]), tg.bot
    try:
        if delivery.kind == TO_PERSON:
            text, rows = relay.person_message(referral, payload)
            try:
                message_id = await _send(bot, chat, text, payload, keyboard(rows))
            except Forbidden:
                await _mark(bot, relay, payload.get("mark"), delivered=False)
                raise DeliveryError("relay: the person blocked the bot", final=True) from None
            await _mark(bot, relay, payload.get("mark"), delivered=True)
            return message_id
        reply_to = await service.notification_in(referral, delivery.channel)
        return await _send(bot, chat, relay.project_message(referral, payload), payload, reply_to=reply_to)
    except RetryAfter as exc:
        wait = exc.retry_after
        raise DeliveryError("Telegram: flood control", wait.total_seconds() if isinstance(wait, timedelta)
                            else float(wait)) from None
    except TelegramError as exc:
        raise DeliveryError(f"Telegram: {exc.__class__.__name__}") from None
