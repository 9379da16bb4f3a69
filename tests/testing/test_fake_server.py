"""The fake Bot API behaves like Telegram where our bot could notice: parsing, errors, long polling,
outages, webhooks, commands, files."""

from __future__ import annotations

import asyncio
import time

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter

from bot.testing.server import FakeBotApi

pytestmark = pytest.mark.asyncio


@pytest.fixture
async def server():
    async with FakeBotApi() as fake:
        yield fake


@pytest.fixture
async def bot(server):
    async with Bot(server.token, base_url=server.base_url, base_file_url=server.base_file_url) as client:
        yield client


async def call(server, method: str, token: str | None = None, **params) -> tuple[int, dict]:
    url = f"http://127.0.0.1:{server.port}/bot{token or server.token}/{method}"
    async with aiohttp.ClientSession() as session, session.post(url, json=params) as response:
        return response.status, await response.json()


async def test_get_me_names_the_bot(bot):
    me = await bot.get_me()
    assert me.username == "amm_test_bot" and me.is_bot


async def test_wrong_token_and_unknown_method_are_refused_like_telegram(server, bot):
    assert await call(server, "getMe", token="1:wrong") == (401, {"ok": False, "error_code": 401,
                                                                  "description": "Unauthorized"})
    status, body = await call(server, "sendTelepathy")
    assert status == 404 and body["description"] == "Not Found"
    with pytest.raises(InvalidToken):
        async with Bot("1:wrongwrongwrong", base_url=server.base_url) as other:
            await other.get_me()


async def test_broken_html_is_rejected_with_telegrams_error(server, bot):
    user = server.user(1001)
    user.text("hi")
    with pytest.raises(BadRequest, match="(?i)can't parse entities: Unsupported start tag \"foo\""):
        await bot.send_message(1001, "Hallo <foo>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="(?i)can't find end tag corresponding to start tag \"b\""):
        await bot.send_message(1001, "<b>fett", parse_mode="HTML")
    sent = await bot.send_message(1001, "<b>fett</b> &lt;3 &amp; a <a href='https://example.org'>link</a>",
                                  parse_mode="HTML")
    assert sent.text == "fett <3 & a link"
    assert [e.type for e in sent.entities] == ["bold", "text_link"]
    assert server.messages(1001)[-1].plain == "fett <3 & a link"


async def test_sending_checks_chat_text_and_buttons(server, bot):
    with pytest.raises(Forbidden, match="can't initiate conversation"):
        await bot.send_message(5555, "hi")
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.send_message(-100999, "hi")
    server.user(1001).text("hi")
    with pytest.raises(BadRequest, match="(?i)message text is empty"):
        await bot.send_message(1001, "  ")
    with pytest.raises(BadRequest, match="(?i)message is too long"):
        await bot.send_message(1001, "x" * 4097)
    with pytest.raises(BadRequest, match="(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(1001, "q", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("a", callback_data="x" * 65)]]))
    server.block(1001)
    with pytest.raises(Forbidden, match="blocked by the user"):
        await bot.send_message(1001, "hi")


async def test_edits_are_checked_and_recorded(server, bot):
    server.user(1001).text("hi")
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data="yes")]])
    sent = await bot.send_message(1001, "Frage?", reply_markup=markup)
    with pytest.raises(BadRequest, match="(?i)message is not modified"):
        await bot.edit_message_text("Frage?", 1001, sent.message_id, reply_markup=markup)
    await bot.edit_message_reply_markup(1001, sent.message_id, reply_markup=None)
    message = server.messages(1001)[-1]
    assert message.keyboard == [] and message.edits[0].reply_markup["inline_keyboard"][0][0]["text"] == "Ja"
    with pytest.raises(BadRequest, match="(?i)message to edit not found"):
        await bot.edit_message_text("x", 1001, 999)


async def test_long_polling_waits_and_wakes_up_when_an_update_arrives(server, bot):
    user = server.user(1001)
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    user.text("hallo")
    updates = await poll
    assert time.monotonic() - started < 1
    assert [u.message.text for u in updates] == ["hallo"]
    again = await bot.get_updates(offset=updates[-1].update_id, timeout=0)
    assert [u.update_id for u in again] == [updates[-1].update_id]          # not confirmed yet
    assert await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0) == ()


