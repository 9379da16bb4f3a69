"""One slow channel does not hold up the others: with a mail server that accepts connections and never
answers, the mentors' Telegram notifications still arrive at once; the e-mails are retried and, when the
server works again, each arrives exactly once."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.handoff.conftest import DRESDEN_GROUP, Clock, SmtpServer, register_handoff, service_of
from tests.handoff.test_telegram_handoff import notifications, refer

pytestmark = pytest.mark.asyncio

MAIL = "mentoring-dresden@example.org"


class HangingSmtp:
    """Accepts every connection on 127.0.0.1 and never says a word (no greeting): a hung mail server."""

    def __init__(self) -> None:
        self.connections = 0
        self._server: asyncio.Server | None = None
        self._writers: list[asyncio.StreamWriter] = []

    async def start(self, port: int = 0) -> int:
        async def hang(reader, writer):
            self.connections += 1
            self._writers.append(writer)
            await reader.read()                   # until the client gives up
        self._server = await asyncio.start_server(hang, "127.0.0.1", port)
        return self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        for writer in self._writers:
            writer.close()
        self._server.close()
        await self._server.wait_closed()


async def mail_rows(h):
    async with h.app.db.conn.execute("SELECT state, attempts, last_error FROM outbox WHERE channel LIKE 'mail:%' "
                                     "ORDER BY id") as cur:
        return [tuple(r) for r in await cur.fetchall()]


async def bot_mailing_to(port, make_harness, handoff_content, mentors_file):
    """The bot with hand-over, its mail server on ``port``, the Dresden mentors' group known; and its service."""
    h = await make_harness(content_dir=handoff_content, features=False, setup=register_handoff,
                           config={"mentors_file": mentors_file, "smtp_host": "127.0.0.1", "smtp_port": port,
                                   "smtp_starttls": False, "smtp_from": "bot@example.org"})
    h.group(DRESDEN_GROUP)
    return h, service_of(h.app)


async def test_a_hung_mail_server_delays_only_email_and_every_mail_arrives_once_later(make_harness, handoff_content,
                                                                                        mentors_file):
    hung = HangingSmtp()
    port = await hung.start()
    h, service = await bot_mailing_to(port, make_harness, handoff_content, mentors_file)
    service.clock = clock = Clock()
    service.outbox.timeouts["mail"] = 1.0       # 10 s in production; shorter here to keep the test quick
    late = []
    refs = []
    for i in range(6):
        clock.advance(seconds=1)                # refer() finds the newest referral by its creation time
        _, ref = await refer(h, user=1001 + i, phone=f"0151 2345678{i}")
        started = time.monotonic()              # the person has their confirmation: now the mentors' turn
        await h.server.wait_for(lambda: notifications(h, DRESDEN_GROUP, ref), timeout=10)
        late.append(time.monotonic() - started)
        refs.append(ref)
    print("telegram notifications after the confirmation: " + ", ".join(f"{s:.2f} s" for s in late))
    assert max(late) < 2.0, late                # before: 28-56 s behind the hanging e-mails
    assert all(len(notifications(h, DRESDEN_GROUP, ref)) == 1 for ref in refs)

    # the e-mail attempts end after the medium's timeout and wait for their retry
    deadline = time.monotonic() + 15
    while not (rows := await mail_rows(h)) or any(attempts == 0 for _, attempts, _ in rows):
        assert time.monotonic() < deadline, rows
        await asyncio.sleep(0.1)
    assert len(rows) == 6 and hung.connections >= 1
    assert all(state == "pending" and "no answer within 1 s" in error for state, _, error in rows), rows

    # the mail server works again (same address): after the retry delay each e-mail arrives exactly once
    await hung.stop()
    smtp = SmtpServer()
    smtp.port = port
    smtp.start()
    try:
        clock.advance(hours=1)
        started = time.monotonic()
        await service.outbox.run_due()
        drained = time.monotonic() - started
        clock.advance(hours=10)
        await service.outbox.run_due()
        print(f"6 e-mails delivered {drained:.2f} s after the mail server came back")
        subjects = sorted(mail["Subject"] for _, mail in smtp.mailbox.messages)
        assert len(subjects) == 6 and all(any(ref in s for s in subjects) for ref in refs), subjects
        assert {state for state, _, _ in await mail_rows(h)} == {"sent"}
    finally:
        smtp.stop()


async def test_a_busy_mail_lane_fills_no_log_with_skipped_job_warnings(make_harness, handoff_content, mentors_file,
                                                                       monkeypatch, caplog):
    """While one run of a lane is still busy (a hung mail server), the periodic look at that lane is not a
    problem to report: the busy run delivers whatever is due before it ends. Admins read the log for real
    problems, so it must stay free of the scheduler's "skipped: maximum number of running instances"."""
    from bot.handoff import telegram as installer
    monkeypatch.setattr(installer, "OUTBOX_SECONDS", 0.2)   # several periodic looks while the lane is busy
    hung = HangingSmtp()
    port = await hung.start()
    h, service = await bot_mailing_to(port, make_harness, handoff_content, mentors_file)
    service.outbox.timeouts["mail"] = 1.5
    try:
        _, ref = await refer(h)
        await h.server.wait_for(lambda: notifications(h, DRESDEN_GROUP, ref), timeout=10)
        deadline = time.monotonic() + 10
        while not (rows := await mail_rows(h)) or rows[0][1] == 0:    # the mail attempt has ended
            assert time.monotonic() < deadline, rows
            await asyncio.sleep(0.1)
        assert hung.connections >= 1
        skipped = [r.getMessage() for r in caplog.records if "maximum number of running instances" in r.getMessage()]
        assert skipped == []
    finally:
        await hung.stop()
