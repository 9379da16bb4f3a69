"""Whatever is thrown at the engine — any Unicode, huge or empty texts, control characters, markup, stale or
forged button data, unknown commands — it never crashes, always answers in the user's language, and the
stored state stays valid."""

from __future__ import annotations

import asyncio
import shutil
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import App
from bot.config import Config
from bot.engine import Command, Press, Text, Unsupported
from bot.engine.io import Message
from bot.engine.render import render_message
from bot.engine.state import State
from bot.features import register
from bot.testing.driver import Driver
from tests.conftest import REPO

texts = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=0, max_size=300),
    st.sampled_from(["", " ", "\x00\x07\x1b[31m", "<b>bold</b> & <script>", "*_`[link](http://x)`_*",
                     "ا" * 5000, "1", "2", "99", "/", "01067", "04109 Leipzig", "ja", "نعم", "sí"]),
    st.builds(lambda n: "x" * n, st.integers(4000, 20000)),
)
forged = st.one_of(st.text(max_size=80), st.sampled_from(["s:", "a:", "l:xx", "g:nope", "s:00000000:yes",
                                                          "a:deadbeef:1", "m:1:accept", "l:", ":::", "g:"]))
step_input = st.one_of(
    texts.map(lambda t: ("text", t)),
    st.integers(0, 6).map(lambda i: ("button", i)),            # a button of the latest question (if any)
    st.integers(0, 30).map(lambda i: ("old", i)),              # a button seen earlier (maybe stale)
    forged.map(lambda d: ("press", d)),
    st.sampled_from(["start", "restart", "back", "menu", "language", "help", "human", "resume", "mydata",
                     "foo", "start 14612_ar", "start zz"]).map(lambda c: ("command", c)),
    st.sampled_from(["photo", "voice", "sticker", "location"]).map(lambda k: ("unsupported", k)),
)


def _event(kind, value, driver, seen):
    if kind == "text":
        return Text(value)
    if kind == "button" and driver.last_buttons:
        return Press(driver.last_buttons[value % len(driver.last_buttons)].data)
    if kind == "old" and seen:
        return Press(seen[value % len(seen)])
    if kind == "press":
        return Press(value)
    if kind == "command":
        name, _, arg = value.partition(" ")
        return Command(name, arg)
    if kind == "unsupported":
        return Unsupported(value)
    return Text("hallo")


def test_random_input_sequences_never_break_the_conversation(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz")
    loop = asyncio.new_event_loop()
    app = App(Config(content_dir=REPO, database_path=root / "fuzz.sqlite3"))
    register(app)
    loop.run_until_complete(app.start())

    async def run(lang, steps):
        driver = Driver(app, user=uuid.uuid4().hex, lang=lang)
        seen: list[str] = []
        await driver.say("/start")
        for kind, value in steps:
            turn = await driver.send(_event(kind, value, driver, seen))
            seen.extend(b.data for b in turn.buttons if b.data)
            messages = [o for o in turn.reply.outputs if isinstance(o, Message)]
            state = await driver.state()
            if state is None:                      # /delete erased everything: nothing else to check
                continue
            assert messages, f"no answer to {kind} {value!r}"
            for message in messages:               # every answer renders in the user's language, no missing id
                rendered = render_message(message, state.lang or lang, app.content.locales)
                assert "[" + message.text + "]" not in rendered.text
                assert len(rendered.text) <= 4096 or message.text.startswith("faq-")
            restored = State.from_json(state.to_json())
            flow = app.content.flows.flow(restored.flow)
            assert restored.idle or (flow is not None and flow.step(restored.step) is not None)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(lang=st.sampled_from(["de", "en", "ar", "es"]), steps=st.lists(step_input, min_size=1, max_size=25))
    def check(lang, steps):
        loop.run_until_complete(run(lang, steps))

    try:
        check()
    finally:
        loop.run_until_complete(app.stop())
        loop.close()
        shutil.rmtree(root, ignore_errors=True)
