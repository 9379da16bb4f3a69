"""The three outcomes of a typed FAQ question through Telegram: the real Application against the fake Bot
API, the shipped content. One harness for all four languages (loading the content takes a while)."""

from __future__ import annotations

import pytest

from bot.faq.content import FAQ
from bot.i18n.locales import BIDI_MARKS
from tests.faq.test_faq_bot import SEARCHES, UNANSWERABLE, UNSURE

pytestmark = pytest.mark.asyncio


def first_line(locales, lang: str, msg_id: str) -> str:
    return locales.text(lang, msg_id, label=True).split("\n")[0].strip()


async def test_answer_did_you_mean_and_decline_in_four_languages(harness):
    locales = harness.app.engine.locales
    catalog = harness.app.content.require(FAQ).catalog
    label = lambda lang, mid: locales.text(lang, mid, label=True)          # noqa: E731
    for number, lang in enumerate(("de", "en", "ar", "es")):
        person = harness.user(3100 + number, lang)
        await person.command("/start")

        question, expected = SEARCHES[lang]
        replies = await person.send(question)
        assert first_line(locales, lang, f"faq-{expected}-a") in replies.text, "a sure question is answered at once"
        assert catalog.entry(expected).sources[0] in replies.text
        assert label(lang, "faq-helped-yes") in replies.labels

        question, expected = UNSURE[lang]
        replies = await person.send(question)
        assert first_line(locales, lang, "faq-search-suggest") in replies.text
        titles = replies.labels[:3]
        assert label(lang, f"faq-{expected}-q") in titles, "the suggestions are the questions in the person's language"
        assert replies.labels[3:5] == [label(lang, "faq-mentor"), label(lang, "faq-all-topics")]
        assert not any(BIDI_MARKS.search(b) for b in replies.labels)
        replies = await person.press(label(lang, f"faq-{expected}-q"))
        assert first_line(locales, lang, f"faq-{expected}-a") in replies.text, "pressing a suggestion shows its answer"
        assert catalog.entry(expected).sources[0] in replies.text

        replies = await person.send(UNANSWERABLE[lang])
        assert first_line(locales, lang, "faq-search-none") in replies.text
        assert replies.labels[0] == label(lang, "faq-mentor")

    amal = harness.user(3200, "ar")
    await amal.command("/start")
    replies = await amal.send("3ayez a3mel mo3adla")
    assert first_line(locales, "ar", "faq-search-arabizi") in replies.text
    assert "Arabic letters" in replies.text
    replies = await amal.send("السلام عليكم، لو سمحت قديش بكلف كورس الاندماج؟ شكرا")
    assert first_line(locales, "ar", "faq-integration-course-cost-a") in replies.text, "greetings do not hide a question"
    assert all(call.status == 200 for call in harness.calls("sendMessage"))
