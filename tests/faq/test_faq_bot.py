"""The FAQ as a mentee meets it: browse, read an answer with its source and date, search, give feedback.

Runs the shipped content (flows/, locales/) through the real engine and a real SQLite file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import pytest_asyncio
from babel.dates import format_date

from bot.app import App
from bot.config import Config
from bot.engine import Press
from bot.engine.render import render_message
from bot.faq.content import FAQ
from bot.faq.feature import FaqFeature
from bot.testing.driver import Driver
from tests.conftest import REPO, write_content

LANGS = ("de", "en", "ar", "es")

#: one typed question per language, as people write it, and the entry that answers it (the search is sure)
SEARCHES = {
    "de": ("was kostet der integrationskurs", "integration-course-cost"),
    "en": ("how long does recognition take", "recognition-duration"),
    "ar": ("قديش سعر كورس الاندماج", "integration-course-cost"),
    "es": ("cuánto cuesta el curso de integración", "integration-course-cost"),
}
#: questions the search is unsure about: the entry that answers them is among the "Did you mean …?" buttons
UNSURE = {
    "de": ("ich bin 19 wer berät mich", "youth-migration-service-jmd"),
    "en": ("german course i am not good at writing", "integration-course-special"),
    "ar": ("بدي كورس", "german-course-next-step"),
    "es": ("el curso es gratis", "integration-course-free"),
}
#: Arabic in Latin letters, as people type it
ARABIZI = ("kam b2ddi el kurs", "3ayez a3mel mo3adla")
UNANSWERABLE = {
    "de": "wo kann ich mein fahrrad reparieren lassen",
    "en": "what is the weather tomorrow",
    "ar": "كيف الطقس بكرا",
    "es": "donde puedo comprar un coche barato",
}


MAIN = """
flow: main
start: welcome
menu: menu
steps:
  - id: welcome
    say: main-welcome
    next: menu
  - id: menu
    ask: main-menu
    on_text: faq
    options:
      - value: faq
        label: main-menu-faq
        next: faq
      - value: contact
        label: main-menu-contact
        next: contact
  - id: faq
    call: faq
    next: menu
  - id: contact
    call: human
    next: menu
"""
HUMAN = """
flow: human
start: info
steps:
  - id: info
    say: human-info
    next: done
  - id: done
    end: true
