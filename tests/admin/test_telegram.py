"""Admin commands in Telegram, end to end: the real bot against the fake Bot API server on 127.0.0.1."""

from __future__ import annotations

import pytest

from bot.storage.audit import audit, audit_entries
from tests.admin.conftest import build_content

ADMIN = 4242
MENTEE = 1001


@pytest.fixture
async def bot(make_harness, tmp_path):
    content = build_content(tmp_path / "content")
    return await make_harness(content_dir=content, admin_ids={ADMIN})


async def test_admin_gets_a_summary_and_a_funnel_picture(bot):
    for user_id in (MENTEE, MENTEE + 1):
        mentee = bot.user(user_id, language_code="de")
        await mentee.command("/start")
        await mentee.press("Prüfen")
        await mentee.press("Nein")                         # does not live in Saxony
    admin = bot.user(ADMIN, language_code="de", first_name="Team")
    replies = await admin.command("/stats")
    assert [m.kind for m in replies] == ["text", "photo"]
    summary = replies[0].plain
    assert "Statistik – gesamter Zeitraum" in summary
    assert "Gespräche begonnen: 2" in summary
    assert "not_saxony: 2" in summary
    picture = replies[1].photo
    assert picture.data.startswith(b"\x89PNG") and len(picture.data) > 5000
    assert replies[1].plain == "Vom ersten Kontakt bis zur Vermittlung – gesamter Zeitraum"
    ts, admin_id, action, _ = (await audit_entries(bot.app.db))[0]
    assert (admin_id, action) == (ADMIN, "stats")


async def test_stats_for_a_period_a_wrong_date_and_the_audit_log(bot):
    admin = bot.user(ADMIN, language_code="de")
    replies = await admin.command("/stats 2025-01-01 2025-01-31")
    assert "Statistik – 01.01.2025 bis 31.01.2025" in replies[0].plain
    assert "Gespräche begonnen: 0" in replies[0].plain
    replies = await admin.command("/stats gestern")
    assert replies.texts == ["Bitte schreiben Sie das Datum so: 2025-01-31. Beispiel: /stats 2025-01-01 2025-01-31"]

    replies = await admin.command("/audit")
    assert len(replies) == 1
    lines = replies.last.plain.splitlines()
    assert lines[0] == "Letzte Aktionen des Teams:"
    assert f"– {ADMIN} – stats 2025-01-01 2025-01-31" in lines[1]
    assert [a for _, _, a, _ in await audit_entries(bot.app.db)] == ["audit", "stats"]


REFUSALS = {
    "de": "Diesen Befehl kann nur das Team der Arbeitsmarktmentoren nutzen.",
    "ar": "هذا الأمر متاح لفريق Arbeitsmarktmentoren فقط.",
    "es": "Solo el equipo de Arbeitsmarktmentoren puede usar este comando.",
}


async def test_a_non_admin_gets_nothing_but_a_polite_refusal(bot):
    admin = bot.user(ADMIN, language_code="de")
    await admin.command("/stats")                          # there is something to leak
    for offset, (lang, refusal) in enumerate(REFUSALS.items()):
        mentee = bot.user(MENTEE + offset, language_code=lang)
        await mentee.command("/start")
        for command in ("/stats", "/audit", "/stats 2025-01-01", "/reload", "/outbox", "/outbox retry"):
            replies = await mentee.command(command)
            assert len(replies) == 1 and replies.last.kind == "text", (lang, command, replies.texts)
            assert refusal in replies.last.plain
            assert not any(ch.isdigit() for ch in replies.last.plain)      # no figures, no ids
            assert not replies.last.buttons
    assert [a for _, _, a, _ in await audit_entries(bot.app.db)] == ["stats"]   # refusals are not admin actions


