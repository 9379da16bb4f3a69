"""Statistics staff report to the ministry: the counts match the scripted conversations (tests/admin/conftest.py)."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import io
import sqlite3

import pytest
from babel.dates import format_skeleton

from bot.admin.chart import funnel_figure, funnel_png
from bot.admin.report import summary, to_csv
from bot.admin.stats import Period, collect, local_month, parse_day
from bot.cli import main
from bot.engine import load_flows
from bot.i18n import load_locales
from bot.storage import Database


def figures(filled, period: Period = Period()):
    flows, _ = load_flows(filled.content / "flows")

    async def go():
        async with Database(filled.db) as db:
            return await collect(db, flows, period)
    return asyncio.run(go())


def test_counts_match_the_scripted_conversations(filled):
    stats = figures(filled)
    assert stats.started == 9                    # eight people, one of them started over
    assert stats.started_by_lang == {"de": 3, "en": 3, "es": 2, "ar": 1}
    assert stats.outcomes == {"target": 1, "secondary": 1, "not_saxony": 1}
    assert stats.referrals == {"14612": 1, "14713": 1}
    assert stats.accepted == {"14612": 1, "14713": 1}
    assert stats.status["contacted"] == {"14612": 1}
    assert stats.status["unreachable"] == {"14713": 1}
    assert stats.median_acceptance == 60
    entry = filled.faq_entries[0]
    assert stats.faq_views == {entry: 2}
    assert stats.helped_rate(entry) == (1, 2)
    assert stats.funnel == [("started", 9), ("checked", 3), ("referred", 2), ("accepted", 2), ("contacted", 1),
                            ("placed", 1)]
    assert stats.placements == {"14612": {"employment": 1}}, "the changed outcome replaced the first one"
    assert stats.median_contact == 45, "the first 'contacted' counts, a second press does not"


def test_figures_per_district_and_month(filled):
    stats = figures(filled)
    month = local_month(dt.datetime.now(dt.timezone.utc).isoformat())     # the script ran now, months in Saxony
    dresden, leipzig = stats.months[("14612", month)], stats.months[("14713", month)]
    assert (dresden.received, dresden.accepted, dresden.contacted) == (1, 1, 1)
    assert dresden.median_contact == 45 and dresden.outcomes == {"employment": 1}
    assert (leipzig.received, leipzig.accepted, leipzig.contacted, leipzig.outcomes) == (1, 1, 0, {})


def test_outcomes_of_events_without_a_conversation_id_each_count():
    """Privacy may strip the shared id from old events: each one then counts on its own, none is lost."""
    from bot.admin.stats import Row, compute
    rows = [Row("2026-11-03", "", "de", "referral_outcome", "handoff", "", "14612:employment"),
            Row("2026-11-04", "", "de", "referral_outcome", "handoff", "", "14612:apprenticeship"),
            Row("2026-12-01", "", "de", "referral_status", "handoff", "", "14612:contacted:30"),
            Row("2026-12-02", "", "de", "referral_status", "handoff", "", "14612:contacted:90")]
    stats = compute(rows, set())
    assert stats.placements == {"14612": {"employment": 1, "apprenticeship": 1}}
    assert stats.months[("14612", "2026-11")].outcomes == {"employment": 1, "apprenticeship": 1}
    assert stats.status["contacted"] == {"14612": 2} and stats.median_contact == 60


def test_months_are_saxon_months_at_any_timestamp_precision():
    assert local_month("2026-01-31T23:30:00+00:00") == "2026-02"       # already February in Saxony
    assert local_month("2026-01-31T23:30:00.123456+00:00") == "2026-02"
    assert local_month("2026-01-31T22") == "2026-01"                   # hour precision, UTC
    assert local_month("2026-01-31") == "2026-01"                      # day precision


def test_drop_off_is_the_last_step_of_unfinished_conversations(filled):
    stats = figures(filled)
    assert stats.dropoff_by_step() == {("eligibility", "plz"): 1, ("faq", "browse"): 2, ("main", "menu"): 2,
                                       ("eligibility", "lives"): 1}
    assert stats.dropoff_by_lang() == {"ar": 1, "es": 1, "de": 2, "en": 2}
    assert stats.dropoff[("eligibility", "plz", "ar")] == 1


def test_events_hold_no_personal_data(filled):
    """The typed postal codes and the users' keys never reach the statistics table."""
    with sqlite3.connect(filled.db) as conn:
        rows = conn.execute("SELECT * FROM events").fetchall()
    text = repr(rows)
    assert "01067" not in text and "04109" not in text
    assert "anna" not in text and "console:" not in text


