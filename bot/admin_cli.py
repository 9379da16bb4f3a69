"""`python -m bot render` and `python -m bot stats`: diagrams and figures for program staff."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

from bot.admin.diagram import render_flows
from bot.admin.report import summary, to_csv
from bot.admin.stats import Period, Stats, collect, overdue, parse_day, step_counts
from bot.config import Config, load_config
from bot.engine import load_flows
from bot.faq.catalog import load_faq
from bot.faq.review import DueReview, due_for_review
from bot.handoff.regions import load_regions
from bot.i18n import load_locales
from bot.storage import Database

DEFAULT_OUT = Path("build/diagrams")

T = TypeVar("T")


def _period(args: argparse.Namespace) -> Period:
    return Period(parse_day(args.start) if args.start else None, parse_day(args.end) if args.end else None)


async def _with_db(path: Path, work: Callable[[Database], Awaitable[T]]) -> T:
    db = Database(path)
    await db.open()
    try:
        return await work(db)
    finally:
        await db.close()


def _content_root(args: argparse.Namespace) -> Path:
    return Path(args.dir) if args.dir else load_config().content_dir


def _db_path(value: str | None) -> Path:
    path = Path(value) if value else load_config().database_path
    if not path.is_file():
        raise FileNotFoundError(f"Keine Datenbank unter {path}. Geben Sie die Datei an, z. B. --db data/bot.sqlite3")
    return path


def main_render(args: argparse.Namespace) -> int:
    # The whole bot (every feature, the FAQ search with numpy) loads only for this command: bot.cli builds the
    # parser of every command, the health check's too, from this module.
    from bot.app import App
    from bot.features import register

    root = _content_root(args)
    app = App(Config(content_dir=root))
    register(app)
    content, problems = app.load_content(root)
    if content is None:
        for p in problems:
            if p.is_error:
                print(p, file=sys.stderr)
        print("Die Dateien haben Fehler; erst beheben (python -m bot validate), dann zeichnen.", file=sys.stderr)
        return 1
    if args.flow and content.flows.flow(args.flow) is None:
        print(f"Es gibt keinen Ablauf '{args.flow}'. Vorhanden: {', '.join(sorted(content.flows.flows))}",
              file=sys.stderr)
        return 1
    counts = note = None
    if args.stats:
        try:
            period = _period(args)
            db_path = _db_path(args.stats)
        except (ValueError, FileNotFoundError) as exc:
            print(exc, file=sys.stderr)
            return 2
        counts = asyncio.run(_with_db(db_path, lambda db: step_counts(db, period)))
        note = f"Mit Zahlen aus `{db_path.name}`" + (
            f" ({period.start or '…'} bis {period.end or '…'})" if period.start or period.end else "") + "."
    out = Path(args.out) if args.out else DEFAULT_OUT
    written = render_flows(content.flows, content.locales, out, args.flow, counts, note)
    for path in written:
        print(path)
    print(f"{len(written)} Datei(en) in {out}/ – die .md-Dateien zeigt GitHub als Bild; den Inhalt einer .mmd-Datei "
          "können Sie auf https://mermaid.live einfügen.", file=sys.stderr)
    return 0


def main_stats(args: argparse.Namespace) -> int:
    root = _content_root(args)
    try:
        period = _period(args)
        db_path = _db_path(args.db)
    except (ValueError, FileNotFoundError) as exc:
        print(exc, file=sys.stderr)
        return 2
    flows, _ = load_flows(root / "flows", display_root=root)
    regions_file = root / "flows" / "regions.yaml"
    regions, _ = load_regions(regions_file) if regions_file.is_file() else (None, [])
    districts = {r.key: r.name for r in regions} if regions else {}
    hours = load_config().escalate_after_hours

    async def work(db: Database) -> tuple[Stats, dict[str, int]]:
        return await collect(db, flows, period), await overdue(db, hours)
    stats, late = asyncio.run(_with_db(db_path, work))
    if args.csv:
        sys.stdout.write(to_csv(stats, districts, late))
    else:
        locales, _ = load_locales(root / "locales", display_root=root)
        sys.stdout.write(summary(stats, locales, args.lang, districts, flows, late, hours, review=_faq_due(root)))
    return 0


def _faq_due(root: Path) -> list[DueReview] | None:
    """FAQ answers due for a new check today, or None when the content has no FAQ."""
    folder = root / "flows" / "faq"
    if not folder.is_dir():
        return None
    catalog, _ = load_faq(folder)
    return due_for_review(catalog, dt.date.today(), load_config().faq_max_check_age_days)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The two sub-commands, for bot.cli."""
    p = sub.add_parser("render", help="draw each flow as a Mermaid diagram (.mmd and .md), optionally shaded by use")
    p.add_argument("flow", nargs="?", help="only this flow (default: all, plus index.md)")
    p.add_argument("--out", help=f"output folder (default {DEFAULT_OUT})")
    p.add_argument("--stats", metavar="DB", help="SQLite file: shade each step by the conversations that passed it")
    p.add_argument("--from", dest="start", metavar="DATE", help="with --stats: first day, e.g. 2025-01-01")
    p.add_argument("--to", dest="end", metavar="DATE", help="with --stats: last day, e.g. 2025-01-31")
    p.add_argument("--dir", help="content folder holding flows/ and locales/ (default: .)")
    p.set_defaults(func=main_render)
    p = sub.add_parser("stats", help="anonymous statistics: a German summary, or CSV")
    p.add_argument("--from", dest="start", metavar="DATE", help="first day, e.g. 2025-01-01 (days in Saxony)")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day, included, e.g. 2025-01-31")
    p.add_argument("--csv", action="store_true", help="CSV (metric,key,detail,value) instead of the summary")
    p.add_argument("--db", help="SQLite file (default DATABASE_PATH, data/bot.sqlite3)")
    p.add_argument("--lang", default="de", choices=["de", "en", "ar", "es"], help="language of the summary")
    p.add_argument("--dir", help="content folder holding flows/ and locales/ (default: .)")
    p.set_defaults(func=main_stats)
