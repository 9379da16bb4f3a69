"""Translations: Fluent catalogs per language, language negotiation with Babel, bidi-safe formatting."""

from bot.i18n.locales import LANGUAGES, FALLBACK, Locales, load_locales, negotiate, language_name

__all__ = ["LANGUAGES", "FALLBACK", "Locales", "load_locales", "negotiate", "language_name"]
