"""The FAQ search on the evaluation sets, and the command-line tools admins use to check it."""

from __future__ import annotations

import re

import pytest

from bot.cli import main as cli
from bot.faq.evaluate import EVAL_DIR, HELDOUT_DIR, build_index, evaluate

#: Floors a little under the figures measured on 2026-11-23 (`python -m bot faq-eval`), per language:
#: (top-1, top-3, share of unanswerable questions declined). The search may only get better.
#: Tuning set (entry synonyms were tuned on it): de 95.7/97.1/100, en 97.0/100/88.9, ar 95.4/100/88.9,
#: es 96.9/100/77.8 %. Seven entries added on 2026-12-07 moved one German out-of-scope question
#: ("wo kann ich mein auto anmelden") just over the content gate (content share 0.501 against 0.5):
#: de declined 90 % since then.
TUNING_FLOOR = {
    "de": (0.93, 0.95, 0.85), "en": (0.95, 0.97, 0.85), "ar": (0.93, 0.97, 0.85), "es": (0.94, 0.97, 0.75),
}
#: Held-out set (written before tuning; used to develop the method, no synonyms or phrases taken from it):
#: de 94.7/100/100, en 92.1/97.4/83.3, ar 92.1/97.4/66.7, es 89.5/100/83.3 %. Six unanswerable questions
#: each: one question is 16.7 %.
HELDOUT_FLOOR = {
    "de": (0.92, 0.97, 0.83), "en": (0.89, 0.94, 0.66), "ar": (0.89, 0.94, 0.66), "es": (0.86, 0.97, 0.66),
}
#: Blind set (tests/faq_eval/blind: written by someone who never saw the search, its word lists or the other
#: sets; nobody tunes against it — only its figures are looked at): de 86.7/86.7/75, en 86.7/93.3/75,
#: ar 100/100/100, es 100/100/75 %. 30 answerable (one question = 3.3 %) and 8 unanswerable each.
BLIND_FLOOR = {
    "de": (0.83, 0.83, 0.62), "en": (0.83, 0.89, 0.62), "ar": (0.96, 0.96, 0.87), "es": (0.96, 0.96, 0.62),
}


@pytest.fixture(scope="module")
def index_and_catalog():
    index, catalog, problems = build_index()
    assert [str(p) for p in problems if p.is_error] == []
    return index, catalog


@pytest.mark.parametrize("name, directory, floors", [("tuning", EVAL_DIR, TUNING_FLOOR),
                                                     ("held-out", HELDOUT_DIR, HELDOUT_FLOOR),
                                                     ("blind", EVAL_DIR / "blind", BLIND_FLOOR)])
def test_search_accuracy_stays_above_the_floor(index_and_catalog, name, directory, floors):
    index, catalog = index_and_catalog
    report = evaluate(index, directory, catalog)
    assert [str(p) for p in report.problems] == []
    for lang, (top1, top3, declined) in floors.items():
        result = report.results[lang]
        assert result.answerable >= (40 if name == "tuning" else 30), (name, lang)
        assert result.unanswerable >= 5, (name, lang)
        misses = "\n".join(map(str, result.misses()))
        assert result.top1 >= top1, f"{name} {lang}: top-1 {result.top1:.1%} < {top1:.0%}\n{misses}"
        assert result.top3 >= top3, f"{name} {lang}: top-3 {result.top3:.1%} < {top3:.0%}\n{misses}"
        assert result.declined >= declined, f"{name} {lang}: declined {result.declined:.1%} < {declined:.0%}"
        assert result.p99_ms < 50, f"{name} {lang}: a search takes {result.p99_ms:.1f} ms"


@pytest.mark.parametrize("question, lang, expected", [
    ("how do i apply for recognition", "en", True),
    ("how do i apply for child benefit", "en", False),      # every word fits some entry, none fits all
    ("wie beantrage ich kindergeld", "de", False),           # Kindergeld is not Kinder + a cost entry
    ("wo kann ich eine wohnung finden", "de", False),        # only "wo" and "finden" fit
    ("وين بلاقي شقة", "ar", False),
])
def test_a_hit_is_confident_only_when_the_entry_covers_the_question(index_and_catalog, question, lang, expected):
    index, _ = index_and_catalog
    assert bool(index.search(question, lang)) is expected


