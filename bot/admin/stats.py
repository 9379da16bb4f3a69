"""Anonymous statistics, computed from the ``events`` table only.

The table holds no user key, no Telegram id and no typed text: only a random id per conversation
(``conv``), its language and what happened. Event kinds read here (value in brackets):

- ``start``                        a conversation began
- ``step`` / ``answer``            a step was shown / answered (answer value: the chosen button)
- ``set``                          a flow stored a value (``outcome=<result>`` for the eligibility result)
- ``referral``                     a referral was made (``<district key>``)
- ``referral_accepted``            a mentor took it (``<district key>:<minutes until then>``)
- ``referral_status``              later status (``<district key>:contacted|unreachable|closed[:<minutes>]``)
- ``referral_outcome``             how it ended (``<district key>:<outcome>``); changeable: the last one counts
- ``faq_view``                     an FAQ answer was shown (``<entry id>``)
- ``faq_helped``                   "did this help?" (``<entry id>:yes|no``)

A referral's mentor events share one random ``conv`` (its statistics id, see bot.handoff.service), so a
status pressed twice counts once and a changed outcome replaces the earlier one.

Days and months are calendar days and months in Saxony (Europe/Berlin); the table stores UTC, at any
precision from microseconds to a day (coarser timestamps protect privacy).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable
from zoneinfo import ZoneInfo

from bot.engine.flows import EndStep, FlowCatalog
from bot.handoff.store import HandoffStore
from bot.storage import Database

LOCAL = ZoneInfo("Europe/Berlin")
STATUSES = ("contacted", "unreachable", "closed")
#: how a referral ended (bot.handoff.records.OUTCOMES); the first two are the program's placements
OUTCOMES = ("employment", "apprenticeship", "qualification", "other_support", "not_reachable", "not_suitable")
PLACED = ("employment", "apprenticeship")
#: stages of the funnel, from the first message to a placement, in order
FUNNEL = ("started", "checked", "referred", "accepted", "contacted", "placed")
#: events the person causes (after an end, they mean the conversation went on)
INTERACTIONS = ("answer", "faq_view", "faq_helped", "faq_search")


@dataclass(frozen=True)
class Period:
    """Calendar days in Saxony, both ends included; None = open."""

    start: dt.date | None = None
    end: dt.date | None = None

    def bounds(self) -> tuple[str | None, str | None]:
        """UTC ISO timestamps [low, high) matching the stored ``ts`` format."""
        def utc(day: dt.date) -> str:
            local = dt.datetime.combine(day, dt.time(), tzinfo=LOCAL)
            return local.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
        low = utc(self.start) if self.start else None
        high = utc(self.end + dt.timedelta(days=1)) if self.end else None
        return low, high


def parse_day(text: str) -> dt.date:
    """'2025-01-31' (also '31.01.2025', as staff write dates)."""
    text = text.strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date like 2025-01-31")


@dataclass(frozen=True)
class Row:
    ts: str
    conv: str
    lang: str
    kind: str
    flow: str
    step: str
    value: str


async def read_events(db: Database, period: Period = Period()) -> list[Row]:
    low, high = period.bounds()
    sql = "SELECT ts, conv, lang, kind, flow, step, value FROM events WHERE 1=1"
    params: list[str] = []
    if low:
        sql += " AND ts >= ?"
        params.append(low)
    if high:
        sql += " AND ts < ?"
        params.append(high)
    async with db.conn.execute(sql + " ORDER BY id", params) as cur:
        return [Row(*r) for r in await cur.fetchall()]


def local_month(ts: str) -> str:
    """'2026-12' in Saxony for a stored UTC timestamp of any precision ('2026-12-31T23:30:00+00:00' -> 2027-01)."""
    try:
        moment = dt.datetime.fromisoformat(ts)
    except ValueError:
        return ts[:7]
    if len(ts) <= 10:                          # a day only: already the calendar day
        return moment.strftime("%Y-%m")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(LOCAL).strftime("%Y-%m")


@dataclass
class Month:
    """One district's referrals in one month: the funnel from arrival to placement."""

    received: int = 0
    accepted: int = 0
    contacted: int = 0
    contact_minutes: list[float] = field(default_factory=list)      # arrival -> first "contacted"
    outcomes: Counter[str] = field(default_factory=Counter)

    @property
    def median_contact(self) -> float | None:
        return statistics.median(self.contact_minutes) if self.contact_minutes else None


