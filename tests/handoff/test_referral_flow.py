"""The mentee's and the employer's way through the hand-over, driven without Telegram (real engine, real
SQLite): consent first, contact details, summary with corrections, the stored referral and its deliveries."""

from __future__ import annotations

import pytest

from bot.engine import Message
from bot.engine.render import render_message
from bot.testing.driver import Driver
from tests.handoff.conftest import referral_data, service_of


async def rows(app, sql, *args):
    async with app.db.conn.execute(sql, args) as cur:
        return [tuple(r) for r in await cur.fetchall()]


def shown(app, turn, lang="en") -> str:
    return "\n\n".join(render_message(o, lang, app.content.locales, html_mode=False).text
                       for o in turn.reply.outputs if isinstance(o, Message))


async def to_consent(d: Driver, postal_code: str = "01067"):
    await d.say("/start")
    await d.press("contact")
    return await d.say(postal_code)


async def fill_contact(d: Driver, *, name="Amina", via="phone", value="0151 23456789", languages="Arabic, English",
                       note="I am a nurse"):
    await d.press("yes")
    await d.say(name)
    await d.press(via)
    if via != "telegram":
        await d.say(value)
    await d.say(languages)
    await d.press("morning")
    return await d.say(note)


async def test_consent_comes_before_any_contact_question_and_names_the_project(make_handoff_app):
    app = await make_handoff_app(retention_days_open_referral=120, retention_days_closed_referral=90)
    d = Driver(app, user="amina", lang="en")
    turn = await to_consent(d)
    assert turn.ids == ["handoff-privacy"]
    text = shown(app, turn)
    assert "Testprojekt Dresden for Dresden" in text
    assert "Privacy notice version 2026-2" in text and "/delete" in text
    assert "at most 120 days" in text and "at most 90 days after" in text, "the configured limits, both"
    assert "Telegram chat number" in text, "the plain chat id the referral keeps is named"


async def test_refusing_consent_stores_nothing_and_shows_the_regions_page(make_handoff_app):
    app = await make_handoff_app()
    d = Driver(app, user="amina", lang="en")
    await to_consent(d)
    turn = await d.press("no")
    assert "handoff-consent-declined" in turn.ids
    assert "https://arbeitsmarktmentoren-sachsen.de/" in shown(app, turn)
    assert await rows(app, "SELECT * FROM consents") == []
    assert await rows(app, "SELECT * FROM referrals") == []
    assert not any(k.startswith("contact_") for k in turn.state.answers)
    assert await rows(app, "SELECT value FROM events WHERE kind = 'consent'") == [("no",)]


async def test_a_referral_is_stored_with_answers_and_one_delivery_per_channel(make_handoff_app):
    app = await make_handoff_app()
    d = Driver(app, user="amina", lang="ar")
    await d.say("/start")
    await d.press("check")
    await d.press("protection")
    await d.say("Pflegefachkraft")
    await d.say("01067")
    turn = await fill_contact(d)
    assert turn.ids == ["handoff-summary"]
    summary = shown(app, turn, "ar")
    assert "+49 1512 3456789" in summary and "Amina" in summary and "صباحًا" in summary      # grouped as people write it
    turn = await d.press("send")
    assert "handoff-sent" in turn.ids
    (ref, district, lang, status, consent_version), = await rows(
        app, "SELECT id, district, lang, status, consent_version FROM referrals")
    assert (district, lang, status) == ("14612", "ar", "new")
    assert consent_version.startswith("2026-2:ar:")
    assert ref in shown(app, turn, "ar")
    channels = await rows(app, "SELECT kind, channel, state FROM outbox ORDER BY id")
    assert channels == [("referral", "tg:-1001000000111", "pending"),
                        ("referral", "mail:mentoring-dresden@example.org", "pending")]
    referral = await service_of(app).store.get(ref)
    assert referral.data["contact"]["phone"] == "+4915123456789"
    assert referral.data["answer_lines"] == [["Zielgruppe", ""], ["Aufenthalt", "Schutzstatus"],
                                             ["Berufswunsch", "Pflegefachkraft"]], "short labels, the result first"
    # contact details leave the conversation once they are in the referral
    assert not any(k.startswith("contact_") for k in turn.state.answers)
    events = await rows(app, "SELECT kind, value FROM events WHERE kind IN ('referral', 'consent') ORDER BY id")
    assert events == [("consent", "yes"), ("referral", "14612")]


