"""The text analysis both sides of the FAQ search share: the same word in its written variants meets itself."""

from __future__ import annotations

import pytest

from bot.faq.analysis import Analyzer, split_compound, words


def stems(lang: str, text: str) -> list[str]:
    analyzer = Analyzer(lang)
    return [analyzer.stem(w) for w in words(text)]


@pytest.mark.parametrize("variants", [
    "الشهادة شهادتي شهادات شهاده",                # article, "my", plural, ta marbuta written as ha
    "المعادلة معادلتي المعادلــة المعادَلة",         # tatweel and tashkeel
])
def test_arabic_article_possessive_plural_and_letter_forms_meet_in_one_stem(variants):
    assert len(set(stems("ar", variants))) == 1, stems("ar", variants)


@pytest.mark.parametrize("word, stem", [("لشهادتي", "شهاد"), ("بشهادتها", "شهاد"), ("والمعادلة", "معادل")])
def test_arabic_clitics_are_stripped_when_the_rest_is_a_word(word, stem):
    analyzer = Analyzer("ar")
    (normalised,) = words(word)
    assert stem == analyzer.stem(normalised) or stem in analyzer.clitic_variants(normalised)


def test_arabic_indic_digits_alef_and_ya_forms_are_unified():
    assert words("٢٠٢٤ B1 ۱۰۰۰") == ["2024", "b1", "1000"]
    assert words("أين إلى آخر") == words("اين الى اخر")
    assert words("على") == words("علي")


def test_accents_and_umlauts_fold():
    assert len(set(stems("es", "alemán aleman ALEMÁN"))) == 1
    assert len(set(stems("de", "Prüfung Pruefung Prufung"))) == 1


def test_german_compounds_split_into_known_words():
    assert split_compound("integrationskurskosten", frozenset({"integrationskurs", "kosten"})) == (
        "integrationskurs", "kosten")
    assert split_compound("kindergeld", frozenset({"kinder", "geld", "kind"})) == ("kinder", "geld")
