"""How well the FAQ search answers real questions: ``python -m bot faq-eval`` / ``python -m bot.faq.evaluate``.

Reads ``tests/faq_eval/**/<name>-<lang>.yaml`` (items ``q`` = a question as mentees type it, ``expect``
= the entry id that answers it, or null when the FAQ cannot answer) and reports per language and set:

- top-1: share of answerable questions answered directly with the expected entry;
- found: share of answerable questions answered right or with the expected entry among the suggestions;
- wrong: share of answerable questions answered directly with another entry;
- declined: share of unanswerable questions the search declined (no answer, no suggestions);
- ranked 1st / in top 3: the ranking alone, without the bands — share of answerable questions whose
  expected entry is ranked first / among the first three (says whether the ranker or the bands lose them);
- p99: the 99th percentile of the search time over the language's questions (ms).

First come the cross-validated figures of the example phrases (``bot.faq.crossval``; ``--folds``),
then one table per set. Which sets tune and which only evaluate: tests/faq_eval/README.md. The index
is built before the clock starts. ``--choose-bands`` prints the bands the tuning data chooses.

Also ``main_query`` for ``python -m bot faq "<question>" --lang de``: one line per entry —
``answer <entry-id> <score>`` or ``suggest <entry-id> <score>`` — and ``none`` when the search declines.
"""

from __future__ import annotations

import argparse
import gc
import math
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.faq import crossval
from bot.faq.bands import ANSWER, NONE, SUGGEST, Bands
from bot.faq.catalog import LANGUAGES, FaqCatalog, load_faq
from bot.faq.ngram import DEFAULT_CACHE
from bot.faq.search import FaqIndex
from bot.faq.texts import FaqTexts
from bot.files.problems import Problem
from bot.files.yamlfile import line_of, load_yaml

ROOT = Path(__file__).resolve().parents[2]
FAQ_DIR = ROOT / "flows" / "faq"
LOCALES_DIR = ROOT / "locales"
EVAL_DIR = ROOT / "tests" / "faq_eval"
"""The first tuning set (its questions shaped synonyms and word lists) and the evaluation sets below it."""
HELDOUT_DIR = EVAL_DIR / "heldout"
"""Questions written before the search was tuned (used to develop the method until the bands were set
by cross-validation; evaluation only since)."""
INDEPENDENT_DIR = EVAL_DIR / "independent"
"""Real questions collected from public pages (``<lang>.yaml``); never tuned on (tests/faq_eval/README.md)."""
TUNING_DIRS = (EVAL_DIR, EVAL_DIR / "tuning")
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
                         + f"{_pct(r.ranked1):>12}{_pct(r.ranked3):>10}{r.p99_ms:>9.2f}")
        return "\n".join(lines)


HEADER = f"{'lang':<5}{'questions':>10}{'top-1':>8}{'found':>8}{'wrong':>8}{'no answer':>11}{'declined':>10}"
RANKED = f"{'ranked 1st':>12}{'in top 3':>10}"


def _row(lang: str, answerable: int, top1: float | None, found: float | None, wrong: float | None,
         unanswerable: int, declined: float | None) -> str:
    return (f"{lang:<5}{answerable:>10}{_pct(top1):>8}{_pct(found):>8}{_pct(wrong):>8}"
            f"{unanswerable:>11}{_pct(declined):>10}")


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


def build_index(faq_dir: Path | str = FAQ_DIR, locales_dir: Path | str = LOCALES_DIR
                ) -> tuple[FaqIndex, FaqCatalog, list[Problem]]:
    """Catalog + Fluent texts from disk → index (what the command-line tools search)."""
    catalog, problems = load_faq(Path(faq_dir))
    index = FaqIndex.build(catalog, FaqTexts.load(locales_dir), Path(faq_dir) / "words", cache_dir=DEFAULT_CACHE)
    return index, catalog, [*problems, *index.problems]


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1))
    return ordered[rank]