async def test_correcting_the_contact_from_phone_to_email_keeps_only_the_email(make_handoff_app):
    app = await make_handoff_app()
    d = Driver(app, user="amina", lang="de")
    await to_consent(d)
    await fill_contact(d)
    turn = await d.press("fix_contact")
    assert turn.ids == ["handoff-via-ask"]
    await d.press("email")
    turn = await d.say("Amina@Example.org")
    assert turn.ids == ["handoff-summary"], "after a correction the summary comes back directly"
    assert "Amina@example.org" in shown(app, turn, "de")
    await d.press("send")
    (ref,), = await rows(app, "SELECT id FROM referrals")
    contact = (await service_of(app).store.get(ref)).data["contact"]
    assert contact["email"] == "Amina@example.org" and contact["phone"] is None


async def test_a_phone_number_that_cannot_be_valid_is_asked_again(make_handoff_app):
    app = await make_handoff_app()
    d = Driver(app, user="amina", lang="en")
    await to_consent(d)
    await d.press("yes")
    await d.say("Amina")
    await d.press("phone")
    turn = await d.say("12")
    assert turn.ids == ["handoff-phone-invalid", "handoff-phone-ask"]


async def test_cancelling_at_the_summary_sends_nothing(make_handoff_app):
    app = await make_handoff_app()
    d = Driver(app, user="amina", lang="en")
    await to_consent(d)
    await fill_contact(d)
    turn = await d.press("cancel")
    assert "handoff-cancelled" in turn.ids
    assert await rows(app, "SELECT * FROM referrals") == []


async def test_a_second_request_soon_after_is_recognised_not_sent_again(make_handoff_app):
    app = await make_handoff_app()
    d = Driver(app, user="amina", lang="en")
    await to_consent(d)
    await fill_contact(d)
    await d.press("send")
    turn = await d.say("/human")
    assert turn.ids[:1] == ["handoff-status"], "the open request's status instead of a new one"
    assert "It has arrived" in shown(app, turn)
    assert len(await rows(app, "SELECT id FROM referrals")) == 1


async def test_another_account_with_the_same_phone_learns_nothing_and_is_not_blocked(make_handoff_app):
    """Knowing someone's phone number must not reveal that they asked for help, where or when."""
    from bot.handoff.render import mentor_text

    app = await make_handoff_app()
    owner = Driver(app, user="amina", lang="en")
    await to_consent(owner, "04109")                  # Leipzig
    await fill_contact(owner)
    await owner.press("send")
    (first,) = await rows(app, "SELECT id FROM referrals")

    stranger = Driver(app, user="somebody-else", lang="en")
    await to_consent(stranger)                        # Dresden
    await fill_contact(stranger, name="Someone", value="+49 151 23456789")
    turn = await stranger.press("send")
    text = shown(app, turn)
    assert "handoff-duplicate" not in turn.ids and "handoff-status" not in turn.ids
    assert "handoff-sent" in turn.ids
    assert first[0] not in text and "Leipzig" not in text and "It has arrived" not in text
    referrals = await rows(app, "SELECT id, district FROM referrals ORDER BY created_at")
    assert len(referrals) == 2 and referrals[1][1] == "14612"
    # the project may see a neutral hint, naming nothing of the other request
    service = service_of(app)
    second = await service.store.get(referrals[1][0])
    notice = mentor_text(second, "Dresden", app.content.locales, html_mode=False)
    assert "bereits eine offene Anfrage" in notice
    assert first[0] not in notice and "Leipzig" not in notice
    earlier = await service.store.get(first[0])
    assert "bereits eine offene Anfrage" not in mentor_text(earlier, "Leipzig", app.content.locales, html_mode=False)
    # the owner still sees their own request, unchanged
    turn = await owner.say("/human")
    assert turn.ids[:1] == ["handoff-status"] and first[0] in shown(app, turn)


