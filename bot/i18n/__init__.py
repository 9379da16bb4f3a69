"""Translations: Fluent catalogs per language, language negotiation with Babel, bidi-safe formatting."""

from bot.i18n.locales import FALLBACK, LANGUAGES, Locales, language_name, load_locales, negotiate

__all__ = ["LANGUAGES", "FALLBACK", "Locales", "load_locales", "negotiate", "language_name"]
