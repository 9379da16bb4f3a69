"""Statistics as a short readable summary (texts from locales/<lang>/admin.ftl) or as CSV.

The summary speaks the staff's words, never codes: language names (Babel), eligibility results and placement
outcomes from their texts, districts by name, steps as "<flow title> · <short label of the step>"."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Protocol

from babel import Locale
from babel.core import UnknownLocaleError
from babel.dates import format_date, format_skeleton
from babel.numbers import format_percent

from bot.admin.diagram import Texts
from bot.admin.stats import OUTCOMES, STATUSES, Stats
from bot.engine.flows import ActionStep, ChoiceStep, EndStep, FlowCatalog, InputStep, MessageStep
from bot.faq.review import DueReview
from bot.i18n import Locales

TOP = 10            # longest lists in the summary (CSV has everything)

#: one row of the CSV: metric, key, detail, value
CsvRow = tuple[str, str, str, str | int]


class Translate(Protocol):
    """A message's text in the reader's language: ``t("admin-period-from", start="1. Jan. 2025")``."""

    def __call__(self, msg_id: str, **args: object) -> str: ...


def period_text(stats: Stats, t: Translate, lang: str) -> str:
    p = stats.period

    def day(d: dt.date) -> str:
        return format_date(d, "medium", locale=lang)

    if p.start and p.end:
        return t("admin-period-range", start=day(p.start), end=day(p.end))
    if p.start:
        return t("admin-period-from", start=day(p.start))
    if p.end:
        return t("admin-period-to", end=day(p.end))
    return t("admin-period-all")


def duration_text(minutes: float, t: Translate) -> str:
    total = round(minutes)
    if total < 120:
        return t("admin-duration-minutes", minutes=total)
    return t("admin-duration-hours", hours=total // 60, minutes=total % 60)


def review_lines(due: Sequence[DueReview], locales: Locales, lang: str = "de") -> list[str]:
    """FAQ answers due for a new check against their sources (bot/faq/review.py), the longest overdue first."""
    def t(msg_id: str, **args: object) -> str:
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


class Words:
    """Readable names for what the events store as codes, in the summary's language."""

    def __init__(self, locales: Locales, lang: str, flows: FlowCatalog | None = None,
                 districts: Mapping[str, str] | None = None) -> None:
        self.locales, self.lang, self.flows, self.districts = locales, lang, flows, districts or {}
        self.texts = Texts(locales, lang)

    def t(self, msg_id: str, **args: object) -> str:
        return self.locales.text(self.lang, msg_id, args)

    def _known(self, msg_id: str) -> str | None:
        return self.locales.text(self.lang, msg_id, label=True) if self.locales.has(self.lang, msg_id) else None

    def language(self, code: str) -> str:
        try:
            return Locale.parse(code).get_display_name(self.lang) or code
        except (ValueError, UnknownLocaleError):
            return code

    def district(self, key: str) -> str:
        return self.districts.get(key, key)

    def result(self, code: str) -> str:
        """An eligibility result ('target' -> 'Zielgruppe')."""
        return self._known(f"mentor-value-outcome-{code}") or code

    def outcome(self, code: str) -> str:
        """How a referral ended ('employment' -> 'Arbeit (sozialversicherungspflichtig)')."""
        return self._known(f"mentor-outcome-{code}") or code

    def month(self, month: str) -> str:
        try:
            return format_skeleton("yMMMM", dt.date.fromisoformat(f"{month}-01"), locale=self.lang)
        except ValueError:
            return month

    def step(self, flow_id: str, step_id: str) -> str:
        """'Kann ich mitmachen? · Deutsch': the flow's title, then the step's short label (the mentors' label
        of the answer it saves or of its action), else its question or message, shortened."""
        flow = self.flows.flow(flow_id) if self.flows is not None else None
        if flow is None:
            return f"{flow_id} · {step_id}"
        title = (self._known(flow.title) if flow.title else None) or flow_id
        step = flow.step(step_id)
        name = None
        if isinstance(step, (ChoiceStep, InputStep)) and step.save:
            name = self._known(f"mentor-field-{step.save}")
        elif isinstance(step, ActionStep):
            name = self._known(f"mentor-field-{step.action}") or self._known(f"admin-step-{step.action}")
        if name is None and isinstance(step, (ChoiceStep, InputStep)):
            name = self.texts(step.ask, 40)
        if name is None and isinstance(step, (MessageStep, EndStep)) and step.say:
            name = self.texts(step.say, 40)
        return f"{title} · {name or step_id}"

    def counts(self, pairs: Iterable[tuple[str, int]], name: Callable[[str], str]) -> str:
        return ", ".join(f"{name(code)} {n}" for code, n in pairs)


