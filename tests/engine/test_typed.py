"""Option keywords in the flow file are checked like everything else: file:line and how to fix it."""

from __future__ import annotations

from bot.engine.loader import load_flows
from bot.engine.typed import normalize

FLOW = """
flow: quiz
start: ask
steps:
  - id: ask
    ask: color
    save: color
    options:
      - value: red
        label: red
        keywords: [rot, rojo, أحمر]
      - value: blue
        label: blue
        keywords: [{blue}]
    next: done
  - id: done
    end: true
"""


def problems(tmp_path, blue: str):
    (tmp_path / "flows").mkdir(exist_ok=True)
    (tmp_path / "flows" / "quiz.yaml").write_text(FLOW.replace("{blue}", blue), encoding="utf-8")
    return load_flows(tmp_path / "flows", display_root=tmp_path)


def test_keywords_are_read_with_their_option(tmp_path):
    catalog, found = problems(tmp_path, "blau, azul")
    assert found == []
    assert catalog.flow("quiz").step("ask").option("red").keywords == ("rot", "rojo", "أحمر")


def test_a_keyword_of_two_options_is_an_error_at_its_line(tmp_path):
    _, found = problems(tmp_path, "blau, Rot")
    assert [(p.file, p.line) for p in found] == [("flows/quiz.yaml", 14)]
    assert "'red' and 'blue'" in found[0].message and "only one option" in found[0].hint


def test_a_number_or_an_empty_keyword_is_an_error(tmp_path):
    _, found = problems(tmp_path, '"2", "!!"')
    assert [p.line for p in found] == [14, 14] and "number" in found[0].message and "not a word" in found[1].message


def test_keywords_must_be_a_list(tmp_path):
    (tmp_path / "flows").mkdir()
    (tmp_path / "flows" / "quiz.yaml").write_text(FLOW.replace("keywords: [{blue}]", "keywords: blau"), encoding="utf-8")
    _, found = load_flows(tmp_path / "flows", display_root=tmp_path)
    assert len(found) == 1 and found[0].line == 14 and "must be a list" in found[0].message


def test_typed_text_is_compared_without_case_accents_hamza_or_digit_script():
    assert normalize("  Sí! ") == "si"
    assert normalize("لا أعرف") == normalize("لا اعرف")
    assert normalize("١٢") == normalize("۱۲") == "12"
