"""The notifiers: the only hand-over code that talks to Telegram (PTB) and SMTP (aiosmtplib).

``deliver(service, delivery, referral)`` renders one outbox delivery for its channel and sends it; it
returns the Telegram message id (None for e-mail) or raises DeliveryError.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formatdate

import aiosmtplib
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters
from telegram.constants import ParseMode
from telegram.error import BadRequest, RetryAfter, TelegramError

from bot.engine.io import Message
from bot.handoff.outbox import DeliveryError, NotReady
from bot.handoff.relay import PREFIX as RELAY
from bot.handoff.relay import TO_PERSON, TO_PROJECT
from bot.handoff.relay_telegram import deliver_relay
from bot.handoff.render import MENTOR_LANG, mentor_state, mentor_text
from bot.handoff.store import OUTCOMES, Delivery, Referral
from bot.i18n.render import render_message

log = logging.getLogger(__name__)

#: callback data of mentor buttons: m:<action>:<referral id>[:<choice>] (the engine uses s:, a:, l:, g:)
PREFIX = "m"
MEMBER_STATES = ("creator", "administrator", "member")


class TelegramNotifier:
    def __init__(self, bot, locales):
        self.bot = bot
        self.locales = locales          # callable () -> current Locales (content may be reloaded)

    def de(self, msg_id: str, args=None) -> str:
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

    async def send(self, chat_id: int, text: str, markup=None, reply_to: int | None = None) -> int:
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

    async def edit(self, chat_id: int, message_id: int, text: str, markup=None) -> bool:
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


# ---- e-mail ---------------------------------------------------------------------------------------------

def mail_id(config, referral_id: str, kind: str) -> str:
    """Message-ID derived from the referral: a resent e-mail is the same message to mail programs."""
    domain = (config.smtp_from or "").rpartition("@")[2].strip("> ") or "amm-bot.invalid"
    return f"<referral-{referral_id}-{kind}@{domain}>"


async def send_mail(config, to: str, subject: str, body: str, message_id: str, in_reply_to: str | None = None) -> None:
    if not config.smtp_host or not config.smtp_from:
        raise DeliveryError("e-mail: SMTP_HOST and SMTP_FROM must be set to deliver e-mail")
    msg = EmailMessage()
    msg["From"] = config.smtp_from
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    msg["Date"] = formatdate(localtime=False)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(body)
    implicit_tls = config.smtp_port == 465
    try:
        await aiosmtplib.send(msg, hostname=config.smtp_host, port=config.smtp_port, username=config.smtp_user,
                              password=config.smtp_password, use_tls=implicit_tls,
                              start_tls=config.smtp_starttls and not implicit_tls, timeout=10)
    except (aiosmtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"e-mail: {exc.__class__.__name__}: {exc}") from None


# ---- one delivery ---------------------------------------------------------------------------------------

async def deliver(service, delivery: Delivery, referral: Referral) -> int | None:
    medium, _, address = delivery.channel.partition(":")
    locales = service.locales
    region = service.region_name(referral.district)
    hours = int((service.clock() - datetime.fromisoformat(referral.created_at)).total_seconds() // 3600)
    de = lambda mid, args=None: locales.text(MENTOR_LANG, mid, args, label=True)   # noqa: E731
    short = {"ref": referral.id, "region": region, "hours": hours}
    if delivery.kind in (TO_PERSON, TO_PROJECT):
        return await deliver_relay(service, delivery, referral)
    if medium == "tg":
        tg: TelegramNotifier | None = service.telegram
        if tg is None:
            raise NotReady()
        chat = int(address)
        if delivery.kind == "referral":
            return await tg.send(chat, tg.referral_text(referral, region), tg.buttons(referral))
        if delivery.kind == "reminder":
            return await tg.send(chat, de("mentor-reminder", short), reply_to=await notification_in(service, referral, delivery.channel))
        if delivery.kind == "escalation":
            return await tg.send(chat, de("mentor-escalation", short))
        if delivery.kind == "withdrawn":
            # The personal data leaves the chat: the notification keeps only its number; the notice itself
            # is one new message (editing in the notice as well showed it twice).
            original = await notification_in(service, referral, delivery.channel)
            if original:
                await tg.edit(chat, original, de("mentor-withdrawn-removed", short))
            return await tg.send(chat, de("mentor-withdrawn", short), reply_to=original)
        if delivery.kind == "expired":
            # Retention ends many referrals at once: edit the notification quietly, write only when that fails.
            original = await notification_in(service, referral, delivery.channel)
            if original and await tg.edit(chat, original, de("mentor-expired", short)):
                return original
            return await tg.send(chat, de("mentor-expired", short))
        if delivery.kind == "accepted":
            lang = referral.lang
            args = {"ref": referral.id, "region": region, "project": service.project_name(referral.district, lang)}
            text = render_message(Message("handoff-accepted", args), lang, locales).text
            return await tg.send(chat, text)
    elif medium == "mail":
        config = service.app.config
        first = mail_id(config, referral.id, "referral")
        if delivery.kind == "referral":
            body = mentor_text(referral, region, locales, html_mode=False) + "\n\n-- \n" + de("mentor-mail-footer")
            await send_mail(config, address, de("mentor-mail-subject", short), body, first)
        elif delivery.kind in ("withdrawn", "expired"):
            await send_mail(config, address, de(f"mentor-mail-{delivery.kind}-subject", short),
                            de(f"mentor-{delivery.kind}", short), mail_id(config, referral.id, delivery.kind),
                            in_reply_to=first)
        else:
            text = de(f"mentor-{delivery.kind}", short)
            await send_mail(config, address, de("mentor-mail-subject", short), text,
                            mail_id(config, referral.id, delivery.kind), in_reply_to=first)
        return None
    raise DeliveryError(f"unknown channel or kind: {medium} / {delivery.kind}")


async def notification_in(service, referral: Referral, channel: str) -> int | None:
    """The message id of the referral's notification in this chat, if it was sent."""
    for d in await service.store.deliveries(referral.id, "referral"):
        if d.channel == channel and d.message_id:
            return d.message_id
    return None
