"""The FAQ search's evaluation sets and the figures over them: reading ``tests/faq_eval/**/<name>-<lang>.yaml``,
running every question through the search, and the tables ``python -m bot faq-eval`` prints.

It is its own part because the figures are used beyond the command: the quality tests assert them and the
benchmark times the search on the same questions (``bench/measure.py``); the command itself is
``bot.faq.evaluate``.

An item is ``q`` = a question as mentees type it, ``expect`` = the entry id that answers it, or null when
the FAQ cannot answer. The figures, per language and set:

- top-1: share of answerable questions answered directly with the expected entry;
- found: share of answerable questions answered right or with the expected entry among the suggestions;
- wrong: share of answerable questions answered directly with another entry;
- declined: share of unanswerable questions the search declined (no answer, no suggestions);
- ranked 1st / in top 3: the ranking alone, without the bands — share of answerable questions whose
  expected entry is ranked first / among the first three (says whether the ranker or the bands lose them);
- p99: the 99th percentile of the search time over the language's questions (ms).

Which sets tune and which only evaluate: tests/faq_eval/README.md. The index is built before the clock starts.
"""

from __future__ import annotations

import gc
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.faq import crossval
from bot.faq.bands import ANSWER, NONE, SUGGEST, Bands
from bot.faq.catalog import LANGUAGES, FaqCatalog
from bot.faq.search import FaqIndex
from bot.files.problems import Problem
from bot.files.yamlfile import line_of, load_yaml

ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = ROOT / "tests" / "faq_eval"
"""The first tuning set (its questions shaped synonyms and word lists) and the evaluation sets below it."""
HELDOUT_DIR = EVAL_DIR / "heldout"
"""Questions written before the search was tuned (used to develop the method until the bands were set
by cross-validation; evaluation only since)."""
INDEPENDENT_DIR = EVAL_DIR / "independent"
"""Real questions collected from public pages (``<lang>.yaml``); never tuned on (tests/faq_eval/README.md)."""
DEV_DIR = EVAL_DIR / "dev"
"""Real questions from public pages that feed no evaluation set: the development set on which settings of the
search are compared before they are adopted (tests/faq_eval/README.md)."""
TUNING_DIRS = (EVAL_DIR, EVAL_DIR / "tuning", DEV_DIR)
"""Sets whose out-of-scope questions choose the bands (with the cross-validated example phrases)."""


@dataclass(frozen=True)
class EvalItem:
    lang: str
    question: str
    expect: str | None
    file: str
    line: int


@dataclass(frozen=True)
class Outcome:
    item: EvalItem
    band: str
    hits: tuple[str, ...]
    seconds: float
    ranked: tuple[str, ...] = ()
    """The first three entries of the ranking, whatever the band."""

    @property
    def top1(self) -> bool:
        """Answered directly with the expected entry."""
        return self.item.expect is not None and self.band == ANSWER and self.hits[:1] == (self.item.expect,)

    @property
    def found(self) -> bool:
        """Answered right, or the expected entry is among the suggestions."""
        return self.top1 or (self.item.expect is not None and self.band == SUGGEST and self.item.expect in self.hits)

    @property
    def wrong(self) -> bool:
        """An answerable question answered directly with another entry."""
        return self.item.expect is not None and self.band == ANSWER and not self.top1

    @property
    def declined(self) -> bool:
        return self.band == NONE

    def __str__(self) -> str:
        want = self.item.expect or "(decline)"
        got = f"{self.band} " + (", ".join(self.hits) or "-")
        return f"{self.item.file}:{self.item.line}: [{self.item.lang}] {self.item.question!r}: want {want}, got {got}"


@dataclass(frozen=True)
class LanguageResult:
    """The figures for one language."""

    lang: str
    outcomes: tuple[Outcome, ...]

    @property
    def answerable(self) -> int:
        return sum(1 for o in self.outcomes if o.item.expect is not None)

    @property
    def unanswerable(self) -> int:
        return len(self.outcomes) - self.answerable

    @property
    def top1(self) -> float | None:
        return _share(sum(o.top1 for o in self.outcomes), self.answerable)

    @property
    def found(self) -> float | None:
        return _share(sum(o.found for o in self.outcomes), self.answerable)

    @property
    def wrong(self) -> float | None:
        return _share(sum(o.wrong for o in self.outcomes), self.answerable)

    @property
    def declined(self) -> float | None:
        return _share(sum(o.declined for o in self.outcomes if o.item.expect is None), self.unanswerable)

    @property
    def ranked1(self) -> float | None:
        """Expected entry ranked first, bands aside."""
        return _share(sum(o.ranked[:1] == (o.item.expect,) for o in self.outcomes if o.item.expect), self.answerable)

    @property
    def ranked3(self) -> float | None:
        """Expected entry among the first three, bands aside."""
        return _share(sum(o.item.expect in o.ranked for o in self.outcomes if o.item.expect), self.answerable)

    @property
    def p99_ms(self) -> float:
        return percentile([o.seconds for o in self.outcomes], 0.99) * 1000.0

    def misses(self) -> list[Outcome]:
        """Answerable questions not answered right, and unanswerable ones not declined."""
        return [o for o in self.outcomes if (not o.top1 if o.item.expect is not None else not o.declined)]