@pytest.mark.parametrize("question, lang, expected", [
    ("was kosten integrationskurskosten", "de", "integration-course-cost"),     # compound split
    ("integrationskurs kosten in zwickau", "de", "integration-course-cost"),    # a Saxon place is neutral
    ("wie lange dauert die anerkenung", "de", "recognition-duration"),          # typo
    ("wie lange dauert die anerkennung", "de", "recognition-duration"),
    ("wie lange dauert die anerkennnung", "de", "recognition-duration"),
    ("قديش بتكلف المعادلة", "ar", "recognition-costs"),                          # dialect قديش = كم
    ("قديش بتكلّف المعادلــة", "ar", "recognition-costs"),                       # shadda and tatweel
])
def test_spelling_dialect_and_compounds_find_the_same_entry(index_and_catalog, question, lang, expected):
    index, _ = index_and_catalog
    hits = index.search(question, lang)
    assert hits and hits[0].entry_id == expected, hits


def test_an_admin_edits_the_shared_word_list_and_the_search_follows(tmp_path, capsys):
    words = tmp_path / "words"
    words.mkdir()
    (words / "de.yaml").write_text("same:\n  - [quittungsheft, anerkennungszuschuss]\n  - [einzeln]\n",
                                   encoding="utf-8")
    index, catalog, _ = build_index()
    rebuilt = type(index).build(catalog, _texts(), words)
    assert rebuilt.search("quittungsheft", "de")[0].entry_id == "recognition-grant"
    assert index.search("quittungsheft", "de") == []
    assert [p.line for p in rebuilt.problems] == [3], "a group of one word is reported with its line"


def _texts():
    from bot.faq.evaluate import LOCALES_DIR
    from bot.faq.texts import FaqTexts
    return FaqTexts.load(LOCALES_DIR)


def test_cli_prints_up_to_three_entry_ids_with_scores(capsys):
    assert cli(["faq", "wie lange dauert die anerkennung", "--lang", "de"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert 1 <= len(lines) <= 3
    assert all(re.fullmatch(r"[a-z0-9-]+ [01]\.\d\d", line) for line in lines), lines
    assert lines[0].split()[0] == "recognition-duration"
    scores = [float(line.split()[1]) for line in lines]
    assert scores == sorted(scores, reverse=True)


def test_cli_prints_nothing_when_the_search_is_not_confident(capsys):
    assert cli(["faq", "wie wird das wetter morgen", "--lang", "de"]) == 0
    assert capsys.readouterr().out == ""


def test_faq_eval_prints_the_figures_per_language_for_both_sets(capsys):
    assert cli(["faq-eval"]) == 0
    out = capsys.readouterr().out
    assert "tuning set" in out and "held-out set" in out
    for lang in ("de", "en", "ar", "es"):
        assert re.search(rf"(?m)^{lang}\s+\d+\s+[\d.]+%\s+[\d.]+%\s+\d+\s+[\d.]+%\s+[\d.]+$", out), out


def test_example_questions_in_a_phrase_file_teach_the_search(tmp_path):
    """Staff add the ways people ask to flows/faq/phrases/<lang>.yaml; a bad id is reported with its line."""
    import shutil

    from bot.faq.content import load_faq_content
    from bot.i18n import load_locales
    from tests.conftest import REPO

    root = tmp_path / "content"
    shutil.copytree(REPO / "flows", root / "flows")
    shutil.copytree(REPO / "locales", root / "locales")
    locales, _ = load_locales(root / "locales", display_root=root)
    question = "brauche ich eine rechnung vom amt für die schulden beim kursgeld"
    before = load_faq_content(root, locales).value.index.search(question, "de")
    assert [h.entry_id for h in before][:1] != ["integration-course-cost"]
    (root / "flows" / "faq" / "phrases").mkdir(exist_ok=True)
    phrase_file = root / "flows" / "faq" / "phrases" / "de.yaml"
    phrase_file.write_text("integration-course-cost:\n  - rechnung vom amt schulden kursgeld\nno-such-entry:\n  - x\n")
    loaded = load_faq_content(root, locales)
    assert [h.entry_id for h in loaded.value.index.search(question, "de")][:1] == ["integration-course-cost"]
    problem = next(p for p in loaded.problems if "no-such-entry" in p.message)
    assert (problem.file, problem.line) == ("flows/faq/phrases/de.yaml", 3)
