"""Whole conversations as a Telegram user has them: languages, buttons, retired keyboards, stale
and forged buttons, deep links, escaping."""

from __future__ import annotations

import pytest

from bot.tg.identity import user_key

pytestmark = pytest.mark.asyncio


async def test_start_greets_in_the_language_of_the_telegram_app(tg):
    for user_id, code in enumerate(["de", "en", "ar", "es", "de-AT", "en-GB"], start=1001):
        lang = code[:2]
        replies = await tg.user(user_id, language_code=code).command("/start")
        assert replies.texts == [f"{lang}:Welcome friend", f"{lang}:Menu?"]
        assert replies.last.parse_mode == "HTML"
        assert replies.labels == [f"{lang}:{x}" for x in ("Quiz", "Info", "Echo", "Record", "Explode")]


async def test_markup_of_the_texts_reaches_telegram_as_formatting(tg):
    replies = await tg.user(1001).command("/start")
    welcome = replies[0]
    assert welcome.plain == "de:Welcome friend"
    assert welcome.entities == [{"type": "bold", "offset": len("de:Welcome "), "length": len("friend")}]


async def test_unsupported_app_language_is_asked_for_in_all_languages(tg):
    for user_id, code in enumerate(["uk", "fa", None], start=1002):
        user = tg.user(user_id, language_code=code)
        replies = await user.command("/start")
        assert len(replies) == 1
        question = replies.last
        for wording in ("Bitte wählen Sie Ihre Sprache", "Please choose your language", "يرجى اختيار لغتك",
                        "elija su idioma"):
            assert wording in question.plain
        assert question.keyboard == [[("Deutsch", "l:de")], [("English", "l:en")], [("العربية", "l:ar")],
                                     [("Español", "l:es")]]
        replies = await user.press("العربية")
        assert replies.texts == ["ar:Welcome friend", "ar:Menu?"]
        assert question.plain.endswith("✓ العربية") and question.keyboard == []


async def test_a_whole_quiz_in_german_by_buttons_and_typing(tg):
    amina = tg.user(1001, "de")
    await amina.command("/start")
    replies = await amina.press("Quiz")
    assert replies.texts == ["de:Color?\n\nde:We ask because."]
    replies = await amina.press("Red")
    assert replies.texts == ["de:Age?"]
    replies = await amina.send("abc")
    assert replies.texts == ["de:Not an age", "de:Age?"]
    replies = await amina.send("30")
    assert replies.texts == ["de:Mail?"]
    assert replies.labels == ["de:Skip", "◀ Zurück"]
    replies = await amina.press("Skip")
    assert replies.texts[0] == "de:Bye adult_red"
    assert replies.last.plain == "de:Menu?"


async def test_a_conversation_in_arabic_goes_right_to_left_with_arabic_buttons(tg):
    user = tg.user(1003, "ar")
    await user.command("/start")
    replies = await user.press("ar:Quiz")
    assert replies.labels == ["ar:Red", "ar:Blue", "◀ رجوع"] or replies.labels[:2] == ["ar:Red", "ar:Blue"]
    replies = await user.press("ar:Blue")
    assert replies.texts == ["ar:Age?"]
    for label in replies.labels:
        assert not any(ch in label for ch in "\u2066\u2067\u2068\u2069\u200e\u200f")


async def test_an_answered_question_keeps_its_text_with_the_choice_and_loses_its_buttons(tg):
    user = tg.user(1001)
    start = await user.command("/start")
    menu = start.last
    await user.press("Quiz")
    assert menu.plain == "de:Menu?\n\n✓ de:Quiz"
    assert menu.keyboard == []
    assert len(menu.edits) == 1 and menu.edits[0].plain == "de:Menu?"


async def test_a_typed_answer_retires_the_keyboard_of_the_question_before(tg):
    user = tg.user(1001)
    await user.command("/start")
    color = (await user.press("Quiz")).last
    assert color.buttons
    await user.send("2")                                  # typing the option's number answers it
    assert color.keyboard == []
    live = [m for m in user.messages if any(not b.is_url for b in m.buttons)]
    assert live == [user.last]                            # only the newest question can be pressed


async def test_a_typed_answer_the_bot_cannot_take_leaves_one_question_to_press(tg):
    user = tg.user(1001)
    await user.command("/start")
    await user.press("Quiz")
    await user.press("Red")
    mail = (await user.send("30")).last
    assert mail.plain == "de:Mail?" and "de:Skip" in [b.text for b in mail.buttons]
    replies = await user.send("not an address")
    assert replies.texts == ["de:Not a mail", "de:Mail?"]            # the question again, with its buttons
    live = [m for m in user.messages if any(not b.is_url for b in m.buttons)]
    assert live == [user.last] and mail.keyboard == []    # the skip button is there once: on the newest
    await user.press("Skip")                              # and it still works
    assert (await tg.app.conversations.states.get(user_key(tg.config.user_key_secret, 1001))).flow != "quiz"


