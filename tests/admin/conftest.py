"""A content folder and a database filled by scripted conversations, shared by the admin tests.

The conversations run through the real engine, the real FAQ action and a real SQLite file (Driver).
Hand-over events (referral, referral_accepted, referral_status, referral_outcome) are inserted as documented in
bot/admin/stats.py, with the conversation ids of the scripted mentees, because those events come
from the mentors' side of the hand-over.
"""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.app import App
from bot.config import Config
from bot.engine.io import Event
from bot.faq.content import FAQ
from bot.features import register
from bot.testing.driver import Driver
from tests.conftest import REPO, write_content

MAIN = """
flow: main
title: main-title
start: welcome
menu: menu
steps:
  - id: welcome
    say: welcome
    next: menu
  - id: menu
    ask: menu
    options:
      - value: check
        label: go-check
        next: check
      - value: faq
        label: go-faq
        next: faq
    next: menu
  - id: check
    call: eligibility
    next: menu
  - id: faq
    call: faq
    next: menu
"""

ELIGIBILITY = """
flow: eligibility
title: elig-title
start: lives
steps:
  - id: lives
    ask: lives
    save: lives
    options:
      - value: "yes"
        label: l-yes
      - value: "no"
        label: l-no
    next: decide_lives
  - id: decide_lives
    branch:
      - if: lives == no
        next: set_no
    else: plz
  - id: plz
    ask: plz
    input: postal_code
    save: plz
    invalid: plz-invalid
    why: plz-why
    next: status
  - id: status
    ask: status
    save: status
    options:
      - value: protect
        label: protect
      - value: eu
        label: eu
    next: decide
  - id: decide
    branch:
      - if: status == protect
        next: set_target
    else: set_secondary
  - id: set_target
    set: {outcome: target}
    next: end_target
  - id: set_secondary
    set: {outcome: secondary}
    next: end_secondary
  - id: set_no
    set: {outcome: not_saxony}
    next: end_no
  - id: end_target
    end: out-target
  - id: end_secondary
    end: out-secondary
  - id: end_no
    end: out-no
"""

HUMAN = """
flow: human
title: human-title
start: info
steps:
  - id: info
    say: human-info
    next: done
  - id: done
    end: true
"""

MESSAGES = {
    "main-title": "Hauptmenü", "welcome": "Willkommen!", "menu": "Was möchten Sie tun?", "go-check": "Prüfen",
    "go-faq": "Fragen", "elig-title": "Kann ich mitmachen?", "lives": "Wohnen Sie in Sachsen?", "l-yes": "Ja",
    "l-no": "Nein", "plz": "Ihre Postleitzahl?", "plz-invalid": "Bitte 5 Ziffern.", "plz-why": "Für Ihre Region.",
    "status": "Welcher Status?", "protect": "Schutz", "eu": "EU", "out-target": "Sie gehören zur Zielgruppe.",
    "out-secondary": "Vielleicht.", "out-no": "Nur in Sachsen.", "human-title": "Mensch", "human-info": "Info",
    "mentor-field-lives": "Wohnt in Sachsen", "mentor-field-plz": "Postleitzahl",
}


FAQ_FIXTURES = REPO / "tests" / "faq" / "fixtures"


def build_content(root: Path) -> Path:
    """Test flows, the shipped FAQ flow with the FAQ tests' two small topics, the regions, and every shipped
    text file but main.ftl and the FAQ topics (the features and the Telegram channel check their own ids)."""
    write_content(root, {"main": MAIN, "eligibility": ELIGIBILITY, "human": HUMAN}, MESSAGES)
    shutil.copy(REPO / "flows" / "faq.yaml", root / "flows" / "faq.yaml")
    shutil.copy(REPO / "flows" / "regions.yaml", root / "flows" / "regions.yaml")
    (root / "flows" / "faq").mkdir()
    if (REPO / "flows" / "faq" / "words").is_dir():
        shutil.copytree(REPO / "flows" / "faq" / "words", root / "flows" / "faq" / "words")
    for path in FAQ_FIXTURES.glob("flows/*.yaml"):          # two small topics: loads fast
        shutil.copy(path, root / "flows" / "faq" / path.name)
    for lang in ("de", "en", "ar", "es"):
        folder = root / "locales" / lang
        for path in FAQ_FIXTURES.glob(f"locales/{lang}/*.ftl"):
            shutil.copy(path, folder / path.name)
        for path in (REPO / "locales" / lang).glob("*.ftl"):
            if path.name != "main.ftl" and not path.name.startswith("faq-") and not (folder / path.name).exists():
                shutil.copy(path, folder / path.name)
    return root


