"""An update Telegram hands out again (the bot died before confirming it) is applied once; a returning person
whose update ids start anew after a quiet week is answered as anyone else."""

from __future__ import annotations

import time

import pytest

from bot.tg.identity import user_key

pytestmark = pytest.mark.asyncio

WEEK = 7 * 24 * 3600


async def test_after_a_quiet_week_lower_update_ids_are_answered(tg):
    user = tg.user(1001)
    tg.server.queue.restart_ids(900000)
    await user.command("/start")
    assert (await user.press("Quiz")).last.plain.startswith("de:Color?")
    # More than a week without updates: Telegram picks the next update_id at random, here far lower.
    tg.app.conversations.clock = lambda: time.time() + WEEK + 3600
    tg.server.queue.restart_ids(1234)
    replies = await user.press("Red")
    assert user.updates[-1]["update_id"] == 1234
    assert replies.texts == ["de:Age?"]
    assert (await user.send("40")).texts == ["de:Mail?"]
    state = await tg.app.conversations.states.get(user_key(tg.config.user_key_secret, 1001))
    assert state.answers["color"] == "red" and state.step == "ask_mail"


async def test_an_update_handed_out_again_after_a_restart_is_applied_once(tg):
    user = tg.user(1001)
    await user.command("/start")
    await user.press("Quiz")
    await user.press("Red")
    assert (await user.send("40")).texts == ["de:Mail?"]
    answered = user.updates[-1]
    # The bot stops before Telegram learnt that it handled "40"; after the start Telegram hands it out again.
    before = len(user.messages)
    await tg.stop_bot()
    tg.server.queue.redeliver(answered)
    await tg.start_bot()
    await user.send("amina@example.org")                     # handled after the repeated "40" (same person)
    shown = [m.plain for m in user.messages[before:]]
    assert shown[0] == "de:Mail?"                             # "40" again only shows where the person stands,
    assert shown[1].startswith("de:Bye")                      # it was not taken as the e-mail address
    events = await tg.app.db.conn.execute_fetchall("SELECT COUNT(*) FROM events WHERE kind = 'answer' "
                                                   "AND step = 'ask_age'")
    assert events[0][0] == 1