def test_german_summary_names_districts_and_rates(filled, capsys):
    assert main(["stats", "--db", str(filled.db), "--dir", str(filled.content)]) == 0
    out = capsys.readouterr().out
    assert "Gespräche begonnen: 9" in out
    assert "Dresden: 1 weitergeleitet, 1 angenommen, 1 Kontakt, 0 nicht erreicht, 1 abgeschlossen" in out
    assert "Leipzig: 1 weitergeleitet, 1 angenommen, 0 Kontakt, 1 nicht erreicht" in out
    assert "Zeit bis zur Annahme (Median): 60 Min." in out
    assert "Zeit bis zum ersten Kontakt (Median): 45 Min." in out
    assert "„hat geholfen“ 1 von 2 (50\u00a0%)" in out
    # words, not codes: language names, results, outcomes, steps by flow title and short label
    assert "(Sprachen: Deutsch 3, Englisch 3, Spanisch 2, Arabisch 1)" in out
    assert "  • Zielgruppe: 1" in out and "  • Erweiterte Zielgruppe (nach freien Kapazitäten): 1" in out
    assert "Kann ich mitmachen? · de:Postleitzahl: 1" in out
    assert "Fragen und Antworten · Themen und Fragen: 2" in out
    assert "Wie die Begleitungen ausgingen: 1\n  • Arbeit (sozialversicherungspflichtig): 1" in out
    month = format_skeleton("yMMMM", dt.date.today(), locale="de")
    assert f"Dresden, {month}: 1 eingegangen, 1 angenommen, 1 mit Kontakt\n    erster Kontakt nach 45 Min. (Median)\n" \
           f"    Ergebnis: Arbeit (sozialversicherungspflichtig) 1" in out
    assert "In Arbeit oder Ausbildung 1" in out
    assert "Jetzt überfällig (nach 48 Std. nicht angenommen): 0" in out
    for code in ("eligibility", "target", "secondary", "employment", " ar ", " de ", "14612", "browse"):
        assert code not in out, f"raw code {code!r} in the summary"


