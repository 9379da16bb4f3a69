"""The FAQ search on the evaluation sets, and the command-line tools admins use to check it."""

from __future__ import annotations

import re

import pytest

from bot.cli import main as cli
from bot.faq.evaluate import EVAL_DIR, HELDOUT_DIR, build_index, evaluate
from bot.faq.search import ANSWER, NONE, SUGGEST

#: Floors a little under the figures measured on 2026-12-07 (`python -m bot faq-eval`), per language:
#: (top-1: answered directly and right, found: answered right or among the "Did you mean" suggestions,
#: share of out-of-scope questions declined) and a ceiling for wrong direct answers. The search may only
#: get better. Top-1 counts direct answers only; until the three outcomes it counted the first of a list.
#: Tuning set (entry synonyms were tuned on it): de 88.6/95.7/90, en 78.8/100/100, ar 86.2/95.4/100,
#: es 80/100/100 %; wrong 0/0/1.5/0 %. English top-1 was 81.8 % before the entry for school certificates
#: (recognition-school-certificate) was added: retraining the n-gram classifier with one more entry moved two
#: English questions from a direct answer to the right entry first among the suggestions (both still found),
#: while the sets together gained direct answers (tuning +1, held-out +2, blind +1, independent +1).
TUNING_FLOOR = {
    "de": (0.83, 0.94, 0.85), "en": (0.77, 0.97, 0.85), "ar": (0.83, 0.93, 0.95), "es": (0.79, 0.97, 0.95),
}
#: Held-out set (written before tuning; evaluation only since the bands come from cross-validation):
#: de 86.8/94.7/100, en 71.1/89.5/83.3, ar 68.4/97.4/83.3, es 68.4/92.1/100 %; wrong 0/2.6/0/2.6 %.
#: Six out-of-scope questions each: one question is 16.7 %.
HELDOUT_FLOOR = {
    "de": (0.84, 0.92, 0.83), "en": (0.68, 0.86, 0.66), "ar": (0.65, 0.94, 0.66), "es": (0.65, 0.89, 0.83),
}
#: Blind set (tests/faq_eval/blind: written by someone who never saw the search, its word lists or the other
#: sets; nobody tunes against it — only its figures are looked at): de 70/86.7/75, en 76.7/93.3/87.5,
#: ar 86.7/93.3/100, es 83.3/100/75 %; wrong 0 %. 30 answerable (one = 3.3 %), 8 out of scope each.
BLIND_FLOOR = {
    "de": (0.66, 0.83, 0.62), "en": (0.73, 0.89, 0.75), "ar": (0.83, 0.89, 0.87), "es": (0.80, 0.96, 0.62),
}
#: Independent set (tests/faq_eval/independent: real questions from public pages only, never tuned on):
#: de 25.0/38.5/84.0, en 23.9/54.3/75, ar 17.4/34.8/83.3, es 16.3/49/90.5 %; wrong 1.9/4.3/2.2/2.0 %.
#: Measured on 2026-12-07 after the set was rebuilt: 46-52 real answerable and 16-25 real out-of-scope
#: questions each; the questions we had paraphrased moved to tests/faq_eval/paraphrased. The set changed, not
#: the search: on the old mixed set the same search scored 27-42 % top-1. Far under the targets (85/97/90 %,
#: wrong <= 2 %): the bands chosen on the cross-validated phrases decline many of these longer, formal questions.
INDEPENDENT_FLOOR = {
    "de": (0.22, 0.34, 0.81), "en": (0.21, 0.51, 0.68), "ar": (0.15, 0.30, 0.77), "es": (0.14, 0.47, 0.85),
}
#: wrong direct answers, at most (about one question more than measured)
WRONG_CEILING = {"tuning": 0.04, "held-out": 0.06, "blind": 0.04, "independent": 0.07}


@pytest.fixture(scope="module")
def index_and_catalog():
    index, catalog, problems = build_index()
    assert [str(p) for p in problems if p.is_error] == []
    return index, catalog


@pytest.mark.parametrize("name, directory, floors", [("tuning", EVAL_DIR, TUNING_FLOOR),
                                                     ("held-out", HELDOUT_DIR, HELDOUT_FLOOR),
                                                     ("blind", EVAL_DIR / "blind", BLIND_FLOOR),
                                                     ("independent", EVAL_DIR / "independent", INDEPENDENT_FLOOR)])
def test_search_accuracy_stays_above_the_floor(index_and_catalog, name, directory, floors):
    index, catalog = index_and_catalog
    report = evaluate(index, directory, catalog)
    assert [str(p) for p in report.problems] == []
    for lang, (top1, found, declined) in floors.items():
        result = report.results[lang]
        assert result.answerable >= (40 if name == "tuning" else 30), (name, lang)
        assert result.unanswerable >= 5, (name, lang)
        if name == "independent":
            assert result.answerable >= 40
        misses = "\n".join(map(str, result.misses()))
        assert result.top1 >= top1, f"{name} {lang}: top-1 {result.top1:.1%} < {top1:.0%}\n{misses}"
        assert result.found >= found, f"{name} {lang}: found {result.found:.1%} < {found:.0%}\n{misses}"
        assert result.wrong <= WRONG_CEILING[name], f"{name} {lang}: wrong {result.wrong:.1%}\n{misses}"
        assert result.declined >= declined, f"{name} {lang}: declined {result.declined:.1%} < {declined:.0%}"
        assert result.p99_ms < 50, f"{name} {lang}: a search takes {result.p99_ms:.1f} ms"


