"""The one table the benchmark prints, with the targets of issue 9 beside the figures."""

from __future__ import annotations

from dataclasses import dataclass, field

MB = 1024 * 1024

#: issue 9's targets
MIN_RATIO = 0.5            # bot throughput / echo throughput
MAX_P99_MS = 20.0          # per update, inside the bot
MAX_FAQ_P99_MS = 5.0       # per search
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
    echo: LoadFigures | None = None
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
        return self.bot.per_second / self.echo.per_second if self.bot and self.echo and self.echo.per_second else 0.0

    @property
    def cpu_ratio(self) -> float:
        """Echo's CPU per update / bot's: the throughput ratio if each had its core to itself."""
        if not (self.bot and self.echo and self.bot.cpu_ms_per_update):
            return 0.0
        return self.echo.cpu_ms_per_update / self.bot.cpu_ms_per_update

    def rss_growth(self) -> float | None:
        points = sorted(self.memory)
        if len(points) < 2:
            return None
        return self.memory[points[-1]][0] / self.memory[points[0]][0] - 1


def _verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def _lat(values: tuple[float, float, float]) -> str:
    return " / ".join(f"{v:.1f}" for v in values)


def table(r: Results) -> str:
    rows: list[tuple[str, str, str, str]] = []          # (what, bot, echo, target)
    add = lambda *row: rows.append(tuple(str(c) for c in row))    # noqa: E731
    b, e = r.bot, r.echo
    if b and e:
        add("updates processed per second", f"{b.per_second:.0f}", f"{e.per_second:.0f}",
            f"ratio {r.ratio:.2f}× (≥ {MIN_RATIO}×) {_verdict(r.ratio >= MIN_RATIO)}")
        add("CPU per update (process busy)", f"{b.cpu_ms_per_update:.2f} ms ({b.busy:.0%})",
            f"{e.cpu_ms_per_update:.2f} ms ({e.busy:.0%})", f"CPU ratio {r.cpu_ratio:.2f}×")
        add(f"latency p50/p95/p99 ms, {r.users} users at once", _lat(b.latency_ms), _lat(e.latency_ms), "")
    if r.paced:
        p99 = r.paced.latency_ms[2]
        add(f"latency p50/p95/p99 ms at {r.paced.per_second:.0f} updates/s", _lat(r.paced.latency_ms), "",
            f"p99 < {MAX_P99_MS:.0f} ms {_verdict(p99 < MAX_P99_MS)}")
        add("  reply as the user sees it (incl. polling)", _lat(r.paced.response_ms), "", "")
    if b and e:
        add("peak memory (max RSS)", f"{b.peak_rss / MB:.0f} MB", f"{e.peak_rss / MB:.0f} MB", "")
        gc_text = lambda f: f"{len(f.full_gc_ms)}, longest {max(f.full_gc_ms, default=0):.0f} ms"   # noqa: E731
        add("full garbage collections, longest pause", gc_text(b), gc_text(e), "")
    if r.memory:
        points = sorted(r.memory)
        rss = " → ".join(f"{r.memory[p][0] / MB:.1f}" for p in points)
        heap = " → ".join(f"{r.memory[p][1] / MB:.1f}" for p in points)
        growth = r.rss_growth()
        verdict = "" if growth is None else f"{growth:+.1%}, flat {_verdict(growth <= MAX_RSS_GROWTH)}"
        label = " vs ".join(f"{p:,}" for p in points)
        add(f"memory with {label} stored users: RSS MB", rss, "", verdict)
        add("  heap allocated while serving (tracemalloc) MB", heap, "", "")
    if r.db_users:
        add(f"database size per 1,000 users ({r.db_users} full conversations)",
            f"{r.db_bytes_per_1000 / MB:.2f} MB", "", "")
    if r.cold_start_s:
        runs = ", ".join(f"{s:.2f}" for s in r.cold_start_s)
        add("cold start: process start → first reply", f"{min(r.cold_start_s):.2f} s", "", f"runs: {runs} s")
    add("flow load + validate (App.load_content)", f"{r.load_first_s * 1000:.0f} ms", "",
        f"reload {r.load_reload_s * 1000:.0f} ms")
    add(f"FAQ search per query p50/p99 ({r.faq_queries} questions)", f"{r.faq_ms[0]:.2f} / {r.faq_ms[1]:.2f} ms", "",
        f"p99 < {MAX_FAQ_P99_MS:.0f} ms {_verdict(r.faq_ms[1] < MAX_FAQ_P99_MS)}")

    head = ("", "bot", "echo", "target")
    widths = [max(len(row[i]) for row in [head, *rows]) for i in range(4)]
    line = lambda row: "  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip()   # noqa: E731
    load = lambda l: " / ".join(f"{x:.2f}" for x in l)                                 # noqa: E731
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