async def test_pressing_an_answered_question_again_shows_the_current_step(tg):
    user = tg.user(1001)
    await user.command("/start")
    color = (await user.press("Quiz")).last
    await user.press("Red")
    replies = await user.press_data(color.edits[0].reply_markup["inline_keyboard"][1][0]["callback_data"], color)
    assert replies.texts == ["Dieser Knopf ist von einer älteren Nachricht. Hier ist die aktuelle Frage.",
                             "de:Age?"]
    state = await tg.app.conversations.states.get(user_key(tg.config.user_key_secret, 1001))
    assert state.answers["color"] == "red"                # the old button changed nothing
    assert user.callback_answers and all(a.text is None for a in user.callback_answers)


async def test_forged_callback_data_changes_nothing_and_reshows_the_question(tg):
    user = tg.user(1001)
    await user.command("/start")
    await user.press("Quiz")
    for data in ["s:deadbeef:red", "x", "a:00000000:anything", "g:nonsense", "s::", "🙂" * 10, "s:" + "9" * 62]:
        replies = await user.press_data(data)
        assert replies.last.plain.startswith("de:Color?"), data
        state = await tg.app.conversations.states.get(user_key(tg.config.user_key_secret, 1001))
        assert "color" not in state.answers and state.step == "ask_color"


async def test_a_forged_language_button_keeps_the_language(tg):
    user = tg.user(1001)
    await user.command("/start")
    replies = await user.press_data("l:xx")
    assert replies.last.keyboard[0] == [("Deutsch", "l:de")]
    state = await tg.app.conversations.states.get(user_key(tg.config.user_key_secret, 1001))
    assert state.lang == "de"


async def test_every_press_is_answered_so_the_spinner_stops(tg):
    user = tg.user(1001)
    await user.command("/start")
    await user.press("Quiz")
    await user.press_data("forged")
    assert len(user.callback_answers) == 2


async def test_deep_link_preselects_language_and_district(tg):
    user = tg.user(1004, language_code="de")
    replies = await user.command("/start 14612_ar")
    assert replies.texts == ["ar:Welcome friend", "ar:Menu?"]
    state = await tg.app.conversations.states.get(user_key(tg.config.user_key_secret, 1004))
    assert state.lang == "ar" and state.answers["district"] == "14612"


async def test_html_typed_by_a_user_is_shown_literally(tg):
    user = tg.user(1001)
    await user.command("/start")
    await user.press("Echo")
    replies = await user.send("<b>Ali</b> & <a href='x'>Sara</a> <unknown")
    assert replies.texts[0] == "de:Hello <b>Ali</b> & <a href='x'>Sara</a> <unknown!"
    assert replies[0].entities == []
    assert all(c.status == 200 for c in tg.calls("sendMessage"))


async def test_user_ids_are_pseudonymous_in_the_database(tg):
    await tg.user(987654321).command("/start")
    async with tg.app.db.conn.execute("SELECT * FROM conversations") as cursor:
        rows = [tuple(map(str, row)) for row in await cursor.fetchall()]
    assert rows and not any("987654321" in cell for row in rows for cell in row)
    assert any(cell.startswith("tg:") for row in rows for cell in row)


async def test_commands_work_at_any_step(tg):
    user = tg.user(1001)
    await user.command("/start")
    await user.press("Quiz")
    replies = await user.command("/menu")
    assert replies.last.plain == "de:Menu?"
    replies = await user.command("/language")
    assert replies.last.keyboard[0] == [("Deutsch", "l:de")]
    replies = await user.press("Español")
    assert replies.texts[0] == "Ahora el idioma es Español." or replies.texts[0].startswith("El idioma")
    replies = await user.command("/help@amm_test_bot")
    assert "/menu" in replies.texts[0]


async def test_a_document_from_the_engine_arrives_as_a_file_with_its_caption(tg):
    user = tg.user(1001)
    await user.command("/start")
    await user.press("Record")
    replies = await user.send("file")
    document = replies.last.document
    assert document.filename == "antworten.json" and document.data == b'{"name": "<Ali>"}'
    assert replies.last.plain == "de:Your data, <Ali>"                  # markup rendered, the value escaped
