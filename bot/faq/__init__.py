"""FAQ: the catalog of entries (``flows/faq``) and the multilingual search over their texts.

The search (bot.faq.search, with numpy) is not imported here: the command line and the statistics read the
catalog without paying for it."""

from bot.faq.catalog import LANGUAGES, FaqCatalog, FaqEntry, FaqTopic, load_faq
from bot.faq.texts import FaqTexts

__all__ = ["LANGUAGES", "FaqCatalog", "FaqEntry", "FaqTexts", "FaqTopic", "load_faq"]
