"""Who is writing: a pseudonymous key instead of the Telegram id, so logs and tables never hold plain ids."""

from __future__ import annotations

import hashlib
import hmac

from telegram import Update

from bot.engine import Who

CHANNEL = "telegram"


def user_key(secret: str, user_id: int) -> str:
    """``tg:`` + HMAC-SHA256(USER_KEY_SECRET, id), shortened to 128 bits: stable per bot, not reversible."""
    digest = hmac.new(secret.encode(), str(user_id).encode(), hashlib.sha256).hexdigest()
    return f"tg:{digest[:32]}"


def who(update: Update, secret: str) -> Who:
    """The sender of ``update``; handlers call it only for updates a person sent (messages, presses)."""
    user = update.effective_user
    if user is None:
        raise ValueError("the update has no sender (e.g. a channel post): it belongs to no conversation")
    chat = update.effective_chat
    return Who(user_key=user_key(secret, user.id), channel=CHANNEL, locale_hint=user.language_code,
               chat_id=chat.id if chat else user.id)
