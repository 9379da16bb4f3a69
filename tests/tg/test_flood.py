"""One person sending hundreds of messages at once does not hold up anybody else, and hears once that the
rest of their burst was not read."""

from __future__ import annotations

import time

import pytest

from bot.tg.ordering import MAX_QUEUED_PER_USER

pytestmark = pytest.mark.asyncio

BURST = 600
LATENCY = 0.025          # seconds per Bot API call, about the round trip to Telegram from Germany
BOUND = 2.0              # seconds another person may wait for their answer during the burst


async def test_a_burst_from_one_account_does_not_hold_up_another_persons_reply(tg):
    flooder, amina = tg.user(1001, "en"), tg.user(1002, "ar")
    await flooder.command("/start")
    await flooder.press("en:Record")               # each text of the burst gets its own reply
    tg.server.latency = LATENCY
    before = len(flooder.messages)
    burst = [flooder.fake.text(f"forwarded {i}") for i in range(BURST)]
    started = time.monotonic()
    replies = await amina.command("/start")
    waited = time.monotonic() - started
    print(f"reply time of another person during a {BURST}-update burst: {waited * 1000:.0f} ms")
    assert replies.texts == ["ar:Welcome friend", "ar:Menu?"]
    assert waited < BOUND, f"another person waited {waited:.1f} s for the answer to /start"
    for update in burst:
        await tg.handled(update)
    await tg.settle()
    got = [m.plain for m in flooder.messages[before:]]
    note = tg.app.engine.locales.text("en", "tg-too-many")
    # the first ones answered in order, then one note; the rest of the burst was not read
    assert got == [f"en:Got forwarded {i}" for i in range(MAX_QUEUED_PER_USER)] + [note]
    replies = await flooder.send("after the burst")          # the line is empty: the next message is answered
    assert replies.texts == ["en:Got after the burst"]
