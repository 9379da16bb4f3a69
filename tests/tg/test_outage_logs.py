"""A Bot API outage is logged, not shouted: one WARNING when it starts, one when it ends — no stack trace per
failed poll, no proxy error page in the log — and the bot carries on afterwards."""

from __future__ import annotations

import logging

import pytest

from bot.privacy.logs import quiet_libraries
from tests.tg.content import with_actions

pytestmark = pytest.mark.asyncio


async def test_an_outage_with_html_error_pages_is_one_warning_when_it_starts_and_one_when_it_ends(
        make_harness, content_dir, caplog):
    h = await make_harness(content_dir=content_dir, features=False, setup=with_actions(), timeout=15)
    user = h.user(1001)
    await user.command("/start")
    quiet_libraries()                                    # the library log levels of production
    caplog.set_level(logging.INFO)                       # LOG_LEVEL=INFO, the default
    caplog.clear()

    h.server.down()                                      # nginx answers 502 with its HTML page
    await h.server.wait_for(lambda: len([c for c in h.calls("getUpdates") if c.status == 502]) >= 3, timeout=10)
    h.server.up()
    replies = await user.command("/menu")                # polling resumes by itself
    assert replies.texts == ["de:Menu?"]

    failed_polls = len([c for c in h.calls("getUpdates") if c.status == 502])
    loud = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.getMessage().split(" (")[0].split(" after")[0] for r in loud] == [
        "the Bot API server does not answer", "the Bot API server answers again"], caplog.text
    assert "Bad Gateway (502)" in loud[0].getMessage()
    assert f"({failed_polls} failed requests)" in loud[1].getMessage()
    assert not any(r.exc_info for r in caplog.records)
    assert "<html" not in caplog.text and "nginx" not in caplog.text and "Traceback" not in caplog.text


async def test_a_reply_lost_to_a_bad_gateway_is_one_line_and_the_user_is_told(make_harness, content_dir, caplog):
    h = await make_harness(content_dir=content_dir, features=False, setup=with_actions())
    user = h.user(1001)
    await user.command("/start")
    caplog.set_level(logging.INFO)
    caplog.clear()
    h.server.fail("sendMessage", times=1, status=502)
    replies = await user.command("/menu")
    assert replies.texts == ["Hier ist leider ein Fehler passiert. Ihre Antworten sind gespeichert. "
                             "Bitte versuchen Sie es noch einmal."]
    assert "a reply to a message update was not delivered: NetworkError" in caplog.text
    assert not any(r.exc_info or r.levelno >= logging.ERROR for r in caplog.records), caplog.text
    assert "<html" not in caplog.text
