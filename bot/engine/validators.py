"""Validators for typed answers. Each returns the value to store, or None when the input does not pass.

Phone numbers go through Google's libphonenumber port (German numbers may be written without +49);
e-mail addresses through email-validator (syntax only: no network look-ups).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from bot.engine.conditions import is_latin

MAX_TEXT = 500

#: (raw input, the step's min, its max) -> the value to store, or None when the input does not pass
Validator = Callable[[str, "float | None", "float | None"], "str | None"]


def clean_text(raw: str) -> str:
    """Drop control characters (but keep line breaks) and surrounding space."""
    kept = "".join(ch for ch in raw if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    return kept.strip()


def ascii_digits(value: str) -> str:
    """Arabic-Indic and other decimal digits become 0-9, so a postal code typed on an Arabic keyboard works."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdecimal() else ch for ch in value)


def text(raw: str, lo: float | None = None, hi: float | None = None) -> str | None:
    value = clean_text(raw)
    limit = int(hi) if hi is not None else MAX_TEXT
    if not value or len(value) > limit or (lo is not None and len(value) < lo):
        return None
    return value


def latin_text(raw: str, lo: float | None = None, hi: float | None = None) -> str | None:
    """Text in Latin letters (a name as it is written in a passport or for a German reader)."""
    value = text(raw, lo, hi)
    return value if value is not None and is_latin(value) else None


def number(raw: str, lo: float | None = None, hi: float | None = None) -> str | None:
    value = clean_text(raw).replace(",", ".")
    # People type "5 Jahre" / "5 years": take a single leading number.
    match = re.fullmatch(r"(\d{1,4}(?:\.\d+)?)\s*\D{0,12}", value)
    if not match:
        match = re.fullmatch(r"\D{0,12}?\s*(\d{1,4}(?:\.\d+)?)", value)
    if not match:
        return None
    n = float(match.group(1))
    if (lo is not None and n < lo) or (hi is not None and n > hi):
        return None
    return str(int(n)) if n.is_integer() else str(n)


def postal_code(raw: str, lo: float | None = None, hi: float | None = None) -> str | None:
    value = re.sub(r"\s", "", clean_text(raw)).upper().removeprefix("D-")
    value = ascii_digits(value)
    return value if re.fullmatch(r"\d{5}", value) else None


def phone(raw: str, lo: float | None = None, hi: float | None = None) -> str | None:
    value = ascii_digits(clean_text(raw))
    try:
        parsed = phonenumbers.parse(value, "DE")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def display_phone(stored: str) -> str:
    """A stored number as people write it: '+4915123456789' -> '+49 151 23456789' (libphonenumber's grouping)."""
    try:
        parsed = phonenumbers.parse(stored, "DE")
    except phonenumbers.NumberParseException:
        return stored
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def email(raw: str, lo: float | None = None, hi: float | None = None) -> str | None:
    try:
        return validate_email(clean_text(raw), check_deliverability=False).normalized
    except EmailNotValidError:
        return None


BUILTIN: dict[str, Validator] = {
    "text": text, "latin_text": latin_text, "number": number, "postal_code": postal_code, "phone": phone, "email": email,
}
