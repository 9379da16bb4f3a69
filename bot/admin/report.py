"""Statistics as a short readable summary (texts from locales/<lang>/admin.ftl) or as CSV."""

from __future__ import annotations

import csv
import io
from typing import Mapping, Sequence

from babel.dates import format_date
from babel.numbers import format_percent

from bot.admin.diagram import Texts
from bot.admin.stats import STATUSES, Stats
from bot.faq.review import DueReview
from bot.i18n import Locales

TOP = 10            # longest lists in the summary (CSV has everything)


def period_text(stats: Stats, t, lang: str) -> str:
    p = stats.period
    day = (lambda d: format_date(d, "medium", locale=lang)) if p.start or p.end else None
    if p.start and p.end:
        return t("admin-period-range", start=day(p.start), end=day(p.end))
    if p.start:
        return t("admin-period-from", start=day(p.start))
    if p.end:
        return t("admin-period-to", end=day(p.end))
    return t("admin-period-all")


def duration_text(minutes: float, t) -> str:
    total = round(minutes)
    if total < 120:
        return t("admin-duration-minutes", minutes=total)
    return t("admin-duration-hours", hours=total // 60, minutes=total % 60)


def review_lines(due: Sequence[DueReview], locales: Locales, lang: str = "de") -> list[str]:
    """FAQ answers due for a new check against their sources (bot/faq/review.py), the longest overdue first."""
    def t(msg_id: str, **args) -> str:
        return locales.text(lang, msg_id, args)

    if not due:
        return [t("admin-stats-review-none")]
    question = Texts(locales, lang)
    lines = [t("admin-stats-review", count=len(due))]
    for d in due[:TOP]:
        since = format_date(d.since, "medium", locale=lang)
        reason = (t("admin-review-date", date=since) if d.reason == "date"
                  else t("admin-review-budget-year", date=since) if d.reason == "rule"
                  else t("admin-review-age", days=d.age_days))
        qid = d.entry.question_id
        if locales.has(lang, qid):
            lines.append("  • " + t("admin-stats-review-line", entry=question(qid, 50), id=d.entry.id, reason=reason))
        else:                               # a question without text in this language: the id says enough
            lines.append(f"  • {d.entry.id}: {reason}")
    if len(due) > TOP:
        lines.append("  " + t("admin-stats-review-more", count=len(due) - TOP))
    return lines


def summary(stats: Stats, locales: Locales, lang: str = "de",
            districts: Mapping[str, str] | None = None, review: Sequence[DueReview] | None = None) -> str:
    """A few short lines an admin reads at a glance; ``review``: FAQ answers due for a check (shown first,
    so a cut-off message never hides them)."""
    def t(msg_id: str, **args) -> str:
        return locales.text(lang, msg_id, args)

    districts = districts or {}
    none = t("admin-stats-none")
    lines = [t("admin-stats-title", period=period_text(stats, t, lang)), ""]
    if review is not None:
        lines += review_lines(review, locales, lang) + [""]
    langs = ", ".join(f"{code} {n}" for code, n in stats.started_by_lang.most_common()) or none
    lines.append(t("admin-stats-started", count=stats.started, languages=langs))

    lines += ["", t("admin-stats-outcomes", count=stats.checked)]
    lines += [f"  • {value}: {n}" for value, n in stats.outcomes.most_common()] or [f"  {none}"]

    lines += ["", t("admin-stats-referrals", count=sum(stats.referrals.values()))]
    keys = sorted(set(stats.referrals) | set(stats.accepted) | {k for s in STATUSES for k in stats.status[s]},
                  key=lambda k: (-stats.referrals[k], districts.get(k, k)))
    for key in keys:
        lines.append("  • " + t("admin-stats-referral-line", district=districts.get(key, key),
                                referred=stats.referrals[key], accepted=stats.accepted[key],
                                contacted=stats.status["contacted"][key],
                                unreachable=stats.status["unreachable"][key], closed=stats.status["closed"][key]))
    if not keys:
        lines.append(f"  {none}")
    median = stats.median_acceptance
    lines.append(t("admin-stats-acceptance", duration=duration_text(median, t)) if median is not None
                 else t("admin-stats-acceptance-none"))

    lines += ["", t("admin-stats-faq", count=sum(stats.faq_views.values()))]
    question = Texts(locales, lang)
    entries = sorted(set(stats.faq_views) | set(stats.faq_helped), key=lambda e: (-stats.faq_views[e], e))
    for entry in entries[:TOP]:
        yes, votes = stats.helped_rate(entry)
        helped = (t("admin-stats-helped", yes=yes, votes=votes, percent=format_percent(yes / votes, locale=lang))
                  if votes else t("admin-stats-helped-none"))
        name = question(f"faq-{entry}-q", 50) if locales.has(lang, f"faq-{entry}-q") else entry
        lines.append("  • " + t("admin-stats-faq-line", entry=name, views=stats.faq_views[entry], helped=helped))
    if not entries:
        lines.append(f"  {none}")

    by_step = stats.dropoff_by_step()
    lines += ["", t("admin-stats-dropoff", count=sum(by_step.values()))]
    for (flow, step), n in by_step.most_common(TOP):
        lines.append(f"  • {flow} · {step}: {n}")
    if not by_step:
        lines.append(f"  {none}")
    else:
        by_lang = ", ".join(f"{code} {n}" for code, n in stats.dropoff_by_lang().most_common())
        lines.append(t("admin-stats-dropoff-langs", languages=by_lang))
    return "\n".join(lines) + "\n"


CSV_HEADER = ("metric", "key", "detail", "value")


def csv_rows(stats: Stats, districts: Mapping[str, str] | None = None) -> list[tuple]:
    """Long format, one figure per row: easy to filter and pivot in a spreadsheet."""
    districts = districts or {}
    p = stats.period
    rows: list[tuple] = [("period_from", "", "", p.start.isoformat() if p.start else ""),
                         ("period_to", "", "", p.end.isoformat() if p.end else ""),
                         ("conversations_started", "", "", stats.started)]
    rows += [("conversations_started_by_language", code, "", n) for code, n in sorted(stats.started_by_lang.items())]
    rows += [("eligibility_outcome", value, "", n) for value, n in sorted(stats.outcomes.items())]
    rows += [("referrals", k, districts.get(k, ""), n) for k, n in sorted(stats.referrals.items())]
    rows += [("referrals_accepted", k, districts.get(k, ""), n) for k, n in sorted(stats.accepted.items())]
    for status in STATUSES:
        rows += [(f"referrals_{status}", k, districts.get(k, ""), n) for k, n in sorted(stats.status[status].items())]
    median = stats.median_acceptance
    rows.append(("minutes_to_acceptance_median", "", "", "" if median is None else f"{round(median, 1):g}"))
    rows += [("faq_views", e, "", n) for e, n in sorted(stats.faq_views.items())]
    for entry in sorted(stats.faq_helped):
        yes, votes = stats.helped_rate(entry)
        rows += [("faq_helped_yes", entry, "", yes), ("faq_helped_no", entry, "", votes - yes)]
    rows += [("dropoff", f"{flow}.{step}", lang, n) for (flow, step, lang), n in sorted(stats.dropoff.items())]
    rows += [("funnel", stage, "", n) for stage, n in stats.funnel]
    return rows


def to_csv(stats: Stats, districts: Mapping[str, str] | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(csv_rows(stats, districts))
    return buffer.getvalue()
