"""/mydata labels an answer with the first sentence of the question that asked it; a question whose text has
no words (only markup) must not break /mydata: its answer gets the general label."""

from __future__ import annotations

from bot.i18n import LANGUAGES
from bot.privacy.readable import Readable

FLOW = """
flow: main
start: colour
menu: colour
steps:
  - id: colour
    ask: colour-ask
    save: colour
    options:
      - value: red
        label: red
    next: bye
  - id: bye
    end: bye
"""


async def test_an_answer_to_a_question_without_words_gets_the_general_label(content, make_app):
    root = content({"main": FLOW}, {"red": "Red", "bye": "Bye", "privacy-field-other": "Other"})
    for lang in LANGUAGES:
        with (root / "locales" / lang / "test.ftl").open("a", encoding="utf-8") as ftl:
            ftl.write("colour-ask = <b></b>\n")
    app = await make_app(root)
    reader = Readable(app, "en")
    assert reader.answers({"colour": "red"}) == ["• en:Other: en:Red"]
