"""E-mail delivery through a real SMTP server on 127.0.0.1: what mentors receive, retries with backoff while
the server is down, deliveries that give up are shown to admins, and a restart sends nothing twice."""

from __future__ import annotations

import asyncio
from datetime import datetime

from bot.cli import main as cli
from bot.testing.driver import Driver
from tests.handoff.conftest import Clock, assert_readable, service_of

MAIL = "mentoring-dresden@example.org"


async def refer(app, note="<b>Bitte</b> & danke", user="amina") -> str:
    d = Driver(app, user=user, lang="en")
    await d.say("/start")
    await d.press("check")
    await d.press("protection")
    await d.say("Krankenpflege <Station 3>")
    await d.say("01067")
    await d.press("yes")
    await d.say("Amina")
    await d.press("phone")
    await d.say("0151 23456789")
    await d.say("Arabic")
    await d.press("evening")
    await d.say(note)
    await d.press("send")
    async with app.db.conn.execute("SELECT id FROM referrals ORDER BY created_at DESC LIMIT 1") as cur:
        return (await cur.fetchone())[0]


async def outbox(app):
    async with app.db.conn.execute("SELECT channel, state, attempts, next_at, last_error FROM outbox "
                                   "WHERE channel LIKE 'mail:%' ORDER BY id") as cur:
        return [tuple(r) for r in await cur.fetchall()]


async def test_mentors_receive_the_referral_as_german_email_with_the_note_as_written(make_handoff_app, smtp):
    smtp.start()
    app = await make_handoff_app(**smtp.config)
    ref = await refer(app)
    assert await service_of(app).outbox.run_due() == 1
    (recipients, mail), = smtp.mailbox.messages
    assert recipients == [MAIL]
    assert mail["Message-ID"] == f"<referral-{ref}-referral@example.org>"
    assert ref in mail["Subject"] and "Dresden" in mail["Subject"]
    body = mail.get_content()
    assert "Nachricht: <b>Bitte</b> & danke" in body, "free text literally, not escaped or interpreted"
    assert "Berufswunsch: Krankenpflege <Station 3>" in body
    assert "Aufenthalt: Schutzstatus" in body
    assert "Zielgruppe" in body.splitlines(), "the check's result in words"
    assert "Telefon +49 1512 3456789" in body
    assert body.splitlines()[2] == "Sprachen: Englisch (Sprache im Bot), selbst angegeben: Arabic", "languages first"
    assert_readable(body, app)
    # a second pass sends nothing again
    assert await service_of(app).outbox.run_due() == 0
    assert len(smtp.mailbox.messages) == 1


async def test_smtp_down_then_up_retries_with_growing_delays_and_delivers_once(make_handoff_app, smtp):
    app = await make_handoff_app(**smtp.config)
    service = service_of(app)
    service.clock = clock = Clock()
    ref = await refer(app)
    await service.outbox.run_due()
    (_, state, attempts, next_at, error), = await outbox(app)
    assert (state, attempts) == ("pending", 1) and error.startswith("e-mail:")
    first_wait = (datetime.fromisoformat(next_at) - clock.now).total_seconds()
    assert first_wait == service.outbox.base_delay
    await service.outbox.run_due()                       # not due yet: no new attempt
    assert (await outbox(app))[0][2] == 1
    clock.advance(seconds=first_wait)
    await service.outbox.run_due()
    (_, state, attempts, next_at, _), = await outbox(app)
    assert attempts == 2
    assert (datetime.fromisoformat(next_at) - clock.now).total_seconds() == 3 * first_wait, "backoff grows"
    smtp.start()
    clock.advance(seconds=3 * first_wait)
    assert await service.outbox.run_due() == 1
    assert [r for r, _ in smtp.mailbox.messages] == [[MAIL]]
    assert ref in smtp.mailbox.messages[0][1]["Subject"]
    clock.advance(hours=5)
    await service.outbox.run_due()
    assert len(smtp.mailbox.messages) == 1


async def test_a_delivery_that_exhausts_its_retries_is_listed_for_admins(make_handoff_app, smtp, tmp_path,
                                                                          monkeypatch, capsys):
    db = tmp_path / "bot.sqlite3"
    app = await make_handoff_app(db=db, **smtp.config)
    service = service_of(app)
    service.clock = clock = Clock()
    service.outbox.max_attempts = 3
    ref = await refer(app)
    for _ in range(3):
        await service.outbox.run_due()
        clock.advance(hours=2)
    (_, state, attempts, _, _), = await outbox(app)
    assert (state, attempts) == ("failed", 3)
    monkeypatch.setenv("DATABASE_PATH", str(db))
    assert await asyncio.to_thread(cli, ["outbox"]) == 1
    listing = capsys.readouterr().out
    assert "GESCHEITERT" in listing and ref in listing and MAIL in listing and "14612" in listing
    assert "Amina" not in listing and "0151" not in listing, "no personal data in the admin listing"
    assert await asyncio.to_thread(cli, ["outbox", "--retry"]) == 0
    assert "1 gescheiterte Zustellung(en) werden erneut versucht" in capsys.readouterr().out
    smtp.start()
    assert await service.outbox.run_due() == 1
    assert len(smtp.mailbox.messages) == 1


async def test_a_restart_before_delivery_loses_nothing_and_duplicates_nothing(make_handoff_app, smtp, tmp_path):
    db = tmp_path / "bot.sqlite3"
    first = await make_handoff_app(db=db, **smtp.config)
    ref = await refer(first)
    await first.stop()                                   # the bot stops before the outbox ran
    smtp.start()
    second = await make_handoff_app(db=db, **smtp.config)
    assert await service_of(second).outbox.run_due() == 1
    third = await make_handoff_app(db=db, **smtp.config)   # and once more: nothing left to send
    assert await service_of(third).outbox.run_due() == 0
    assert [m["Subject"] for _, m in smtp.mailbox.messages] == [f"Anfrage {ref} – Arbeitsmarktmentoren Dresden"]
