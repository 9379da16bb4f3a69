"""Killed between storing a referral and telling the person its number: after the restart, the person's press of
"send" on the summary they still see brings the confirmation with the number, and nothing is stored twice.

The bot runs as its own process (SIGKILL as an OOM kill would); the confirmation is held on its way to Telegram
and the process is killed meanwhile, so the message never arrives — the window in which the state and the
referral are committed but the replies are not sent."""

from __future__ import annotations

import asyncio
import textwrap
from dataclasses import replace

from bot.tg.identity import user_key
from tests.privacy.test_crash_safety import GROUPS, MENTORS, PERSONAS, Mentee, Texts, query, wait_for_referral
from tests.support.subprocess_bot import BotProcess, ProcessBotApi


def confirmation_to(chat_id: int):
    """Filter: the message to the person that carries the request number (handoff-sent, German)."""
    def applies(method: str, params) -> bool:
        return (method == "sendmessage" and str(params.values.get("chat_id")) == str(chat_id)
                and "Ihre Nummer" in str(params.values.get("text", "")))
    return applies


async def test_a_kill_before_the_confirmation_was_sent_shows_it_at_the_next_press(tmp_path):
    mentors = tmp_path / "mentors.yaml"
    mentors.write_text(textwrap.dedent(MENTORS), encoding="utf-8")
    amina = PERSONAS[0]                                        # German, Dresden
    until_summary = replace(amina, moves=amina.moves[:-1], end="handoff_contact.summary")
    async with ProcessBotApi() as server:
        for group in GROUPS.values():
            server.group(group)
        bot = BotProcess(server, tmp_path, mentors_file=mentors)
        try:
            await bot.start()
            person = Mentee(until_summary, server, bot, Texts())
            await person.walk()                                # the summary with "send" is on her screen
            summary, send = person.current, amina.moves[-1]
            held = server.hold(confirmation_to(amina.user_id), seconds=5.0)
            person.act(send)
            await server.wait_for(lambda: held.hits, timeout=20)
            await server.wait_for(lambda: not server.queue.pending, timeout=5)   # Telegram knows it was handled
            await bot.kill()                                    # the confirmation dies with the process
            key = user_key(bot.user_key_secret, amina.user_id)
            ref = await wait_for_referral(bot.database, key)
            assert not any(ref in m.plain for m in person.messages), "the confirmation arrived before the kill"
            await bot.start()
            before = len(person.messages)
            person.fake.press_data(send.data(summary), summary)  # she presses "send" again
            message = await server.wait_for(
                lambda: next((m for m in person.messages[before:] if ref in m.plain), None), timeout=20)
            assert "Ihre Nummer" in message.plain
            await asyncio.sleep(0.5)
            assert not [m for m in person.messages[before:] if "älteren Nachricht" in m.plain]
            assert query(bot.database, "SELECT COUNT(*) FROM referrals")[0][0] == 1
            assert await bot.stop() == 0, bot.log_tail()
        finally:
            await bot.kill()
    logs = bot.logs()
    assert "Traceback" not in logs and " ERROR " not in logs, logs[-3000:]
