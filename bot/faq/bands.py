"""The three outcomes of an FAQ search — answer, "Did you mean …?", or an honest "I don't know" — and
where each begins.

Four numbers describe how sure the ranking is (``bot.faq.search``): the best entry's fused score s1, its
lead over the second s1 - s2, the best entry's content coverage (question words and everyday verbs count
little: "Wo kann ich eine Wohnung finden?" is about the Wohnung, and an entry that matches only "wo" and
"finden" is no answer) and the n-gram classifier's probability that the question is about none of the
entries (``outside``: it learnt the out-of-scope examples of ``flows/faq/phrases/out-of-scope-<lang>.yaml``).
Two logistic gates weigh them — no single number decides: a very good match outweighs a little
"outside", a weak one does not:

    in scope = σ(IN_SCOPE · (s1, s1 - s2, content, outside) + bias)   the question is about some entry
    right    = σ(RIGHT · (s1, s1 - s2, content, outside) + bias)      the best entry is the right one

    NONE     in scope < SUGGEST_AT: the polite decline with a mentor;
    ANSWER   otherwise, if right ≥ ANSWER_AT: the best entry is the answer;
    SUGGEST  otherwise: "Did you mean …?" with the best three.

The weights and both thresholds come from ``python -m bot faq-eval --choose-bands`` (``bot.faq.crossval``),
fitted on k-fold cross-validated scores of the example phrases and of the out-of-scope examples (each
scored by an index built without it) and the out-of-scope questions of the tuning sets — never on the
evaluation sets (tests/faq_eval/README.md). The thresholds are chosen on the gates' cross-validated
probabilities, so they are not chosen on questions the gates were fitted on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

ANSWER = "answer"
SUGGEST = "suggest"
NONE = "none"


@dataclass(frozen=True)
class Gate:
    """A logistic model over the four numbers of the module docstring."""

    best: float
    lead: float
    content: float
    outside: float
    bias: float

    def probability(self, best: float, lead: float, content: float, outside: float) -> float:
        z = self.best * best + self.lead * lead + self.content * content + self.outside * outside + self.bias
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


IN_SCOPE = Gate(best=5.171, lead=2.636, content=2.18, outside=-12.165, bias=-2.238)
RIGHT = Gate(best=2.277, lead=10.909, content=-0.686, outside=1.257, bias=-2.904)
SUGGEST_AT = 0.46
ANSWER_AT = 0.37


@dataclass(frozen=True)
class Hit:
    """One FAQ entry that answers the query, with a confidence score in 0..1."""

    entry_id: str
    score: float


@dataclass(frozen=True)
class Bands:
    """Where the three outcomes begin (see the module docstring)."""

    in_scope: Gate = IN_SCOPE
    right: Gate = RIGHT
    suggest_at: float = SUGGEST_AT
    answer_at: float = ANSWER_AT

    def band(self, best: float, second: float, content: float, outside: float = 0.0) -> str:
        lead = best - second
        if self.in_scope.probability(best, lead, content, outside) < self.suggest_at:
            return NONE
        if self.right.probability(best, lead, content, outside) >= self.answer_at:
            return ANSWER
        return SUGGEST


@dataclass(frozen=True)
class SearchResult:
    """What the search makes of a question: ``band`` (ANSWER, SUGGEST or NONE) and the best entries.

    ANSWER: ``hits[0]`` is the answer; SUGGEST: ``hits`` are the (up to three) suggestions; NONE: no hits.
    """

    band: str
    hits: tuple[Hit, ...] = ()

    @property
    def answer(self) -> str | None:
        return self.hits[0].entry_id if self.band == ANSWER and self.hits else None

    @property
    def entry_ids(self) -> tuple[str, ...]:
        return tuple(h.entry_id for h in self.hits)
