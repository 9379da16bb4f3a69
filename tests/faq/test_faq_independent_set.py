"""The independent evaluation set is loaded by faq-eval as its own set, with valid labels and its sources.

It holds only real questions (kept as written on a public page); the questions we paraphrased in a mentee's
words are a separate evaluation-only set, so the independent figures never mix in text we wrote."""

from __future__ import annotations

import unicodedata

from ruamel.yaml import YAML

from bot.faq.catalog import LANGUAGES
from bot.faq.eval_sets import EVAL_DIR, INDEPENDENT_DIR, evaluate
from bot.faq.evaluate import build_index, main

PARAPHRASED_DIR = EVAL_DIR / "paraphrased"


def _items(folder, lang):
    return YAML(typ="safe").load((folder / f"{lang}.yaml").read_text(encoding="utf-8"))


def _key(question: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", question).casefold().split())


def test_every_language_has_40_real_questions_and_15_real_out_of_scope_ones_with_their_sources():
    _, catalog, _ = build_index()
    for lang in LANGUAGES:
        items = _items(INDEPENDENT_DIR, lang)
        answerable = [i for i in items if i["expect"] is not None]
        assert len(answerable) >= 40 and len(items) - len(answerable) >= 15, lang
        for item in items:
            assert item["origin"] == "real" and item["source"].strip(), item
            for entry in (item["expect"], *item.get("also", ())):
                assert entry is None or entry in catalog, (lang, item["q"], entry)
        keys = [_key(i["q"]) for i in items]
        assert len(keys) == len(set(keys)), f"{lang}: a question is in the set twice"


def test_paraphrased_questions_are_their_own_set_and_never_repeat_a_real_one():
    _, catalog, _ = build_index()
    for lang in LANGUAGES:
        paraphrased = _items(PARAPHRASED_DIR, lang)
        assert paraphrased, lang
        for item in paraphrased:
            assert item["origin"] == "paraphrased" and item["source"].strip(), item
            assert item["expect"] is None or item["expect"] in catalog, (lang, item["q"])
        real = {_key(i["q"]) for i in _items(INDEPENDENT_DIR, lang)}
        assert not real & {_key(i["q"]) for i in paraphrased}, lang


def test_faq_eval_scores_the_independent_and_the_paraphrased_set_as_their_own_tables(capsys):
    index, catalog, _ = build_index()
    report = evaluate(index, INDEPENDENT_DIR, catalog)
    assert report.problems == []
    assert set(report.results) == set(LANGUAGES)
    assert all(r.answerable >= 40 and r.unanswerable >= 15 for r in report.results.values())
    assert main(["--folds", "0"]) == 0
    out = capsys.readouterr().out
    assert "tests/faq_eval/independent (evaluation only)" in out
    assert "tests/faq_eval/paraphrased (evaluation only)" in out
    tuning = evaluate(index, EVAL_DIR, catalog)     # neither set leaks into the tuning set
    assert not any(part in o.item.file for part in ("independent", "paraphrased")
                   for r in tuning.results.values() for o in r.outcomes)