def test_csv_has_one_figure_per_row(filled, capsys):
    assert main(["stats", "--db", str(filled.db), "--dir", str(filled.content), "--csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["metric", "key", "detail", "value"]
    table = {(r[0], r[1], r[2]): r[3] for r in rows[1:]}
    assert table[("conversations_started", "", "")] == "9"
    assert table[("conversations_started_by_language", "ar", "")] == "1"
    assert table[("eligibility_outcome", "secondary", "")] == "1"
    assert table[("referrals", "14612", "Dresden")] == "1"
    assert table[("referrals_unreachable", "14713", "Leipzig")] == "1"
    assert table[("minutes_to_acceptance_median", "", "")] == "60"
    assert table[("faq_helped_no", filled.faq_entries[0], "")] == "1"
    assert table[("dropoff", "faq.browse", "es")] == "1"
    assert table[("funnel", "checked", "")] == "3"
    assert table[("funnel", "placed", "")] == "1"
    assert table[("minutes_to_first_contact_median", "", "")] == "45"
    assert table[("outcome_employment", "14612", "Dresden")] == "1"
    month = local_month(dt.datetime.now(dt.timezone.utc).isoformat())
    assert table[("month_referrals", "14612", month)] == "1" and table[("month_contacted", "14713", month)] == "0"
    assert table[("month_outcome_employment", "14612", month)] == "1"
    assert ("month_outcome_apprenticeship", "14612", month) not in table, "the changed outcome is not counted"


def test_overdue_referrals_per_district_from_the_command_line(filled, tmp_path, capsys):
    from bot.handoff.store import HandoffStore

    db_path = tmp_path / "overdue.sqlite3"
    with sqlite3.connect(filled.db) as src, sqlite3.connect(db_path) as dst:
        src.backup(dst)

    async def add_referrals():
        async with Database(db_path) as db:
            store, now = HandoffStore(db), dt.datetime.now(dt.timezone.utc)
            for hours, district in ((50, "14612"), (49, "14612"), (47, "14713"), (60, "14713")):
                await store.create(user_key=f"k{hours}", kind="mentee", district=district, lang="de", chat_id=None,
                                   consent=("2026-1:de:0000", now.isoformat()), data={}, contact_hash="",
                                   now=now - dt.timedelta(hours=hours), deliveries=[])
            taken, = [r for r in await store.waiting(now) if r.user_key == "k60"]
            await store.accept(taken.id, "Maria", 1, now)
    asyncio.run(add_referrals())
    assert main(["stats", "--db", str(db_path), "--dir", str(filled.content)]) == 0
    assert "Jetzt überfällig (nach 48 Std. nicht angenommen): 2\n  • Dresden: 2\n" in capsys.readouterr().out
    assert main(["stats", "--db", str(db_path), "--dir", str(filled.content), "--csv"]) == 0
    assert "overdue,14612,Dresden,2" in capsys.readouterr().out.splitlines()


@pytest.fixture
def dated(filled, tmp_path):
    """A copy of the database where the 'target' conversation happened in January 2025 (Saxon time)."""
    db = tmp_path / "dated.sqlite3"
    with sqlite3.connect(filled.db) as src, sqlite3.connect(db) as dst:
        src.backup(dst)
        dst.execute("UPDATE events SET ts = '2025-01-10T09:00:00+00:00' WHERE conv = ?", (filled.convs["target"],))
        # 23:30 UTC on 31 January is already 1 February in Saxony
        dst.execute("UPDATE events SET ts = '2025-01-31T23:30:00+00:00' WHERE conv = ?", (filled.convs["not_saxony"],))
    return db


def test_date_filters_count_only_days_in_the_period(filled, dated, capsys):
    args = ["stats", "--db", str(dated), "--dir", str(filled.content), "--csv"]
    assert main([*args, "--from", "2025-01-01", "--to", "2025-01-31"]) == 0
    table = {(r[0], r[1]): r[3] for r in csv.reader(io.StringIO(capsys.readouterr().out))}
    assert table[("conversations_started", "")] == "1"
    assert table[("eligibility_outcome", "target")] == "1"
    assert ("eligibility_outcome", "not_saxony") not in table
    assert table[("period_from", "")] == "2025-01-01" and table[("period_to", "")] == "2025-01-31"

    assert main([*args, "--from", "01.02.2025", "--to", "2025-02-01"]) == 0
    table = {(r[0], r[1]): r[3] for r in csv.reader(io.StringIO(capsys.readouterr().out))}
    assert table[("conversations_started", "")] == "1"
    assert table[("eligibility_outcome", "not_saxony")] == "1"

    assert main([*args, "--to", "2024-12-31"]) == 0
    table = {(r[0], r[1]): r[3] for r in csv.reader(io.StringIO(capsys.readouterr().out))}
    assert table[("conversations_started", "")] == "0"


def test_a_wrong_date_or_missing_database_is_explained(filled, tmp_path, capsys):
    assert main(["stats", "--db", str(filled.db), "--from", "31/01/2025"]) == 2
    assert "2025-01-31" in capsys.readouterr().err
    assert main(["stats", "--db", str(tmp_path / "nope.sqlite3")]) == 2
    assert "Keine Datenbank" in capsys.readouterr().err
    assert not (tmp_path / "nope.sqlite3").exists()


def test_parse_day_accepts_iso_and_german_dates():
    assert parse_day("2025-03-07") == parse_day("07.03.2025") == dt.date(2025, 3, 7)


@pytest.mark.parametrize("lang", ["de", "en", "ar", "es"])
def test_summary_and_funnel_chart_in_every_language(filled, lang):
    stats = figures(filled)
    locales, problems = load_locales(filled.content / "locales")
    assert not [p for p in problems if p.is_error]
    text = summary(stats, locales, lang, {"14612": "Dresden"})
    assert "[admin-" not in text and "9" in text and "Dresden" in text
    png = funnel_png(stats, locales, lang)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5000


def test_the_chart_has_a_title_with_its_period_and_named_axes(filled):
    stats = figures(filled, Period(dt.date(2026, 1, 1), dt.date(2026, 3, 31)))
    locales, _ = load_locales(filled.content / "locales")
    ax, = funnel_figure(stats, locales, "de").axes
    assert ax.get_title() == "Vom ersten Kontakt bis zur Vermittlung\n01.01.2026 bis 31.03.2026"
    assert ax.get_xlabel() == "Anzahl (Gespräche bzw. Anfragen)" and ax.get_ylabel() == "Stufe"
    assert "In Arbeit oder Ausbildung" in [label.get_text() for label in ax.get_yticklabels()]


def test_csv_of_an_empty_period_still_has_the_header():
    from bot.admin.stats import Stats
    text = to_csv(Stats())
    assert text.splitlines()[0] == "metric,key,detail,value"
    assert "conversations_started,,,0" in text


def test_the_summary_lists_faq_answers_whose_check_is_too_old(filled, capsys, monkeypatch):
    """The test FAQ was checked in early 2025: with the default age of 365 days staff are told to check it."""
    monkeypatch.delenv("FAQ_MAX_CHECK_AGE_DAYS", raising=False)
    assert main(["stats", "--db", str(filled.db), "--dir", str(filled.content)]) == 0
    out = capsys.readouterr().out
    days = (dt.date.today() - dt.date(2025, 1, 15)).days
    assert "FAQ-Antworten neu prüfen: 6" in out
    assert f"(integration-course-who): zuletzt vor {days} Tagen geprüft" in out
    assert out.index("FAQ-Antworten neu prüfen") < out.index("Gespräche begonnen"), "the reminder comes first"
    monkeypatch.setenv("FAQ_MAX_CHECK_AGE_DAYS", str(days + 400))      # a longer allowed age: nothing is due
    assert main(["stats", "--db", str(filled.db), "--dir", str(filled.content)]) == 0
    assert "FAQ: Alle Antworten sind aktuell geprüft." in capsys.readouterr().out
