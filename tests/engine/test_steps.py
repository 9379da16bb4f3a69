"""Every step kind, as a user walking through a small quiz flow sees it."""

from bot.engine import Message, Text, Unsupported
from bot.testing.driver import Driver


async def test_start_shows_welcome_and_menu_in_the_users_language(quiz_content, make_app):
    app = await make_app(quiz_content)
    d = Driver(app, lang="de")
    turn = await d.say("/start")
    assert turn.ids == ["welcome", "menu"]
    assert [b.label for b in turn.buttons] == ["go-quiz", "go-info"]
    assert turn.state.lang == "de"


async def test_message_step_then_back_to_menu(quiz_content, make_app):
    d = Driver(await make_app(quiz_content), lang="en")
    await d.say("/start")
    turn = await d.press("info")
    assert turn.ids == ["info", "menu"]


async def test_choice_stores_value_and_shows_why(quiz_content, make_app):
    d = Driver(await make_app(quiz_content), lang="en")
    await d.say("/start")
    turn = await d.press("quiz")
    question = [o for o in turn.reply.outputs if isinstance(o, Message)][-1]
    assert question.text == "color" and question.note == "color-why" and question.question
    turn = await d.press("red")
    assert turn.state.answers["color"] == "red"
    assert turn.ids == ["age"]


async def test_choice_accepts_typed_label_and_number(quiz_content, make_app):
    d = Driver(await make_app(quiz_content), lang="es")
    await d.say("/start")
    await d.press("quiz")
    turn = await d.say("es:Blue")          # the label as shown in Spanish
    assert turn.state.answers["color"] == "blue"
    await d.say("/back")
    turn = await d.say("1")
    assert turn.state.answers["color"] == "red"


async def test_choice_rejects_other_text_and_asks_again(quiz_content, make_app):
    d = Driver(await make_app(quiz_content), lang="en")
    await d.say("/start")
    await d.press("quiz")
    turn = await d.say("purple with dots")
    assert turn.ids == ["use-buttons", "color"]
    assert "color" not in turn.state.answers


async def test_input_validator_reasks_until_valid(quiz_content, make_app):
    d = Driver(await make_app(quiz_content), lang="en")
    await d.say("/start")
    await d.press("quiz")
    await d.press("red")
    turn = await d.say("very old")
    assert turn.ids == ["age-invalid", "age"]
    turn = await d.say("300")
    assert turn.ids == ["age-invalid", "age"]
    turn = await d.say("42 years")
    assert turn.state.answers["age"] == "42"
    assert turn.ids == ["mail"]


async def test_email_input_and_branch_conditions(quiz_content, make_app):
    d = Driver(await make_app(quiz_content), lang="en")
    await d.say("/start")
    await d.press("quiz")
    await d.press("blue")
    await d.say("30")
    turn = await d.say("not-an-address")
    assert turn.ids == ["mail-invalid", "mail"]
    turn = await d.say("Someone@Example.org")
    assert turn.ids == ["bye", "menu"]             # the called flow ends and the caller goes on
    assert turn.state.answers["mail"] == "Someone@example.org"
    assert turn.state.answers["result"] == "has_mail"
    assert (turn.state.flow, turn.state.step) == ("main", "menu")


async def test_skip_button_leaves_answer_empty(quiz_content, make_app):
    d = Driver(await make_app(quiz_content), lang="en")
    await d.say("/start")
    await d.press("quiz")
    await d.press("red")
    await d.say("18")
    turn = await d.press("skip")
    assert "mail" not in turn.state.answers
    assert turn.state.answers["result"] == "adult_red"


async def test_end_message_gets_answers_as_variables(quiz_content, make_app):
    app = await make_app(quiz_content)
    d = Driver(app, lang="en")
    await d.say("/start")
    await d.press("quiz")
    await d.press("blue")
    await d.say("10")
    turn = await d.press("skip")
    bye = next(o for o in turn.reply.outputs if isinstance(o, Message) and o.text == "bye")
    assert app.content.locales.text("en", "bye", bye.args) == "en:Bye other"


async def test_unsupported_input_gets_one_short_answer_and_the_open_question_still_takes_its_buttons(
        quiz_content, make_app):
    d = Driver(await make_app(quiz_content), lang="ar")
    await d.say("/start")
    await d.press("quiz")
    assert (await d.send(Unsupported("sticker"))).ids == ["unsupported-input"]
    assert (await d.send(Unsupported("voice"))).ids == ["unsupported-voice"]
    assert (await d.press("red")).ids == ["age"]          # the question's buttons were not replaced


async def test_empty_and_huge_text_never_crash(quiz_content, make_app):
    d = Driver(await make_app(quiz_content), lang="en")
    await d.say("/start")
    await d.press("quiz")
    await d.press("red")
    assert (await d.say("")).ids == ["age-invalid", "age"]
    assert (await d.say("9" * 100_000)).ids == ["age-invalid", "age"]
    assert (await d.send(Text("\x00\x1b[31m"))).ids == ["age-invalid", "age"]
