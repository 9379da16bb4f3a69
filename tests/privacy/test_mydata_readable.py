"""/mydata in plain language: the message names every stored item with a readable label and value in the
person's language (place name, answer texts, name, contact, the referral and the consent) and shows no
internal key or code; the JSON file still has everything."""

from __future__ import annotations

import json
import re

import pytest

from bot.app import App
from bot.config import Config
from bot.engine import Document, Message
from bot.engine.render import render_message
from bot.features import register
from bot.handoff.content import HANDOFF
from bot.i18n import LANGUAGES
from bot.testing.driver import Driver
from tests.conftest import REPO

#: internal keys a person must not have to decode, anywhere in the message
INTERNAL = ("district", "14713", "handoff_kind", "outcome_reason", "outcome", "mentee", "elig_group", "contact_",
            "lives_in_saxony", "handoff_review", "None", "{", "}")
#: codes that must never stand as a value (English words in them are fine: "permit with protection")
CODES = ("protection", "target", "evening", "primary", "phone", "a2", "apprenticeship", "female", "none")
NAME = "Amina Haddad"
PHONE = "0151 23456789"
NOTE = "Ich suche Arbeit als Schweißerin."


@pytest.fixture
async def app(tmp_path):
    app = App(Config(content_dir=REPO, database_path=tmp_path / "bot.sqlite3", user_key_secret="mydata-test"))
    register(app)
    await app.start()
    yield app
    await app.stop()


async def check_then_refer(d: Driver) -> None:
    """The eligibility check (protection status, Leipzig), then a referral to the Leipzig project."""
    await d.say("/start")
    await d.press("check")
    await d.say("04109")
    await d.press("yes")
    await d.press("protection")
    await d.press("a2")
    await d.press("apprenticeship")
    await d.press("none")
    await d.press("female")
    await d.press("mentor")
    await d.press("yes")                        # consent
    await d.say(NAME)
    await d.press("phone")
    await d.say(PHONE)
    await d.say("Arabisch")
    await d.press("evening")
    await d.say(NOTE)
    await d.press("send")


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_mydata_message_is_readable_in_every_language(app, lang):
    d = Driver(app, user=f"mydata-{lang}", lang=lang)
    await check_then_refer(d)
    async with app.db.conn.execute("SELECT id FROM referrals") as cur:
        (ref,), = await cur.fetchall()
    turn = await d.say("/mydata")
    message = next(o for o in turn.reply.outputs if isinstance(o, Message) and o.text == "privacy-mydata")
    text = render_message(message, lang, app.content.locales, html_mode=False).text
    for shown in ("Leipzig", NAME, "+4915123456789", "Arabisch", NOTE, ref):
        assert shown in text, f"{shown!r} missing from /mydata in {lang}:\n{text}"
    t = lambda mid: app.content.locales.text(lang, mid, label=True)   # noqa: E731
    for label in (t("handoff-time-evening"), t("mentor-value-outcome_reason-protection"),
                  t("mentor-field-note")):
        assert label in text, f"{label!r} missing from /mydata in {lang}:\n{text}"
    version = app.content.require(HANDOFF).privacy_version
    consent = app.content.locales.text(lang, "privacy-mydata-consent", {"version": version, "date": "X"}, label=True)
    assert consent.split("X")[0] in text                               # the consent is listed, with its date
    for internal in INTERNAL:
        assert internal not in text, f"internal {internal!r} in /mydata in {lang}:\n{text}"
    for code in CODES:
        assert not re.search(rf": {code}$", text, re.M), f"code {code!r} shown as a value in {lang}:\n{text}"
    document = next(o for o in turn.reply.outputs if isinstance(o, Document))
    data = json.loads(document.content)
    assert data["referrals"]["referrals"][0]["contact"]["name"] == NAME        # the file keeps everything
    assert data["conversation"]["answers"]["outcome_reason"] == "protection"

