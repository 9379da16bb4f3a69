"""Sending one outbox delivery: to the mentors' Telegram chats (bot.handoff.notifier), to the person (the
relay's messages, bot.handoff.relay_delivery) or by e-mail (aiosmtplib, here).

``deliver(service, notifier, delivery, referral)`` renders one outbox delivery for its channel and sends it;
it returns the Telegram message id (None for e-mail) or raises DeliveryError (NotReady without Telegram).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate
from typing import Any

import aiosmtplib

from bot.config import Config
from bot.engine.io import Message
from bot.engine.render import render_message
from bot.handoff.notifier import TelegramNotifier
from bot.handoff.outbox import DeliveryError, NotReady
from bot.handoff.records import GONE, Delivery, Referral
from bot.handoff.relay_delivery import deliver_relay
from bot.handoff.relay_store import TO_PERSON, TO_PROJECT
from bot.handoff.render import MENTOR_LANG, mentor_text
from bot.handoff.service import HandoffService

# ---- e-mail ---------------------------------------------------------------------------------------------

def mail_id(config: Config, referral_id: str, kind: str) -> str:
    """Message-ID derived from the referral: a resent e-mail is the same message to mail programs."""
    domain = (config.smtp_from or "").rpartition("@")[2].strip("> ") or "amm-bot.invalid"
    return f"<referral-{referral_id}-{kind}@{domain}>"


async def send_mail(config: Config, to: str, subject: str, body: str, message_id: str,
                    in_reply_to: str | None = None) -> None:
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

async def deliver(service: HandoffService, tg: TelegramNotifier | None, delivery: Delivery,
                  referral: Referral) -> int | None:
    """``tg``: the mentors' Telegram chats, None in a process without Telegram (those deliveries wait)."""
    medium, _, address = delivery.channel.partition(":")
    locales = service.locales
    region = service.region_name(referral.district)
    hours = int((service.clock() - datetime.fromisoformat(referral.created_at)).total_seconds() // 3600)

    def de(mid: str, args: Mapping[str, Any] | None = None) -> str:
        return locales.text(MENTOR_LANG, mid, args, label=True)

    short = {"ref": referral.id, "region": region, "hours": hours}
    if delivery.kind in (TO_PERSON, TO_PROJECT):
        return await deliver_relay(service, tg, delivery, referral)
    if medium == "tg":
        if tg is None:
            raise NotReady()
        chat = int(address)
        if delivery.kind == "referral":
            return await tg.send(chat, tg.referral_text(referral, region), tg.buttons(referral))
        if delivery.kind == "reminder":
            return await tg.send(chat, de("mentor-reminder", short), reply_to=await service.notification_in(referral, delivery.channel))
        if delivery.kind == "escalation":
            return await tg.send(chat, de("mentor-escalation", short))
        if delivery.kind == "withdrawn":
            # The personal data leaves the chat: the notification keeps only its number; the notice itself
            # is one new message (editing in the notice as well showed it twice).
            original = await service.notification_in(referral, delivery.channel)
            if original:
                await tg.edit(chat, original, de("mentor-withdrawn-removed", short))
            return await tg.send(chat, de("mentor-withdrawn", short), reply_to=original)
        if delivery.kind == "expired":
            # Retention ends many referrals at once: edit the notification quietly, write only when that fails.
            original = await service.notification_in(referral, delivery.channel)
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
        elif delivery.kind in GONE:
            await send_mail(config, address, de(f"mentor-mail-{delivery.kind}-subject", short),
                            de(f"mentor-{delivery.kind}", short), mail_id(config, referral.id, delivery.kind),
                            in_reply_to=first)
        else:
            text = de(f"mentor-{delivery.kind}", short)
            await send_mail(config, address, de("mentor-mail-subject", short), text,
                            mail_id(config, referral.id, delivery.kind), in_reply_to=first)
        return None
    raise DeliveryError(f"unknown channel or kind: {medium} / {delivery.kind}")
