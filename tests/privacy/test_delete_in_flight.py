"""/delete while the referral is still on its way to the project: the project that receives it anyway also
gets the withdrawal notice, and the delivery is not recorded as an ordinary 'sent' one."""

from __future__ import annotations

import asyncio
import threading

from aiosmtpd.controller import Controller

from bot.testing.lifecycle import free_port
from tests.handoff.conftest import Mailbox
from tests.shipped_content import refer_in_english

DRESDEN_MAIL = "mentoring-dresden@example.org"
MENTORS = f"""
districts:
  "14612":
    project: Arbeitsmarktmentoren Dresden (Beispielträger)
    emails: [{DRESDEN_MAIL}]
"""


class SlowMailbox(Mailbox):
    """An SMTP server that holds the first message until the test lets it go (a slow mail server)."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's handler protocol
        self.arrived.set()
        while not self.release.is_set():
            await asyncio.sleep(0.01)
        return await super().handle_DATA(server, session, envelope)


async def wait(predicate, timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        assert loop.time() < deadline, "the condition was not reached in time"
        await asyncio.sleep(0.02)


async def test_delete_while_the_referral_mail_is_being_sent_sends_the_withdrawal_too(make_harness, tmp_path):
    mailbox = SlowMailbox()
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        mentors = tmp_path / "mentors.yaml"
        mentors.write_text(MENTORS)
        h = await make_harness(config={"mentors_file": mentors, "smtp_host": "127.0.0.1", "smtp_port": port,
                                       "smtp_starttls": False, "smtp_from": "bot@example.org"})
        nora = h.user(880044331, language_code="en")
        await refer_in_english(nora, "Nora Quillfeather", contact="nora.q@example.org", languages="English",
                               note="Please call")
        await wait(mailbox.arrived.is_set)                    # the project's mail server is receiving it now
        await nora.command("/delete")
        replies = await nora.press("Yes, delete everything")
        assert "Your data is deleted" in replies.text
        mailbox.release.set()
        await wait(lambda: len(mailbox.messages) >= 2)
    finally:
        mailbox.release.set()
        controller.stop()
    (first_to, first), (second_to, second) = mailbox.messages
    assert "Nora Quillfeather" in first.get_content()         # the project did get the personal data ...
    assert second_to == [DRESDEN_MAIL]                        # ... so it is told to delete it
    assert second["Subject"].startswith("Zurückgezogen")
    assert "Nora" not in second.get_content()
    async def outbox():
        async with h.app.db.conn.execute("SELECT kind, state FROM outbox ORDER BY id") as cur:
            return [tuple(r) for r in await cur.fetchall()]

    for _ in range(250):                                      # the mail server answered; the bot records it
        if (await outbox())[-1][1] == "sent":
            break
        await asyncio.sleep(0.02)
    assert await outbox() == [("referral", "cancelled"), ("withdrawn", "sent")]


DRESDEN_GROUP = -1001000000002
CHAT_MENTORS = f"""
districts:
  "14612":
    project: Arbeitsmarktmentoren Dresden (Beispielträger)
    telegram_chats: [{DRESDEN_GROUP}]
"""


async def test_delete_while_the_chat_notification_is_being_sent_removes_it_from_the_chat(make_harness, tmp_path,
                                                                                       monkeypatch):
    from bot.testing import methods

    arrived, release = asyncio.Event(), asyncio.Event()
    send_message = methods.METHODS["sendmessage"]

    async def slow_to_the_project(server, params):
        """The Bot API takes its time with the message to the project's group (a slow network)."""
        if params.integer("chat_id") == DRESDEN_GROUP and not release.is_set():
            arrived.set()
            await release.wait()
        return await send_message(server, params)

    monkeypatch.setitem(methods.METHODS, "sendmessage", slow_to_the_project)
    mentors = tmp_path / "mentors.yaml"
    mentors.write_text(CHAT_MENTORS)
    h = await make_harness(config={"mentors_file": mentors})
    group = h.group(DRESDEN_GROUP)
    nora = h.user(880044332, language_code="en")
    await refer_in_english(nora, "Nora Quillfeather", via="Phone", contact="0151 23456789", languages="English",
                           note="Please call")
    await asyncio.wait_for(arrived.wait(), 10)                 # the notification is on its way to the group
    await nora.command("/delete")
    assert "Your data is deleted" in (await nora.press("Yes, delete everything")).text
    release.set()
    await h.server.wait_for(lambda: len(group.messages) == 2, timeout=10)   # the notification, then the notice
    notification, notice = sorted(group.messages, key=lambda m: m.message_id)
    assert notice.plain.startswith("🗑") and notice.reply_to_message_id == notification.message_id
    await group.wait_for(lambda m: m is notification and "Nora" not in m.plain)      # edited: the data left
    for personal in ("Nora", "1512 3456789", "Please call"):
        assert personal not in notification.plain
    assert not notification.buttons, "nobody can take over a withdrawn request"
