"""The `district` action: where does the person live? What a mentee sees, and what the hand-over gets."""

from __future__ import annotations

import shutil

import pytest
import pytest_asyncio

from bot.app import App
from bot.config import Config
from bot.engine import Message, Press
from bot.engine.render import render_message
from bot.handoff import district
from bot.i18n import LANGUAGES
from bot.i18n.locales import BIDI_MARKS
from bot.testing.driver import Driver
from tests.conftest import REPO, write_content

FLOW = """
flow: main
start: welcome
menu: menu
steps:
  - id: welcome
    say: welcome
    next: menu
  - id: menu
    ask: menu
    on_text: where
    options:
      - value: where
        label: go-where
        next: where
      - value: again
        label: go-again
        next: again
  - id: where
    action: district
    exits: {outside: outside, known: known}
    next: found
  - id: again
    action: district
    params: {ask: always}
    exits: {outside: outside}
    next: found
  - id: found
    say: found
    next: menu
  - id: known
    say: known
    next: menu
  - id: outside
    say: outside
    next: menu
"""
MESSAGES = {"welcome": "Hi", "menu": "Menu?", "go-where": "Where", "go-again": "Again",
            "found": "Found { $district_name } { $district }", "known": "Known { $district_name }",
            "outside": "Outside"}
ALPHABETICAL = ["Landkreis Bautzen", "Chemnitz", "Dresden", "Erzgebirgskreis", "Landkreis Görlitz", "Leipzig",
                "Landkreis Leipzig", "Landkreis Meißen", "Landkreis Mittelsachsen", "Landkreis Nordsachsen",
                "Landkreis Sächsische Schweiz-Osterzgebirge", "Vogtlandkreis", "Landkreis Zwickau"]


pytestmark = pytest.mark.asyncio(loop_scope="module")


def make_district_content(root):
    """A main flow around the action, the shipped regions file and the action's texts."""
    root = write_content(root, {"main": FLOW}, MESSAGES)
    shutil.copy(REPO / "flows" / "regions.yaml", root / "flows" / "regions.yaml")
    for lang in LANGUAGES:
        shutil.copy(REPO / "locales" / lang / "eligibility.ftl", root / "locales" / lang / "eligibility.ftl")
    return root


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def district_app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("district")
    app = App(Config(content_dir=make_district_content(folder / "content"), database_path=folder / "bot.sqlite3"))
    app.add(district.DistrictFeature(app))
    async with app:
        yield app


@pytest.fixture
def start(district_app, request):
    """A new conversation (its own user) over the shared app."""
    async def go(lang="de", link=""):
        d = Driver(district_app, user=request.node.name, lang=lang)
        await d.say(f"/start {link}".strip())
        return district_app, d
    return go


def labels(turn) -> list[str]:
    return [b.label for b in turn.buttons]


async def test_a_postal_code_finds_the_district_and_stores_it_for_the_hand_over(start):
    app, d = await start()
    turn = await d.press("where")
    assert turn.ids == ["district-ask"]
    assert turn.reply.outputs[0].note == "district-why"                  # "why we ask" under the question
    assert labels(turn) == ["district-list-button", "district-outside-button", "nav-back"]
    turn = await d.say("01067")
    assert turn.ids == ["found", "menu"]
    assert turn.reply.outputs[0].args["district_name"] == "Dresden"
    assert {k: turn.state.answers[k] for k in ("district", "district_name", "lives_in_saxony")} == {
        "district": "14612", "district_name": "Dresden", "lives_in_saxony": "yes"}
    assert "district" not in turn.state.scratch


async def test_statistics_count_the_district_but_never_the_typed_text(start):
    app, d = await start()
    await d.press("where")
    turn = await d.say("Görlitz 02826")
    values = [e.value for e in turn.reply.events]
    assert "district=14626" in values and "lives_in_saxony=yes" in values
    assert not any("02826" in v or "Görlitz" in v for v in values)


async def test_arabic_digits_and_place_names_work_too(start):
    app, d = await start("ar")
    await d.press("where")
    assert (await d.say("٠٤١٠٩")).state.answers["district"] == "14713"
    await d.press("again")
    assert (await d.say("Annaberg-Buchholz")).state.answers["district"] == "14521"


async def test_the_list_shows_the_13_regions_alphabetically_and_a_way_out(start):
    app, d = await start()
    await d.press("where")
    turn = await d.press("list")
    assert turn.ids == ["district-list-ask"]
    assert labels(turn) == ALPHABETICAL + ["district-outside-button", "nav-back"]
    assert all(b.literal for b in turn.buttons[:13])
    turn = await d.press("14627")
    assert turn.state.answers["district_name"] == "Landkreis Meißen"


async def test_a_postal_code_in_two_districts_asks_which_one(start):
    app, d = await start()
    await d.press("where")
    turn = await d.say("02999")
    assert turn.ids == ["district-ambiguous-code"] and turn.reply.outputs[0].args == {"code": "02999"}
    assert labels(turn)[:2] == ["Landkreis Bautzen (Knappensee, Lohsa)", "Landkreis Görlitz (Uhyst)"]
    assert (await d.press("14626")).state.answers["district"] == "14626"


async def test_a_place_name_and_its_postal_code_need_no_question(start):
    app, d = await start()
    await d.press("where")
    assert (await d.say("02999 Uhyst")).state.answers["district"] == "14626"


