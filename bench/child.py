"""The process under measurement: the real bot (or the echo bot) polling the fake Bot API server.

    python -m bench.child bot  --token T --base-url URL --db FILE --mentors FILE [--cpu N]
    python -m bench.child echo --token T --base-url URL [--cpu N]
    python -m bench.child echo-client ...   # the echo bot on the bot's HTTP client
    ... [--profile FILE]            # cProfile statistics of the whole run (python -m pstats FILE)

The bot is built exactly as ``python -m bot run`` builds it (``prepare_app`` + ``build_application``,
every feature, SQLite persistence), only without the flood limiter (it would cap the figures at
Telegram's 30 messages per second) and started the way the test harness starts it. The echo bot is
:mod:`bench.echo_bot`: same ``Application`` class and update processor, with PTB's own HTTP client
(``echo``: the framework as shipped, the ceiling to compare with) or the bot's (``echo-client``).

Latency is measured inside this process: a ``TypeHandler`` in the first handler group notes when an
update reaches the handlers; the update processor's observer (called once every handler, reply and
database write of that update is done) takes the difference. Time waiting for an earlier update of
the same user is therefore not counted; time spent while other users' updates interleave on the
event loop is.

The benchmark talks to this process over pipes. stdout: ``ready``; ``h <update_id> <ns>`` per
handled update; ``mem <rss bytes> <heap bytes>`` when asked (heap: Python memory allocated since ``trace`` and still
alive, 0 without ``trace``); ``done <json>`` at the end.
stdin: ``trace`` (start tracemalloc: from now on, what serving users allocates; after a warm-up, so
lazy imports and caches filled by the first conversations are not counted), ``mem`` (garbage-collect,
then report memory), ``stop`` (shut down cleanly; end of input too).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import json
import logging
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from telegram import Update
from telegram.ext import TypeHandler

from bench.echo_bot import build_echo_application
from bot.config import Config
from bot.features import prepare_app
from bot.testing.lifecycle import start_application, stop_application
from bot.tg.application import build_application
from bot.tg.run import quiet_libraries

REPO = Path(__file__).resolve().parent.parent
#: fixed, so the benchmark can compute the user keys of users it stores directly in the database
USER_KEY_SECRET = "bench-user-key-secret"
HANDLER_GROUP = -1000            # runs before every group the bot uses


class Reporter:
    """Per-update timing, written to stdout in batches (one write per event-loop turn, not per update)."""

    def __init__(self) -> None:
        self.arrived: dict[int, int] = {}
        self.handled = 0
        self._lines: list[str] = []
        self._flush_pending = False

    async def on_arrival(self, update, context) -> None:
        self.arrived[update.update_id] = time.perf_counter_ns()

    def on_handled(self, update: object) -> None:
        update_id = getattr(update, "update_id", None)
        start = self.arrived.pop(update_id, None)
        if start is None:
            return
        self.handled += 1
        self.emit(f"h {update_id} {time.perf_counter_ns() - start}")

    def emit(self, line: str) -> None:
        self._lines.append(line)
        if not self._flush_pending:
            self._flush_pending = True
            asyncio.get_running_loop().call_soon(self.flush)

    def flush(self) -> None:
        self._flush_pending = False
        if self._lines:
            sys.stdout.write("\n".join(self._lines) + "\n")
            sys.stdout.flush()
            self._lines.clear()


class GcPauses:
    """How long the garbage collector stopped the process, per collection of the oldest generation
    (the only ones that scan everything the bot loaded at start-up)."""

    def __init__(self) -> None:
        self.full_ns: list[int] = []
        self._started = 0

    def __call__(self, phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._started = time.perf_counter_ns()
        else:
            self.full_ns.append(time.perf_counter_ns() - self._started)


def memory() -> tuple[int, int]:
    """(resident set size, bytes traced by tracemalloc or 0) after a full garbage collection."""
    gc.collect()
    with open("/proc/self/statm") as statm:
        rss = int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    heap = tracemalloc.get_traced_memory()[0] if tracemalloc.is_tracing() else 0
    return rss, heap


def build(args: argparse.Namespace, reporter: Reporter):
    if args.kind == "bot":
        config = Config(telegram_bot_token=args.token, telegram_base_url=args.base_url, database_path=args.db,
                        content_dir=REPO, user_key_secret=USER_KEY_SECRET, mentors_file=args.mentors,
                        log_level="WARNING")
        application = build_application(prepare_app(config), rate_limiter=False, observer=reporter.on_handled)
    else:
        application = build_echo_application(args.token, args.base_url, observer=reporter.on_handled,
                                             bot_client=args.kind == "echo-client")
    application.add_handler(TypeHandler(Update, reporter.on_arrival), group=HANDLER_GROUP)
    return application


async def commands(reporter: Reporter) -> None:
    """Answer the benchmark's requests on stdin until it says stop (or goes away)."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while True:
        line = (await reader.readline()).decode().strip()
        if line == "trace":
            gc.collect()
            tracemalloc.start()
        elif line == "mem":
            rss, heap = memory()
            reporter.emit(f"mem {rss} {heap}")
        elif line in ("stop", ""):
            return


async def serve(args: argparse.Namespace) -> None:
    reporter = Reporter()
    pauses = GcPauses()
    application = build(args, reporter)
    await start_application(application)
    gc.callbacks.append(pauses)
    reporter.emit("ready")
    try:
        await commands(reporter)
    finally:
        await stop_application(application)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    reporter.emit("done " + json.dumps({
        "handled": reporter.handled, "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "peak_rss": usage.ru_maxrss * 1024, "full_gc_ns": pauses.full_ns,
    }))
    reporter.flush()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.child")
    parser.add_argument("kind", choices=("bot", "echo", "echo-client"))
    parser.add_argument("--token", required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--mentors", type=Path)
    parser.add_argument("--cpu", type=int, help="pin this process to one CPU core")
    parser.add_argument("--profile", type=Path, help="write cProfile statistics of the whole run to this file")
    args = parser.parse_args(argv)
    if args.cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    quiet_libraries()
    logging.getLogger("telegram").setLevel(logging.WARNING)    # not "Application started" (INFO)
    if args.profile:
        with cProfile.Profile() as profile:
            asyncio.run(serve(args))
        profile.dump_stats(args.profile)
    else:
        asyncio.run(serve(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
