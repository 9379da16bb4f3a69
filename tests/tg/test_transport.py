"""The bot's HTTP client (bot/tg/transport.py) behaves as PTB's own: errors, timeouts, proxies.
Everything else it does (every Bot API call, file uploads, 429 and 5xx answers) is exercised by the
Telegram tests, which all run through it against the fake Bot API server."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp import web
from telegram import Bot
from telegram.error import NetworkError, TimedOut

from bot.testing.lifecycle import free_port
from bot.testing.server import fake_bot_api
from bot.tg.transport import AiohttpRequest

TOKEN = "123:ABC"


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


async def test_the_bot_talks_to_the_bot_api_through_it():
    async with fake_bot_api() as server:
        async with Bot(server.token, base_url=server.base_url, request=AiohttpRequest(4)) as bot:
            server.user(5).text("hi")
            sent = await bot.send_message(5, "<b>Hallo</b> & willkommen", parse_mode="HTML")
    assert sent.message_id > 0
    assert server.messages(5)[-1].plain == "Hallo & willkommen"


async def test_an_unreachable_server_is_a_network_error():
    request = AiohttpRequest(4)
    await request.initialize()
    try:
        with pytest.raises(NetworkError, match="Cannot connect"):
            await request.post(f"http://127.0.0.1:{free_port()}/bot{TOKEN}/getMe")
    finally:
        await request.shutdown()


async def test_a_server_that_does_not_answer_in_time_is_a_timeout():
    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(2)
        return web.json_response({"ok": True, "result": True})

    web_app = web.Application()
    web_app.router.add_post("/{tail:.*}", slow)
    runner = web.AppRunner(web_app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        request = AiohttpRequest(4, read_timeout=0.2)
        await request.initialize()
        try:
            with pytest.raises(TimedOut):
                await request.post(f"http://127.0.0.1:{port}/bot{TOKEN}/getMe")
        finally:
            await request.shutdown()
    finally:
        await runner.cleanup()


async def test_a_proxy_from_the_environment_is_used_and_no_proxy_is_honoured(monkeypatch):
    seen: list[bytes] = []

    async def proxy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        seen.append(await reader.readline())            # the request line names the whole URL
        body = b'{"ok":true,"result":true}'
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                     + str(len(body)).encode() + b"\r\nConnection: close\r\n\r\n" + body)
        await writer.drain()
        writer.close()

    listener = await asyncio.start_server(proxy, "127.0.0.1", 0)
    proxy_port = listener.sockets[0].getsockname()[1]
    target = f"http://telegram.invalid/bot{TOKEN}/logOut"
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy_port}")
    try:
        request = AiohttpRequest(4)
        await request.initialize()
        try:
            assert await request.post(target) is True
        finally:
            await request.shutdown()
        assert seen and seen[0].startswith(b"POST " + target.encode())

        monkeypatch.setenv("NO_PROXY", "telegram.invalid")
        request = AiohttpRequest(4)
        await request.initialize()
        try:
            with pytest.raises(NetworkError):          # straight to the (unresolvable) host, not the proxy
                await request.post(target)
        finally:
            await request.shutdown()
        assert len(seen) == 1
    finally:
        listener.close()
        await listener.wait_closed()


async def test_using_it_before_initialize_is_a_clear_error():
    with pytest.raises(RuntimeError, match="not initialized"):
        await AiohttpRequest(4).do_request("http://127.0.0.1:9/x", "POST")


async def test_a_long_poll_may_outlast_the_read_timeout():
    """PTB adds getUpdates' own timeout to the read timeout; the client must wait that long."""
    async with fake_bot_api() as server:
        request = AiohttpRequest(1, read_timeout=0.2)
        async with Bot(server.token, base_url=server.base_url, request=request,
                       get_updates_request=AiohttpRequest(1, read_timeout=0.2)) as bot:
            started = asyncio.get_running_loop().time()
            assert await bot.get_updates(timeout=1) == ()
            assert asyncio.get_running_loop().time() - started >= 0.9
