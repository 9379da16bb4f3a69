"""The character n-gram scorer: the numbers the bot applies are scikit-learn's, it is deterministic, and a
restart with unchanged content reads the fitted model from the cache instead of fitting it again."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier

from bot.app import App
from bot.config import load_config
from bot.faq import ngram
from bot.faq.arabizi import is_arabizi
from bot.faq.content import FAQ
from bot.faq.ngram import NgramScorer, char_ngrams, prepare
from bot.features import register
from tests.conftest import REPO

EXAMPLES = {
    "de": [(0, "was kostet der integrationskurs", 1.0), (0, "wie teuer ist der kurs", 1.0),
           (1, "wie lange dauert die anerkennung", 1.0), (1, "wartezeit bescheid anerkennung", 1.0),
           (2, "wo finde ich einen kurs in meiner nähe", 1.0), (2, "kursträger in dresden", 1.0)],
}
OUTSIDE_EXAMPLES = [(ngram.OUTSIDE, "wie beantrage ich wohngeld", 1.0), (ngram.OUTSIDE, "wohngeld antrag", 1.0),
                    (ngram.OUTSIDE, "erzähl mir einen witz", 1.0)]
QUESTIONS = ["Was kostet ein Kurs?", "anerkenung dauer", "kurs näher", "xyz", "Integrationskurskosten Dresden"]


def test_the_bot_applies_exactly_what_scikit_learn_fitted():
    examples = [*EXAMPLES["de"], *OUTSIDE_EXAMPLES]
    vectorizer = TfidfVectorizer(analyzer=ngram.features, sublinear_tf=True, lowercase=False)
    matrix = vectorizer.fit_transform([t for _, t, _ in examples])
    classifier = SGDClassifier(loss="log_loss", alpha=ngram.ALPHA, max_iter=ngram.EPOCHS, tol=None, random_state=0)
    classifier.fit(matrix, [e for e, _, _ in examples])
    scorer = NgramScorer.build({"de": examples}, 3)
    assert list(classifier.classes_) == [ngram.OUTSIDE, 0, 1, 2]
    for question in [*QUESTIONS, "wie beantrage ich wohngeld"]:
        assert char_ngrams(prepare(question)) == TfidfVectorizer(analyzer="char_wb", ngram_range=ngram.NGRAMS,
                                                                 lowercase=False).build_analyzer()(prepare(question))
        vector = vectorizer.transform([question])
        expected = classifier.predict_proba(vector)[0] if vector.nnz else np.zeros(4)
        ratings = scorer.rate(question, "de")
        assert np.allclose(ratings.entries, expected[1:]), question
        assert ratings.outside == pytest.approx(expected[0]), question


def test_questions_like_the_out_of_scope_examples_rate_high_outside():
    scorer = NgramScorer.build({"de": [*EXAMPLES["de"], *OUTSIDE_EXAMPLES]}, 3)
    housing, course = scorer.rate("wohngeld beantragen", "de"), scorer.rate("was kostet der kurs", "de")
    assert housing.outside > 0.5 > course.outside
    assert housing.outside + sum(housing.entries) == pytest.approx(1.0)
    assert NgramScorer.build(EXAMPLES, 3).rate("wohngeld beantragen", "de").outside == 0.0


def test_the_same_texts_give_the_same_scores_and_a_language_without_a_model_scores_zero():
    first, second = NgramScorer.build(EXAMPLES, 3), NgramScorer.build(EXAMPLES, 3)
    for question in QUESTIONS:
        one, two = first.rate(question, "de"), second.rate(question, "de")
        assert (one.entries.tolist(), one.outside) == (two.entries.tolist(), two.outside)
    assert first.rate("was kostet der kurs", "de").entries.argmax() == 0
    assert first.rate("was kostet der kurs", "es").entries.tolist() == [0.0, 0.0, 0.0]


def test_umlauts_typed_as_two_letters_score_like_the_umlauts():
    scorer = NgramScorer.build({"de": [*EXAMPLES["de"], (1, "prüfung für ärzte", 1.0), *OUTSIDE_EXAMPLES]}, 3)
    typed = scorer.rate("pruefung fuer aerzte", "de")
    assert typed.entries.tolist() == scorer.rate("Prüfung für Ärzte", "de").entries.tolist()
    assert typed.entries.argmax() == 1
    assert prepare("Öffnungszeiten Oeffnungszeiten Queue") == "offnungszeiten offnungszeiten queu"


def test_a_restart_reads_the_model_from_the_cache_and_a_change_fits_a_new_one(tmp_path, monkeypatch):
    fitted = []
    real_fit = ngram._fit
    monkeypatch.setattr(ngram, "_fit", lambda items: fitted.append(len(items)) or real_fit(items))
    first = NgramScorer.build(EXAMPLES, 3, tmp_path)
    again = NgramScorer.build(EXAMPLES, 3, tmp_path)
    assert len(fitted) == 1, "the second start reads the cache"
    assert again.rate("wie lange dauert es", "de").entries.tolist() == first.rate("wie lange dauert es", "de").entries.tolist()
    changed = {"de": [*EXAMPLES["de"], (2, "kurs in leipzig", 1.0)]}
    NgramScorer.build(changed, 3, tmp_path)
    assert len(fitted) == 2, "changed texts are fitted again"
    for cached in tmp_path.glob("de-*.npz"):           # every German model, the one this build reads included
        cached.write_bytes(b"broken")
    assert NgramScorer.build(EXAMPLES, 3, tmp_path).rate("kurs", "de").entries.sum() == pytest.approx(1.0)
    assert len(fitted) == 3, "an unreadable cache file is fitted again, not trusted"


@pytest.mark.parametrize("text, expected", [
    ("kam b2ddi el kurs", True), ("3ayez a3mel mo3adla", True), ("shu lazem a3mel lal anerkennung", True),
    ("2addesh el kurs", True), ("ezay a3mel el mo3adla", True), ("baddi kurs almani shu lazem", True),
    ("ich habe b2 niveau", False), ("was kostet ein c1 kurs", False), ("is a1 enough for work", False),
    ("el curso de aleman cuanto cuesta", False), ("ich kam aus syrien wie anerkennung", False),
    ("1000 stunden kurs", False), ("شو يعني kurs", False), ("What is DTZ A2/B1", False),
])
def test_arabic_in_latin_letters_is_recognised_and_german_levels_or_spanish_are_not(text, expected):
    assert is_arabizi(text) is expected


def test_the_bot_keeps_its_fitted_models_where_faq_model_cache_points(tmp_path):
    config = load_config({"FAQ_MODEL_CACHE": str(tmp_path / "models"), "CONTENT_DIR": str(REPO),
                          "DATABASE_PATH": str(tmp_path / "bot.sqlite3")})
    app = App(config)
    register(app)
    content, problems = app.load_content()
    assert content is not None, [str(p) for p in problems if p.is_error]
    assert content.require(FAQ).index.search("was kostet der integrationskurs", "de").answer
    assert sorted(p.name[:3] for p in (tmp_path / "models").glob("*.npz")) == ["ar-", "de-", "en-", "es-"]
