"""Global commands and buttons that work at any step."""

from bot.engine import Press, step_key
from bot.testing.driver import Driver


async def _in_quiz(app, lang="en"):
    d = Driver(app, lang=lang)
    await d.say("/start")
    await d.press("quiz")
    await d.press("red")
    return d


async def test_first_contact_without_known_language_asks_in_all_languages(quiz_content, make_app):
    d = Driver(await make_app(quiz_content), lang="pt-BR")
    turn = await d.say("/start")
    picker = turn.reply.outputs[0]
    assert turn.ids == ["language-choose"] and picker.all_languages
    assert [b.label for b in turn.buttons] == ["Deutsch", "English", "العربية", "Español"]
    turn = await d.press("l:ar")
    assert turn.state.lang == "ar"
    assert turn.ids == ["welcome", "menu"]


async def test_language_from_client_hint(quiz_content, make_app):
    d = Driver(await make_app(quiz_content), lang="es-MX")
    assert (await d.say("/start")).state.lang == "es"


async def test_language_change_keeps_the_place_in_the_conversation(quiz_content, make_app):
    d = await _in_quiz(await make_app(quiz_content))
    turn = await d.say("/language")
    assert turn.ids == ["language-choose"]
    turn = await d.press("l:de")
    assert turn.ids == ["language-changed", "age"]
    assert turn.state.lang == "de" and turn.state.answers["color"] == "red"


async def test_back_returns_to_previous_question_and_forgets_its_answer(quiz_content, make_app):
    d = await _in_quiz(await make_app(quiz_content))
    turn = await d.say("/back")
    assert turn.ids == ["color"]
    assert "color" not in turn.state.answers
    turn = await d.say("/back")             # back across the call into the main menu
    assert turn.ids == ["menu"]


async def test_back_button_under_questions(quiz_content, make_app):
    d = await _in_quiz(await make_app(quiz_content))
    assert d.find("nav-back").data == "g:back"
    turn = await d.press("nav-back")
    assert turn.ids == ["color"]


async def test_back_at_first_question_says_so(quiz_content, make_app):
    d = Driver(await make_app(quiz_content), lang="en")
    await d.say("/start")
    turn = await d.say("/back")
    assert turn.ids == ["back-nothing", "menu"]


async def test_restart_forgets_answers_but_keeps_language(quiz_content, make_app):
    d = await _in_quiz(await make_app(quiz_content), lang="ar")
    turn = await d.say("/restart")
    assert turn.ids == ["welcome", "menu"]
    assert turn.state.answers == {} and turn.state.lang == "ar"


async def test_menu_leaves_the_flow_keeping_answers(quiz_content, make_app):
    d = await _in_quiz(await make_app(quiz_content))
    turn = await d.say("/menu")
    assert turn.ids == ["menu"]
    assert (turn.state.flow, turn.state.step) == ("main", "menu") and turn.state.stack == []
    assert turn.state.answers["color"] == "red"


async def test_help_then_same_question(quiz_content, make_app):
    d = await _in_quiz(await make_app(quiz_content))
    assert (await d.say("/help")).ids == ["help-text", "age"]


async def test_unknown_command(quiz_content, make_app):
    d = await _in_quiz(await make_app(quiz_content))
    assert (await d.say("/frobnicate")).ids == ["unknown-command", "age"]


async def test_human_without_human_flow_says_unavailable(quiz_content, make_app):
    d = await _in_quiz(await make_app(quiz_content))
    assert (await d.say("/human")).ids == ["human-unavailable", "age"]


async def test_human_flow_returns_to_the_open_question(content, make_app):
    from tests.conftest import MAIN, MESSAGES, QUIZ
    human = "flow: human\nstart: hi\nsteps:\n  - id: hi\n    end: human-hi\n"
    root = content({"main": MAIN, "quiz": QUIZ, "human": human}, {**MESSAGES, "human-hi": "A person will help"})
    d = await _in_quiz(await make_app(root))
    turn = await d.say("/human")
    assert turn.ids == ["human-hi", "age"]


async def test_stale_button_reshows_current_question(quiz_content, make_app):
    d = await _in_quiz(await make_app(quiz_content))
    old = f"s:{step_key('quiz', 'ask_color')}:blue"     # the color question was already answered
    turn = await d.send(Press(old))
    assert turn.reply.stale and turn.ids == ["stale-button", "age"]
    assert turn.state.answers["color"] == "red"


async def test_forged_callback_data_changes_nothing(quiz_content, make_app):
    app = await make_app(quiz_content)
    d = await _in_quiz(app)
    before = (await d.state()).to_json()
    for data in ["", "s:", "s:zzzz:red", f"s:{step_key('quiz', 'ask_age')}:999", "a:1:2:3", "l:xx", "x" * 64, "g:rm"]:
        turn = await d.send(Press(data))
        assert turn.ids[-1] in ("age", "language-choose")
    after = await d.state()
    assert after.answers == {"color": "red"} and (after.flow, after.step) == ("quiz", "ask_age")
    assert before != ""


async def test_pressed_answer_is_reported_so_the_channel_can_retire_the_keyboard(quiz_content, make_app):
    d = Driver(await make_app(quiz_content), lang="en")
    await d.say("/start")
    turn = await d.press("quiz")
    assert turn.reply.accepted is not None and turn.reply.accepted.label == "go-quiz"


async def test_free_text_when_idle_goes_to_menu(quiz_content, make_app):
    app = await make_app(quiz_content)
    d = Driver(app, lang="en")
    await d.say("/start")
    await d.press("quiz")
    await d.press("red")
    await d.say("20")
    await d.press("skip")                    # quiz ends, main menu is open again
    state = await d.state()
    state.flow = state.step = ""             # a finished conversation
    await app.conversations.states.save(d.who.user_key, state)
    assert (await d.say("hello?")).ids == ["not-understood", "menu"]


async def test_flow_with_a_command_opens_from_anywhere_and_returns_to_the_open_question(content, make_app):
    from tests.conftest import MAIN, MESSAGES, QUIZ
    mydata = "flow: mydata\ncommand: mydata\nstart: show\nsteps:\n  - id: show\n    say: info\n    next: done\n" \
             "  - id: done\n    end: bye\n"
    app = await make_app(content({"main": MAIN, "quiz": QUIZ, "mydata": mydata}, MESSAGES))
    d = Driver(app, lang="en")
    await d.say("/start")
    await d.press("quiz")
    turn = await d.say("/mydata")
    assert turn.ids == ["info", "bye", "color"]          # the flow, then the question that was open
    assert (turn.state.flow, turn.state.step) == ("quiz", "ask_color")
