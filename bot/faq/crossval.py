"""Figures that do not flatter the search: k-fold cross-validation over the example phrases.

Every example phrase of ``flows/faq/phrases/<lang>.yaml`` and every out-of-scope example of
``flows/faq/phrases/out-of-scope-<lang>.yaml`` is searched on an index built without it: the phrases of
each entry (and the out-of-scope examples) are dealt round-robin into ``k`` folds, and fold i is searched
on an index (lexical and n-gram) built from everything but fold i. Such a phrase is new wording for the
search, as a mentee's question is. Together with out-of-scope questions of the *tuning* sets (never the
evaluation sets, see tests/faq_eval/README.md) these scores choose the bands of the three outcomes
(``choose_bands``: ``python -m bot faq-eval --choose-bands``) and give the cross-validated figures of
``python -m bot faq-eval``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from bot.faq.bands import ANSWER, NONE, SUGGEST, Bands, Gate
from bot.faq.catalog import LANGUAGES, FaqCatalog
from bot.faq.offtopic import load_out_of_scope
from bot.faq.phrases import load_phrases
from bot.faq.search import FaqIndex, TextFn

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
    outside: float = 0.0

    def band(self, bands: Bands) -> str:
        return bands.band(self.best, self.second, self.content, self.outside) if self.top else NONE


def score(index: FaqIndex, lang: str, question: str, expect: str | None) -> Scored:
    ranking = index.rank(question, lang)
    ranked = ranking.entries
    top = tuple(index.entry_ids[doc] for doc, _, _ in ranked[:3])
    best, content = (ranked[0][1], ranked[0][2]) if ranked else (0.0, 0.0)
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    return Scored(lang, question, expect, top, best, second, content, ranking.outside)


def cross_validate(catalog: FaqCatalog, text: TextFn, words_dir: Path | str, folds: int = FOLDS,
                   languages: Sequence[str] = LANGUAGES) -> list[Scored]:
    """Every example phrase and out-of-scope example (``expect`` None) scored by an index built without
    its fold."""
    phrases_dir = Path(words_dir).parent / "phrases"
    known = {e.id for e in catalog.entries}
    fold_of: dict[tuple[str, str | None, str], int] = {}
    for lang in languages:
        phrases, _ = load_phrases(phrases_dir, lang, known)
        for entry_id, items in phrases.items():
            for number, phrase in enumerate(items):
                fold_of.setdefault((lang, entry_id, phrase), number % folds)
        outside, _ = load_out_of_scope(phrases_dir, lang)
        for number, phrase in enumerate(outside):
            fold_of.setdefault((lang, None, phrase), number % folds)
    out: list[Scored] = []
    for fold in range(folds):
        def left_out(lang: str, entry: str | None, phrase: str, fold: int = fold) -> bool:
            return fold_of.get((lang, entry, phrase)) == fold

        index = FaqIndex.build(catalog, text, words_dir, leave_out=left_out)
        for (lang, expect, phrase), number in fold_of.items():
            if number == fold:
                out.append(score(index, lang, phrase, expect))
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
    ranked1: float | None = None
    """The ranking alone, bands aside: expected entry first / among the first three."""
    ranked3: float | None = None


def figures(scored: Iterable[Scored], bands: Bands) -> Figures:
    answerable = out_of_scope = right = found = wrong = declined = first = three = 0
    for item in scored:
        band = item.band(bands)
        if item.expect is None:
            out_of_scope += 1
            declined += band == NONE
            continue
        answerable += 1
        first += item.top[:1] == (item.expect,)
        three += item.expect in item.top
        if band == ANSWER:
            right += item.top[0] == item.expect
            wrong += item.top[0] != item.expect
            found += item.top[0] == item.expect
        elif band == SUGGEST:
            found += item.expect in item.top
    return Figures(answerable, out_of_scope, _share(right, answerable), _share(found, answerable),
                   _share(wrong, answerable), _share(declined, out_of_scope), _share(first, answerable),
                   _share(three, answerable))


class LogisticRegressionLike(Protocol):
    """What ``_gate`` reads of a fitted scikit-learn logistic regression."""

    coef_: npt.NDArray[np.float64]
    intercept_: npt.NDArray[np.float64]


GATE_FOLDS = 5
"""Folds over the scored questions for the gates' cross-validated probabilities (``choose_bands``)."""


