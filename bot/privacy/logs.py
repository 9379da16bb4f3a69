"""Log hygiene: the code never logs personal data on purpose; this filter is the safety net for what
libraries log (update contents, URLs with the bot token, exceptions quoting user input)."""

from __future__ import annotations

import logging
import re

_PATTERNS = [
    (re.compile(r"bot\d{5,}:[A-Za-z0-9_-]{20,}"), "bot<token>"),                     # Bot API URLs
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), "<email>"),
    (re.compile(r"(?<![\w.])\+?\d[\d ()/-]{6,}\d(?![\w.])"), "<number>"),          # phone numbers, Telegram ids
]


def scrub(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:                 # a broken format string must not lose the record
            message = str(record.msg)
        record.msg, record.args = scrub(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = scrub(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = scrub(record.exc_text)
        return True


def setup_logging(level: str = "INFO") -> None:
    """Root logging with the scrub filter on every handler; chatty HTTP libraries only log warnings."""
    logging.basicConfig(level=getattr(logging, level.upper(), logging.INFO),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, ScrubFilter) for f in handler.filters):
            handler.addFilter(ScrubFilter())
    quiet_libraries()


def quiet_libraries() -> None:
    """Libraries that log request URLs or SQL parameters (personal data) at DEBUG/INFO only log warnings."""
    for noisy in ("httpx", "httpcore", "apscheduler", "aiosqlite", "telegram.ext.ExtBot", "telegram.Bot"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
