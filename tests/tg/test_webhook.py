"""The webhook server judges a request by its headers: without the right secret, or larger than an update can
be, it is refused before its body is read — so strangers' large posts cost no memory."""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path

import aiohttp
import pytest

from bot.testing.lifecycle import free_port
from bot.testing.server import FakeBotApi
from bot.tg.webhook import MAX_UPDATE_BYTES, SECRET_HEADER
from tests.tg.content import with_actions
from tests.tg.test_run import environment

pytestmark = pytest.mark.asyncio

SECRET = "right-secret_123"
HUGE = 90 * 1024 * 1024


async def raw_post(port: int, headers: dict[str, str], body: bytes = b"", timeout: float = 3.0) -> int:
    """POST with the given headers and (part of) a body; the HTTP status the server answers with.
    A server that waits for the whole announced body answers nothing: that is a timeout here."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = "".join(f"{k}: {v}\r\n" for k, v in {"Host": "127.0.0.1", **headers}.items())
    writer.write(f"POST /telegram HTTP/1.1\r\n{head}\r\n".encode() + body)
    await writer.drain()
    try:
        status_line = await asyncio.wait_for(reader.readline(), timeout)
    finally:
        writer.close()
    return int(status_line.split()[1])


def webhook_port(h) -> int:
    return h.application.bot_data.webhook.port


async def test_requests_without_the_right_secret_are_refused_before_their_body_arrives(make_harness, content_dir):
    h = await make_harness(content_dir=content_dir, features=False, webhook=True, setup=with_actions())
    port = webhook_port(h)
    announced = {"Content-Type": "application/json", "Content-Length": str(HUGE)}
    # the announced 90 MB never come: the answer must not wait for them
    assert await raw_post(port, announced) == 403
    assert await raw_post(port, {**announced, SECRET_HEADER: "wrong"}) == 403
    assert await raw_post(port, {**announced, SECRET_HEADER: h.webhook_secret + "x"}) == 403
    assert await raw_post(port, {**announced, SECRET_HEADER: h.webhook_secret[:-1]}) == 403
    # the right secret, but more than an update can be: refused unread too
    assert await raw_post(port, {**announced, SECRET_HEADER: h.webhook_secret}) == 413
    body = b'{"update_id": 1, "message": {"text": "' + b"x" * (MAX_UPDATE_BYTES + 10) + b'"}}'
    chunked = {"Content-Type": "application/json", "Transfer-Encoding": "chunked", SECRET_HEADER: h.webhook_secret}
    assert await raw_post(port, chunked, f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n") == 413
    # the right secret and something that is not an update
    not_json = b"<html>"
    assert await raw_post(port, {"Content-Type": "application/json", "Content-Length": str(len(not_json)),
                                 SECRET_HEADER: h.webhook_secret}, not_json) == 400
    assert await raw_post(port, {"Content-Type": "text/plain", "Content-Length": "2",
                                 SECRET_HEADER: h.webhook_secret}, b"{}") == 415
    # and the bot goes on serving Telegram's real updates
    replies = await h.user(1001, "en").command("/start")
    assert replies.texts


def memory_kb(pid: int) -> dict[str, int]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            fields[name] = int(value.split()[0])
    return fields


async def post_huge(session: aiohttp.ClientSession, url: str, headers: dict[str, str]) -> int | str:
    async def body():
        chunk = b"x" * (1024 * 1024)
        for _ in range(HUGE // len(chunk)):
            yield chunk
    try:
        async with session.post(url, data=body(), headers={"Content-Type": "application/json",
                                                            "Content-Length": str(HUGE), **headers}) as response:
            return response.status
    except aiohttp.ClientError as exc:        # the server closed the connection while the body was being sent
        return type(exc).__name__


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads the bot's memory from /proc")
async def test_large_posts_from_strangers_leave_the_running_bots_memory_flat(tmp_path):
    """Measured before: four parallel 90 MB posts took the process from 175 to 716 MB."""
    port = free_port()
    async with FakeBotApi() as server:
        env = environment(tmp_path, TELEGRAM_BOT_TOKEN=server.token, TELEGRAM_BASE_URL=server.base_url,
                          WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram", WEBHOOK_PORT=str(port),
                          WEBHOOK_SECRET=SECRET)
        env.pop("WEBHOOK_LISTEN", None)                       # the default: loopback, behind a proxy
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        try:
            await server.wait_for(lambda: server.calls("setWebhook"), timeout=60)
            server.user(1001, language_code="de").text("/start")
            await server.wait_for(lambda: server.messages(1001), timeout=10)
            before = memory_kb(process.pid)
            url = f"http://127.0.0.1:{port}/telegram"
            async with aiohttp.ClientSession() as session:
                strangers = await asyncio.gather(*(post_huge(session, url, {}) for _ in range(4)))
                wrong = await asyncio.gather(*(post_huge(session, url, {SECRET_HEADER: "guess"}) for _ in range(4)))
                too_big = await asyncio.gather(*(post_huge(session, url, {SECRET_HEADER: SECRET}) for _ in range(4)))
            after = memory_kb(process.pid)
            server.user(1001, language_code="de").text("/menu")          # still serving
            await server.wait_for(lambda: len(server.messages(1001)) >= 3, timeout=10)
        finally:
            process.send_signal(signal.SIGTERM)
            _, err = await asyncio.wait_for(process.communicate(), 30)
    assert all(status in (403, "ClientOSError", "ServerDisconnectedError") for status in strangers + wrong), \
        (strangers, wrong)
    assert all(status in (413, "ClientOSError", "ServerDisconnectedError") for status in too_big), too_big
    growth_mb = (after["VmHWM"] - before["VmRSS"]) / 1024
    print(f"webhook memory: {before['VmRSS'] / 1024:.0f} MB before, peak {after['VmHWM'] / 1024:.0f} MB "
          f"after 12 posts of 90 MB (+{growth_mb:.1f} MB)")
    assert growth_mb < 20, (before, after)
    assert process.returncode == 0 and "Traceback" not in err.decode(), err.decode()


async def test_a_port_in_use_is_one_sentence_naming_the_webhook_settings(tmp_path):
    async with FakeBotApi() as server:
        blocker = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
        port = blocker.sockets[0].getsockname()[1]
        try:
            env = environment(tmp_path, TELEGRAM_BOT_TOKEN=server.token, TELEGRAM_BASE_URL=server.base_url,
                              WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram", WEBHOOK_PORT=str(port))
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "run", cwd=tmp_path, env=env,
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
            _, err = await asyncio.wait_for(process.communicate(), 60)
        finally:
            blocker.close()
    text = err.decode()
    assert process.returncode == 2 and "Traceback" not in text, text
    assert f"could not listen on 127.0.0.1:{port} (WEBHOOK_LISTEN, WEBHOOK_PORT)" in text
    assert len([line for line in text.strip().splitlines() if " INFO " not in line]) == 1, text
