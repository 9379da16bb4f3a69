"""The Telegram layer under random input: texts of any kind, stale and forged buttons, commands, media,
edits. Never a crash, always an answer (never the "something went wrong" message), state always valid."""

from __future__ import annotations

import asyncio
import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine.state import State
from bot.testing.harness import Harness

texts = st.one_of(
    st.text(min_size=1, max_size=60).filter(lambda t: t.strip()),
    st.sampled_from(["<b>x</b> & <a href='javascript:1'>y</a>", "*bold* _it_ `code`", "\u202e\u2066abc",
                     "ا" * 5000, "x" * 4097, "1", "/", "04109", "Leipzig", "نعم", "\x00\x1b"]),
)
forged = st.one_of(st.text(min_size=1, max_size=64), st.sampled_from(["s:", "a:x:1", "l:zz", "g:menu", "m:1:accept"]))
actions = st.one_of(
    texts.map(lambda t: ("send", t)),
    st.integers(0, 9).map(lambda i: ("press", i)),
    forged.map(lambda d: ("forged", d)),
    st.sampled_from(["/start", "/menu", "/back", "/restart", "/help", "/language", "/human", "/mydata", "/nope",
                     "/start 14612_ar", "/reload", "/stats"]).map(lambda c: ("command", c)),
    st.sampled_from(["photo", "voice", "sticker", "location", "contact", "document", "edit"]).map(lambda k: (k, "")),
)


async def act(user, kind, value):
    if kind == "send":
        return await user.send(value)
    if kind == "command":
        return await user.command(value)
    if kind == "forged":
        return await user.press_data(value)
    if kind == "press":
        latest = next((m for m in reversed(user.messages) if m.buttons), None)
        if latest is None:
            return await user.send("hallo")
        buttons = [b for b in latest.buttons if not b.data.startswith("http")]
        return await user.press_data(buttons[value % len(buttons)].data, message=latest) if buttons else \
            await user.send("hallo")
    if kind == "edit":
        return await user.edit_last("geändert") if any(True for _ in user.messages) else await user.send("x")
    return await getattr(user, f"send_{kind}")()


def test_random_updates_through_telegram_never_break_the_bot(tmp_path):
    loop = asyncio.new_event_loop()
    harness = Harness(tmp_path)
    loop.run_until_complete(harness.start())
    ids = itertools.count(5000)
    errors = {lang: harness.app.content.locales.text(lang, "error-general") for lang in ("de", "en", "ar", "es")}

    async def run(lang, steps):
        user = harness.user(next(ids), language_code=lang)
        await user.command("/start")
        for kind, value in steps:
            replies = await act(user, kind, value)
            answered = list(replies) or user.callback_answers
            assert answered, f"no answer to {kind} {value!r}"
            for message in replies:
                assert message.plain.strip(), "an empty message was sent"
                assert errors[lang] not in message.plain, f"the bot failed on {kind} {value!r}"
        from bot.tg.identity import user_key
        key = user_key(harness.app.config.user_key_secret, user.id)
        state = await harness.app.conversations.states.get(key)
        if state is not None:
            restored = State.from_json(state.to_json())
            flow = harness.app.content.flows.flow(restored.flow)
            assert restored.idle or (flow is not None and flow.step(restored.step) is not None)

    @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
    @given(lang=st.sampled_from(["de", "en", "ar", "es"]), steps=st.lists(actions, min_size=1, max_size=10))
    def check(lang, steps):
        loop.run_until_complete(run(lang, steps))

    try:
        check()
    finally:
        loop.run_until_complete(harness.close())
        loop.close()
