"""Fixtures of the hand-over tests: a content folder with the shipped hand-over flows and texts (plus a small
check flow and menu of its own, so these tests do not depend on the eligibility content), a mentors file
with example.org values, a real SMTP server on 127.0.0.1, and apps over real SQLite files."""

from __future__ import annotations

import asyncio
import shutil
import textwrap
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from bot.app import App
from bot.handoff.district import DistrictFeature
from bot.handoff.feature import HandoffFeature
from bot.handoff.referral_data import ReferralData
from bot.handoff.service import HandoffService
from bot.i18n import LANGUAGES
from bot.privacy.feature import PrivacyFeature
from bot.testing.harness import add_channel_texts
from bot.testing.lifecycle import free_port

REPO = Path(__file__).resolve().parents[2]
DRESDEN_GROUP = -1001000000111
LEIPZIG_GROUP = -1001000000222
CHEMNITZ_MENTOR = 5005           # a mentor's private chat (= the mentor's user id)
CHEMNITZ_COLLEAGUE = 5006
COORDINATION = -1001000000999

MAIN = """
flow: main
start: welcome
menu: menu
steps:
  - id: welcome
    say: t-welcome
    next: menu
  - id: menu
    ask: t-menu
    options:
      - {value: check, label: t-check, next: check}
      - {value: contact, label: t-contact, next: contact}
      - {value: status, label: t-status, next: status}
      - {value: employer, label: t-employer, next: employer}
  - id: check
    call: check
    next: menu
  - id: contact
    call: human
    next: menu
  - id: status
    call: handoff_status
    next: menu
  - id: employer
    call: employer
    next: menu
"""

CHECK = """
flow: check
start: status
steps:
  - id: status
    ask: t-status-ask
    save: status
    options:
      - {value: protection, label: t-protection}
      - {value: unknown, label: t-unknown}
    next: job
  - id: job
    ask: t-job-ask
    input: text
    save: job_wish
    invalid: t-invalid
    next: outcome
  - id: outcome
    set: {outcome: target}
    next: mentor
  - id: mentor
    call: human
    next: done
  - id: done
    end: true
"""

TEXTS = {
    "t-welcome": "Welcome", "t-menu": "Menu?", "t-check": "Check", "t-contact": "Contact", "t-status": "My request",
    "t-employer": "Companies", "t-status-ask": "Your residence status?", "t-protection": "Protection",
    "t-unknown": "I do not know", "t-job-ask": "What work do you want?", "t-invalid": "Invalid",
    "flow-human-title": "Person", "mentor-field-job_wish": "Berufswunsch",
}
GERMAN = {"t-status-ask": "Ihr Aufenthaltsstatus?", "t-protection": "Schutzstatus", "t-job-ask": "Welche Arbeit?"}

MENTORS = f"""
coordination:
  telegram_chat: {COORDINATION}
districts:
  "14612":
    project: Testprojekt Dresden
    telegram_chats: [{DRESDEN_GROUP}]
    emails: [mentoring-dresden@example.org]
    office: "Beispielstraße 1, 01067 Dresden"
  "14713":
    telegram_chats: [{LEIPZIG_GROUP}]
  "14511":
    telegram_chats: [{CHEMNITZ_MENTOR}]
    mentor_ids: [{CHEMNITZ_COLLEAGUE}]
"""


def build_content(root: Path) -> Path:
    from bot.handoff.district import MESSAGES as DISTRICT_MESSAGES

    flows = root / "flows"
    flows.mkdir(parents=True, exist_ok=True)
    for name in ("human", "handoff_contact", "handoff_status", "employer", "regions"):
        shutil.copy(REPO / "flows" / f"{name}.yaml", flows / f"{name}.yaml")
    (flows / "main.yaml").write_text(textwrap.dedent(MAIN), encoding="utf-8")
    (flows / "check.yaml").write_text(textwrap.dedent(CHECK), encoding="utf-8")
    for lang in LANGUAGES:
        folder = root / "locales" / lang
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("engine", "handoff", "employer", "relay", "admin"):
            shutil.copy(REPO / "locales" / lang / f"{name}.ftl", folder / f"{name}.ftl")
        texts = dict(TEXTS, **(GERMAN if lang == "de" else {}))
        texts.update({mid: f"{lang}:{mid}" for mid in DISTRICT_MESSAGES})
        (folder / "test.ftl").write_text("".join(f"{k} = {v}\n" for k, v in texts.items()), encoding="utf-8")
    add_channel_texts(root)
    return root


@pytest.fixture
def handoff_content(tmp_path) -> Path:
    return build_content(tmp_path / "content")


@pytest.fixture
def mentors_file(tmp_path) -> Path:
    path = tmp_path / "mentors.yaml"
    path.write_text(textwrap.dedent(MENTORS), encoding="utf-8")
    return path


def register_handoff(app: App) -> None:
    """The hand-over with what it works with: districts, and privacy (the conversation as personal data,
    kept by retention while a referral is open), composed as bot.features composes them."""
    handoff = HandoffFeature(app)
    app.add(DistrictFeature(app), PrivacyFeature(app, keep=handoff.service.open_user_keys), handoff)


def service_of(app: App) -> HandoffService:
    """The app's hand-over service (its feature owns it)."""
    return app.feature(HandoffFeature).service


def referral_data(app: App) -> ReferralData:
    """The hand-over's referrals and consents as /mydata, /delete and retention reach them."""
    return next(s for s in app.personal_data if isinstance(s, ReferralData))


class Clock:
    """An injectable clock: starts now (UTC) and moves only when told."""

    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def make_handoff_app(make_app, handoff_content, mentors_file):
    """An App over the hand-over content and a real SQLite file; ``config`` overrides Config fields."""

    async def make(db: Path | None = None, **config) -> App:
        settings = dict(mentors_file=mentors_file, user_key_secret="test-secret", smtp_from="bot@example.org")
        return await make_app(handoff_content, db=db, setup=register_handoff, **{**settings, **config})

    return make


@dataclass
class Mailbox:
    """What the SMTP server on 127.0.0.1 received."""

    messages: list = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's handler protocol
        self.messages.append((list(envelope.rcpt_tos), message_from_bytes(envelope.content, policy=policy.default)))
        return "250 OK"


class SmtpServer:
    def __init__(self) -> None:
        self.port = free_port()
        self.mailbox = Mailbox()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    @property
    def config(self) -> dict:
        return {"smtp_host": "127.0.0.1", "smtp_port": self.port, "smtp_starttls": False}


@pytest.fixture
def smtp():
    """A real SMTP server (aiosmtpd) on a free loopback port, not started yet: ``smtp.start()``."""
    server = SmtpServer()
    yield server
    server.stop()


async def wait_until(predicate, timeout: float = 5.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(0.02)


def assert_readable(text: str, app) -> None:
    """What mentors read has short labels and words: no question text, no internal code, no consent hash."""
    import re

    from bot.handoff.render import MENTOR_LANG, Labels

    labels = Labels(app.content.flows, app.content.locales)
    for question in set(labels.questions.values()):
        first = re.sub(r"<[^>]+>", "", app.content.locales.text(MENTOR_LANG, question)).strip().splitlines()[0]
        assert first not in text, f"question text in the mentors' message: {first!r}"
    assert not re.search(r"\d{4}-\d+:[a-z]{2}:[0-9a-f]{8}", text), "internal consent hash shown"
    codes = {value for (_, value) in labels.options} | {"target", "secondary", "not_eligible", "unclear"}
    words = set(re.findall(r"[\w-]+", text))
    assert not codes & words, f"internal codes shown: {codes & words}"