@dataclass(frozen=True)
class EvalReport:
    results: dict[str, LanguageResult]
    problems: list[Problem] = field(default_factory=list)

    def table(self) -> str:
        lines = [HEADER + RANKED + f"{'p99 ms':>9}"]
        for lang, r in self.results.items():
            lines.append(_row(lang, r.answerable, r.top1, r.found, r.wrong, r.unanswerable, r.declined)
                         + f"{pct(r.ranked1):>12}{pct(r.ranked3):>10}{r.p99_ms:>9.2f}")
        return "\n".join(lines)


HEADER = f"{'lang':<5}{'questions':>10}{'top-1':>8}{'found':>8}{'wrong':>8}{'no answer':>11}{'declined':>10}"
RANKED = f"{'ranked 1st':>12}{'in top 3':>10}"


def _row(lang: str, answerable: int, top1: float | None, found: float | None, wrong: float | None,
         unanswerable: int, declined: float | None) -> str:
    return (f"{lang:<5}{answerable:>10}{pct(top1):>8}{pct(found):>8}{pct(wrong):>8}"
            f"{unanswerable:>11}{pct(declined):>10}")


def load_eval(eval_dir: Path | str, catalog: FaqCatalog | None = None) -> tuple[list[EvalItem], list[Problem]]:
    """Read every ``*-<lang>.yaml`` or ``<lang>.yaml`` evaluation file; unknown expected entry ids are problems."""
    items: list[EvalItem] = []
    problems: list[Problem] = []
    for path in sorted(Path(eval_dir).glob("*.yaml")):
        lang = path.stem.rsplit("-", 1)[-1]
        if lang not in LANGUAGES:
            continue
        loaded, problem = load_yaml(path)
        if problem is not None:
            problems.append(problem)
            continue
        assert loaded is not None
        data = loaded.data
        if not isinstance(data, list):
            problems.append(Problem(loaded.path, 1, "an evaluation file must be a list of '- q: ... expect: ...'",
                                    "start each item with '- q: <question>' and put 'expect: <entry-id>' below it"))
            continue
        for index, raw in enumerate(data):
            line = line_of(data, index)
            question = raw.get("q") if isinstance(raw, dict) else None
            if not isinstance(question, str) or not question.strip() or "expect" not in raw:
                problems.append(Problem(loaded.path, line, "an evaluation item needs 'q' (text) and 'expect'",
                                        "write '- q: <question>' and 'expect: <entry-id>' (or 'expect: null')"))
                continue
            expect = raw["expect"]
            if expect is not None and (not isinstance(expect, str) or (catalog is not None and expect not in catalog)):
                problems.append(Problem(loaded.path, line_of(raw, "expect"), f"expected entry {expect!r} does not exist",
                                        "use an entry id from flows/faq, or null if the FAQ cannot answer"))
                continue
            items.append(EvalItem(lang, question, expect, loaded.path, line))
    return items, problems


def evaluate(index: FaqIndex, eval_dir: Path | str, catalog: FaqCatalog | None = None) -> EvalReport:
    """Run every evaluation question through ``index.search`` and collect the figures per language."""
    items, problems = load_eval(eval_dir, catalog)
    by_lang: dict[str, list[Outcome]] = {}
    gc.collect()  # the garbage of building the index is not the search's time
    for item in items:
        start = time.perf_counter()
        result = index.search(item.question, item.lang, limit=3)
        seconds = time.perf_counter() - start
        ranked = tuple(index.entry_ids[doc] for doc, _, _ in index.rank(item.question, item.lang).entries[:3])
        by_lang.setdefault(item.lang, []).append(Outcome(item, result.band, result.entry_ids, seconds, ranked))
    results = {lang: LanguageResult(lang, tuple(by_lang[lang])) for lang in LANGUAGES if lang in by_lang}
    return EvalReport(results, problems)


def eval_folders(eval_dir: Path | str) -> list[Path]:
    """The folder itself and its sub-folders (sorted) — each one set."""
    root = Path(eval_dir)
    return [root, *sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))]


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1))
    return ordered[rank]


def crossval_table(scored: Sequence[crossval.Scored], bands: Bands) -> str:
    lines = [HEADER + RANKED]
    for lang in LANGUAGES:
        got = crossval.figures([s for s in scored if s.lang == lang], bands)
        if got.answerable or got.out_of_scope:
            lines.append(_row(lang, got.answerable, got.top1, got.found, got.wrong, got.out_of_scope, got.declined)
                         + f"{pct(got.ranked1):>12}{pct(got.ranked3):>10}")
    return "\n".join(lines)


def _share(count: int, total: int) -> float | None:
    return count / total if total else None


def pct(value: float | None) -> str:
    """A share as a percentage with one decimal; a dash where there was nothing to count."""
    return "—" if value is None else f"{value * 100:.1f}%"