def summary(stats: Stats, locales: Locales, lang: str = "de", districts: Mapping[str, str] | None = None,
            flows: FlowCatalog | None = None, overdue: Mapping[str, int] | None = None,
            overdue_hours: float | None = None, review: Sequence[DueReview] | None = None) -> str:
    """A few short lines an admin reads at a glance. ``overdue``: district -> referrals nobody has taken after
    ``overdue_hours`` (the state now, whatever the period); ``review``: FAQ answers due for a check (shown
    first, so a cut-off message never hides them)."""
    w = Words(locales, lang, flows, districts)
    t = w.t
    none = t("admin-stats-none")
    lines = [t("admin-stats-title", period=period_text(stats, t, lang)), ""]
    if review is not None:
        lines += review_lines(review, locales, lang) + [""]
    langs = w.counts(stats.started_by_lang.most_common(), w.language) or none
    lines.append(t("admin-stats-started", count=stats.started, languages=langs))
    funnel = " → ".join(f"{t(f'admin-funnel-{stage}')} {n}" for stage, n in stats.funnel)
    lines.append(t("admin-stats-funnel", funnel=funnel))

    lines += ["", t("admin-stats-outcomes", count=stats.checked)]
    lines += [f"  • {w.result(value)}: {n}" for value, n in stats.outcomes.most_common()] or [f"  {none}"]

    lines += ["", t("admin-stats-referrals", count=sum(stats.referrals.values()))]
    keys = sorted(set(stats.referrals) | set(stats.accepted) | {k for s in STATUSES for k in stats.status[s]},
                  key=lambda k: (-stats.referrals[k], w.district(k)))
    for key in keys:
        lines.append("  • " + t("admin-stats-referral-line", district=w.district(key),
                                referred=stats.referrals[key], accepted=stats.accepted[key],
                                contacted=stats.status["contacted"][key],
                                unreachable=stats.status["unreachable"][key], closed=stats.status["closed"][key]))
    if not keys:
        lines.append(f"  {none}")
    median = stats.median_acceptance
    lines.append(t("admin-stats-acceptance", duration=duration_text(median, t)) if median is not None
                 else t("admin-stats-acceptance-none"))
    median = stats.median_contact
    lines.append(t("admin-stats-contact", duration=duration_text(median, t)) if median is not None
                 else t("admin-stats-contact-none"))
    if overdue is not None:
        lines.append(t("admin-stats-overdue", hours=overdue_hours or 0, count=sum(overdue.values())))
        lines += [f"  • {w.district(k)}: {n}" for k, n in sorted(overdue.items(), key=lambda kv: (-kv[1], kv[0]))]

    totals = stats.outcome_totals
    lines += ["", t("admin-stats-placements", count=sum(totals.values()))]
    lines += [f"  • {w.outcome(code)}: {totals[code]}" for code in OUTCOMES if totals[code]] or [f"  {none}"]

    lines += ["", t("admin-stats-months")]
    for (district, month), figures in sorted(stats.months.items(), key=lambda kv: (kv[0][1], w.district(kv[0][0]))):
        lines.append("  • " + t("admin-stats-month-line", district=w.district(district), month=w.month(month),
                                received=figures.received, accepted=figures.accepted, contacted=figures.contacted))
        if figures.median_contact is not None:
            lines.append("    " + t("admin-stats-month-contact", duration=duration_text(figures.median_contact, t)))
        if figures.outcomes:
            lines.append("    " + t("admin-stats-month-outcomes", outcomes=w.counts(
                [(c, figures.outcomes[c]) for c in OUTCOMES if figures.outcomes[c]], w.outcome)))
    if not stats.months:
        lines.append(f"  {none}")

    lines += ["", t("admin-stats-faq", count=sum(stats.faq_views.values()))]
    question = w.texts
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
        lines.append(f"  • {w.step(flow, step)}: {n}")
    if not by_step:
        lines.append(f"  {none}")
    else:
        by_lang = w.counts(stats.dropoff_by_lang().most_common(), w.language)
        lines.append(t("admin-stats-dropoff-langs", languages=by_lang))
    return "\n".join(lines) + "\n"


CSV_HEADER = ("metric", "key", "detail", "value")


def csv_rows(stats: Stats, districts: Mapping[str, str] | None = None,
             overdue: Mapping[str, int] | None = None) -> list[CsvRow]:
    """Long format, one figure per row: easy to filter and pivot in a spreadsheet."""
    districts = districts or {}
    p = stats.period
    rows: list[CsvRow] = [("period_from", "", "", p.start.isoformat() if p.start else ""),
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
    median = stats.median_contact
    rows.append(("minutes_to_first_contact_median", "", "", "" if median is None else f"{round(median, 1):g}"))
    for district in sorted(stats.placements):
        rows += [(f"outcome_{code}", district, districts.get(district, ""), stats.placements[district][code])
                 for code in OUTCOMES if stats.placements[district][code]]
    for (district, month), m in sorted(stats.months.items()):
        rows += [("month_referrals", district, month, m.received), ("month_accepted", district, month, m.accepted),
                 ("month_contacted", district, month, m.contacted)]
        if m.median_contact is not None:
            rows.append(("month_minutes_to_first_contact_median", district, month, f"{round(m.median_contact, 1):g}"))
        rows += [(f"month_outcome_{code}", district, month, m.outcomes[code]) for code in OUTCOMES if m.outcomes[code]]
    rows += [("overdue", k, districts.get(k, ""), n) for k, n in sorted((overdue or {}).items())]
    rows += [("funnel", stage, "", n) for stage, n in stats.funnel]
    return rows


def to_csv(stats: Stats, districts: Mapping[str, str] | None = None, overdue: Mapping[str, int] | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(csv_rows(stats, districts, overdue))
    return buffer.getvalue()
