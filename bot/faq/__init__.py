"""FAQ: the catalog of entries (``flows/faq``) and the multilingual search over their texts."""

from bot.faq.catalog import LANGUAGES, FaqCatalog, FaqEntry, FaqTopic, load_faq
from bot.faq.search import FaqIndex, Hit
from bot.faq.texts import FaqTexts

__all__ = ["LANGUAGES", "FaqCatalog", "FaqEntry", "FaqIndex", "FaqTexts", "FaqTopic", "Hit", "load_faq"]