@dataclass
class Stats:
    period: Period = field(default_factory=Period)
    started: int = 0
    started_by_lang: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)            # last outcome per conversation
    referrals: Counter[str] = field(default_factory=Counter)           # district -> referrals
    accepted: Counter[str] = field(default_factory=Counter)            # district -> accepted
    status: dict[str, Counter[str]] = field(default_factory=lambda: {s: Counter() for s in STATUSES})
    acceptance_minutes: list[float] = field(default_factory=list)
    faq_views: Counter[str] = field(default_factory=Counter)           # entry -> views
    faq_helped: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))  # entry -> yes/no
    dropoff: Counter[tuple[str, str, str]] = field(default_factory=Counter)   # (flow, step, lang) -> conversations
    contact_minutes: list[float] = field(default_factory=list)         # arrival -> first "contacted"
    placements: dict[str, Counter[str]] = field(default_factory=dict)   # district -> outcome -> referrals
    months: dict[tuple[str, str], Month] = field(default_factory=dict)  # (district, 'YYYY-MM') -> figures

    def month(self, district: str, month: str) -> Month:
        return self.months.setdefault((district, month), Month())

    @property
    def median_contact(self) -> float | None:
        return statistics.median(self.contact_minutes) if self.contact_minutes else None

    @property
    def outcome_totals(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for counts in self.placements.values():
            total.update(counts)
        return total

    @property
    def checked(self) -> int:
        return sum(self.outcomes.values())

    @property
    def median_acceptance(self) -> float | None:
        return statistics.median(self.acceptance_minutes) if self.acceptance_minutes else None

    @property
    def funnel(self) -> list[tuple[str, int]]:
        placed = sum(self.outcome_totals[o] for o in PLACED)
        counts = (self.started, self.checked, sum(self.referrals.values()), sum(self.accepted.values()),
                  sum(self.status["contacted"].values()), placed)
        return list(zip(FUNNEL, counts))

    def dropoff_by_step(self) -> Counter[tuple[str, str]]:
        result: Counter[tuple[str, str]] = Counter()
        for (flow, step, _lang), n in self.dropoff.items():
            result[(flow, step)] += n
        return result

    def dropoff_by_lang(self) -> Counter[str]:
        result: Counter[str] = Counter()
        for (_flow, _step, lang), n in self.dropoff.items():
            result[lang or "?"] += n
        return result

    def helped_rate(self, entry: str) -> tuple[int, int]:
        votes = self.faq_helped.get(entry, Counter())
        return votes["yes"], votes["yes"] + votes["no"]


def end_steps(catalog: FlowCatalog | None) -> set[tuple[str, str]]:
    if catalog is None:
        return set()
    return {(f.id, s.id) for f in catalog.flows.values() for s in f.steps.values() if isinstance(s, EndStep)}


def compute(rows: Iterable[Row], ends: set[tuple[str, str]], period: Period = Period()) -> Stats:
    """All figures from the event rows (in table order). ``ends`` = (flow, step) of every end step."""
    stats = Stats(period)
    by_conv: dict[str, list[Row]] = defaultdict(list)
    seen_status: set[tuple[str, str]] = set()                          # (conv, status): each counts once
    last_outcome: dict[str, tuple[str, str, str]] = {}                  # conv -> (district, outcome, month)
    for i, row in enumerate(rows):
        by_conv[row.conv].append(row)
        kind, value = row.kind, row.value
        own = row.conv or f"#{i}"               # an event whose conv was removed stands for itself
        if kind == "start":
            stats.started += 1
            stats.started_by_lang[row.lang or "?"] += 1
        elif kind == "referral" and value:
            stats.referrals[value] += 1
            stats.month(value, local_month(row.ts)).received += 1
        elif kind == "referral_accepted":
            district, _, minutes = value.partition(":")
            stats.accepted[district] += 1
            stats.month(district, local_month(row.ts)).accepted += 1
            try:
                stats.acceptance_minutes.append(float(minutes))
            except ValueError:
                pass
        elif kind == "referral_status":
            district, _, rest = value.partition(":")
            status, _, minutes = rest.partition(":")
            if status not in stats.status or (own, status) in seen_status:
                continue
            seen_status.add((own, status))
            stats.status[status][district] += 1
            if status == "contacted":
                figures = stats.month(district, local_month(row.ts))
                figures.contacted += 1
                if minutes.isdigit():
                    stats.contact_minutes.append(float(minutes))
                    figures.contact_minutes.append(float(minutes))
        elif kind == "referral_outcome":
            district, _, outcome = value.partition(":")
            if outcome in OUTCOMES:
                last_outcome[own] = (district, outcome, local_month(row.ts))
        elif kind == "faq_view" and value:
            stats.faq_views[value] += 1
        elif kind == "faq_helped":
            entry, _, answer = value.rpartition(":")
            if answer in ("yes", "no") and entry:
                stats.faq_helped[entry][answer] += 1
    for district, outcome, month in last_outcome.values():
        stats.placements.setdefault(district, Counter())[outcome] += 1
        stats.month(district, month).outcomes[outcome] += 1
    for conv_rows in by_conv.values():
        result = None
        for row in conv_rows:
            if row.kind == "set" and row.value.startswith("outcome="):
                result = row.value.partition("=")[2]
        if result:
            stats.outcomes[result] += 1
        left = _left_at(conv_rows, ends)
        if left is not None:
            stats.dropoff[left] += 1
    return stats


def _left_at(rows: list[Row], ends: set[tuple[str, str]]) -> tuple[str, str, str] | None:
    """Where a conversation that did not finish was left: its last step (and its language).

    A conversation is finished when it reached an end step and the person did nothing after it (the
    engine then shows the menu by itself, which is not leaving)."""
    last_step = None
    last_end = last_action = -1
    for i, row in enumerate(rows):
        if row.kind == "step":
            last_step = row
            if (row.flow, row.step) in ends:
                last_end = i
        elif row.kind in INTERACTIONS:
            last_action = i
    if last_step is None or last_end > last_action:
        return None
    return last_step.flow, last_step.step, rows[-1].lang


async def collect(db: Database, catalog: FlowCatalog | None, period: Period = Period()) -> Stats:
    return compute(await read_events(db, period), end_steps(catalog), period)


async def overdue(db: Database, hours: float, now: dt.datetime | None = None) -> dict[str, int]:
    """District -> referrals not taken after ``hours`` (ESCALATE_AFTER_HOURS): the state now, not a period's."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return await HandoffStore(db).overdue(now - dt.timedelta(hours=hours))


async def step_counts(db: Database, period: Period = Period()) -> dict[tuple[str, str], int]:
    """Distinct conversations per (flow, step) that were shown or answered there (for shaded diagrams)."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in await read_events(db, period):
        if row.kind in ("step", "answer"):
            seen[(row.flow, row.step)].add(row.conv)
    return {key: len(convs) for key, convs in seen.items()}