async def test_the_status_menu_item_answers_in_the_persons_language(make_handoff_app):
    app = await make_handoff_app()
    d = Driver(app, user="amina", lang="es")
    await d.say("/start")
    turn = await d.press("status")
    assert "handoff-status-none" in turn.ids
    await d.press("contact")
    await d.say("04109")
    await fill_contact(d)
    await d.press("send")
    await d.say("/menu")
    turn = await d.press("status")
    text = shown(app, turn, "es")
    assert "Ha llegado" in text and "Leipzig" in text


async def test_employers_give_company_place_need_and_contact(make_handoff_app):
    app = await make_handoff_app()
    d = Driver(app, user="firma", lang="de")
    await d.say("/start")
    turn = await d.press("employer")
    assert turn.ids[:2] == ["employer-intro", "employer-company-ask"]
    await d.say("Bäckerei <Muster> GmbH")
    await d.say("09111")
    await d.press("hiring")
    turn = await d.press("yes")
    assert turn.ids == ["employer-person-ask"]
    await d.say("Frau Beispiel")
    await d.press("email")
    await d.say("personal@example.org")
    turn = await d.press("afternoon")
    assert turn.ids == ["handoff-note-ask"], "employers are not asked for their languages"
    turn = await d.say("Wir suchen zwei Auszubildende")
    assert turn.ids == ["handoff-summary-employer"]
    await d.press("send")
    (ref, kind, district), = await rows(app, "SELECT id, kind, district FROM referrals")
    assert (kind, district) == ("employer", "14511")
    data = (await service_of(app).store.get(ref)).data
    lines = data["head"] + data["lines"]
    assert ["Unternehmen", "Bäckerei <Muster> GmbH"] in lines
    assert ["Anliegen", "Fragen zur Beschäftigung oder Ausbildung"] in lines


async def test_employers_outside_saxony_are_told_kindly(make_handoff_app):
    app = await make_handoff_app()
    d = Driver(app, user="firma", lang="en")
    await d.say("/start")
    await d.press("employer")
    await d.say("Firma")
    await d.say("80331")
    turn = await d.press("out")
    assert "employer-outside" in turn.ids


async def test_withdraw_erases_the_data_and_export_shows_it_before(make_handoff_app):
    app = await make_handoff_app()
    d = Driver(app, user="amina", lang="en")
    await to_consent(d)
    await fill_contact(d, note="<b>call me</b>")
    await d.press("send")
    data = await referral_data(app).export(d.who.user_key)
    assert data["referrals"][0]["contact"]["note"] == "<b>call me</b>"
    assert data["consents"][0]["version"].startswith("2026-2:en:")
    # pretend the notification reached the Dresden group, then withdraw
    await app.db.write("UPDATE outbox SET state = 'sent', message_id = 7 WHERE channel LIKE 'tg:%'")
    assert await referral_data(app).erase(d.who.user_key) == 1
    assert await referral_data(app).export(d.who.user_key) is None
    (status, data_json, user_key), = await rows(app, "SELECT status, data, user_key FROM referrals")
    assert (status, data_json, user_key) == ("withdrawn", "{}", "")
    outbox = await rows(app, "SELECT kind, channel, state FROM outbox ORDER BY id")
    assert ("withdrawn", "tg:-1001000000111", "pending") in outbox
    assert ("referral", "mail:mentoring-dresden@example.org", "cancelled") in outbox, "never sent: nobody to tell"
    assert not any(k == "withdrawn" and c.startswith("mail:") for k, c, _ in outbox)


