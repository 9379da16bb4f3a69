"""Command-line entry points. Each command is a small function.

The features (the FAQ search with numpy, the mail client), the FAQ tools and the Telegram runner (aiohttp)
are imported only by the commands that use them: every other command would start a third slower and take a
quarter more memory, among them ``health``, which the container runs every minute.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Callable

from bot.admin_cli import add_parsers as admin_commands
from bot.app import App
from bot.config import Config, ConfigError, load_config
from bot.console import Console
from bot.faq.review import REVIEW_KIND
from bot.handoff.cli import add_parser as outbox_command
from bot.handoff.regions import main_region
from bot.health import check, heartbeat_path
from bot.privacy.logs import setup_logging
from bot.storage.backup import backup
from bot.tg.texts import ChannelTexts

#: what a command does with its parsed arguments; returns the exit code
CommandFunction = Callable[[argparse.Namespace], int]


def _console_app(database_path: Path) -> App:
    return App(replace(load_config(), database_path=database_path))


def cmd_validate(args: argparse.Namespace) -> int:
    config = load_config()
    root = Path(args.dir) if args.dir else config.content_dir
    app = App(Config(content_dir=root, faq_max_check_age_days=config.faq_max_check_age_days))
    _register_features(app)
    app.add(ChannelTexts())                # the Telegram channel's own texts, checked in every language
    _, problems = app.load_content(root)
    errors = [p for p in problems if p.is_error]
    warnings = [p for p in problems if not p.is_error]
    for p in sorted(errors, key=lambda p: (p.file, p.line)):
        print(p)
    # FAQ facts due for a new check are always listed: nobody should have to remember --warnings for them
    shown = warnings if args.warnings else [p for p in warnings if p.kind == REVIEW_KIND]
    for p in sorted(shown, key=lambda p: (p.file, p.line)):
        print(p)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)" + ("" if errors else " — the content is valid"),
          file=sys.stderr)
    return 1 if errors else 0


def cmd_console(args: argparse.Namespace) -> int:
    async def go() -> None:
        app = _console_app(Path(args.db) if args.db else Path("data/console.sqlite3"))
        _register_features(app)
        async with app:
            interactive = sys.stdin.isatty()
            if interactive:
                print("Offline console. Type the number of a button, or text. /help for commands, Ctrl-D to quit.")
            await Console(app, user=args.user, lang=args.lang).run(sys.stdin, echo=not interactive)
    asyncio.run(go())
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    config = load_config()
    if not config.has_telegram:
        print("TELEGRAM_BOT_TOKEN is not set: starting the offline console demo instead (see README).",
              file=sys.stderr)
        return cmd_console(argparse.Namespace(lang=None, user="demo", db=None))
    from bot.features import prepare_app  # deferred: the features load the FAQ search (module docstring)
    from bot.tg.run import run_bot  # deferred: the Telegram runner loads aiohttp (module docstring)
    return run_bot(prepare_app(config))


def cmd_test_flows(args: argparse.Namespace) -> int:
    from bot.flowtests import main_test_flows  # deferred: runs every feature (module docstring)
    return main_test_flows(args)


def cmd_faq(args: argparse.Namespace) -> int:
    from bot.faq.evaluate import main_query  # deferred: the FAQ search loads numpy (module docstring)
    root = load_config().content_dir          # CONTENT_DIR, not the installed package's folder
    return main_query([*args.question, "--lang", args.lang, "--faq-dir", str(root / "flows" / "faq"),
                       "--locales", str(root / "locales")])


def cmd_faq_eval(args: argparse.Namespace) -> int:
    from bot.faq.evaluate import main  # deferred: the FAQ search loads numpy (module docstring)
    return main([*(["--misses"] if args.misses else []), *(["--choose-bands"] if args.choose_bands else []),
                 "--folds", str(args.folds)])


def cmd_backup(args: argparse.Namespace) -> int:
    source = Path(args.db) if args.db else load_config().database_path
    try:
        count = backup(source, Path(args.file))
    except (FileNotFoundError, RuntimeError, OSError) as exc:
        print(f"Backup failed: {exc}", file=sys.stderr)
        return 1
    print(f"backup written to {args.file} ({count} conversations)")
    return 0


def cmd_region(args: argparse.Namespace) -> int:
    regions = args.regions or str(load_config().content_dir / "flows" / "regions.yaml")
    return main_region(["--regions", regions, *args.words])


def cmd_health(args: argparse.Namespace) -> int:
    alive, line = check(heartbeat_path(load_config().database_path), args.max_age)
    print(line, file=sys.stdout if alive else sys.stderr)
    return 0 if alive else 1


def _register_features(app: App) -> None:
    """Plug the feature actions into the app (hand-over, FAQ, ...)."""
    from bot.features import register  # deferred: the features load the FAQ search (module docstring)
    register(app)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Mentee bot of Arbeitsmarktmentoren Sachsen")
    sub = parser.add_subparsers(dest="command")
    p = sub.add_parser("run", help="run the Telegram bot (the console demo when no token is configured)")
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("console", help="chat with the bot in the terminal (stdin may be piped)")
    p.add_argument("--lang", choices=["de", "en", "ar", "es"])
    p.add_argument("--user", default="demo", help="name of the console user (each has its own conversation)")
    p.add_argument("--db", help="SQLite file (default data/console.sqlite3)")
    p.set_defaults(func=cmd_console)
    p = sub.add_parser("validate", help="check flows, translations and content; exit 1 on errors")
    p.add_argument("dir", nargs="?", help="content folder holding flows/ and locales/ (default: .)")
    p.add_argument("--warnings", action="store_true", help="also list warnings")
    p.set_defaults(func=cmd_validate)
    p = sub.add_parser("test-flows", help="run the conversation tests in flows/tests/")
    p.add_argument("dir", nargs="?", help="content folder (default: .)")
    p.add_argument("-k", dest="select", help="only tests whose name contains this text")
    p.set_defaults(func=cmd_test_flows)
    p = sub.add_parser("faq", help="search the FAQ like the bot: prints 'answer|suggest <entry id> <score>' "
                                   "lines, or 'none'")
    p.add_argument("question", nargs="+", help="the question, as a mentee would type it")
    p.add_argument("--lang", required=True, choices=["de", "en", "ar", "es"])
    p.set_defaults(func=cmd_faq)
    p = sub.add_parser("faq-eval", help="FAQ search accuracy per language: cross-validated, and on each set "
                                        "in tests/faq_eval")
    p.add_argument("--misses", action="store_true", help="list the questions answered wrongly")
    p.add_argument("--folds", type=int, default=5, help="folds of the cross-validation (0: skip it)")
    p.add_argument("--choose-bands", action="store_true", help="choose the bands of the three outcomes from "
                                                               "the tuning data and print them")
    p.set_defaults(func=cmd_faq_eval)
    p = sub.add_parser("backup", help="consistent copy of the database while the bot runs (SQLite online backup)")
    p.add_argument("file", help="where to write the copy")
    p.add_argument("--db", help="the database (default DATABASE_PATH)")
    p.set_defaults(func=cmd_backup)
    admin_commands(sub)                    # render, stats
    p = sub.add_parser("region", help="district key(s) and name(s) of a Saxon postal code or place")
    p.add_argument("words", nargs="+", help="postal code or place name")
    p.add_argument("--regions", help="regions file (default: flows/regions.yaml in CONTENT_DIR)")
    p.set_defaults(func=cmd_region)
    p = sub.add_parser("health", help="is the running bot alive? exit 0 with one line, else 1 (its heartbeat)")
    p.add_argument("--max-age", type=float, default=120.0, help="seconds a heartbeat may be old (default 120)")
    p.set_defaults(func=cmd_health)
    outbox_command(sub)                    # outbox
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args = parser.parse_args(["run"])
    command: CommandFunction = args.func
    setup_logging("WARNING" if command is not cmd_run else (os.environ.get("LOG_LEVEL") or "INFO"))
    try:
        return command(args)
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