@pytest.mark.parametrize("question, lang, expected", [
    ("how do i apply for recognition", "en", True),
    ("how do i apply for child benefit", "en", False),      # every word fits some entry, none fits all
    ("wie beantrage ich kindergeld", "de", False),           # Kindergeld is not Kinder + a cost entry
    ("wo kann ich eine wohnung finden", "de", False),        # only "wo" and "finden" fit
    ("وين بلاقي شقة", "ar", False),
    ("wie wird das wetter morgen", "de", False),
])
def test_a_question_is_answered_or_suggested_only_when_an_entry_covers_it(index_and_catalog, question, lang, expected):
    index, _ = index_and_catalog
    result = index.search(question, lang)
    assert (result.band != NONE) is expected, result
    assert bool(result.hits) is expected


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
    result = index.search(question, lang)
    assert result.band == ANSWER and result.answer == expected, result


@pytest.mark.parametrize("question, lang, expected", [
    ("ich bin 19 wer berät mich", "de", "youth-migration-service-jmd"),
    ("i cant read and write well which course", "en", "integration-course-special"),
    ("شو هو كورس الاندماج بالضبط", "ar", "integration-course-what"),
    ("el curso es gratis si cobro burgergeld", "es", "integration-course-free"),
])
def test_an_unsure_search_suggests_three_entries_with_the_right_one_among_them(index_and_catalog, question, lang,
                                                                                 expected):
    index, _ = index_and_catalog
    result = index.search(question, lang)
    assert result.band == SUGGEST and len(result.hits) == 3 and expected in result.entry_ids, result
    assert result.answer is None


def test_an_admin_edits_the_shared_word_list_and_the_search_follows(tmp_path, capsys):
    words = tmp_path / "words"
    words.mkdir()
    (words / "de.yaml").write_text("same:\n  - [quittungsheft, anerkennungszuschuss]\n  - [einzeln]\n",
                                   encoding="utf-8")
    index, catalog, _ = build_index()
    rebuilt = type(index).build(catalog, _texts(), words)
    assert rebuilt.search("quittungsheft", "de").entry_ids[:1] == ("recognition-grant",)
    assert index.search("quittungsheft", "de").band == NONE
    assert [p.line for p in rebuilt.problems] == [3], "a group of one word is reported with its line"


def _texts():
    from bot.faq.evaluate import LOCALES_DIR
    from bot.faq.texts import FaqTexts
    return FaqTexts.load(LOCALES_DIR)


def test_cli_marks_a_sure_answer(capsys):
    assert cli(["faq", "wie lange dauert die anerkennung", "--lang", "de"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 and re.fullmatch(r"answer recognition-duration [01]\.\d\d", lines[0]), lines


def test_cli_marks_suggestions_one_per_line_best_first(capsys):
    assert cli(["faq", "ich bin 19 wer berät mich", "--lang", "de"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3 and all(re.fullmatch(r"suggest [a-z0-9-]+ [01]\.\d\d", line) for line in lines), lines
    assert "youth-migration-service-jmd" in [line.split()[1] for line in lines]
    scores = [float(line.split()[2]) for line in lines]
    assert scores == sorted(scores, reverse=True)


def test_cli_prints_none_when_nothing_fits(capsys):
    assert cli(["faq", "wie wird das wetter morgen", "--lang", "de"]) == 0
    assert capsys.readouterr().out == "none\n"


def test_faq_eval_prints_cross_validated_figures_and_each_set_per_language(capsys):
    assert cli(["faq-eval", "--folds", "2"]) == 0
    out = capsys.readouterr().out
    assert "cross-validated" in out and "tests/faq_eval (tuning)" in out
    assert "tests/faq_eval/blind (evaluation only)" in out and "tests/faq_eval/tuning (tuning)" in out
    cv = out.split("\n\n")[0]
    for lang in ("de", "en", "ar", "es"):
        assert re.search(rf"(?m)^{lang}\s+\d{{3}}\s+[\d.]+%\s+[\d.]+%\s+[\d.]+%\s+\d+\s+[\d.]+%$", cv), cv
        assert re.search(rf"(?m)^{lang}\s+\d+\s+[\d.]+%\s+[\d.]+%\s+[\d.]+%\s+\d+\s+[\d.]+%\s+[\d.]+$", out), out


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
    assert before.answer != "integration-course-cost"
    (root / "flows" / "faq" / "phrases").mkdir(exist_ok=True)
    phrase_file = root / "flows" / "faq" / "phrases" / "de.yaml"
    phrase_file.write_text("integration-course-cost:\n  - rechnung vom amt schulden kursgeld\nno-such-entry:\n  - x\n")
    loaded = load_faq_content(root, locales)
    assert loaded.value.index.search(question, "de").entry_ids[:1] == ("integration-course-cost",)
    problem = next(p for p in loaded.problems if "no-such-entry" in p.message)
    assert (problem.file, problem.line) == ("flows/faq/phrases/de.yaml", 3)
