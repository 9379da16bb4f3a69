"""``python -m bench``: the performance benchmark (see docs/benchmarks.md).

The bot under measurement runs in its own process pinned to one CPU core (``bench.child``); this
process plays the fake Bot API server and the simulated users on another core. In order:

1. content: ``App.load_content`` once cold and as a reload; every FAQ evaluation question searched once;
2. cold start: ``python -m bot run`` from process start to its answer to a waiting /start;
3. throughput: ``--users`` people at once, each through a whole conversation (/start → eligibility →
   hand-over with consent and contact → two FAQ searches), against the bot, then the same updates
   against the echo bot on PTB's own HTTP client (the framework as shipped) and on the bot's HTTP
   client; CPU time of the measured process is read from /proc around each run;
4. latency at a steady rate (``--rate`` updates per second, from people pausing between taps);
5. memory: a fresh bot process over a database with 1,000 stored users, then one with 10,000
   (stored through the real ConversationRepo), each after the same small load.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

from bench.load import Child, ScriptError, SimulatedUser, Timing, drive
from bench.measure import (
    add_project_groups,
    cold_start,
    content_figures,
    cores,
    cpu_seconds,
    database_bytes,
    ms,
    pin,
    store_users,
    stored_state,
    stored_user_id,
    write_mentors_file,
)
from bench.report import LoadFigures, Results, table
from bench.scenario import Scripts
from bot.testing.server import fake_bot_api

DEFAULT_USERS = 200
WARM_UP_USERS = 4           # first conversations (imports, caches) are not measured
LOAD_USER_BASE = 100_000    # Telegram ids of the simulated users


class Bench:
    def __init__(self, args: argparse.Namespace, workdir: Path) -> None:
        self.args = args
        self.workdir = workdir
        self.measured_core, self.load_core = cores()
        self.mentors = write_mentors_file(workdir)
        self.scripts: Scripts | None = None
        self.next_user = LOAD_USER_BASE
        self.began = time.perf_counter()
        self.warnings: list[str] = []
        self.errors: list[str] = []
        self.timings: list[Timing] = []           # of the process being measured, for _check

    def log(self, text: str) -> None:
        if not self.args.silent:
            print(f"… {time.perf_counter() - self.began:5.1f} s  {text}", file=sys.stderr, flush=True)

    def users(self, server, child: Child, count: int, *, echo: bool = False) -> list[SimulatedUser]:
        result = []
        for _ in range(count):
            number = self.next_user
            self.next_user += 1
            result.append(SimulatedUser(server, child, number, self.scripts.full(number), echo=echo))
        return result

    async def load_run(self, kind: str, results: Results) -> LoadFigures:
        """Throughput (all users at once), and for the bot also latency at a steady rate."""
        db = self.workdir / "bot.sqlite3"
        async with fake_bot_api(record_requests=False) as server:
            add_project_groups(server)
            profile = self.args.profile.with_suffix(f".{kind}.prof") if self.args.profile else None
            child = await Child.start(kind, server, self.workdir, cpu=self.measured_core,
                                      db=db if kind == "bot" else None, mentors=self.mentors, profile=profile)
            echo = kind != "bot"
            self.next_user = LOAD_USER_BASE          # the echo gets exactly the bot's conversations
            try:
                await self.drive(self.users(server, child, WARM_UP_USERS, echo=echo))
                child.latencies_ns.clear()
                users = self.users(server, child, self.args.users, echo=echo)
                self.log(f"{kind}: {len(users)} users at once")
                cpu_before = cpu_seconds(child.process.pid)
                timing = await self.drive(users)
                figures = self._figures(timing, child, cpu_seconds(child.process.pid) - cpu_before)
                if kind == "bot":
                    results.paced = await self.paced_run(server, child)
                    self.model_user = users[0].fake.id
            finally:
                done = await child.stop()
            figures.peak_rss = done.get("peak_rss", 0)
            figures.full_gc_ms = [ns / 1e6 for ns in done.get("full_gc_ns", [])]
            self._check(child)
        if kind == "bot":
            results.db_users = WARM_UP_USERS + self.args.users + (results.paced.updates and self.paced_users)
            results.db_bytes_per_1000 = database_bytes(db) / results.db_users * 1000
        return figures

    @property
    def paced_users(self) -> int:
        return max(1, round(self.args.rate * self.args.pause))

    async def paced_run(self, server, child: Child) -> LoadFigures:
        """People who pause ``--pause`` s (± 50 %) between taps, ``rate × pause`` of them: about
        ``--rate`` updates per second in total."""
        users = self.users(server, child, self.paced_users)
        self.log(f"bot: {len(users)} users pausing {self.args.pause} s between taps (about {self.args.rate:g} updates/s)")
        child.latencies_ns.clear()
        cpu_before = cpu_seconds(child.process.pid)
        timing = await self.drive(users, pause=self.args.pause, stagger=self.args.pause)
        return self._figures(timing, child, cpu_seconds(child.process.pid) - cpu_before)

    @staticmethod
    def _figures(timing: Timing, child: Child, cpu: float) -> LoadFigures:
        return LoadFigures(timing.updates, timing.seconds, cpu, ms(child.latencies_ns), ms(timing.response_ns))

    async def drive(self, users: list[SimulatedUser], **kwargs) -> Timing:
        timing = await drive(users, **kwargs)
        self.timings.append(timing)
        return timing

    def _check(self, child: Child) -> None:
        """Errors the bot logged are listed under the table and make the exit status 1, with the
        conversations they broke; warnings are listed too (e.g. the outbox job skipping a turn while
        the CPU is saturated). Conversations off script without any error: the scenario is out of
        date, and the benchmark stops with the step that no longer fits."""
        logged = child.errors().splitlines()
        errors = [line for line in logged if line.startswith(("ERROR", "CRITICAL"))]
        broken = [b for t in self.timings for b in t.broken]
        self.timings = []
        if broken and not errors:
            raise ScriptError(f"{len(broken)} conversations went off script (update bench/scenario.py): {broken[0]}")
        self.errors += [f"{child.kind}: {line}" for line in errors]
        if errors:
            self.errors += [f"{child.kind}: {len(broken)} conversations broken, e.g. {b}" for b in broken[:1]]
            (self.workdir / f"{child.kind}-errors.log").write_text("\n".join(logged), encoding="utf-8")
        self.warnings += [f"{child.kind}: {line}" for line in logged if line.startswith("WARNING")]

    async def memory_run(self, stored: int, model) -> tuple[int, int]:
        """A fresh bot process over ``stored`` stored users; RSS and Python heap after a small load:
        returning users (stored ones, from all over the table) and new users. The heap counts what is
        still allocated from that load (tracing starts after a warm-up)."""
        db = self.workdir / f"memory-{stored}.sqlite3"
        await store_users(db, model, stored)
        returning = self.args.memory_users
        async with fake_bot_api(record_requests=False) as server:
            add_project_groups(server)
            child = await Child.start("bot", server, self.workdir, cpu=self.measured_core, db=db,
                                      mentors=self.mentors)
            try:
                await self.drive(self.users(server, child, WARM_UP_USERS))    # every path once: lazy imports
                child.trace()
                step = max(1, stored // returning)
                users = [SimulatedUser(server, child, stored_user_id(n), self.scripts.returning(n), echo=False)
                         for n in range(0, step * returning, step)]
                users += self.users(server, child, max(1, returning // 5))
                await self.drive(users)
                measured = await child.memory()
            finally:
                await child.stop()
            self._check(child)
        return measured

    async def run(self) -> Results:
        args = self.args
        cores_text = (f"bot / echo pinned to core {self.measured_core}, load side on core {self.load_core} "
                      f"(of {os.cpu_count()})" if self.measured_core is not None else "not pinned (no sched_setaffinity)")
        results = Results(args.users, cores_text, os.getloadavg())
        pin(self.load_core)

        self.log("content: load + validate, FAQ search")
        content = content_figures(self.workdir, self.args.reloads)
        results.load_first_s, results.load_reload_s = content.first_s, content.reload_s
        results.faq_ms, results.faq_queries = content.faq_ms, content.faq_queries
        self.scripts = Scripts(content.questions)

        only_load = args.only == "load"
        for _ in range(0 if only_load else args.cold_starts):
            self.log("cold start: python -m bot run")
            results.cold_start_s.append(await cold_start(self.workdir, self.measured_core))

        results.bot = await self.load_run("bot", results)
        results.echo = await self.load_run("echo", results)
        results.echo_client = await self.load_run("echo-client", results)

        model = await stored_state(self.workdir / "bot.sqlite3", self.model_user)
        for stored in [] if only_load else args.stored:
            self.log(f"memory: bot over {stored:,} stored users")
            results.memory[stored] = await self.memory_run(stored, model)
        results.load_after = os.getloadavg()
        results.warnings, results.errors = self.warnings, self.errors
        self.log("done")
        return results


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=DEFAULT_USERS,
                        help=f"simulated users at once in the throughput run (default {DEFAULT_USERS})")
    parser.add_argument("--rate", type=float, default=30.0,
                        help="updates per second in the latency run (default 30: Telegram's own limit per bot)")
    parser.add_argument("--pause", type=float, default=0.5, help="seconds a user pauses between taps (latency run)")
    parser.add_argument("--stored", type=int, nargs="+", default=[1000, 10000],
                        help="stored users for the memory measurement (default 1000 10000)")
    parser.add_argument("--memory-users", type=int, default=100,
                        help="returning users in each memory measurement (default 100)")
    parser.add_argument("--cold-starts", type=int, default=3, help="cold starts to measure (the best counts)")
    parser.add_argument("--reloads", type=int, default=3, help="content reloads to time (the median counts)")
    parser.add_argument("--profile", type=Path, metavar="FILE",
                        help="profile the bot and the echo bot during the load runs (cProfile): FILE.bot.prof, "
                             "FILE.echo.prof, FILE.echo-client.prof (figures are slower then)")
    parser.add_argument("--only", choices=("load",), help="only the load runs (for profiling)")
    parser.add_argument("--quick", action="store_true", help="a small run that only shows the benchmark works (CI)")
    parser.add_argument("--silent", action="store_true", help="no progress lines on stderr")
    parser.add_argument("--workdir", type=Path, help="keep databases and logs here (default: a temporary folder)")
    args = parser.parse_args(argv)
    if args.quick:
        args.users, args.rate, args.pause = min(args.users, 4), 20.0, 0.05
        args.stored, args.memory_users, args.cold_starts, args.reloads = [50, 500], 3, 1, 1
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    with tempfile.TemporaryDirectory(prefix="amm-bench-") as tmp:
        workdir = args.workdir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        results = asyncio.run(Bench(args, workdir).run())
    print(table(results))
    return 1 if results.errors else 0
