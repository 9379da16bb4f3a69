"""How well the FAQ search answers real questions: ``python -m bot faq-eval`` / ``python -m bot.faq.evaluate``.

Reads ``tests/faq_eval/<topic>-<lang>.yaml`` (items ``q`` = a question as mentees type it, ``expect`` =
the entry id that answers it, or null when the FAQ cannot answer) and reports per language:

- top-1: share of answerable questions whose expected entry is the first hit;
- top-3: share of answerable questions whose expected entry is among the first three hits;
- declined: share of unanswerable questions for which the search returned nothing;
- p99: the 99th percentile of the search time over the language's questions (ms).

``tests/faq_eval/heldout/`` holds questions written before any tuning; no synonym or word list was
taken from them (since issue 6 item 5 they served as a development set for the method: stop words,
shared word lists, thresholds). Its table is printed as well; ``--heldout-dir`` measures any other
folder of the same format (e.g. an untouched blind set). ``tests/faq_eval/independent/<lang>.yaml`` holds
real questions from public pages and is printed as its own table; nothing may be tuned on it
(tests/faq_eval/README.md). The index is built before the clock starts.

Also ``main_query`` for ``python -m bot faq "<question>" --lang de``: one ``<entry-id> <score>`` line per
hit, nothing when the search is not confident.
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

from bot.content.problems import Problem
from bot.content.yamlfile import line_of, load_yaml
from bot.faq.catalog import LANGUAGES, FaqCatalog, load_faq
from bot.faq.search import FaqIndex
from bot.faq.texts import FaqTexts

ROOT = Path(__file__).resolve().parents[2]
FAQ_DIR = ROOT / "flows" / "faq"
LOCALES_DIR = ROOT / "locales"
EVAL_DIR = ROOT / "tests" / "faq_eval"
HELDOUT_DIR = EVAL_DIR / "heldout"
"""Questions written before the search was tuned and never used for tuning: the honest figures."""
INDEPENDENT_DIR = EVAL_DIR / "independent"
"""Real questions collected from public pages (``<lang>.yaml``); never tuned on (tests/faq_eval/README.md)."""


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
    hits: tuple[str, ...]
    seconds: float

    @property
    def top1(self) -> bool:
        return self.item.expect is not None and self.hits[:1] == (self.item.expect,)

    @property
    def top3(self) -> bool:
        return self.item.expect is not None and self.item.expect in self.hits[:3]

    @property
    def declined(self) -> bool:
        return not self.hits

    def __str__(self) -> str:
        want = self.item.expect or "(decline)"
        got = ", ".join(self.hits) or "(declined)"
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
    def top3(self) -> float | None:
        return _share(sum(o.top3 for o in self.outcomes), self.answerable)

    @property
    def declined(self) -> float | None:
        return _share(sum(o.declined for o in self.outcomes if o.item.expect is None), self.unanswerable)

    @property
    def p99_ms(self) -> float:
        return percentile([o.seconds for o in self.outcomes], 0.99) * 1000.0

    def misses(self) -> list[Outcome]:
        """Answerable questions not answered first, and unanswerable ones not declined."""
        return [o for o in self.outcomes if (not o.top1 if o.item.expect is not None else not o.declined)]


@dataclass(frozen=True)
class EvalReport:
    results: dict[str, LanguageResult]
    problems: list[Problem] = field(default_factory=list)

    def table(self) -> str:
        lines = [f"{'lang':<5}{'questions':>10}{'top-1':>8}{'top-3':>8}{'no answer':>11}{'declined':>10}{'p99 ms':>9}"]
        for lang, r in self.results.items():
            lines.append(f"{lang:<5}{r.answerable:>10}{_pct(r.top1):>8}{_pct(r.top3):>8}"
                         f"{r.unanswerable:>11}{_pct(r.declined):>10}{r.p99_ms:>9.2f}")
        return "\n".join(lines)


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
        hits = index.search(item.question, item.lang, limit=3)
        seconds = time.perf_counter() - start
        by_lang.setdefault(item.lang, []).append(Outcome(item, tuple(h.entry_id for h in hits), seconds))
    results = {lang: LanguageResult(lang, tuple(by_lang[lang])) for lang in LANGUAGES if lang in by_lang}
    return EvalReport(results, problems)


def build_index(faq_dir: Path | str = FAQ_DIR, locales_dir: Path | str = LOCALES_DIR
                ) -> tuple[FaqIndex, FaqCatalog, list[Problem]]:
    """Catalog + Fluent texts from disk → index (what the command-line tools search)."""
    catalog, problems = load_faq(Path(faq_dir))
    index = FaqIndex.build(catalog, FaqTexts.load(locales_dir), Path(faq_dir) / "words")
    return index, catalog, [*problems, *index.problems]


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1))
    return ordered[rank]


def main(argv: Sequence[str] | None = None) -> int:
    """``faq-eval``: print the table (and with ``--misses`` every question that went wrong)."""
    parser = argparse.ArgumentParser(prog="faq-eval", description="Measure the FAQ search on tests/faq_eval.")
    _paths(parser)
    parser.add_argument("--eval-dir", type=Path, default=EVAL_DIR, help="evaluation questions (tests/faq_eval)")
    parser.add_argument("--heldout-dir", type=Path, default=HELDOUT_DIR,
                        help="held-out questions, never used for tuning (tests/faq_eval/heldout)")
    parser.add_argument("--independent-dir", type=Path, default=INDEPENDENT_DIR,
                        help="real questions from public pages, never used for tuning (tests/faq_eval/independent)")
    parser.add_argument("--misses", action="store_true",
                        help="list every question of both sets that was not answered right")
    args = parser.parse_args(argv)
    index, catalog, problems = build_index(args.faq_dir, args.locales)
    report = evaluate(index, args.eval_dir, catalog)
    all_problems = [*problems, *report.problems]
    print(f"tuning set ({_shown(args.eval_dir)})")
    print(report.table())
    reports = [report]
    if args.heldout_dir and Path(args.heldout_dir).is_dir():
        heldout = evaluate(index, args.heldout_dir, catalog)
        all_problems += heldout.problems
        reports.append(heldout)
        print(f"\nheld-out set ({_shown(args.heldout_dir)}; no synonyms taken from it)")
        print(heldout.table())
    if args.independent_dir and Path(args.independent_dir).is_dir():
        independent = evaluate(index, args.independent_dir, catalog)
        all_problems += independent.problems
        reports.append(independent)
        print(f"\nindependent set ({_shown(args.independent_dir)}; real questions, never tuned on)")
        print(independent.table())
    for problem in all_problems:
        print(problem, file=sys.stderr)
    if args.misses:
        for one in reports:
            for result in one.results.values():
                for outcome in result.misses():
                    print(outcome)
    return 1 if any(p.is_error for p in all_problems) else 0


def _shown(path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def main_query(argv: Sequence[str] | None = None) -> int:
    """``faq "<question>" --lang xx``: the top three ``<entry-id> <score>`` lines, nothing if not confident."""
    parser = argparse.ArgumentParser(prog="faq", description="Search the FAQ like the bot does.")
    parser.add_argument("question", nargs="+", help="the question, as a mentee would type it")
    parser.add_argument("--lang", required=True, choices=LANGUAGES, help="the mentee's language")
    _paths(parser)
    args = parser.parse_args(argv)
    index, _, problems = build_index(args.faq_dir, args.locales)
    for problem in problems:
        print(problem, file=sys.stderr)
    for hit in index.search(" ".join(args.question), args.lang, limit=3):
        print(f"{hit.entry_id} {hit.score:.2f}")
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
