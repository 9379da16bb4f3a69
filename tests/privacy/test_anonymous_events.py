"""The anonymous statistics really cannot be tied to a person: event times are kept to the hour, the
referral is counted outside the conversation's events, and an erased referral keeps only the day of its
times. The statistics still count everything."""

from __future__ import annotations

import datetime as dt
import sqlite3

from bot.admin.stats import LOCAL, Period, collect
from bot.storage import Database
from bot.storage.migrations import MIGRATIONS
from tests.privacy.test_erased_on_disk import MENTORS, refer

DRESDEN = -1001000000002


async def rows(db, sql, *args):
    async with db.conn.execute(sql, args) as cur:
        return [tuple(r) for r in await cur.fetchall()]


async def test_after_delete_nothing_joins_the_events_to_the_referral_and_stats_still_count(make_harness, tmp_path):
    mentors = tmp_path / "mentors.yaml"
    mentors.write_text(MENTORS)
    h = await make_harness(config={"mentors_file": mentors})
    h.group(DRESDEN)
    person = h.user(880066001, language_code="en")
    await refer(person, "Ilse Beispiel", "ilse@example.org", "Bitte anrufen")
    await h.group(DRESDEN).wait_for(lambda m: "Ilse Beispiel" in m.plain)
    await person.command("/delete")
    await person.press("Yes, delete everything")
    await h.group(DRESDEN).wait_for(lambda m: m.plain.startswith("🗑"))
    db = h.app.db

    stamps = [ts for (ts,) in await rows(db, "SELECT ts FROM events")]
    assert stamps and all(ts.endswith(":00:00+00:00") for ts in stamps), "event times are kept to the hour"
    (referral_conv,), = await rows(db, "SELECT conv FROM events WHERE kind = 'referral'")
    assert await rows(db, "SELECT kind FROM events WHERE conv = ? AND kind NOT LIKE 'referral%'", referral_conv) == [],\
        "the referral is counted in no conversation"
    (created, updated, consent), = await rows(db, "SELECT created_at, updated_at, consent_at FROM referrals")
    for moment in (created, updated, consent):
        assert moment.endswith("T00:00:00.000000+00:00"), "the tombstone keeps only the day"
    sent = [s for (s,) in await rows(db, "SELECT sent_at FROM outbox WHERE kind = 'referral'")]
    assert all(s.endswith("T00:00:00.000000+00:00") for s in sent)

    today = dt.datetime.now(LOCAL).date()
    stats = await collect(db, h.app.content.flows, Period(today, today))
    assert stats.referrals == {"14612": 1} and stats.started == 1


async def test_events_stored_before_are_coarsened_and_detached_when_the_database_is_upgraded(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        before = MIGRATIONS.index(next(m for m in MIGRATIONS if "UPDATE events SET ts" in m))
        for script in MIGRATIONS[:before]:
            conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {before}")
        conn.executemany("INSERT INTO events (ts, conv, lang, kind, flow, step, value) VALUES (?, ?, 'en', ?, ?, ?, ?)",
                         [("2026-03-12T14:05:17+00:00", "c0ffee", "step", "human", "consent", ""),
                          ("2026-03-12T14:07:42+00:00", "c0ffee", "referral", "handoff_contact", "send", "14612")])
    async with Database(path) as db:
        assert await rows(db, "SELECT ts FROM events") == [("2026-03-12T14:00:00+00:00",)] * 2
        (conv,), = await rows(db, "SELECT conv FROM events WHERE kind = 'referral'")
        assert conv != "c0ffee"
        assert (await collect(db, None)).referrals == {"14612": 1}
