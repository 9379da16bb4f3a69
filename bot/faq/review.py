"""Which FAQ answers are due for a new check against their sources.

Rules in this field change with each federal budget year or a new law, so a checked date alone does not
make staff look again. An entry is due when

- its ``review_by`` date has passed (``review_by: 2027-01-01``),
- its ``review_by`` rule says so: ``budget year`` — the facts hang on the federal budget, so they are due
  on 1 January after the year they were checked in,
- or its ``checked`` date is older than the maximum age (``FAQ_MAX_CHECK_AGE_DAYS``, default 365 days).

`python -m bot validate` lists the due entries as warnings (always shown), and admins see them in
/stats and `python -m bot stats`. Checking an entry again means: compare it with its sources, fix the
texts, set ``checked`` to that day and move ``review_by`` on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.faq.catalog import FaqEntry
from bot.files.problems import Problem, Severity

DEFAULT_MAX_CHECK_AGE_DAYS = 365

#: Problem.kind of the warnings below, so `validate` can show them without --warnings
REVIEW_KIND = "review"


@dataclass(frozen=True)
class DueReview:
    """One entry to check again: why (``date`` | ``rule`` | ``age``) and since when."""

    entry: FaqEntry
    reason: str
    since: dt.date
    age_days: int          # days since the entry was last checked


def rule_date(rule: str, checked: dt.date) -> dt.date:
    """The day a ``review_by`` rule makes an entry checked on ``checked`` due."""
    if rule == "budget year":
        return dt.date(checked.year + 1, 1, 1)
    raise ValueError(f"unknown review rule {rule!r}")       # the catalog lets only known rules through


def due_for_review(entries: Iterable[FaqEntry], today: dt.date,
                   max_age_days: int = DEFAULT_MAX_CHECK_AGE_DAYS) -> list[DueReview]:
    """Entries due on ``today``, the longest overdue first; each entry once, with its earliest reason."""
    due: list[DueReview] = []
    for entry in entries:
        reasons: list[tuple[dt.date, str]] = []
        if isinstance(entry.review_by, dt.date):
            reasons.append((entry.review_by, "date"))
        elif isinstance(entry.review_by, str):
            reasons.append((rule_date(entry.review_by, entry.checked), "rule"))
        if max_age_days > 0:
            reasons.append((entry.checked + dt.timedelta(days=max_age_days), "age"))
        passed = sorted(r for r in reasons if r[0] <= today)
        if passed:
            since, reason = passed[0]
            due.append(DueReview(entry, reason, since, (today - entry.checked).days))
    return sorted(due, key=lambda d: (d.since, d.entry.id))


def review_problems(due: Iterable[DueReview], relative: Callable[[str], str] = lambda file: file) -> list[Problem]:
    """The due entries as `validate` warnings, each at the line to edit (``review_by`` or the entry)."""
    problems = []
    for d in due:
        entry = d.entry
        if d.reason == "date":
            message = f"FAQ entry '{entry.id}' is due for review: its review date {d.since.isoformat()} has passed"
        elif d.reason == "rule":
            message = (f"FAQ entry '{entry.id}' is due for review: rule '{entry.review_by}' — a new budget year "
                       f"began on {d.since.isoformat()} after the check on {entry.checked.isoformat()}")
        else:
            message = f"FAQ entry '{entry.id}' was last checked {d.age_days} days ago ({entry.checked.isoformat()})"
        problems.append(Problem(relative(entry.file), entry.review_line or entry.line, message,
                                "compare the answer with its sources, correct the texts in all four languages, "
                                "then set 'checked' to today and move 'review_by' on",
                                flow=entry.topic, step=entry.id, severity=Severity.WARNING, kind=REVIEW_KIND))
    return problems
