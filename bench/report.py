"""The one table the benchmark prints, with the targets beside the figures."""

from __future__ import annotations

from dataclasses import dataclass, field

MB = 1024 * 1024

#: the targets the program set for speed and memory
MIN_RATIO = 0.5            # bot throughput / echo throughput
MAX_P99_MS = 20.0          # per update, inside the bot
MAX_FAQ_P99_MS = 10.0      # per search
#: "flat": at most this much more resident memory with 10× the stored users (state belongs in SQLite;
#: a few KB of cached state per user would add tens of MB)
MAX_RSS_GROWTH = 0.05


@dataclass
class LoadFigures:
    updates: int
    seconds: float
    cpu_seconds: float              # the measured process's CPU time during the run
    latency_ms: tuple[float, float, float]
    response_ms: tuple[float, float, float]   # as the simulated users saw it (incl. polling)
    peak_rss: int = 0
    full_gc_ms: list[float] = field(default_factory=list)   # pauses of full collections, whole process life

    @property
    def per_second(self) -> float:
        return self.updates / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms_per_update(self) -> float:
        return 1000 * self.cpu_seconds / self.updates if self.updates else 0.0

    @property
    def busy(self) -> float:
        """Share of the run the process was on the CPU (1.0: it was the bottleneck)."""
        return self.cpu_seconds / self.seconds if self.seconds else 0.0


@dataclass
class Results:
    users: int
    cores: str
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float] = (0.0, 0.0, 0.0)
    bot: LoadFigures | None = None
    echo: LoadFigures | None = None           # PTB's Application with its own HTTP client: the ceiling
    echo_client: LoadFigures | None = None    # the same echo on the bot's HTTP client (like with like)
    paced: LoadFigures | None = None
    paced_rate: float = 0.0
    memory: dict[int, tuple[int, int]] = field(default_factory=dict)   # stored users -> (RSS, heap)
    db_bytes_per_1000: float = 0.0
    db_users: int = 0
    cold_start_s: list[float] = field(default_factory=list)
    load_first_s: float = 0.0
    load_reload_s: float = 0.0
    faq_ms: tuple[float, float] = (0.0, 0.0)
    faq_queries: int = 0
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return ratio(self.bot, self.echo)

    @property
    def cpu_ratio(self) -> float:
        return cpu_ratio(self.bot, self.echo)

    def rss_growth(self) -> float | None:
        points = sorted(self.memory)
        if len(points) < 2:
            return None
        return self.memory[points[-1]][0] / self.memory[points[0]][0] - 1


def ratio(bot: LoadFigures | None, echo: LoadFigures | None) -> float:
    return bot.per_second / echo.per_second if bot and echo and echo.per_second else 0.0


def cpu_ratio(bot: LoadFigures | None, echo: LoadFigures | None) -> float:
    """Echo's CPU per update / bot's: the throughput ratio if each had its core to itself."""
    return echo.cpu_ms_per_update / bot.cpu_ms_per_update if bot and echo and bot.cpu_ms_per_update else 0.0


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _lat(values: tuple[float, float, float]) -> str:
    return " / ".join(f"{v:.1f}" for v in values)


