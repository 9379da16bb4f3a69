"""The FAQ search's commands: ``python -m bot faq-eval`` (also ``python -m bot.faq.evaluate``) and
``python -m bot faq "<question>" --lang de``.

``faq-eval`` prints first the cross-validated figures of the example phrases (``bot.faq.crossval``;
``--folds``), then one table per evaluation set (the sets and their figures: ``bot.faq.eval_sets``).
``--choose-bands`` prints the bands the tuning data chooses, ``--misses`` every question that went wrong.

``main_query`` is ``python -m bot faq "<question>" --lang de``: one line per entry —
``answer <entry-id> <score>`` or ``suggest <entry-id> <score>`` — and ``none`` when the search declines.
Both build the index from the files on disk (``build_index``), as the bot does when it loads its content.
This module is the command line only (options, printing); what is measured lives in ``bot.faq.eval_sets``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.faq import crossval
from bot.faq.bands import Bands
from bot.faq.catalog import LANGUAGES, FaqCatalog, load_faq
from bot.faq.eval_sets import EVAL_DIR, ROOT, TUNING_DIRS, crossval_table, eval_folders, evaluate, load_eval, pct
from bot.faq.ngram import DEFAULT_CACHE
from bot.faq.search import FaqIndex
from bot.faq.texts import FaqTexts
from bot.files.problems import Problem

FAQ_DIR = ROOT / "flows" / "faq"
LOCALES_DIR = ROOT / "locales"


def build_index(faq_dir: Path | str = FAQ_DIR, locales_dir: Path | str = LOCALES_DIR
                ) -> tuple[FaqIndex, FaqCatalog, list[Problem]]:
    """Catalog + Fluent texts from disk → index (what the command-line tools search)."""
    catalog, problems = load_faq(Path(faq_dir))
    index = FaqIndex.build(catalog, FaqTexts.load(locales_dir), Path(faq_dir) / "words", cache_dir=DEFAULT_CACHE)
    return index, catalog, [*problems, *index.problems]


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
            print(f"\nchosen bands: {bands}\nall languages: top-1 {pct(got.top1)}, found {pct(got.found)}, "
                  f"wrong {pct(got.wrong)}, declined {pct(got.declined)}")
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
