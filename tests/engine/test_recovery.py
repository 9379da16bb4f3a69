"""Conversations survive restarts, flow edits, reloads and broken flows."""

import logging

from bot.engine import Engine, Press, Text, Who, load_flows
from bot.engine.state import State
from bot.i18n import load_locales
from bot.testing.driver import Driver
from tests.conftest import MESSAGES, QUIZ


async def test_conversation_resumes_in_a_new_process_from_sqlite(quiz_content, make_app, tmp_path):
    db = tmp_path / "shared.sqlite3"
    first = await make_app(quiz_content, db=db)
    d = Driver(first, lang="en", user="amina")
    await d.say("/start")
    await d.press("quiz")
    await d.press("blue")
    await first.stop()
    second = await make_app(quiz_content, db=db)       # a new App reads the same file, like a restarted bot
    d2 = Driver(second, lang="en", user="amina")
    turn = await d2.say("/resume")
    assert turn.ids == ["age"]
    turn = await d2.say("33")
    assert turn.state.answers == {"color": "blue", "age": "33"}


async def test_state_pointing_to_deleted_step_restarts_that_flow_with_a_note(quiz_content, make_app):
    app = await make_app(quiz_content)
    d = Driver(app, lang="en")
    await d.say("/start")
    await app.conversations.states.save(d.who.user_key, State(flow="quiz", step="removed_step", lang="en"))
    turn = await d.say("hello")
    assert turn.ids == ["recovered-note", "color"]
    assert (turn.state.flow, turn.state.step) == ("quiz", "ask_color")


async def test_state_pointing_to_deleted_flow_goes_to_menu(quiz_content, make_app):
    app = await make_app(quiz_content)
    d = Driver(app, lang="en")
    await app.conversations.states.save(d.who.user_key, State(flow="gone", step="x", lang="en"))
    turn = await d.say("/help")
    assert turn.ids == ["help-text", "recovered-note", "menu"]


async def test_unreadable_stored_state_starts_fresh():
    assert State.from_json("{not json").flow == ""
    assert State.from_json('{"stack": [{"bad": 1}]}').flow == ""


async def test_runaway_loop_is_stopped_with_a_clear_error(content, caplog):
    loop = """
    flow: main
    start: a
    menu: a
    steps:
      - id: a
        say: welcome
        next: b
      - id: b
        branch:
          - if: x == 1
            next: a
        else: a
    """
    root = content({"main": loop}, MESSAGES)
    flows, _ = load_flows(root / "flows")
    locales, _ = load_locales(root / "locales")
    engine = Engine(flows, locales)
    with caplog.at_level(logging.ERROR):
        state, reply = await engine.handle(State(lang="en"), Text("/start"), Who("t:1"))
        state, reply = await engine.handle(None, __import__("bot.engine", fromlist=["Command"]).Command("start"),
                                           Who("t:1", locale_hint="en"))
    assert [o.text for o in reply.outputs][-1] == "error-flow-loop"
    assert state.idle
    assert "loops without asking anything" in caplog.text


async def test_reload_swaps_valid_content_and_keeps_conversations(quiz_content, make_app):
    app = await make_app(quiz_content)
    d = Driver(app, lang="en")
    await d.say("/start")
    await d.press("quiz")
    (quiz_content / "locales" / "en" / "test.ftl").write_text(
        (quiz_content / "locales" / "en" / "test.ftl").read_text().replace("en:Color?", "en:Which colour?"))
    problems = await app.reload()
    assert not [p for p in problems if p.is_error]
    turn = await d.press("red")
    assert turn.ids == ["age"]
    assert app.content.locales.text("en", "color") == "en:Which colour?"


async def test_reload_with_errors_keeps_the_running_version(quiz_content, make_app):
    app = await make_app(quiz_content)
    d = Driver(app, lang="en")
    await d.say("/start")
    (quiz_content / "flows" / "quiz.yaml").write_text(QUIZ.replace("next: ask_age", "next: nowhere"))
    problems = await app.reload()
    errors = [p for p in problems if p.is_error]
    assert errors and errors[0].file == "flows/quiz.yaml" and "nowhere" in errors[0].message
    turn = await d.press("quiz")
    turn = await d.press("red")
    assert turn.ids == ["age"]                     # still the old, valid version


async def test_an_update_delivered_twice_is_applied_once(quiz_content, make_app):
    """After a crash Telegram may deliver an update again; it must not answer the next question too."""
    app = await make_app(quiz_content)
    d = Driver(app, lang="en")
    await d.say("/start")
    await d.press("quiz")
    state, _ = await app.conversations.handle(d.who, Press(d.find("red").data), seq=10)
    assert state.answers["color"] == "red" and state.step == "ask_age"
    state, _ = await app.conversations.handle(d.who, Text("44"), seq=11)
    assert state.answers["age"] == "44" and state.step == "ask_mail"
    state, reply = await app.conversations.handle(d.who, Text("44"), seq=11)        # the same update again
    assert state.step == "ask_mail" and "mail" not in state.answers
    assert [o.text for o in reply.outputs] == ["mail"]                              # shown where they stand


async def test_a_replay_is_an_update_id_applied_within_telegrams_24_hours(quiz_content, make_app):
    """Telegram hands an update out again for at most 24 hours; after a quiet week it may reuse any number."""
    app = await make_app(quiz_content)
    d = Driver(app, lang="en")
    await d.say("/start")
    await d.press("quiz")
    start = 1_800_000_000.0
    app.conversations.clock = lambda: start
    state, _ = await app.conversations.handle(d.who, Press(d.find("red").data), seq=500)
    assert state.step == "ask_age"
    app.conversations.clock = lambda: start + 23 * 3600
    state, reply = await app.conversations.handle(d.who, Text("44"), seq=500)       # the same id within a day
    assert "age" not in state.answers and [o.text for o in reply.outputs] == ["age"]
    app.conversations.clock = lambda: start + 8 * 24 * 3600                      # the same number a week later
    state, _ = await app.conversations.handle(d.who, Text("44"), seq=500)
    assert state.answers["age"] == "44" and state.step == "ask_mail"
    state, reply = await app.conversations.handle(d.who, Text("44"), seq=499)       # lower than before: new
    assert state.step == "ask_mail" and [o.text for o in reply.outputs] == ["mail-invalid", "mail"]