async def test_a_guessed_place_is_confirmed_first(start):
    app, d = await start()
    await d.press("where")
    turn = await d.say("Altenburg")                          # Thuringia; close to Altenberg in Saxony
    assert turn.ids == ["district-guess"]
    assert labels(turn) == ["Landkreis Sächsische Schweiz-Osterzgebirge (Altenberg)", "district-guess-none",
                            "district-outside-button", "nav-back"]
    assert "district" not in turn.state.answers
    turn = await d.press("list")
    assert turn.ids == ["district-list-ask"]


async def test_a_town_outside_saxony_guessed_as_a_saxon_one_can_be_answered_with_not_in_saxony(start):
    app, d = await start()
    await d.press("where")
    turn = await d.say("Altenburg")                          # Thuringia
    assert turn.ids == ["district-guess"]
    turn = await d.press("out")
    assert turn.ids[0] == "outside" and turn.state.answers["lives_in_saxony"] == "no"


async def test_every_place_suggestion_offers_not_in_saxony(start):
    app, d = await start()
    await d.press("where")
    turn = await d.say("Reichenbach")                        # two Saxon namesakes: asked which
    assert turn.ids == ["district-ambiguous-place"] and "district-outside-button" in labels(turn)


async def test_a_postal_code_outside_saxony_is_explained_and_must_be_confirmed(start):
    app, d = await start()
    await d.press("where")
    turn = await d.say("10115")
    assert turn.ids == ["district-outside-code"] and turn.reply.outputs[0].args == {"code": "10115"}
    assert labels(turn)[:2] == ["district-outside-button", "district-list-button"]
    assert turn.state.step == "where"                        # a typo can still be corrected
    turn = await d.say("01067")
    assert turn.state.answers["district"] == "14612"


async def test_not_living_in_saxony_leaves_by_the_exit_outside_and_forgets_a_district(start):
    app, d = await start(link="14612")
    turn = await d.press("again")
    turn = await d.press("out")
    assert turn.ids == ["outside", "menu"]
    assert turn.state.answers["lives_in_saxony"] == "no"
    assert "district" not in turn.state.answers and "district_name" not in turn.state.answers
    assert "lives_in_saxony=no" in [e.value for e in turn.reply.events]


async def test_unknown_places_and_gibberish_are_asked_again(start):
    app, d = await start()
    await d.press("where")
    assert (await d.say("Xyzabcdorf")).ids == ["district-unknown-place"]
    assert (await d.say("12")).ids == ["district-invalid"]
    assert (await d.say("?!")).ids == ["district-invalid"]
    assert (await d.say("Neustadt")).ids == ["district-ambiguous-place"]


async def test_a_place_typed_at_a_question_leading_here_is_looked_up_at_once(start):
    app, d = await start()
    turn = await d.say("Radebeul")                           # typed at the menu, whose on_text is the action
    assert turn.ids == ["found", "menu"] and turn.state.answers["district"] == "14627"


async def test_a_district_from_a_flyer_link_is_used_without_asking(start):
    app, d = await start(link="14729_de")
    turn = await d.press("where")
    assert turn.ids == ["known", "menu"]
    assert turn.state.answers["district_name"] == "Landkreis Leipzig"


async def test_ask_always_asks_even_when_the_district_is_known(start):
    app, d = await start(link="14729")
    assert (await d.press("again")).ids == ["district-ask"]


async def test_an_unknown_key_in_a_link_is_ignored(start):
    app, d = await start(link="14999")
    assert (await d.press("where")).ids == ["district-ask"]


async def test_help_and_language_change_show_the_same_question_again(start):
    app, d = await start()
    await d.press("where")
    await d.press("list")
    assert (await d.say("/help")).ids == ["help-text", "district-list-ask"]
    turn = await d.say("/language")
    turn = await d.send(Press("l:ar"))
    assert turn.ids == ["language-changed", "district-list-ask"]


async def test_a_forged_region_key_changes_nothing(start):
    app, d = await start()
    turn = await d.press("where")
    token = turn.buttons[0].data.split(":")[1]
    turn = await d.send(Press(f"a:{token}:d:99999"))
    assert turn.ids == ["district-ask"] and "district" not in turn.state.answers


async def test_back_from_the_question_goes_to_the_previous_one(start):
    app, d = await start()
    await d.press("where")
    turn = await d.press("nav-back")
    assert turn.ids == ["menu"]


async def test_texts_render_in_every_language_with_readable_codes_in_arabic(start):
    app, d = await start()
    await d.press("where")
    turn = await d.say("10115")
    message = turn.reply.outputs[0]
    assert isinstance(message, Message)
    for lang in LANGUAGES:
        shown = render_message(message, lang, app.content.locales)
        assert "10115" in shown.text and "[district-" not in shown.text
        assert all(not BIDI_MARKS.search(b.label) for row in shown.buttons for b in row)
    arabic = render_message(message, "ar", app.content.locales).text
    assert "\u206810115\u2069" in arabic                      # the code keeps its direction inside Arabic


async def test_without_a_regions_file_the_shipped_one_is_used_with_a_warning(tmp_path):
    root = write_content(tmp_path / "bare", {"main": FLOW}, MESSAGES)
    loaded = district.load_districts(root, None)
    assert loaded.value is not None and len(loaded.value.catalog) == 13
    assert [p.is_error for p in loaded.problems] == [False]
    assert set(district.MESSAGES) <= set(loaded.message_ids)
