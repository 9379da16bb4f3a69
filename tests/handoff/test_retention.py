"""Retention that really ends: every referral has a maximum age, whatever its status. When it is reached, the
project's chat message loses name, contact and note (edited like a withdrawal), e-mail recipients are told,
and the person's conversation and consent go with it. Regions reached only by e-mail are escalated too, and
the coordination sees overdue referrals per district in the outbox listing."""

from __future__ import annotations

import asyncio
import textwrap
from datetime import datetime, timedelta, timezone

from bot.cli import main as cli
from bot.handoff.cli import outbox_lines
from bot.privacy.retention import run_retention
from tests.handoff.conftest import COORDINATION, DRESDEN_GROUP, Clock, service_of, wait_until
from tests.handoff.test_outbox_mail import refer as refer_by_driver
from tests.handoff.test_telegram_handoff import bot, refer  # noqa: F401  (the Telegram fixture)


async def rows(app, sql, *args):
    async with app.db.conn.execute(sql, args) as cur:
        return [tuple(r) for r in await cur.fetchall()]


async def test_an_open_referral_expires_at_its_maximum_age_and_the_project_loses_the_data(bot, smtp):  # noqa: F811
    smtp.start()
    h = await bot(config={**smtp.config, "smtp_from": "bot@example.org"})
    amina, ref = await refer(h, note="Bitte nur vormittags")
    group = h.group(DRESDEN_GROUP)
    notice = await group.wait_for(lambda m: f"Neue Anfrage {ref}" in m.plain)
    await wait_until(lambda: len(smtp.mailbox.messages) == 1)
    key = (await rows(h.app, "SELECT user_key FROM referrals"))[0][0]
    assert await rows(h.app, "SELECT 1 FROM consents WHERE user_key = ?", key)

    counts = await run_retention(h.app, datetime.now(timezone.utc) + timedelta(days=179))
    assert counts["referrals"] == 0, "younger than RETENTION_DAYS_OPEN_REFERRAL (180 days): kept"
    counts = await run_retention(h.app, datetime.now(timezone.utc) + timedelta(days=181))
    assert counts == {**counts, "referrals": 1, "conversation": 1}

    await group.wait_for(lambda m: m.message_id == notice.message_id and "abgelaufen" in m.plain)
    for personal in ("Amina", "1512 3456789", "vormittags"):
        assert personal not in notice.plain, f"{personal!r} still in the project's chat"
    await wait_until(lambda: len(smtp.mailbox.messages) == 2)
    _, mail = smtp.mailbox.messages[1]
    assert mail["Subject"] == f"Abgelaufen: Anfrage {ref}" and "Amina" not in mail.get_content()
    (status, data, user_key, chat_id), = await rows(h.app, "SELECT status, data, user_key, chat_id FROM referrals")
    assert (status, data, user_key, chat_id) == ("expired", "{}", "", None)
    assert not await rows(h.app, "SELECT 1 FROM consents WHERE user_key = ?", key), "the consent expired too"
    assert not await rows(h.app, "SELECT 1 FROM conversations"), "the conversation is not kept for the referral"
    assert len(group.messages) == 1, "the chat message is edited quietly, not a new message per referral"


async def test_every_open_status_expires_and_the_conversation_is_kept_only_until_then(make_handoff_app):
    from bot.testing.driver import Driver
    from tests.handoff.test_referral_flow import fill_contact, to_consent

    app = await make_handoff_app()
    service = service_of(app)
    people = {status: Driver(app, user=status, lang="en") for status in ("new", "accepted", "contacted", "unreachable")}
    for i, (status, d) in enumerate(people.items()):
        await to_consent(d)
        await fill_contact(d, value=f"0151 2345678{i}")
        await d.press("send")
        (ref,), = await rows(app, "SELECT id FROM referrals WHERE user_key = ?", d.who.user_key)
        if status != "new":
            await service.store.accept(ref, "Maria", 1, service.clock())
        if status in ("contacted", "unreachable"):
            await service.store.set_status(ref, status, service.clock())
    await run_retention(app, datetime.now(timezone.utc) + timedelta(days=100))
    assert all([await d.state() for d in people.values()]), "open referrals younger than the limit keep theirs"
    await run_retention(app, datetime.now(timezone.utc) + timedelta(days=181))
    assert await rows(app, "SELECT DISTINCT status, data FROM referrals") == [("expired", "{}")]
    assert not [d for d in people.values() if await d.state() is not None]
    assert await rows(app, "SELECT COUNT(*) FROM consents") == [(0,)]


MAIL_ONLY = f"""
coordination:
  telegram_chat: {COORDINATION}
districts:
  "14612":
    project: Testprojekt Dresden
    emails: [mentoring-dresden@example.org]
"""


async def test_an_email_only_region_is_escalated_and_listed_as_overdue(make_handoff_app, tmp_path, monkeypatch,
                                                                        capsys):
    mentors = tmp_path / "mail-only.yaml"
    mentors.write_text(textwrap.dedent(MAIL_ONLY), encoding="utf-8")
    db = tmp_path / "mail-only.sqlite3"
    app = await make_handoff_app(db=db, mentors_file=mentors)
    service = service_of(app)
    service.clock = clock = Clock()
    clock.advance(hours=-72)                          # the request was sent three days ago
    ref = await refer_by_driver(app)
    clock.advance(hours=72)
    assert await service.check_escalations() == 1
    assert await rows(app, "SELECT kind, channel FROM outbox WHERE kind = 'escalation'") == [
        ("escalation", f"tg:{COORDINATION}")]
    lines = await outbox_lines(service.store, now=clock(), overdue_after=timedelta(hours=48),
                               region_name=service.region_name)
    assert "• Dresden (14612): 1 Anfrage(n), älteste seit 72 h" in lines
    monkeypatch.setenv("DATABASE_PATH", str(db))
    monkeypatch.setenv("CONTENT_DIR", str(app.root))
    await asyncio.to_thread(cli, ["outbox"])
    listing = capsys.readouterr().out
    assert "Überfällig" in listing and "Dresden (14612): 1 Anfrage(n)" in listing
    assert ref in listing and "Amina" not in listing
