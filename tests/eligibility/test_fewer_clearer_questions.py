"""The residence-document question at a glance, explanations on demand, why-notes that fit the person, and a
menu without Back after a finished check — conversations in all four languages over the shipped content."""

from __future__ import annotations

import pytest

from bot.engine import Message
from bot.engine.render import render_message
from bot.i18n import LANGUAGES
from bot.testing.driver import Driver

pytestmark = pytest.mark.asyncio(loop_scope="session")

REFUGEE = {"de": "geflüchtete", "en": "refugee", "ar": "اللاجئ", "es": "refugiad"}


def text_of(app, turn, lang: str, msg_id: str) -> str:
    message = next(o for o in turn.reply.outputs if isinstance(o, Message) and o.text == msg_id)
    return render_message(message, lang, app.content.locales, html_mode=False).text


async def at_status(app, user: str, lang: str, link: str = ""):
    d = Driver(app, user=user, lang=lang)
    await d.say(f"/start {link}".strip())
    await d.press("check")
    await d.say("01067")
    return d, await d.press("yes")


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_the_residence_question_is_short_and_explains_the_papers_on_request(shipped_app, lang):
    d, turn = await at_status(shipped_app, f"explain-{lang}", lang)
    question = text_of(shipped_app, turn, lang, "elig-status-ask")
    assert len(question) < 260 and "•" not in question                # was about 700 characters with five bullets
    why = question.split("\n\n")[-1]
    assert why.count(".") + why.count("。") <= 1                        # the why in one sentence
    labels = [b.label for b in turn.buttons]
    assert len([b for b in turn.buttons if b.data.startswith("s:")]) == 9   # eight answers + "What do these mean?"
    assert labels[-2:] == ["explain-button", "nav-back"]
    turn = await d.press("_explain")
    assert turn.ids == ["elig-status-explain"]
    explained = text_of(shipped_app, turn, lang, "elig-status-explain")
    for paper in ("Aufenthaltsgestattung", "Duldung", "Fiktionsbescheinigung"):
        assert paper in explained
    assert "explain-button" not in [b.label for b in turn.buttons]      # the answers are right under it
    turn = await d.press("duldung")
    assert turn.ids == ["elig-work-ask"] and turn.state.answers["status"] == "duldung"


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_a_naturalised_person_is_not_told_the_rule_for_people_who_did_not_flee(shipped_app, lang):
    d, _ = await at_status(shipped_app, f"natural-{lang}", lang)
    naturalised = await d.press("german")
    years_note = text_of(shipped_app, naturalised, lang, "elig-years-ask").split("\n\n")[-1]
    d, _ = await at_status(shipped_app, f"eu-{lang}", lang)
    eu = await d.press("eu")
    eu_note = text_of(shipped_app, eu, lang, "elig-years-ask").split("\n\n")[-1]
    assert years_note != eu_note
    assert "5" in eu_note and "5" not in years_note


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_the_gender_note_speaks_of_refugee_women_only_to_refugees(shipped_app, lang):
    d, _ = await at_status(shipped_app, f"gender-eu-{lang}", lang)
    await d.press("eu")
    await d.press("unsure")                                           # years unknown: unclear, gender is asked
    await d.press("job")
    eu = await d.press("none")
    assert eu.ids == ["elig-gender-ask"]
    assert REFUGEE[lang] not in text_of(shipped_app, eu, lang, "elig-gender-ask").casefold()
    d, _ = await at_status(shipped_app, f"gender-ref-{lang}", lang)
    await d.press("protection")
    await d.press("a2")
    await d.press("job")
    refugee = await d.press("none")
    assert REFUGEE[lang] in text_of(shipped_app, refugee, lang, "elig-gender-ask").casefold()


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_the_menu_after_a_finished_check_has_no_back_button(shipped_app, lang):
    d, _ = await at_status(shipped_app, f"back-{lang}", lang)
    await d.press("eu")
    turn = await d.press("over_5")
    assert turn.ids[-1] == "elig-next-ask" and "nav-back" in [b.label for b in turn.buttons]
    turn = await d.press("menu")
    assert turn.ids[-1] == "main-menu"
    assert "nav-back" not in [b.label for b in turn.buttons]
    turn = await d.say("/back")
    assert turn.ids[0] == "back-nothing"                              # the finished check is not reopened
