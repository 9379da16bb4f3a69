"""The confirmation with the request number reaches the person even when its message is lost after the referral
was stored (a crash or a failed send in that window): their next input shows it again."""

from __future__ import annotations

import pytest

from tests.handoff.conftest import COORDINATION, DRESDEN_GROUP, LEIPZIG_GROUP, register_handoff
from tests.handoff.test_telegram_handoff import MENTEE


async def ready_to_send(h, lang="en"):
    amina = h.user(MENTEE, language_code=lang)
    await amina.command("/start")
    await amina.press("Check")
    await amina.press("Protection")
    await amina.send("Pflege")
    await amina.send("01067")
    await amina.press("Yes, I agree")
    await amina.send("Amina")
    await amina.press("Phone")
    await amina.send("0151 23456789")
    await amina.send("Arabic, English")
    await amina.press("Mornings")
    replies = await amina.send("-")
    return amina, replies.last


async def reference(h) -> str:
    rows = await h.app.db.conn.execute_fetchall("SELECT id FROM referrals")
    assert len(rows) == 1
    return rows[0][0]


@pytest.fixture
async def bot(make_harness, handoff_content, mentors_file):
    h = await make_harness(content_dir=handoff_content, features=False, setup=register_handoff,
                           config={"mentors_file": mentors_file})
    for chat in (DRESDEN_GROUP, LEIPZIG_GROUP, COORDINATION):
        h.group(chat)
    return h


async def test_a_lost_confirmation_comes_with_the_press_of_send_on_the_old_summary(bot):
    amina, summary = await ready_to_send(bot)
    send = next(b.data for b in summary.buttons if b.text == "Yes, send")
    bot.server.fail("sendMessage", times=1, status=400, description="Bad Request: simulated loss")
    await amina.press("Yes, send")                   # stored, but the confirmation never reaches Amina
    ref = await reference(bot)
    assert not any(ref in m.plain for m in amina.messages)
    replies = await amina.press_data(send, summary)  # the old summary still shows "send" on her phone
    assert ref in replies.text
    assert "older message" not in replies.text
    assert await reference(bot) == ref               # no second referral
    replies = await amina.command("/menu")           # delivered now: not shown again
    assert ref not in replies.text


async def test_a_lost_confirmation_comes_before_the_answer_to_the_next_text(bot):
    amina, _ = await ready_to_send(bot)
    bot.server.fail("sendMessage", times=1, status=400, description="Bad Request: simulated loss")
    await amina.press("Yes, send")
    ref = await reference(bot)
    replies = await amina.command("/help")
    assert ref in replies[0].plain and "Your number" in replies[0].plain
    assert len([m for m in amina.messages if ref in m.plain]) == 1



async def test_a_lost_confirmation_comes_when_telegram_hands_out_the_press_again(bot):
    amina, _ = await ready_to_send(bot)
    bot.server.fail("sendMessage", times=1, status=400, description="Bad Request: simulated loss")
    await amina.press("Yes, send")
    ref = await reference(bot)
    pressed = amina.updates[-1]
    await bot.stop_bot()                              # as if killed before Telegram learnt of the press
    bot.server.queue.redeliver(pressed)
    await bot.start_bot()
    message = await bot.server.wait_for(lambda: next((m for m in amina.messages if ref in m.plain), None))
    assert "Your number" in message.plain
    assert await reference(bot) == ref                # applied once: still one referral
