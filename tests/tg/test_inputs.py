"""Anything that is not text or a button gets a short, friendly answer in the user's language."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.asyncio

UNSUPPORTED = {
    "de": "Das kann ich leider nicht lesen. Bitte schreiben Sie Text oder tippen Sie auf einen Knopf.",
    "ar": "عذرًا، لا يمكنني قراءة هذا. من فضلك اكتب نصًا أو اضغط على زر.",
}
KINDS = ["send_photo", "send_voice", "send_sticker", "send_document", "send_location", "send_contact"]


@pytest.fixture
def expected(tg):
    locales = None

    def text(lang: str, msg_id: str) -> str:
        nonlocal locales
        locales = locales or tg.app.engine.locales
        return locales.text(lang, msg_id)
    return text


@pytest.mark.parametrize("lang", ["de", "en", "ar", "es"])
async def test_non_text_gets_one_short_answer_and_the_open_question_keeps_its_buttons(tg, expected, lang):
    user = tg.user(1001, lang)
    await user.command("/start")
    question = (await user.press(f"{lang}:Quiz")).last
    assert question.plain.startswith(f"{lang}:Color?")
    for kind in KINDS:
        replies = await getattr(user, kind)()
        wanted = "unsupported-voice" if kind == "send_voice" else "unsupported-input"
        assert replies.texts == [expected(lang, wanted)], kind          # one message, no second copy of the question
        assert not replies.last.buttons
    assert question.buttons and not question.deleted                  # still there to be tapped
    replies = await user.press(f"{lang}:Red", question)
    assert replies.texts[-1].startswith(f"{lang}:Age?")


async def test_a_photo_before_start_is_answered_too(tg, expected):
    replies = await tg.user(1001, "ar").send_photo(caption="<b>")
    assert replies.texts[0] == expected("ar", "unsupported-input")


async def test_an_edited_message_asks_for_a_new_message_in_the_users_language(tg, expected):
    user = tg.user(1001, "es")
    await user.command("/start")
    await user.press("es:Echo")
    await user.send("Ali")
    replies = await user.edit_last("Sara")
    assert replies.texts == [expected("es", "tg-edited")]


async def test_a_huge_message_is_answered(tg):
    user = tg.user(1001)
    await user.command("/start")
    await user.press("Echo")
    replies = await user.send("Ä" * 10_000)
    assert replies.texts                                   # never a crash, always an answer
    assert all(len(m.plain) <= 4096 for m in user.messages)
    assert all(c.status == 200 for c in tg.calls("sendMessage"))


async def test_empty_looking_and_odd_messages_are_answered(tg):
    user = tg.user(1001)
    await user.command("/start")
    for text in ["\u200b", "\u202e\u2066", "\x00\x01", "/", "//", "/ä", "&amp;<>", "/start@other_bot x"]:
        replies = await user.send(text)
        assert replies.texts, repr(text)
    assert all(c.status == 200 for c in tg.calls("sendMessage"))


async def test_a_group_is_told_once_to_write_privately(tg):
    group = tg.group(-100200300)
    replies = await group.send(2001, "/start")
    assert len(replies) == 1
    assert "t.me/amm_test_bot" in replies.last.plain and "privaten Chat" in replies.last.plain
    assert await group.send(2002, "/start@amm_test_bot") == []
    async with tg.app.db.conn.execute("SELECT COUNT(*) FROM conversations") as cursor:
        assert (await cursor.fetchone())[0] == 0               # no mentee conversation in groups


async def test_a_button_pressed_in_a_group_only_stops_the_spinner(tg):
    group = tg.group(-100200300)
    await group.send(2001, "/start")
    message = group.messages[-1]
    replies = await group.press_data(2001, "s:00000000:x", message)
    assert replies == [] and len(tg.server.callback_answers) == 1
