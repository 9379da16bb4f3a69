"""Settings read from a mapping (the environment plus an optional .env file), so tests pass their own.

Every error names the variable and what it is for, in one sentence.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from dotenv import dotenv_values

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
TOKEN_RE = re.compile(r"^\d{3,15}:[A-Za-z0-9_-]{10,}$")
#: the console demo's user key secret (console users are names typed locally, not Telegram ids)
CONSOLE_USER_KEY_SECRET = hashlib.sha256(b"amm:console").hexdigest()


class ConfigError(ValueError):
    """A setting is missing or malformed; the message is one sentence for the operator."""


@dataclass(frozen=True)
class Config:
    telegram_bot_token: str | None = None
    telegram_base_url: str = DEFAULT_BASE_URL
    database_path: Path = Path("data/bot.sqlite3")
    content_dir: Path = Path(".")
    admin_ids: frozenset[int] = frozenset()
    webhook_url: str | None = None
    webhook_listen: str = "127.0.0.1"           # behind a reverse proxy that terminates TLS
    webhook_port: int = 8443
    webhook_secret: str | None = None
    user_key_secret: str = ""
    mentors_file: Path | None = None
    coordination_chat_id: int | None = None
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: str | None = None
    smtp_from: str | None = None
    smtp_starttls: bool = True
    escalate_after_hours: float = 48.0
    retention_days_no_referral: int = 30
    retention_days_closed_referral: int = 180
    retention_days_open_referral: int = 180
    log_level: str = "INFO"
    faq_model_cache: Path | None = None
    faq_max_check_age_days: int = 365
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def has_telegram(self) -> bool:
        return bool(self.telegram_bot_token)


def _int(env: Mapping[str, str], name: str, default: int, purpose: str) -> int:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number ({purpose}), not {raw!r}.") from None


def _float(env: Mapping[str, str], name: str, default: float, purpose: str) -> float:
    raw = env.get(name)
    if raw in (None, ""):
        return default
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number ({purpose}), not {raw!r}.") from None


def load_config(environ: Mapping[str, str] | None = None, env_file: str | Path | None = ".env") -> Config:
    """Build the configuration. Values from ``environ`` win over the .env file."""
    env: dict[str, str] = {}
    if env_file and Path(env_file).is_file():
        env.update({k: v for k, v in dotenv_values(env_file).items() if v is not None})
    env.update(os.environ if environ is None else environ)

    token = env.get("TELEGRAM_BOT_TOKEN") or None
    if token is not None and not TOKEN_RE.match(token.strip()):
        raise ConfigError("TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then letters), "
                          "as BotFather gives it.")
    base_url = env.get("TELEGRAM_BASE_URL") or DEFAULT_BASE_URL
    if not re.match(r"^https?://[^\s/]+", base_url):
        raise ConfigError(f"TELEGRAM_BASE_URL must be an http(s) URL of a Bot API server such as "
                          f"{DEFAULT_BASE_URL}, not {base_url!r}.")
    admins: set[int] = set()
    for part in re.split(r"[,\s]+", env.get("ADMIN_IDS", "").strip()):
        if not part:
            continue
        if not part.lstrip("-").isdigit():
            raise ConfigError(f"ADMIN_IDS must list Telegram user ids (numbers) separated by commas; {part!r} is not one.")
        admins.add(int(part))
    webhook_url = env.get("WEBHOOK_URL") or None
    if webhook_url and not webhook_url.startswith("https://") and not webhook_url.startswith("http://127."):
        raise ConfigError("WEBHOOK_URL must be the public https:// address Telegram sends updates to.")
    secret = env.get("WEBHOOK_SECRET") or None
    if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
        raise ConfigError("WEBHOOK_SECRET may only contain letters, digits, '_' and '-' (Telegram's rule for the "
                          "secret token header).")
    # The key of the pseudonymous user keys. It must outlive token rotations (a key derived from the token made
    # everybody a stranger after one), so the Telegram bot needs its own; the console demo keeps a local one.
    key_secret = env.get("USER_KEY_SECRET") or ""
    if token and not key_secret:
        raise ConfigError("USER_KEY_SECRET must be set when TELEGRAM_BOT_TOKEN is set: it keys the pseudonyms of "
                          "Telegram ids and must never change (create one with: python -c \"import secrets; "
                          "print(secrets.token_hex(32))\").")
    key_secret = key_secret or CONSOLE_USER_KEY_SECRET
    coord = env.get("COORDINATION_CHAT_ID") or None
    if coord is not None and not coord.lstrip("-").isdigit():
        raise ConfigError("COORDINATION_CHAT_ID must be a Telegram chat id (a number, groups start with -100).")
    return Config(
        telegram_bot_token=token.strip() if token else None,
        telegram_base_url=base_url.rstrip("/"),
        database_path=Path(env.get("DATABASE_PATH") or "data/bot.sqlite3"),
        content_dir=Path(env.get("CONTENT_DIR") or "."),
        admin_ids=frozenset(admins),
        webhook_url=webhook_url,
        webhook_listen=env.get("WEBHOOK_LISTEN") or "127.0.0.1",
        webhook_port=_int(env, "WEBHOOK_PORT", 8443, "the local port the webhook server listens on"),
        webhook_secret=secret,
        user_key_secret=key_secret,
        mentors_file=Path(env["MENTORS_FILE"]) if env.get("MENTORS_FILE") else None,
        coordination_chat_id=int(coord) if coord else None,
        smtp_host=env.get("SMTP_HOST") or None,
        smtp_port=_int(env, "SMTP_PORT", 587, "the SMTP server's port"),
        smtp_user=env.get("SMTP_USER") or None,
        smtp_password=env.get("SMTP_PASSWORD") or None,
        smtp_from=env.get("SMTP_FROM") or None,
        smtp_starttls=(env.get("SMTP_STARTTLS", "true").lower() not in ("0", "false", "no")),
        escalate_after_hours=_float(env, "ESCALATE_AFTER_HOURS", 48.0, "hours until an untaken referral is escalated"),
        retention_days_no_referral=_int(env, "RETENTION_DAYS_NO_REFERRAL", 30,
                                        "days to keep conversations that led to no referral"),
        retention_days_closed_referral=_int(env, "RETENTION_DAYS_CLOSED_REFERRAL", 180,
                                            "days to keep closed referrals"),
        retention_days_open_referral=_int(env, "RETENTION_DAYS_OPEN_REFERRAL", 180,
                                          "days after which a referral that was never closed is erased"),
        log_level=(env.get("LOG_LEVEL") or "INFO").upper(),
        faq_model_cache=Path(env["FAQ_MODEL_CACHE"]) if env.get("FAQ_MODEL_CACHE") else None,
        faq_max_check_age_days=_int(env, "FAQ_MAX_CHECK_AGE_DAYS", 365,
                                    "days after which an FAQ answer's check counts as too old; 0 turns it off"),
        extra={k: v for k, v in env.items() if k.startswith("AMM_")},
    )