async def test_empty_long_poll_returns_after_its_timeout(bot):
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 <= time.monotonic() - started < 2


async def test_simulated_flood_control_and_outages(server, bot):
    server.user(1001).text("hi")
    server.fail("sendMessage", times=1, status=429, retry_after=3)
    with pytest.raises(RetryAfter) as flood:
        await bot.send_message(1001, "a")
    assert flood.value.retry_after.total_seconds() == 3
    assert (await bot.send_message(1001, "b")).text == "b"
    server.fail("*", times=2, status=502)
    for _ in range(2):
        with pytest.raises(NetworkError):
            await bot.get_me()
    assert await bot.get_me()
    server.down()
    with pytest.raises(NetworkError):
        await bot.send_message(1001, "c")
    server.up()
    assert [c.status for c in server.calls("sendMessage")] == [429, 200, 502]


async def test_commands_are_kept_per_language_and_scope(server, bot):
    from telegram import BotCommand, BotCommandScopeAllGroupChats
    await bot.set_my_commands([BotCommand("start", "Beginnen")], language_code="de")
    await bot.set_my_commands([BotCommand("help", "Hilfe")], scope=BotCommandScopeAllGroupChats())
    assert server.bot_commands("de") == [("start", "Beginnen")]
    assert server.bot_commands("") == []
    assert server.bot_commands("", {"type": "all_group_chats"}) == [("help", "Hilfe")]
    assert [c.command for c in await bot.get_my_commands(language_code="de")] == ["start"]
    with pytest.raises(BadRequest, match="(?i)invalid language code"):
        await bot.set_my_commands([BotCommand("start", "x")], language_code="deu")
    with pytest.raises(BadRequest, match="(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Start!", "x")])
    await bot.delete_my_commands(language_code="de")
    assert server.bot_commands("de") == []


async def test_documents_are_uploaded_as_multipart_and_user_files_can_be_downloaded(server, bot):
    user = server.user(1001)
    await bot.send_document(1001, InputFile(b"a;b\n1;2\n", filename="daten.csv"), caption="<b>Ihre</b> Daten",
                            parse_mode="HTML")
    sent = server.messages(1001)[-1]
    assert sent.document.filename == "daten.csv" and sent.document.data == b"a;b\n1;2\n"
    assert sent.caption == "<b>Ihre</b> Daten" and sent.plain == "Ihre Daten"
    update = user.photo()
    file = await bot.get_file(update["message"]["photo"][-1]["file_id"])
    assert bytes(await file.download_as_bytearray()).startswith(b"\xff\xd8")


async def test_callback_queries_are_answered_once(server, bot):
    user = server.user(1001)
    user.text("hi")
    await bot.send_message(1001, "Frage?", reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("Ja", callback_data="yes")]]))
    update = user.press("Ja")
    query_id = update["callback_query"]["id"]
    assert update["callback_query"]["data"] == "yes"
    assert await bot.answer_callback_query(query_id, text="Danke")
    with pytest.raises(BadRequest, match="(?i)query is too old"):
        await bot.answer_callback_query(query_id)
    assert server.callback_answers[-1].text == "Danke"
    with pytest.raises(LookupError, match="'Nein' is not there"):
        user.press("Nein")


async def test_webhook_delivery_and_its_secret_header(server, bot):
    received: list[tuple[str | None, dict]] = []

    async def hook(request: aiohttp.web.Request) -> aiohttp.web.Response:
        received.append((request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json()))
        return aiohttp.web.Response(text="ok")

    app = aiohttp.web.Application()
    app.router.add_post("/hook", hook)
    runner = aiohttp.web.AppRunner(app)
    await runner.setup()
    site = aiohttp.web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        await bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="s3cret")
        with pytest.raises(Exception, match="webhook is active"):
            await bot.get_updates(timeout=0)
        server.user(1001).text("hallo")
        await server.wait_for(lambda: received)
        assert received[0][0] == "s3cret" and received[0][1]["message"]["text"] == "hallo"
        assert (await bot.get_webhook_info()).url.endswith("/hook")
        await bot.delete_webhook()
    finally:
        await runner.cleanup()

