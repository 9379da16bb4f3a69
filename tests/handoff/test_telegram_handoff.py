"""End to end over the fake Bot API: the real PTB Application, a mentee in a private chat, the projects'
groups. From /start to the mentor's notification, mentors' buttons, outages, restarts, escalation."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.admin.feature import AdminFeature
from tests.handoff.conftest import (
    CHEMNITZ_MENTOR,
    COORDINATION,
    DRESDEN_GROUP,
    LEIPZIG_GROUP,
    Clock,
    assert_readable,
    referral_data,
    register_handoff,
    service_of,
)

MENTEE = 1001
MARIA, JONAS, OUTSIDER = 2001, 2002, 3003


@pytest.fixture
async def bot(make_harness, handoff_content, mentors_file):
    async def start(**kwargs):
        h = await make_harness(content_dir=handoff_content, features=False, setup=kwargs.pop("setup", register_handoff),
                               config={"mentors_file": mentors_file, **kwargs.pop("config", {})}, **kwargs)
        for chat in (DRESDEN_GROUP, LEIPZIG_GROUP, COORDINATION):
            h.group(chat)
        h.group(DRESDEN_GROUP).member(MARIA, "Maria")
        h.group(DRESDEN_GROUP).member(JONAS, "Jonas")
        h.group(LEIPZIG_GROUP).member(OUTSIDER, "Lea")
        return h
    return start


async def refer(h, note="<b>Hallo</b> & <i>danke</i>", postal_code="01067", lang="en", user=MENTEE,
                phone="0151 23456789"):
    amina = h.user(user, language_code=lang)
    await amina.command("/start")
    await amina.press("Check")
    await amina.press("Protection")
    await amina.send("Pflege")
    await amina.send(postal_code)
    await amina.press("Yes, I agree" if lang == "en" else "Ja, ich bin einverstanden")
    await amina.send("Amina")
    await amina.press("Phone" if lang == "en" else "Telefon")
    await amina.send(phone)
    await amina.send("Arabic, English")
    await amina.press("Mornings" if lang == "en" else "Vormittags")
    await amina.send(note)
    replies = await amina.press("Yes, send" if lang == "en" else "Ja, senden")
    async with h.app.db.conn.execute("SELECT id FROM referrals ORDER BY created_at DESC LIMIT 1") as cur:
        ref = (await cur.fetchone())[0]
    assert ref in replies.text
    return amina, ref


def notifications(h, chat, ref):
    return [m for m in h.group(chat).messages if f"Neue Anfrage {ref}" in m.plain]


async def test_from_start_to_the_mentors_notification(bot):
    h = await bot()
    amina, ref = await refer(h)
    group = h.group(DRESDEN_GROUP)
    msg = await group.wait_for(lambda m: f"Neue Anfrage {ref}" in m.plain)
    assert "Dresden" in msg.plain
    assert "Nachricht: <b>Hallo</b> & <i>danke</i>" in msg.plain, "the mentee's HTML is shown literally"
    assert "Telefon +49 1512 3456789" in msg.plain
    assert "Aufenthalt: Schutzstatus" in msg.plain and "Berufswunsch: Pflege" in msg.plain
    assert msg.plain.splitlines()[2].startswith("Sprachen: Englisch (Sprache im Bot)"), "the languages lead"
    assert "Einwilligung: Version 2026-2, " in msg.plain
    assert_readable(msg.plain, h.app)
    assert [b.text for b in msg.buttons] == ["✋ Übernehmen"]
    assert not h.group(LEIPZIG_GROUP).messages, "other regions get nothing"


async def test_a_mentor_accepts_the_mentee_is_told_and_nobody_can_take_it_twice(bot):
    h = await bot()
    amina, ref = await refer(h)
    group = h.group(DRESDEN_GROUP)
    msg = await group.wait_for(lambda m: f"Neue Anfrage {ref}" in m.plain)
    await group.press(MARIA, "Übernehmen", message=msg)
    assert h.server.callback_answers[-1].text == "Übernommen. Die Person wird benachrichtigt."
    assert "Übernommen von Maria" in msg.plain
    assert [b.text for b in msg.buttons] == ["📞 Kontaktiert", "❌ Nicht erreicht", "✅ Abschließen", "✍️ Der Person schreiben"]
    told = await h.server.wait_for(lambda: next((m for m in amina.messages if "has been accepted" in m.plain), None))
    assert ref in told.plain and "Testprojekt Dresden" in told.plain
    # Jonas presses an old accept button (or a forged one): refused, Maria stays
    await group.press_data(JONAS, f"m:accept:{ref}", message=msg)
    answer = h.server.callback_answers[-1]
    assert answer.text == "Diese Anfrage hat schon Maria übernommen." and answer.show_alert
    assert "Übernommen von Maria" in msg.plain and "Jonas" not in msg.plain
    await group.press(JONAS, "Kontaktiert", message=msg)
    assert "📞 Kontaktiert" in msg.plain
    await group.press(MARIA, "Abschließen", message=msg)
    assert "✅ Abgeschlossen" in msg.plain and "Wie ist die Begleitung ausgegangen?" in msg.plain
    async with h.app.db.conn.execute("SELECT kind, value FROM events WHERE kind LIKE 'referral%' ORDER BY id") as cur:
        events = [tuple(r) for r in await cur.fetchall()]
    assert events[0] == ("referral", "14612")
    assert events[1][0] == "referral_accepted" and events[1][1].startswith("14612:")
    assert [(kind, value.rsplit(":", 1)[0]) for kind, value in events[2:]] == [
        ("referral_status", "14612:contacted"), ("referral_status", "14612:closed")], "with the minutes since arrival"
    # the mentee asks for the status: in English, as it stands now
    await amina.command("/menu")
    replies = await amina.press("My request")
    assert "The request is closed" in replies.text


async def test_closing_asks_how_it_ended_one_tap_changeable_members_only(bot):
    h = await bot()
    amina, ref = await refer(h)
    group = h.group(DRESDEN_GROUP)
    msg = await group.wait_for(lambda m: f"Neue Anfrage {ref}" in m.plain)
    await group.press(MARIA, "Übernehmen", message=msg)
    await group.press(MARIA, "Abschließen", message=msg)
    assert h.server.callback_answers[-1].text.startswith("Wie ist die Begleitung ausgegangen?")
    assert [b.text for b in msg.buttons] == [
        "Arbeit (sozialversicherungspflichtig)", "Ausbildung", "Qualifizierung oder Kurs", "Andere Unterstützung",
        "Nicht mehr erreichbar", "Passt nicht ins Programm"]
    await group.press(JONAS, "Ausbildung", message=msg)                  # any member of the project's group
    assert "🏁 Ergebnis: Ausbildung" in msg.plain and "Wie ist die Begleitung" not in msg.plain
    assert "✓ Ausbildung" in [b.text for b in msg.buttons]
    await group.press(MARIA, "Arbeit (sozialversicherungspflichtig)", message=msg)    # changed
    assert "🏁 Ergebnis: Arbeit (sozialversicherungspflichtig)" in msg.plain
    assert [b.text for b in msg.buttons if b.text.startswith("✓")] == ["✓ Arbeit (sozialversicherungspflichtig)"]
    group.member(OUTSIDER, "Lea", status="left")
    await group.press_data(OUTSIDER, f"m:outcome:{ref}:not_suitable", message=msg)
    assert h.server.callback_answers[-1].text == "Nur das Projekt dieser Region kann diese Anfrage bearbeiten."
    async with h.app.db.conn.execute("SELECT outcome FROM referrals WHERE id = ?", (ref,)) as cur:
        assert (await cur.fetchone())[0] == "employment"
    async with h.app.db.conn.execute("SELECT value FROM events WHERE kind = 'referral_outcome' ORDER BY id") as cur:
        assert [r[0] for r in await cur.fetchall()] == ["14612:apprenticeship", "14612:employment"]
    from bot.admin.stats import collect
    stats = await collect(h.app.db, h.app.content.flows)
    assert stats.placements == {"14612": {"employment": 1}}, "a changed outcome counts once, as changed"
    # the anonymous figure outlives /delete; the referral's statistics id does not
    assert await referral_data(h.app).erase(amina_key(h, amina)) == 1
    async with h.app.db.conn.execute("SELECT stat_id FROM referrals WHERE id = ?", (ref,)) as cur:
        assert (await cur.fetchone())[0] is None
    stats = await collect(h.app.db, h.app.content.flows)
    assert stats.placements == {"14612": {"employment": 1}}


async def test_someone_outside_the_districts_chat_cannot_act(bot):
    h = await bot()
    amina, ref = await refer(h)
    group = h.group(DRESDEN_GROUP)
    msg = await group.wait_for(lambda m: f"Neue Anfrage {ref}" in m.plain)
    group.member(OUTSIDER, "Lea", status="left")         # e.g. left the project's group
    await group.press(OUTSIDER, "Übernehmen", message=msg)
    refused = "Nur das Projekt dieser Region kann diese Anfrage bearbeiten."
    assert h.server.callback_answers[-1].text == refused
    # a mentor of another region, in their own group, under their own referral, with the Dresden button data
    _, leipzig_ref = await refer(h, postal_code="04109", user=1002, phone="0341 1234567")
    leipzig = h.group(LEIPZIG_GROUP)
    theirs = await leipzig.wait_for(lambda m: f"Neue Anfrage {leipzig_ref}" in m.plain)
    await leipzig.press_data(OUTSIDER, f"m:accept:{ref}", message=theirs)
    assert h.server.callback_answers[-1].text == refused
    await leipzig.press(OUTSIDER, "Übernehmen", message=theirs)      # their own one they may take
    assert "Übernommen von Lea" in theirs.plain
    # the mentee forging a mentor button in their own chat
    await amina.press_data(f"m:accept:{ref}")
    assert h.server.callback_answers[-1].text == refused
    assert [b.text for b in msg.buttons] == ["✋ Übernehmen"], "still untaken"


async def test_a_mentors_private_chat_works_too(bot):
    h = await bot()
    mentor = h.user(CHEMNITZ_MENTOR, first_name="Chris")
    await mentor.command("/start")
    amina, ref = await refer(h, postal_code="09111")
    msg = await h.server.wait_for(lambda: next((m for m in mentor.messages if f"Neue Anfrage {ref}" in m.plain), None))
    await mentor.press("Übernehmen", message=msg)
    assert "Übernommen von Chris" in msg.plain


async def test_telegram_outage_and_restart_mid_delivery_lose_nothing_and_duplicate_nothing(bot, monkeypatch):
    from bot.handoff import telegram as installer
    monkeypatch.setattr(installer, "OUTBOX_SECONDS", 3600.0)   # only the test runs the outbox
    monkeypatch.setattr(installer, "OUTBOX_FIRST", 3600.0)
    h = await bot()
    service = service_of(h.app)
    service.kick = lambda: None
    amina, ref = await refer(h)
    h.server.fail("sendMessage", times=2, status=502)
    service.clock = clock = Clock()
    await service.outbox.run_due()
    assert notifications(h, DRESDEN_GROUP, ref) == []
    async with h.app.db.conn.execute("SELECT state, attempts, last_error FROM outbox WHERE channel LIKE 'tg:%'") as cur:
        state, attempts, error = await cur.fetchone()
    assert (state, attempts) == ("pending", 1) and error.startswith("Telegram:")
    await h.restart()                                   # the bot restarts while the delivery is pending
    service = service_of(h.app)
    service.kick = lambda: None
    service.clock = clock
    clock.advance(hours=1)
    await service.outbox.run_due()                      # Telegram still failing: second attempt
    assert notifications(h, DRESDEN_GROUP, ref) == []
    async with h.app.db.conn.execute("SELECT attempts FROM outbox WHERE channel LIKE 'tg:%'") as cur:
        assert (await cur.fetchone())[0] == 2
    clock.advance(hours=1)
    await service.outbox.run_due()                      # Telegram is back
    assert len(notifications(h, DRESDEN_GROUP, ref)) == 1
    await h.restart()
    service = service_of(h.app)
    service.clock = clock
    clock.advance(hours=10)
    await service.outbox.run_due()
    await h.settle()
    assert len(notifications(h, DRESDEN_GROUP, ref)) == 1, "a restart does not send a confirmed delivery again"


async def test_escalation_reminds_the_region_then_tells_the_coordination(bot):
    h = await bot()
    service = service_of(h.app)
    amina, ref = await refer(h)
    group = h.group(DRESDEN_GROUP)
    msg = await group.wait_for(lambda m: f"Neue Anfrage {ref}" in m.plain)
    service.clock = clock = Clock()
    clock.advance(hours=47)
    assert await service.check_escalations() == 0
    clock.advance(hours=2)
    assert await service.check_escalations() == 1
    reminder = await group.wait_for(lambda m: m.plain.startswith("⏰"))
    assert ref in reminder.plain and reminder.reply_to_message_id == msg.message_id
    clock.advance(hours=48)
    assert await service.check_escalations() == 1
    coordination = h.group(COORDINATION)
    alarm = await coordination.wait_for(lambda m: ref in m.plain)
    assert "Dresden" in alarm.plain and "Amina" not in alarm.plain and "0151" not in alarm.plain
    clock.advance(hours=48)
    assert await service.check_escalations() == 0, "each step happens once"


async def test_an_accepted_referral_is_not_escalated(bot):
    h = await bot()
    service = service_of(h.app)
    amina, ref = await refer(h)
    group = h.group(DRESDEN_GROUP)
    msg = await group.wait_for(lambda m: f"Neue Anfrage {ref}" in m.plain)
    await group.press(MARIA, "Übernehmen", message=msg)
    service.clock = clock = Clock()
    clock.advance(hours=200)
    assert await service.check_escalations() == 0


async def test_withdrawal_removes_the_data_from_the_mentors_chat(bot):
    h = await bot()
    amina, ref = await refer(h)
    group = h.group(DRESDEN_GROUP)
    msg = await group.wait_for(lambda m: f"Neue Anfrage {ref}" in m.plain)
    user_key = amina_key(h, amina)
    assert await referral_data(h.app).erase(user_key) == 1
    notice = await group.wait_for(lambda m: m.plain.startswith("🗑") and m is not msg)
    assert ref in notice.plain and notice.reply_to_message_id == msg.message_id
    assert "Amina" not in msg.plain and "0151" not in msg.plain and msg.buttons == []
    await h.settle()
    assert [m for m in group.messages if "zurückgezogen" in m.plain] == [msg, notice]
    assert msg.plain != notice.plain, "one withdrawal notice, not the same text twice"
    assert msg.plain == f"Anfrage {ref}: zurückgezogen. Die Angaben der Person wurden hier entfernt."


async def test_mentors_talking_in_their_group_are_not_told_to_write_privately(bot):
    h = await bot()
    group, stranger_group = h.group(DRESDEN_GROUP), h.group(-1001000000555)
    for _ in range(2):                                  # also after a restart
        assert await group.send(MARIA, "Wer übernimmt die Anfrage von heute?") == []
        assert await h.group(COORDINATION).send(JONAS, "Danke!") == []
        await h.restart()
    replies = await stranger_group.send(JONAS, "Hallo Bot")        # a group the mentors file does not know
    assert "privat" in replies.text.lower()
    assert await group.send(MARIA, "/chatid") != [], "commands still work in the project's group"


def amina_key(h, amina) -> str:
    from bot.tg.identity import user_key
    return user_key(h.app.config.user_key_secret, amina.id)


async def test_a_project_finds_its_chat_id_with_chatid(bot):
    h = await bot()
    replies = await h.group(LEIPZIG_GROUP).send(OUTSIDER, "/chatid")
    assert f"Die Chat-ID dieses Chats ist {LEIPZIG_GROUP}" in replies.text
    assert len(replies) == 1


async def test_admins_see_failed_deliveries_with_outbox(bot):
    h = await bot(admin_ids={4242}, config={"smtp_host": None})
    service = service_of(h.app)
    service.outbox.max_attempts = 1
    _, ref = await refer(h)                            # e-mail cannot go out: SMTP is not configured
    await service.outbox.run_due()
    admin = h.user(4242, language_code="de")
    replies = await admin.command("/outbox")
    assert "GESCHEITERT" in replies.text and ref in replies.text and "SMTP_HOST" in replies.text
    stranger = h.user(4343, language_code="de")
    replies = await stranger.command("/outbox")
    assert "GESCHEITERT" not in replies.text


async def test_after_a_restart_waiting_deliveries_go_out_by_themselves_once(bot, monkeypatch):
    from bot.handoff import telegram as installer
    monkeypatch.setattr(installer, "OUTBOX_SECONDS", 3600.0)
    monkeypatch.setattr(installer, "OUTBOX_FIRST", 3600.0)
    h = await bot()
    service_of(h.app).kick = lambda: None               # the bot "crashes" before delivering
    amina, ref = await refer(h)
    assert notifications(h, DRESDEN_GROUP, ref) == []
    monkeypatch.setattr(installer, "OUTBOX_FIRST", 0.2)
    await h.restart()
    await h.group(DRESDEN_GROUP).wait_for(lambda m: f"Neue Anfrage {ref}" in m.plain)
    await h.restart()
    await service_of(h.app).outbox.run_due()
    await h.settle()
    assert len(notifications(h, DRESDEN_GROUP, ref)) == 1


def handoff_and_admin(app) -> None:
    register_handoff(app)
    app.add(AdminFeature(app))


async def test_staff_see_overdue_referrals_per_district_in_stats(bot):
    h = await bot(admin_ids={4242}, setup=handoff_and_admin)
    _, late = await refer(h)
    _, taken = await refer(h, user=1002, phone="0341 1234567", postal_code="04109")
    _, fresh = await refer(h, user=1003, phone="0351 1234567")
    long_ago = (datetime.now(timezone.utc) - timedelta(hours=49)).isoformat(timespec="microseconds")
    await h.app.db.write("UPDATE referrals SET created_at = ? WHERE id IN (?, ?)", (long_ago, late, taken))
    leipzig = h.group(LEIPZIG_GROUP)
    msg = await leipzig.wait_for(lambda m: f"Neue Anfrage {taken}" in m.plain)
    await leipzig.press(OUTSIDER, "Übernehmen", message=msg)
    replies = await h.user(4242, language_code="de").command("/stats")
    assert "Jetzt überfällig (nach 48 Std. nicht angenommen): 1\n  • Dresden: 1\n" in replies[0].plain