def table(r: Results) -> str:
    rows: list[tuple[str, ...]] = []          # (what, bot, echo, echo on the bot's client, target)
    add = lambda what, bot="", echo="", client="", target="": rows.append((what, bot, echo, client, target))  # noqa: E731
    b, e, c = r.bot, r.echo, r.echo_client
    each = lambda show: (show(b), show(e) if e else "", show(c) if c else "")       # noqa: E731
    if b and e:
        vs_client = f"; {ratio(b, c):.2f}× the echo on the bot's client" if c else ""
        add("updates processed per second", *each(lambda f: f"{f.per_second:.0f}"),
            f"ratio {r.ratio:.2f}× (≥ {MIN_RATIO}×) {_verdict(r.ratio >= MIN_RATIO)}{vs_client}")
        vs_client = f"; {cpu_ratio(b, c):.2f}×" if c else ""
        add("CPU per update (process busy)", *each(lambda f: f"{f.cpu_ms_per_update:.2f} ms ({f.busy:.0%})"),
            f"CPU ratio {r.cpu_ratio:.2f}×{vs_client}")
        add(f"latency p50/p95/p99 ms, {r.users} users at once", *each(lambda f: _lat(f.latency_ms)))
    if r.paced:
        p99 = r.paced.latency_ms[2]
        add(f"latency p50/p95/p99 ms at {r.paced.per_second:.0f} updates/s", _lat(r.paced.latency_ms),
            target=f"p99 < {MAX_P99_MS:.0f} ms {_verdict(p99 < MAX_P99_MS)}")
        add("  reply as the user sees it (incl. polling)", _lat(r.paced.response_ms))
    if b and e:
        add("peak memory (max RSS)", *each(lambda f: f"{f.peak_rss / MB:.0f} MB"))
        add("full garbage collections, longest pause",
            *each(lambda f: f"{len(f.full_gc_ms)}, longest {max(f.full_gc_ms, default=0):.0f} ms"))
    if r.memory:
        points = sorted(r.memory)
        rss = " → ".join(f"{r.memory[p][0] / MB:.1f}" for p in points)
        heap = " → ".join(f"{r.memory[p][1] / MB:.1f}" for p in points)
        growth = r.rss_growth()
        verdict = "" if growth is None else f"{growth:+.1%}, flat {_verdict(growth <= MAX_RSS_GROWTH)}"
        label = " vs ".join(f"{p:,}" for p in points)
        add(f"memory with {label} stored users: RSS MB", rss, target=verdict)
        add("  heap allocated while serving (tracemalloc) MB", heap)
    if r.db_users:
        add(f"database size per 1,000 users ({r.db_users} full conversations)",
            f"{r.db_bytes_per_1000 / MB:.2f} MB")
    if r.cold_start_s:
        runs = ", ".join(f"{s:.2f}" for s in r.cold_start_s)
        add("cold start: process start → first reply", f"{min(r.cold_start_s):.2f} s", target=f"runs: {runs} s")
    add("flow load + validate (App.load_content)", f"{r.load_first_s * 1000:.0f} ms",
        target=f"reload {r.load_reload_s * 1000:.0f} ms")
    add(f"FAQ search per query p50/p99 ({r.faq_queries} questions)", f"{r.faq_ms[0]:.2f} / {r.faq_ms[1]:.2f} ms",
        target=f"p99 < {MAX_FAQ_P99_MS:.0f} ms {_verdict(r.faq_ms[1] < MAX_FAQ_P99_MS)}")

    head = ("", "bot", "echo (PTB's client)", "echo (bot's client)", "target")
    if not c:
        head, rows = head[:3] + head[4:], [row[:3] + row[4:] for row in rows]
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(len(head))]
    line = lambda row: "  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip()   # noqa: E731
    load = lambda values: " / ".join(f"{x:.2f}" for x in values)                       # noqa: E731
    out = [f"Performance: {r.users} simulated users, full conversations over loopback, SQLite persistence",
           f"CPU: {r.cores}",
           f"machine load average (1/5/15 min): {load(r.load_before)} before, {load(r.load_after)} after",
           "", line(head), line(tuple("-" * w for w in widths)), *map(line, rows)]
    if r.errors:
        out += ["", f"ERRORS logged by the measured processes ({len(r.errors)}; full logs in the work folder):",
                *(f"  {e[:300]}" for e in r.errors[:8])]
    if r.warnings:
        shown = sorted(set(_shorten(w) for w in r.warnings))
        out += ["", f"warnings logged by the measured processes ({len(r.warnings)}):", *(f"  {w}" for w in shown[:5])]
    return "\n".join(out)


def _shorten(warning: str) -> str:
    """One line per kind of warning (APScheduler repeats its message with a new time each turn)."""
    return warning.split(" (trigger:")[0].split(", next run at")[0][:160]
