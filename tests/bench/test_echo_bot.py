"""The benchmark's echo bot (the framework's ceiling) answers over the fake Bot API like any bot."""

from __future__ import annotations

import json

from bench.echo_bot import running_echo_bot
from bot.testing.server import FakeBotApi


async def test_the_echo_bot_answers_through_the_same_application_class():
    async with FakeBotApi() as server, running_echo_bot(server):
        user = server.user(1001)
        user.text("ping")
        await server.wait_for(lambda: server.messages(1001))
    assert server.messages(1001)[-1].plain == "ping"
    assert json.dumps(server.calls("sendMessage")[-1].params)
