"""One user's updates in order, different users at the same time; Telegram's flood limits; errors."""

from __future__ import annotations

import logging
import random
import time

import pytest

from bot.tg.identity import user_key

pytestmark = pytest.mark.asyncio


async def open_recorder(user) -> None:
    await user.command("/start")
    await user.press("Record")


async def test_quick_messages_of_one_user_are_handled_and_answered_in_order(tg, recorder):
    user = tg.user(1001)
    await open_recorder(user)
    rng = random.Random(7)
    recorder.delay = lambda text: rng.uniform(0, 0.03)     # later messages could overtake earlier ones
    before = len(user.messages)
    updates = [user.fake.text(f"m{i}") for i in range(5)]  # five updates queued at once
    for update in updates:
        await tg.handled(update)
    assert [text for _, text in recorder.seen] == [f"m{i}" for i in range(5)]
    assert [m.plain for m in user.messages[before:]] == [f"de:Got m{i}" for i in range(5)]


async def test_different_users_are_handled_at_the_same_time(tg, recorder):
    users = [tg.user(1001 + i) for i in range(5)]
    for user in users:
        await open_recorder(user)
    recorder.delay = lambda text: 0.3
    started = time.monotonic()
    updates = [user.fake.text("hello") for user in users]
    for update in updates:
        await tg.handled(update)
    elapsed = time.monotonic() - started
    assert len(recorder.seen) == 5
    assert elapsed < 0.3 * 2, f"5 users took {elapsed:.2f} s: they were served one after another"


async def test_two_users_interleaved_keep_their_own_conversations(tg):
    amina, omar = tg.user(1001, "de"), tg.user(1002, "ar")
    await amina.command("/start")
    await omar.command("/start")
    await amina.press("Quiz")
    await omar.press("ar:Quiz")
    await omar.press("ar:Blue")
    await amina.press("Red")
    assert (await amina.send("40")).texts == ["de:Mail?"]
    assert (await omar.send("17")).texts == ["ar:Mail?"]
    states = tg.app.conversations.states
    a = await states.get(user_key(tg.config.user_key_secret, 1001))
    o = await states.get(user_key(tg.config.user_key_secret, 1002))
    assert (a.answers, a.lang) == ({"color": "red", "age": 40} if isinstance(a.answers.get("age"), int)
                                   else {"color": "red", "age": a.answers["age"]}, "de")
    assert o.answers["color"] == "blue" and o.lang == "ar"


async def test_flood_control_answer_is_waited_out_and_the_message_still_arrives(tg):
    user = tg.user(1001)
    await user.command("/start")
    tg.server.fail("sendMessage", times=1, status=429, retry_after=1)
    started = time.monotonic()
    replies = await user.press("Quiz")
    assert replies.texts == ["de:Color?\n\nde:We ask because."]
    assert time.monotonic() - started >= 0.9              # it waited as Telegram asked
    statuses = [c.status for c in tg.calls("sendMessage")]
    assert statuses[-2:] == [429, 200]


async def test_a_failing_action_tells_the_user_and_keeps_their_state(tg, caplog):
    user = tg.user(1001, "ar")
    await user.command("/start")
    key = user_key(tg.config.user_key_secret, 1001)
    before = await tg.app.conversations.states.get(key)
    with caplog.at_level(logging.ERROR):
        replies = await user.press("ar:Explode")
    assert replies.texts == [tg.app.engine.locales.text("ar", "error-general")]
    after = await tg.app.conversations.states.get(key)
    assert (after.flow, after.step) == (before.flow, before.step) == ("main", "menu")
    assert (await user.press("ar:Quiz")).last.plain.startswith("ar:Color?")   # and the bot goes on
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in logged and "Amina" not in logged and "1001" not in logged


async def test_replies_that_fail_do_not_stop_the_bot(tg):
    user = tg.user(1001)
    await user.command("/start")
    tg.server.fail("sendMessage", times=1, status=400, description="Bad Request: simulated")
    replies = await user.press("Quiz")                     # its reply is lost; the error handler apologises
    assert replies.texts == ["Hier ist leider ein Fehler passiert. Ihre Antworten sind gespeichert. "
                             "Bitte versuchen Sie es noch einmal."]
    replies = await user.send("1")                         # the colour question is open: 1 = red
    assert replies.texts == ["de:Age?"]


async def test_a_user_who_blocked_the_bot_causes_no_error_reply(tg, caplog):
    user = tg.user(1001)
    await user.command("/start")
    tg.server.block(1001)
    sent = len(tg.calls("sendMessage"))
    with caplog.at_level(logging.INFO):
        await user.send("Quiz")
    assert "blocked" in caplog.text
    assert [c.status for c in tg.calls("sendMessage")[sent:]] == [403]    # no apology sent into the void