@dataclass
class Filled:
    """The database after the script, and what the script did (the expected figures)."""

    content: Path
    db: Path
    convs: dict[str, str] = field(default_factory=dict)        # script name -> conversation id
    faq_entries: list[str] = field(default_factory=list)       # entries the script opened


async def _faq_entry(driver: Driver, app: App, index: int) -> str:
    """Open the FAQ's first topic and its ``index``-th entry; returns the entry id."""
    catalog = app.content.require(FAQ).catalog
    topic = catalog.topics[0].id
    entry = catalog.entries_of(topic)[index].id
    await driver.press("faq")
    await driver.press(topic)
    await driver.press(entry)
    return entry


async def run_script(content: Path, db: Path) -> Filled:
    app = App(Config(content_dir=content, database_path=db))
    register(app)
    await app.start()
    filled = Filled(content, db)
    try:
        async def conv(driver: Driver) -> str:
            return (await driver.state()).conv

        # 1 (de) eligible, primary group; referred to Dresden, accepted after 30 minutes, contacted
        d = Driver(app, "anna", "de")
        await d.say("/start")
        await d.press("check")
        await d.press("yes")
        await d.say("01067")
        await d.press("protect")
        filled.convs["target"] = await conv(d)
        # 2 (en) does not live in Saxony
        d = Driver(app, "ben", "en")
        await d.say("/start")
        await d.press("check")
        await d.press("no")
        filled.convs["not_saxony"] = await conv(d)
        # 3 (ar) leaves at the postal code question
        d = Driver(app, "chadi", "ar")
        await d.say("/start")
        await d.press("check")
        await d.press("yes")
        filled.convs["left_plz"] = await conv(d)
        # 4 (es) secondary group; referred to Leipzig, accepted after 90 minutes, unreachable
        d = Driver(app, "dora", "es")
        await d.say("/start")
        await d.press("check")
        await d.press("yes")
        await d.say("04109")
        await d.press("eu")
        filled.convs["secondary"] = await conv(d)
        # 5 (es) reads an FAQ answer, says it helped, leaves inside the FAQ
        d = Driver(app, "eva", "es")
        await d.say("/start")
        entry = await _faq_entry(d, app, 0)
        await d.press("faq-helped-yes")
        filled.faq_entries.append(entry)
        filled.convs["faq_yes"] = await conv(d)
        # 6 (de) reads the same answer, says it did not help, leaves inside the FAQ
        d = Driver(app, "fritz", "de")
        await d.say("/start")
        await _faq_entry(d, app, 0)
        await d.press("faq-helped-no")
        filled.convs["faq_no"] = await conv(d)
        # 7 (de) only opens the bot and leaves at the menu
        d = Driver(app, "gina", "de")
        await d.say("/start")
        filled.convs["menu_only"] = await conv(d)
        # 8 (en) starts the check, then starts over (a new conversation) and leaves at the menu
        d = Driver(app, "hugo", "en")
        await d.say("/start")
        await d.press("check")
        filled.convs["restarted_old"] = await conv(d)
        await d.say("/restart")
        filled.convs["restarted_new"] = await conv(d)

        events = app.conversations.events
        await events.add(filled.convs["target"], "de", [
            Event("referral", "handoff", "send", "14612"), Event("referral_accepted", "", "", "14612:30"),
            Event("referral_status", "", "", "14612:contacted:45"),
            Event("referral_status", "", "", "14612:contacted:200"),     # pressed again: counts once
            Event("referral_status", "", "", "14612:closed:3000"),
            Event("referral_outcome", "", "", "14612:apprenticeship"),
            Event("referral_outcome", "", "", "14612:employment")])       # changed: the last one counts
        await events.add(filled.convs["secondary"], "es", [
            Event("referral", "handoff", "send", "14713"), Event("referral_accepted", "", "", "14713:90"),
            Event("referral_status", "", "", "14713:unreachable")])
    finally:
        await app.stop()
    return filled


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Filled:
    base = tmp_path_factory.mktemp("admin")
    content = build_content(base / "content")
    return asyncio.run(run_script(content, base / "bot.sqlite3"))
