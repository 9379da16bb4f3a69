"""The independent evaluation set is loaded by faq-eval as its own set, with valid labels and its sources."""

from __future__ import annotations

from ruamel.yaml import YAML

from bot.faq.catalog import LANGUAGES
from bot.faq.evaluate import EVAL_DIR, INDEPENDENT_DIR, build_index, evaluate, main


def test_every_language_has_enough_real_world_questions_with_their_sources():
    _, catalog, _ = build_index()
    for lang in LANGUAGES:
        items = YAML(typ="safe").load((INDEPENDENT_DIR / f"{lang}.yaml").read_text(encoding="utf-8"))
        answerable = [i for i in items if i["expect"] is not None]
        assert len(answerable) >= 40 and len(items) - len(answerable) >= 15, lang
        for item in items:
            assert item["origin"] in ("real", "paraphrased") and item["source"].strip(), item
            for entry in (item["expect"], *item.get("also", ())):
                assert entry is None or entry in catalog, (lang, item["q"], entry)


def test_faq_eval_scores_the_independent_set_as_its_own_table(capsys):
    index, catalog, _ = build_index()
    report = evaluate(index, INDEPENDENT_DIR, catalog)
    assert report.problems == []
    assert set(report.results) == set(LANGUAGES)
    assert all(r.answerable >= 40 and r.unanswerable >= 15 for r in report.results.values())
    assert main(["--folds", "0"]) == 0
    out = capsys.readouterr().out
    assert "tests/faq_eval/independent (evaluation only)" in out
    tuning = evaluate(index, EVAL_DIR, catalog)     # the independent questions never leak into the tuning set
    assert not any("independent" in o.item.file for r in tuning.results.values() for o in r.outcomes)
