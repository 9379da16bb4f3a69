"""The FAQ catalog: topics and entries read from ``flows/faq/*.yaml``, checked rule by rule.

The content format is described in ``docs/faq-format.md``. ``load_faq`` never stops at the first
mistake: it returns the entries it could read together with every problem it found, each with
``file:line`` and a hint for the admin. An entry with an error is left out of the catalog, so the bot
never shows a half-valid entry.

- ``model``: ``FaqTopic``, ``FaqEntry`` and ``FaqCatalog``, the data the rest of the bot uses;
- ``rules``: the checks, one method per rule group;
- ``load``: ``load_faq``, reading the files (tolerating impossible dates) and running the checks.

Callers import from ``bot.faq.catalog``; the sub-modules are how the work is divided, not an API.
"""

from bot.faq.catalog.load import load_faq
from bot.faq.catalog.model import LANGUAGES, MAX_ID_LENGTH, REVIEW_RULES, FaqCatalog, FaqEntry, FaqTopic

__all__ = ["LANGUAGES", "MAX_ID_LENGTH", "REVIEW_RULES", "FaqCatalog", "FaqEntry", "FaqTopic", "load_faq"]
