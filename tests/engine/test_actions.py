"""Action steps: the plug-in point features use (FAQ search, hand-over). An action may finish at once,
or keep the conversation and receive the user's texts and its own button presses until it is done."""

from bot.engine import Press
from bot.engine.actions import ActionContext, ActionResult
from bot.engine.io import Event, Message
from bot.testing.driver import Driver
from tests.conftest import MAIN, MESSAGES

FLOW = """
flow: pick
start: choose
steps:
  - id: choose
    action: picker
    params: {prompt: pick-prompt}
    exits: {left: went_left, right: went_right}
    next: nothing
  - id: went_left
    end: left-end
  - id: went_right
    end: right-end
  - id: nothing
    end: nothing-end
"""

PICK_MAIN = MAIN.replace("call: quiz", "call: pick")
TEXTS = {**MESSAGES, "pick-prompt": "Left or right?", "left": "Left", "right": "Right", "left-end": "You went left",
         "right-end": "You went right", "nothing-end": "Nothing chosen", "pick-again": "Please press a button"}


class Picker:
    """Shows two buttons; a press of one of them leaves by the exit of that name; text asks again."""

    exits = ("left", "right")

    async def enter(self, ctx: ActionContext) -> ActionResult:
        if ctx.state.answers.get("auto"):
            return ActionResult(done=True)                       # finish at once by the step's 'next'
        buttons = ((ctx.button("left", "left"), ctx.button("right", "right")),)
        return ActionResult([Message(ctx.params["prompt"], buttons=buttons, question=True)], done=False,
                            events=[Event("picker_shown", "pick", "choose")])

    async def on_input(self, ctx: ActionContext, event) -> ActionResult:
        if isinstance(event, Press) and event.data in self.exits:
            ctx.state.answers["side"] = event.data
            return ActionResult(done=True, exit=event.data)
        return ActionResult([Message("pick-again")], done=False)


async def start(content, make_app, **answers):
    root = content({"main": PICK_MAIN, "pick": FLOW}, TEXTS)
    app = await make_app(root, setup=lambda app: app.actions.__setitem__("picker", Picker()))
    d = Driver(app, lang="en")
    await d.say("/start")
    return app, d


async def test_action_keeps_the_conversation_until_its_button_is_pressed(content, make_app):
    app, d = await start(content, make_app)
    turn = await d.press("quiz")
    assert turn.ids == ["pick-prompt"]
    turn = await d.say("something else")
    assert turn.ids == ["pick-again"]
    turn = await d.press("right")
    assert turn.ids == ["right-end", "menu"]
    assert turn.state.answers["side"] == "right"


async def test_action_events_are_stored_anonymously(content, make_app):
    app, d = await start(content, make_app)
    await d.press("quiz")
    async with app.db.conn.execute("SELECT kind, flow, step FROM events WHERE kind = 'picker_shown'") as cur:
        assert [tuple(r) for r in await cur.fetchall()] == [("picker_shown", "pick", "choose")]


async def test_action_that_finishes_at_once_follows_next(content, make_app):
    app, d = await start(content, make_app)
    state = await app.conversations.states.get(d.who.user_key)
    state.answers["auto"] = "1"
    await app.conversations.states.save(d.who.user_key, state)
    turn = await d.press("quiz")
    assert turn.ids == ["nothing-end", "menu"]


async def test_a_press_for_an_action_the_user_has_left_is_stale(content, make_app):
    app, d = await start(content, make_app)
    await d.press("quiz")
    old_left = d.find("left")
    await d.say("/menu")
    turn = await d.send(Press(old_left.data))
    assert turn.ids[0] == "stale-button"
    assert turn.state.answers.get("side") is None


async def test_back_from_an_action_returns_to_the_menu_question(content, make_app):
    app, d = await start(content, make_app)
    await d.press("quiz")
    turn = await d.say("/back")
    assert "menu" in turn.ids