def choose_bands(answerable: Sequence[Scored], out_of_scope: Sequence[Scored]) -> tuple[Bands, Figures]:
    """Fit the two gates of ``bot.faq.bands`` and choose their thresholds.

    The in-scope gate learns answerable against out-of-scope questions, the right gate learns whether the
    best entry was the expected one (answerable questions only); both are logistic regressions over the
    four numbers of a ``Scored``. The thresholds are the pair with the most right answers and suggestions
    (top-1 + found, all languages together) among those that keep wrong direct answers at most 2 % and
    decline at least 90 % of the out-of-scope questions in every language (the targets are per language;
    one pair for all, as one language's hundred out-of-scope questions are few) — judged on the gates'
    probabilities for questions they were not fitted on (``GATE_FOLDS``-fold). When no pair meets both limits, the one with the fewest wrong answers and
    most declines wins. The shipped gates are then fitted on all the questions."""
    # deferred: scikit-learn is needed only here (faq-eval --choose-bands), not by the bot or the other tools
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold

    items = [*answerable, *out_of_scope]
    x = np.array([[i.best, i.best - i.second, i.content, i.outside] for i in items])
    oos = np.array([i.expect is None for i in items])
    right = np.array([bool(i.top) and i.top[0] == i.expect for i in items]) & ~oos
    listed = np.array([i.expect in i.top for i in items]) & ~oos

    def fit(rows: np.ndarray, labels: np.ndarray) -> LogisticRegression:
        return LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000).fit(x[rows], labels[rows])

    in_prob, right_prob = np.zeros(len(items)), np.zeros(len(items))
    folds = StratifiedKFold(GATE_FOLDS, shuffle=True, random_state=0)
    for train, test in folds.split(x, oos * 2 + right):
        in_prob[test] = fit(train, ~oos).predict_proba(x[test])[:, 1]
        answerable_rows = train[~oos[train]]
        right_prob[test] = fit(answerable_rows, right).predict_proba(x[test])[:, 1]
    languages = np.array([i.lang for i in items])
    groups = [languages == lang for lang in sorted(set(languages.tolist()))]
    n_in = max(1, int((~oos).sum()))
    chosen: tuple[tuple[float, float], float, float] | None = None
    for suggest_at in np.round(np.arange(0.02, 0.981, 0.02), 2):
        shown = in_prob >= suggest_at
        declined = min(_share_of(~shown & oos, oos & group) for group in groups)
        for answer_at in np.round(np.arange(0.02, 0.991, 0.01), 2):
            answered = shown & (right_prob >= answer_at)
            top1 = (answered & right).sum() / n_in
            wrong = max(_share_of(answered & ~right & ~oos, ~oos & group) for group in groups)
            found = top1 + (shown & ~answered & listed).sum() / n_in
            ok = wrong <= TARGETS["wrong"] and declined >= TARGETS["declined"]
            key = (1.0, top1 + found) if ok else (0.0, declined - wrong)
            if chosen is None or key > chosen[0]:
                chosen = (key, float(suggest_at), float(answer_at))
    assert chosen is not None
    all_rows = np.arange(len(items))
    bands = Bands(_gate(fit(all_rows, ~oos)), _gate(fit(all_rows[~oos], right)), chosen[1], chosen[2])
    return bands, figures(items, bands)


def _share_of(hits: npt.NDArray[np.bool_], among: npt.NDArray[np.bool_]) -> float:
    return float((hits & among).sum() / max(1, int(among.sum())))


def _gate(model: LogisticRegressionLike) -> Gate:
    best, lead, content, outside = (round(float(w), 3) for w in model.coef_[0])
    return Gate(best, lead, content, outside, round(float(model.intercept_[0]), 3))


def _share(count: int, total: int) -> float | None:
    return count / total if total else None