"""


def faq_content(root: Path) -> Path:
    """The shipped FAQ (flows/faq.yaml, flows/faq/, locales/*/faq*.ftl) under a small main menu of its own,
    so these tests see the FAQ as shipped, independent of the other features' work in progress."""
    write_content(root, {"main": MAIN, "human": HUMAN}, {
        "main-welcome": "Welcome", "main-menu": "Menu?", "main-menu-faq": "Questions",
        "main-menu-contact": "Contact", "human-info": "A mentor will help you"})
    shutil.copy(REPO / "flows" / "faq.yaml", root / "flows" / "faq.yaml")
    shutil.copytree(REPO / "flows" / "faq", root / "flows" / "faq")
    for lang in LANGS:
        for path in (REPO / "locales" / lang).glob("faq*.ftl"):
            shutil.copy(path, root / "locales" / lang / path.name)
    return root


# One app for the module (loading and indexing the FAQ takes a moment); every test talks as its own user
# and reads only the events of its own conversation.
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faq")
    app = App(Config(content_dir=faq_content(tmp / "content"), database_path=tmp / "bot.sqlite3"))
    app.add(FaqFeature(app))
    await app.start()
    yield app
    await app.stop()


async def started(app: App, lang: str, user: str = "mentee") -> Driver:
    driver = Driver(app, user=f"{user}-{lang}", lang=lang)
    await driver.say("/start")
    return driver


def shown(app: App, driver: Driver, index: int = -1) -> str:
    """The text of a message of the last turn as the user sees it (console rendering, no HTML)."""
    message = [o for o in driver.last.reply.outputs if hasattr(o, "buttons")][index]
    return render_message(message, driver.last.state.lang, app.content.locales, html_mode=False).text


async def rows(app: App, sql: str, *args) -> list[tuple]:
    async with app.db.conn.execute(sql, args) as cur:
        return [tuple(r) for r in await cur.fetchall()]


@pytest.mark.parametrize("lang", LANGS)
async def test_browsing_shows_an_answer_with_its_sources_and_checked_date(app, lang):
    driver = await started(app, lang)
    turn = await driver.press("faq")
    assert turn.ids == ["faq-topics"]
    assert [b.label for b in turn.buttons][:2] == ["faq-topic-language", "faq-topic-recognition"]
    turn = await driver.press("recognition")
    assert turn.ids == ["faq-topic-questions"]
    assert "faq-recognition-documents-q" in [b.label for b in turn.buttons]

    turn = await driver.press("recognition-documents")
    assert turn.ids == ["faq-recognition-documents-a"]
    entry = app.content.require(FAQ).catalog.entry("recognition-documents")
    text = shown(app, driver)
    for url in entry.sources:
        assert url in text
    assert format_date(entry.checked, format="long", locale=lang) in text
    labels = [b.label for b in turn.buttons]
    assert {"faq-helped-yes", "faq-helped-no", "nav-back", "faq-mentor", "faq-to-menu"} <= set(labels)

    turn = await driver.press("back")
    assert turn.ids == ["faq-topic-questions"]
    turn = await driver.press("topics")
    assert turn.ids == ["faq-topics"]
    turn = await driver.press("menu")
    assert turn.ids == ["main-menu"]


@pytest.mark.parametrize("lang", LANGS)
async def test_did_this_help_is_stored_per_entry_and_language_once(app, lang):
    driver = await started(app, lang)
    await driver.press("faq")
    await driver.press("language")
    await driver.press("integration-course-find")
    turn = await driver.press("faq-helped-no")
    assert turn.ids == ["faq-thanks-no"]
    assert "faq-mentor" in [b.label for b in turn.buttons], "a 'no' offers a mentor at once"
    await driver.press("back")
    await driver.press("integration-course-find")
    turn = await driver.press("faq-helped-yes")
    assert turn.ids == ["faq-already-voted"], "the second vote on the same entry is not counted"
    assert await rows(app, "SELECT entry, lang, helped, not_helped FROM faq_feedback WHERE lang = ?", lang) == [
        ("integration-course-find", lang, 0, 1)]


@pytest.mark.parametrize("lang", LANGS)
async def test_ask_a_mentor_under_an_answer_leads_to_the_human_flow(app, lang):
    driver = await started(app, lang)
    await driver.press("faq")
    await driver.press("language")
    await driver.press("migration-advice-mbe")
    turn = await driver.press("mentor")
    state = await driver.state()
    assert "step" not in [e.kind for e in turn.reply.events if e.flow == "faq" and e.step == "browse"]
    assert any(e.kind == "step" and e.flow == "human" for e in turn.reply.events), turn.ids
    assert state.flow in ("human", "main")


@pytest.mark.parametrize("lang", LANGS)
async def test_a_question_the_search_is_sure_about_is_answered_at_once(app, lang):
    question, expected = SEARCHES[lang]
    driver = await started(app, lang)
    turn = await driver.say(question)
    assert turn.ids == [f"faq-{expected}-a"], "the answer itself, no list to choose from"
    entry = app.content.require(FAQ).catalog.entry(expected)
    assert entry.sources[0] in shown(app, driver)
    assert {"faq-helped-yes", "faq-mentor"} <= {b.label for b in turn.buttons}
    turn = await driver.press("back")
    assert turn.ids == ["faq-topic-questions"], "back leads to the other questions of the answer's topic"
    assert f"faq-{expected}-q" in [b.label for b in turn.buttons]
    events = await rows(app, "SELECT kind, value FROM events WHERE kind LIKE 'faq%' AND conv = ? ORDER BY id",
                        turn.state.conv)
    assert events == [("faq_search", "answer"), ("faq_view", expected)]


@pytest.mark.parametrize("lang", LANGS)
async def test_an_unsure_search_asks_did_you_mean_with_three_questions_a_mentor_and_the_topics(app, lang):
    question, expected = UNSURE[lang]
    driver = await started(app, lang)
    turn = await driver.say(question)
    assert turn.ids == ["faq-search-suggest"]
    labels = [b.label for b in turn.buttons]
    entries = [b for b in turn.buttons if ":e:" in b.data]
    assert len(entries) == 3 and f"faq-{expected}-q" in [b.label for b in entries]
    assert labels[3:5] == ["faq-mentor", "faq-all-topics"]
    rendered = render_message(driver.last.reply.outputs[-1], lang, app.content.locales, html_mode=False)
    titles = [b.label for row in rendered.buttons for b in row][:3]
    assert titles == [app.content.locales.text(lang, b.label, label=True) for b in entries], \
        "the suggestions are the entries' questions in the person's language"
    turn = await driver.press(expected)
    assert turn.ids == [f"faq-{expected}-a"]
    turn = await driver.press("back")
    assert turn.ids == ["faq-search-suggest"], "back from a suggested answer returns to the suggestions"
    turn = await driver.press("mentor")
    assert any(e.kind == "step" and e.flow == "human" for e in turn.reply.events), turn.ids
    events = await rows(app, "SELECT kind, value FROM events WHERE kind LIKE 'faq%' AND conv = ? ORDER BY id",
                        turn.state.conv)
    assert events == [("faq_search", "suggest"), ("faq_view", expected)]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("question", ARABIZI)
async def test_arabic_in_latin_letters_gets_a_kind_request_to_write_in_arabic_letters(app, lang, question):
    driver = await started(app, lang, user=f"arabizi-{ARABIZI.index(question)}")
    turn = await driver.say(question)
    assert turn.ids == ["faq-search-arabizi"]
    assert [b.label for b in turn.buttons][:2] == ["faq-mentor", "faq-all-topics"]
    assert not [b for b in turn.buttons if ":e:" in b.data], "no guessed answers"
    assert await rows(app, "SELECT value FROM events WHERE kind = 'faq_search' AND conv = ? ORDER BY id",
                      turn.state.conv) == [("arabizi",)]
    if lang == "ar":
        text = shown(app, driver)
        assert "بالحروف العربية" in text and "Arabic letters" in text
        turn = await driver.say("قديش سعر كورس الاندماج")
        assert turn.ids == ["faq-integration-course-cost-a"], "in Arabic letters the same person gets the answer"


@pytest.mark.parametrize("lang", LANGS)
async def test_a_question_the_faq_cannot_answer_is_declined_honestly_with_a_mentor_offered(app, lang):
    driver = await started(app, lang)
    turn = await driver.say(UNANSWERABLE[lang])
    assert turn.ids == ["faq-search-none"]
    assert [b.label for b in turn.buttons][0] == "faq-mentor"
    assert not [b for b in turn.buttons if ":e:" in b.data], "no guessed answers"
    assert await rows(app, "SELECT value FROM events WHERE kind = 'faq_search' AND conv = ?",
                      turn.state.conv) == [("declined",)]


async def test_typed_text_never_reaches_the_statistics(app):
    driver = await started(app, "de")
    await driver.say("mein name ist Max Mustermann was kostet der integrationskurs")
    await driver.say("Max Mustermann wo ist die Anerkennungsstelle")
    values = " ".join(v for (v,) in await rows(app, "SELECT value FROM events"))
    assert "Mustermann" not in values and "Max" not in values


async def test_inside_the_faq_each_typed_text_is_a_new_search(app):
    driver = await started(app, "de")
    await driver.press("faq")
    turn = await driver.say("wie lange dauert die anerkennung")
    assert turn.ids == ["faq-recognition-duration-a"]
    turn = await driver.say("ich bin 19 wer berät mich")
    assert turn.ids == ["faq-search-suggest"]


async def test_help_or_a_language_change_shows_the_same_faq_screen_again(app):
    driver = await started(app, "de")
    await driver.press("faq")
    await driver.press("recognition")
    await driver.press("recognition-grant")
    turn = await driver.say("/help")
    assert turn.ids == ["help-text", "faq-recognition-grant-a"]
    turn = await driver.send(Press("l:ar"))
    assert turn.ids[-1] == "faq-recognition-grant-a"
    assert "٢" not in shown(app, driver), "dates in Arabic use the digits of the sources"


async def test_a_button_for_an_entry_that_no_longer_exists_shows_the_topics(app):
    driver = await started(app, "en")
    turn = await driver.press("faq")
    stale = turn.buttons[0].data.rsplit(":", 2)[0] + ":e:entry-that-was-deleted"
    turn = await driver.send(Press(stale))
    assert turn.ids == ["faq-gone", "faq-topics"]


async def test_every_answer_fits_one_telegram_message_in_every_language(app):
    faq = app.content.require(FAQ)
    for entry in faq.catalog:
        for lang in LANGS:
            driver = Driver(app, user=f"len-{entry.id}-{lang}", lang=lang)
            await driver.say("/start")
            await driver.press("faq")
            await driver.press(entry.topic)
            await driver.press(entry.id)
            message = driver.last.reply.outputs[-1]
            text = render_message(message, lang, app.content.locales, html_mode=True).text
            assert len(text) <= 4096, (entry.id, lang, len(text))
            assert entry.sources[0] in text.replace("&amp;", "&")


#: Entries added for the content gaps (doctors and dentists, medical German, educators, ZAB online, papers
#: from abroad, school certificates from abroad, courses beside work, finding a local migration advice
#: office): topic → entry ids.
ADDED_ENTRIES = {
    "language": ("course-part-time-evening", "migration-advice-near-me"),
    "recognition": ("recognition-doctor-dentist", "recognition-medical-german", "recognition-educator-kita",
                    "recognition-zab-online", "recognition-apostille-abroad", "recognition-school-certificate"),
}


@pytest.mark.parametrize("lang", LANGS)
async def test_the_added_entries_are_listed_and_answer_with_official_sources_and_date(app, lang):
    driver = await started(app, lang, user="gaps")
    await driver.press("faq")
    catalog = app.content.require(FAQ).catalog
    for topic, entry_ids in ADDED_ENTRIES.items():
        turn = await driver.press(topic)
        assert {f"faq-{e}-q" for e in entry_ids} <= {b.label for b in turn.buttons}
        for entry_id in entry_ids:
            turn = await driver.press(entry_id)
            assert turn.ids == [f"faq-{entry_id}-a"]
            entry = catalog.entry(entry_id)
            text = shown(app, driver)
            assert entry.sources and all(url.startswith("https://") and url in text for url in entry.sources)
            assert format_date(entry.checked, format="long", locale=lang) in text
            await driver.press("back")
        await driver.press("topics")
