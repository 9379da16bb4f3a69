"""Figures that do not flatter the search: k-fold cross-validation over the example phrases.

Every example phrase of ``flows/faq/phrases/<lang>.yaml`` is searched on an index built without it:
the phrases of each entry are dealt round-robin into ``k`` folds, and fold i is searched on an index
(lexical and n-gram) built from everything but fold i. Such a phrase is new wording for the search,
as a mentee's question is. Together with out-of-scope questions of the *tuning* sets (never the
evaluation sets, see tests/faq_eval/README.md) these scores choose the bands of the three outcomes
(``choose_bands``: ``python -m bot faq-eval --choose-bands``) and give the cross-validated figures of
``python -m bot faq-eval``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.faq.catalog import LANGUAGES, FaqCatalog
from bot.faq.phrases import load_phrases
from bot.faq.search import ANSWER, NONE, SUGGEST, Bands, FaqIndex, TextFn

FOLDS = 5

#: the targets per language, to be met on questions nobody tuned on
TARGETS = {"top1": 0.85, "found": 0.97, "wrong": 0.02, "declined": 0.90}


@dataclass(frozen=True)
class Scored:
    """One question as the search saw it: the best entries (ids, best first) and the band's inputs."""

    lang: str
    question: str
    expect: str | None
    top: tuple[str, ...]
    best: float
    second: float
    content: float

    def band(self, bands: Bands) -> str:
        return bands.band(self.best, self.second, self.content) if self.top else NONE


def score(index: FaqIndex, lang: str, question: str, expect: str | None) -> Scored:
    ranked = index.rank(question, lang)
    top = tuple(index.entry_ids[doc] for doc, _, _ in ranked[:3])
    best, content = (ranked[0][1], ranked[0][2]) if ranked else (0.0, 0.0)
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return Scored(lang, question, expect, top, best, second, content)


def cross_validate(catalog: FaqCatalog, text: TextFn, words_dir: Path | str, folds: int = FOLDS,
                   languages: Sequence[str] = LANGUAGES) -> list[Scored]:
    """Every example phrase scored by an index built without its fold."""
    phrases_dir = Path(words_dir).parent / "phrases"
    known = {e.id for e in catalog.entries}
    fold_of: dict[tuple[str, str, str], int] = {}
    for lang in languages:
        phrases, _ = load_phrases(phrases_dir, lang, known)
        for entry_id, items in phrases.items():
            for number, phrase in enumerate(items):
                fold_of.setdefault((lang, entry_id, phrase), number % folds)
    out: list[Scored] = []
    for fold in range(folds):
        index = FaqIndex.build(catalog, text, words_dir,
                               leave_out=lambda lang, entry, phrase, f=fold: fold_of.get((lang, entry, phrase)) == f)
        for (lang, entry_id, phrase), number in fold_of.items():
            if number == fold:
                out.append(score(index, lang, phrase, entry_id))
    return out


@dataclass(frozen=True)
class Figures:
    """The four figures of one language: shares of answerable questions answered right directly (top1),
    answered right or among the suggestions (found), answered wrongly (wrong); share of out-of-scope
    questions declined (declined). None where a set has no such question."""

    answerable: int
    out_of_scope: int
    top1: float | None
    found: float | None
    wrong: float | None
    declined: float | None

    def meets(self) -> dict[str, bool]:
        return {"top1": _ge(self.top1, TARGETS["top1"]), "found": _ge(self.found, TARGETS["found"]),
                "wrong": self.wrong is None or self.wrong <= TARGETS["wrong"],
                "declined": _ge(self.declined, TARGETS["declined"])}


def figures(scored: Iterable[Scored], bands: Bands) -> Figures:
    answerable = out_of_scope = right = found = wrong = declined = 0
    for item in scored:
        band = item.band(bands)
        if item.expect is None:
            out_of_scope += 1
            declined += band == NONE
            continue
        answerable += 1
        if band == ANSWER:
            right += item.top[0] == item.expect
            wrong += item.top[0] != item.expect
            found += item.top[0] == item.expect
        elif band == SUGGEST:
            found += item.expect in item.top
    return Figures(answerable, out_of_scope, _share(right, answerable), _share(found, answerable),
                   _share(wrong, answerable), _share(declined, out_of_scope))


def choose_bands(answerable: Sequence[Scored], out_of_scope: Sequence[Scored]) -> tuple[Bands, Figures]:
    """The bands with the most right answers and suggestions (top-1 + found) among those that keep wrong
    direct answers at most 2 % and decline at least 90 % of the out-of-scope questions, over all languages
    together (one language's few out-of-scope questions are too few to set its own bands). When no grid
    point meets both limits, the one with the fewest wrong answers and most declines wins."""
    import numpy as np

    items = [*answerable, *out_of_scope]
    best = np.array([i.best for i in items])
    lead = best - np.array([i.second for i in items])
    content = np.array([i.content for i in items])
    oos = np.array([i.expect is None for i in items])
    right = np.array([bool(i.top) and i.top[0] == i.expect for i in items]) & ~oos
    listed = np.array([i.expect in i.top for i in items]) & ~oos
    n_in, n_out = max(1, int((~oos).sum())), max(1, int(oos.sum()))
    chosen: tuple[tuple[float, float], Bands] | None = None
    for content_at in (0.3, 0.4, 0.5, 0.6, 0.7):
        enough = content >= content_at
        for suggest_at in np.arange(0.2, 0.601, 0.025):
            shown = enough & (best >= suggest_at)
            declined = (~shown & oos).sum() / n_out
            for answer_at in np.arange(max(0.3, suggest_at), 0.801, 0.025):
                for answer_lead in np.arange(0.0, 0.401, 0.025):
                    answered = shown & (best >= answer_at) & (lead >= answer_lead)
                    top1 = (answered & right).sum() / n_in
                    wrong = (answered & ~right & ~oos).sum() / n_in
                    found = top1 + (shown & ~answered & listed).sum() / n_in
                    ok = wrong <= TARGETS["wrong"] and declined >= TARGETS["declined"]
                    key = (1.0, top1 + found) if ok else (0.0, declined - wrong)
                    if chosen is None or key > chosen[0]:
                        chosen = (key, Bands(round(float(answer_at), 3), round(float(answer_lead), 3),
                                             round(float(suggest_at), 3), content_at))
    assert chosen is not None
    return chosen[1], figures(items, chosen[1])


def _ge(value: float | None, target: float) -> bool:
    return value is None or value >= target


def _share(count: int, total: int) -> float | None:
    return count / total if total else None
