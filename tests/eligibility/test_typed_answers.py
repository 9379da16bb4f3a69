"""People type instead of tapping: yes / no / "I don't know" words, option numbers in any digits, keywords, and
a question back when a typed answer fits several options. Conversations in all four languages (shipped content)."""

from __future__ import annotations

import pytest

from bot.engine import Text
from bot.testing.driver import Driver

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def at_status(app, user: str, lang: str) -> Driver:
    d = Driver(app, user=user, lang=lang)
    await d.say("/start")
    await d.press("check")
    await d.say("01067")
    turn = await d.press("yes")
    assert turn.ids == ["elig-status-ask"]
    return d


async def typed(d: Driver, text: str):
    return await d.send(Text(text))


@pytest.mark.parametrize("lang, yes", [("de", "jo"), ("de", "Ja!"), ("en", "yep"), ("en", "Yes"), ("ar", "ايوه"),
                                       ("ar", "اه"), ("ar", "نعم"), ("es", "claro"), ("es", "Sí"), ("es", "si")])
async def test_a_typed_yes_answers_a_yes_question(shipped_app, lang, yes):
    d = Driver(shipped_app, user=f"yes-{lang}-{yes}", lang=lang)
    await d.say("/start")
    await d.press("check")
    assert (await d.say("01067")).ids == ["elig-where-confirm"]
    turn = await typed(d, yes)
    assert turn.ids == ["elig-status-ask"]


@pytest.mark.parametrize("lang, answer, status", [
    ("de", "weiß nicht", "unknown"), ("de", "Keine Ahnung", "unknown"), ("en", "I don't know", "unknown"),
    ("en", "idk", "unknown"), ("ar", "لا أعرف", "unknown"), ("ar", "مش عارف", "unknown"), ("es", "no sé", "unknown"),
    ("es", "No lo sé", "unknown"),
    ("de", "Asyl", "asylum"), ("en", "asylum", "asylum"), ("ar", "لجوء", "asylum"), ("es", "asilo", "asylum"),
    ("de", "Duldung", "duldung"), ("ar", "حماية", "protection"), ("es", "protección", "protection"),
    ("en", "Blue Card", "other_permit"), ("de", "eingebürgert", "german"),
])
async def test_dont_know_forms_and_keywords_answer_the_residence_question(shipped_app, lang, answer, status):
    d = await at_status(shipped_app, f"kw-{lang}-{answer}", lang)
    turn = await typed(d, answer)
    assert turn.state.answers["status"] == status
    assert "use-buttons" not in turn.ids


@pytest.mark.parametrize("lang, number, status", [("de", "1", "protection"), ("en", "3", "asylum"),
                                                   ("ar", "٢", "other_permit"), ("ar", "۴", "duldung"),
                                                   ("es", "8", "unknown")])
async def test_the_number_of_an_option_in_western_arabic_indic_or_eastern_digits_chooses_it(shipped_app, lang, number,
                                                                                          status):
    d = await at_status(shipped_app, f"num-{lang}-{number}", lang)
    turn = await typed(d, number)
    assert turn.state.answers["status"] == status


@pytest.mark.parametrize("lang, text", [("de", "Aufenthaltserlaubnis"), ("en", "aufenthaltserlaubnis"),
                                        ("ar", "Aufenthaltserlaubnis"), ("es", "Aufenthaltserlaubnis")])
async def test_an_answer_that_fits_two_options_is_asked_back_with_buttons_for_both(shipped_app, lang, text):
    d = await at_status(shipped_app, f"which-{lang}", lang)
    turn = await typed(d, text)
    assert turn.ids == ["typed-which"]
    assert [b.data.rsplit(":", 1)[-1] for b in turn.buttons[:2]] == ["protection", "other_permit"]
    assert "status" not in turn.state.answers
    turn = await d.press("other_permit")
    assert turn.ids == ["elig-family-ask"] and turn.state.answers["status"] == "other_permit"


@pytest.mark.parametrize("lang, number", [("de", "2"), ("ar", "٢"), ("es", "2")])
async def test_a_number_typed_after_which_one_counts_the_options_shown(shipped_app, lang, number):
    """Asked "which one?" with two buttons, "2" means the second button, not the second of all options."""
    d = await at_status(shipped_app, f"which-number-{lang}", lang)
    turn = await typed(d, "Asyl oder geduldet")
    assert turn.ids == ["typed-which"]
    assert [b.data.rsplit(":", 1)[-1] for b in turn.buttons[:2]] == ["asylum", "duldung"]
    turn = await typed(d, number)
    assert turn.state.answers["status"] == "duldung"
    # a press instead of a number, then back at the question: a number counts all options again
    d = await at_status(shipped_app, f"which-press-{lang}", lang)
    await typed(d, "Asyl oder geduldet")
    await d.press("asylum")
    await d.say("/back")
    turn = await typed(d, number)
    assert turn.state.answers["status"] == "other_permit"
    # once answered, a number means the full list again
    d = await at_status(shipped_app, f"which-then-{lang}", lang)
    turn = await typed(d, "1")
    assert turn.state.answers["status"] == "protection"


@pytest.mark.parametrize("lang, text", [("de", "Hallo"), ("en", "what?"), ("ar", "مرحبا"), ("es", "9")])
async def test_text_that_fits_no_option_asks_to_tap(shipped_app, lang, text):
    d = await at_status(shipped_app, f"none-{lang}-{text}", lang)
    turn = await typed(d, text)
    assert turn.ids == ["use-buttons", "elig-status-ask"]


@pytest.mark.parametrize("lang, text, work", [("es", "no sé si puedo trabajar", "unsure"), ("de", "nein", "no"),
                                              ("en", "no, I have a work ban", "no"), ("ar", "لا", "no"),
                                              ("ar", "أيوه", "yes"), ("de", "ja, ich darf", "yes")])
async def test_yes_and_no_with_more_words_and_dont_know_inside_a_sentence(shipped_app, lang, text, work):
    d = await at_status(shipped_app, f"work-{lang}-{text}", lang)
    assert (await d.press("asylum")).ids == ["elig-work-ask"]
    turn = await typed(d, text)
    assert turn.state.answers["work_permit"] == work


@pytest.mark.parametrize("lang, no", [("de", "nein"), ("en", "no"), ("ar", "لا"), ("es", "no")])
async def test_a_typed_no_at_is_this_where_you_live_asks_for_the_place_again(shipped_app, lang, no):
    d = Driver(shipped_app, user=f"no-{lang}", lang=lang)
    await d.say("/start")
    await d.press("check")
    await d.say("01067")
    turn = await typed(d, no)
    assert turn.ids == ["district-ask"]