def main(argv: Sequence[str] | None = None) -> int:
    """``faq-eval``: the cross-validated figures, then one table per set (``--misses``: every question that
    went wrong; ``--choose-bands``: the bands the tuning data chooses)."""
    parser = argparse.ArgumentParser(prog="faq-eval", description="Measure the FAQ search on tests/faq_eval.")
    _paths(parser)
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR,
                        help="folder of evaluation sets: its own files and every sub-folder (tests/faq_eval)")
    parser.add_argument("--folds", type=int, default=crossval.FOLDS,
                        help=f"folds of the cross-validation over the example phrases (default {crossval.FOLDS}; 0: skip)")
    parser.add_argument("--misses", action="store_true", help="list every question that was not answered right")
    parser.add_argument("--choose-bands", action="store_true",
                        help="choose the bands of the three outcomes from the tuning data and print them")
    args = parser.parse_args(argv)
    index, catalog, problems = build_index(args.faq_dir, args.locales)
    all_problems = list(problems)
    if args.folds >= 2 or args.choose_bands:
        folds = max(2, args.folds or crossval.FOLDS)
        texts = FaqTexts.load(args.locales)
        phrases = crossval.cross_validate(catalog, texts, Path(args.faq_dir) / "words", folds)
        tuning_dirs = [args.eval_dir, *(d for d in TUNING_DIRS[1:] if d.is_dir())] if args.eval_dir == EVAL_DIR \
            else [args.eval_dir]
        out_of_scope = [crossval.score(index, item.lang, item.question, None)
                        for folder in tuning_dirs for item in load_eval(folder, catalog)[0] if item.expect is None]
        print(f"cross-validated: example phrases and out-of-scope examples, each searched on an index built "
              f"without it ({folds} folds), and the out-of-scope questions of the tuning sets")
        print(crossval_table([*phrases, *out_of_scope], Bands()))
        if args.choose_bands:
            bands, got = crossval.choose_bands(phrases, out_of_scope)
            print(f"\nchosen bands: {bands}\nall languages: top-1 {_pct(got.top1)}, found {_pct(got.found)}, "
                  f"wrong {_pct(got.wrong)}, declined {_pct(got.declined)}")
            print(crossval_table([*phrases, *out_of_scope], bands))
        print()
    reports = []
    for folder in eval_folders(args.eval_dir):
        report = evaluate(index, folder, catalog)
        if not report.results:
            continue
        all_problems += report.problems
        reports.append(report)
        role = "tuning" if folder in TUNING_DIRS else "evaluation only"
        print(f"{_shown(folder)} ({role})")
        print(report.table())
        print()
    for problem in all_problems:
        print(problem, file=sys.stderr)
    if args.misses:
        for one in reports:
            for result in one.results.values():
                for outcome in result.misses():
                    print(outcome)
    return 1 if any(p.is_error for p in all_problems) else 0


def eval_folders(eval_dir: Path | str) -> list[Path]:
    """The folder itself and its sub-folders (sorted) — each one set."""
    root = Path(eval_dir)
    return [root, *sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))]


def crossval_table(scored: Sequence[crossval.Scored], bands: Bands) -> str:
    lines = [HEADER + RANKED]
    for lang in LANGUAGES:
        got = crossval.figures([s for s in scored if s.lang == lang], bands)
        if got.answerable or got.out_of_scope:
            lines.append(_row(lang, got.answerable, got.top1, got.found, got.wrong, got.out_of_scope, got.declined)
                         + f"{_pct(got.ranked1):>12}{_pct(got.ranked3):>10}")
    return "\n".join(lines)


def _shown(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def main_query(argv: Sequence[str] | None = None) -> int:
    """``faq "<question>" --lang xx``: ``answer <entry-id> <score>`` (one line), up to three
    ``suggest <entry-id> <score>`` lines, or ``none``."""
    parser = argparse.ArgumentParser(prog="faq", description="Search the FAQ like the bot does.")
    parser.add_argument("question", nargs="+", help="the question, as a mentee would type it")
    parser.add_argument("--lang", required=True, choices=LANGUAGES, help="the mentee's language")
    _paths(parser)
    args = parser.parse_args(argv)
    index, _, problems = build_index(args.faq_dir, args.locales)
    for problem in problems:
        print(problem, file=sys.stderr)
    result = index.search(" ".join(args.question), args.lang, limit=3)
    for hit in result.hits:
        print(f"{result.band} {hit.entry_id} {hit.score:.2f}")
    if not result.hits:
        print(result.band)
    return 0


def _paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--faq-dir", type=Path, default=FAQ_DIR, help="FAQ entries (flows/faq)")
    parser.add_argument("--locales", type=Path, default=LOCALES_DIR, help="Fluent files (locales)")


def _share(count: int, total: int) -> float | None:
    return count / total if total else None


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
