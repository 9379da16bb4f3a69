"""Log hygiene: the code never logs personal data on purpose; this filter is the safety net for what
libraries log (update contents, URLs with the bot token, exceptions quoting user input).

What counts as personal here, and is masked wherever it appears:

- bot tokens (``bot<digits>:<secret>`` in Bot API URLs),
- e-mail addresses,
- phone numbers: a leading ``+`` or ``0`` and 7-15 digits, optionally grouped by spaces, ``/``, ``-``,
  parentheses (``+49 151 2345 6789``, ``0351/4567890``),
- Telegram ids in the places libraries put them: after ``chat_id``, ``user_id``, ``from_user``,
  ``id=``/``"id":``, and after the words ``user`` / ``chat``,
- names, usernames and message texts in the places libraries put them (``text='…'``, ``"first_name": "…"``).

Everything else stays readable: counts, district keys, referral numbers, ids our own code logs on purpose
(``admin 12345``). Every pattern is linear in the length of the text (no nested or unbounded repeats
that can backtrack), and a record is cut to ``MAX_CHARS`` before it is scrubbed.
"""

from __future__ import annotations

import logging
import re
from typing import Callable

#: longest message (and traceback) kept per record; longer ones are cut, saying how much was cut
MAX_CHARS = 20_000

# a quoted value as Python's repr or JSON writes it, escapes included; up to Telegram's longest message
# (4096 characters), cut there if longer (the closing quote is then not reached)
_QUOTED = r"""(?:'(?:[^'\\\n]|\\.){0,4096}'?|"(?:[^"\\\n]|\\.){0,4096}"?)"""

def _phone(match: re.Match[str]) -> str:
    digits = sum(c.isdigit() for c in match[0])
    return "<phone>" if 7 <= digits <= 15 else match[0]


_PATTERNS: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"bot\d{3,15}:[A-Za-z0-9_-]{10,100}"), "bot<token>"),                # Bot API URLs
    (re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,200}"), "<email>"),
    # a phone number starts with + or 0 and has 7..15 digits, maybe grouped by spaces, / - ( )
    (re.compile(r"(?<![\w.+/-])[+0]\d[\d /()-]{4,20}\d(?![\w.])"), _phone),
    # names and texts where PTB's and the Bot API's representations carry them
    (re.compile(r"""\b(text|caption|first_name|last_name|username|full_name|name|phone_number|email|title|"""
                r"""question|address|vcard)(['"]?\s{0,3}[:=]\s{0,3})""" + _QUOTED), r"\1\2<text>"),
    # Telegram ids where libraries (and exception messages) put them
    (re.compile(r"""\b(chat_id|user_id|from_user|sender_chat|chat|user|users|id)(['"]?\s{0,3}[:=]\s{0,3}|=[A-Za-z]{1,10}\(id=| )"""
                r"""-?\d{1,20}\b"""), r"\1\2<id>"),
]


def scrub(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def _cut(text: str, keep_end: bool = False) -> str:
    if len(text) <= MAX_CHARS:
        return text
    cut = f"[{len(text) - MAX_CHARS} characters cut]"
    return cut + text[-MAX_CHARS:] if keep_end else text[:MAX_CHARS] + cut


class ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:                 # a broken format string must not lose the record
            message = str(record.msg)
        record.msg, record.args = scrub(_cut(message)), None
        if record.exc_info and not record.exc_text:
            # the end of a traceback says what failed: keep that part of a long one
            record.exc_text = scrub(_cut(logging.Formatter().formatException(record.exc_info), keep_end=True))
        elif record.exc_text:
            record.exc_text = scrub(_cut(record.exc_text, keep_end=True))
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