async def test_stats_lists_the_faq_answers_due_for_a_new_check(make_harness, tmp_path):  # noqa: F811
    """An answer whose review date has passed reaches the admin in /stats, with its question and why."""
    import datetime as dt

    content = build_content(tmp_path / "content")
    today = dt.date.today().isoformat()
    for path in (content / "flows" / "faq").glob("*.yaml"):       # everything freshly checked ...
        body = path.read_text(encoding="utf-8")
        path.write_text("\n".join(f"    checked: {today}" if line.startswith("    checked:") else line
                                  for line in body.splitlines()) + "\n", encoding="utf-8")
    courses = content / "flows" / "faq" / "courses.yaml"           # ... but one answer is past its review date
    body = courses.read_text(encoding="utf-8")
    courses.write_text(body.replace("  - id: integration-course-who\n",
                                    "  - id: integration-course-who\n    review_by: 2026-01-01\n", 1),
                       encoding="utf-8")
    bot = await make_harness(content_dir=content, admin_ids={ADMIN, ADMIN + 1})

    summary = (await bot.user(ADMIN, language_code="de").command("/stats"))[0].plain
    assert "FAQ-Antworten neu prüfen: 1" in summary
    assert ("Wer darf einen Integrationskurs machen? (integration-course-who): Prüfdatum 01.01.2026 ist vorbei"
            in summary), summary
    assert "language-exam" not in summary and "recognition-need" not in summary     # checked today: not listed
    summary = (await bot.user(ADMIN + 1, language_code="en").command("/stats"))[0].plain
    assert ("Who can take an integration course? (integration-course-who): review date Jan 1, 2026 has passed"
            in summary), summary


async def test_every_admin_command_refuses_with_the_same_sentence(bot):
    mentee = bot.user(MENTEE, language_code="en")
    await mentee.command("/start")
    answers = {command: (await mentee.command(command)).texts for command in ("/reload", "/stats", "/audit", "/outbox")}
    assert set(map(tuple, answers.values())) == {
        ("Only the Arbeitsmarktmentoren team can use this command. For your questions, just tap /menu.",)}, answers


async def test_admins_find_their_commands_in_their_own_menu_and_mentees_do_not(bot):
    admin_scope = {"type": "chat", "chat_id": ADMIN}
    assert bot.server.bot_commands("de", scope=admin_scope) == [], "Telegram knows no chat before it wrote"
    await bot.user(ADMIN, language_code="de").send("Hallo")
    await bot.settle()
    for lang in ("de", "en", "ar", "es", ""):
        everyone = dict(bot.server.bot_commands(lang))
        admin = dict(bot.server.bot_commands(lang, scope=admin_scope))
        assert {"stats", "audit", "reload", "outbox"} <= admin.keys(), lang
        assert not {"stats", "audit", "reload", "outbox"} & everyone.keys(), lang
        assert everyone.items() <= admin.items(), "the admin keeps the menu everyone has, in the same language"
    assert dict(bot.server.bot_commands("de", scope=admin_scope))["reload"].startswith("Abläufe und Texte")
    await bot.user(MENTEE, language_code="de").send("Hallo")
    await bot.settle()
    assert bot.server.bot_commands("de", scope={"type": "chat", "chat_id": MENTEE}) == []


async def test_after_a_restart_an_admin_known_to_telegram_has_the_menu_at_once(bot):
    await bot.user(ADMIN, language_code="de").send("Hallo")
    await bot.settle()
    bot.server.commands.clear()
    await bot.restart()
    assert "reload" in dict(bot.server.bot_commands("ar", scope={"type": "chat", "chat_id": ADMIN}))


async def test_an_admin_whose_first_message_is_an_admin_command_gets_the_menu_too(bot):
    await bot.user(ADMIN, language_code="de").command("/stats")
    await bot.settle()
    assert "stats" in dict(bot.server.bot_commands("de", scope={"type": "chat", "chat_id": ADMIN}))


async def test_a_long_audit_log_comes_whole_in_several_messages(bot):
    for i in range(19):
        await audit(bot.app.db, ADMIN, "reload", "x" * 480 + f" END{i:02d}")
    replies = await bot.user(ADMIN, language_code="de").command("/audit")
    assert len(replies.texts) >= 2 and all(len(t) <= 4096 for t in replies.texts)
    assert all(f"END{i:02d}" in "\n".join(replies.texts) for i in range(19)), "no entry is cut off"
