"""The seam between the FAQ search and the ways it scores entries.

A scorer rates every entry of the catalog for a question in one language, each score in 0..1, higher
is better, and may say how likely the question is about none of them; ``bot.faq.search.FaqIndex`` fuses
the scorers' ratings with fixed weights and sorts. Today two scorers plug in — the lexical one
(``bot.faq.lexical``: stems, typos, compounds, word lists) and the character n-gram classifier
(``bot.faq.ngram``, which also learnt out-of-scope examples) — and an embedding scorer can be a third
without touching the search: it only has to rate the entries the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt


@dataclass(frozen=True)
class Ratings:
    """One scorer's view of a question: a score per entry (catalog order) and the probability that the
    question is about none of the entries (0 when the scorer cannot tell)."""

    entries: npt.NDArray[np.float64]
    outside: float = 0.0


class EntryScorer(Protocol):
    """Rates every entry for a question."""

    def rate(self, query: str, lang: str) -> Ratings:
        """Scores of all entries (catalog order) for ``query`` in ``lang``."""
        ...