async def test_retention_erases_closed_referrals_and_keeps_the_conversation_of_open_ones(make_handoff_app):
    from datetime import datetime, timedelta, timezone

    from bot.privacy.retention import run_retention

    app = await make_handoff_app(retention_days_open_referral=365)
    service = service_of(app)
    closed, still_open = Driver(app, user="closed", lang="en"), Driver(app, user="open", lang="en")
    for d, phone in ((closed, "0151 23456781"), (still_open, "0151 23456782")):
        await to_consent(d)
        await fill_contact(d, value=phone)
        await d.press("send")
    (ref_closed,), = await rows(app, "SELECT id FROM referrals WHERE user_key = ?", closed.who.user_key)
    await service.store.accept(ref_closed, "Maria", 1, service.clock())
    await service.store.set_status(ref_closed, "closed", service.clock())
    later = datetime.now(timezone.utc) + timedelta(days=200)
    counts = await run_retention(app, later)
    assert counts["referrals"] == 1
    assert await referral_data(app).export(closed.who.user_key) is None or not (await referral_data(app).export(closed.who.user_key))["referrals"]
    assert (await referral_data(app).export(still_open.who.user_key))["referrals"][0]["status"] == "new"
    assert await still_open.state() is not None, "the open referral's conversation is kept"
    assert await closed.state() is None, "older than the retention time, no open referral"


async def test_a_name_in_arabic_script_is_also_asked_in_latin_letters_and_mentors_read_both(make_handoff_app):
    from bot.handoff.render import mentor_text
    app = await make_handoff_app()
    d = Driver(app, user="amal", lang="ar")
    await to_consent(d)
    await d.press("yes")
    turn = await d.say("أمل حداد")
    assert turn.ids == ["handoff-name-latin-ask"]
    assert shown(app, turn, "ar").count("لماذا نسأل") == 1
    turn = await d.say("أمل")                                  # still Arabic letters: asked again
    assert turn.ids == ["handoff-name-latin-invalid", "handoff-name-latin-ask"]
    turn = await d.say("Amal Haddad")
    assert turn.ids == ["handoff-via-ask"]
    await d.press("telegram")
    await d.press("_skip")
    await d.press("any")
    turn = await d.press("_skip")
    assert "أمل حداد (Amal Haddad)" in shown(app, turn, "ar")
    await d.press("send")
    (ref,), = await rows(app, "SELECT id FROM referrals")
    referral = await service_of(app).store.get(ref)
    assert referral.data["contact"]["name"] == "أمل حداد" and referral.data["contact"]["name_latin"] == "Amal Haddad"
    assert "Name</b>: أمل حداد (Amal Haddad)" in mentor_text(referral, "Dresden", app.content.locales)


@pytest.mark.parametrize("lang, name, latin", [("de", "Zoë Müller", True), ("en", "José Pérez", True),
                                                ("es", "Мария", False), ("ar", "محمد", False)])
async def test_the_latin_letters_question_comes_only_for_other_scripts_and_can_be_skipped(make_handoff_app, lang, name,
                                                                                         latin):
    app = await make_handoff_app()
    d = Driver(app, user=f"p-{lang}", lang=lang)
    await to_consent(d)
    await d.press("yes")
    turn = await d.say(name)
    assert turn.ids == (["handoff-via-ask"] if latin else ["handoff-name-latin-ask"])
    if not latin:
        assert (await d.press("_skip")).ids == ["handoff-via-ask"]
        assert "contact_name_latin" not in (await d.state()).answers


WHY = {"de": "Warum wir fragen:", "en": "Why we ask:", "ar": "لماذا نسأل:", "es": "Por qué preguntamos:"}


@pytest.mark.parametrize("lang", ["de", "en", "ar", "es"])
async def test_the_name_question_says_why_and_the_phone_comes_back_grouped(make_handoff_app, lang):
    app = await make_handoff_app()
    d = Driver(app, user=f"phone-{lang}", lang=lang)
    await to_consent(d)
    turn = await d.press("yes")
    assert turn.ids == ["handoff-name-ask"]
    assert shown(app, turn, lang).split("\n\n")[-1].startswith(WHY[lang])
    await d.say("Amina")
    await d.press("phone")
    await d.say("015123456789")
    await d.press("_skip")
    await d.press("morning")
    turn = await d.press("_skip")
    assert turn.ids == ["handoff-summary"]
    assert "+49 1512 3456789" in shown(app, turn, lang) and "+4915123456789" not in shown(app, turn, lang)
