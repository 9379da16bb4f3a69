"""The mentors' message labels an answer with its question's first line; a question whose text has no words
(only markup) must not break the referral to the mentors: its answer is labelled with its key."""

from __future__ import annotations

from bot.handoff.render import Labels
from bot.i18n import LANGUAGES
from tests.privacy.test_readable_labels import FLOW


async def test_an_answer_to_a_question_without_words_is_labelled_with_its_key(content, make_app):
    root = content({"main": FLOW}, {"red": "Red", "bye": "Bye"})
    for lang in LANGUAGES:
        with (root / "locales" / lang / "test.ftl").open("a", encoding="utf-8") as ftl:
            ftl.write("colour-ask = <b></b>\n")
    app = await make_app(root)
    labels = Labels(app.content.flows, app.content.locales)
    assert (labels.field("colour"), labels.value("colour", "red")) == ("colour", "de:Red")
