"""The seam between the FAQ search and the ways it scores entries.

A scorer rates every entry of the catalog for a question in one language, each score in 0..1, higher
is better; ``bot.faq.search.FaqIndex`` fuses the scorers' lists with fixed weights and sorts. Today two
scorers plug in here — the lexical one (``bot.faq.lexical``: stems, typos, compounds, word lists) and
the character n-gram classifier (``bot.faq.ngram``) — and an embedding scorer can be a third without
touching the search: it only has to rate the entries the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class EntryScorer(Protocol):
    """Rates every entry for a question: one score in 0..1 per entry, in catalog order."""

    def rate(self, query: str, lang: str) -> Sequence[float]:
        """Scores of all entries (catalog order) for ``query`` in ``lang``."""
        ...
