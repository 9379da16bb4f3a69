"""Translations: fallback chain, language choice, Arabic right-to-left handling, Babel names."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.engine.io import Button, Message
from bot.engine.render import render_message
from bot.i18n import LANGUAGES, load_locales
from bot.i18n.locales import BIDI_MARKS, language_name, negotiate
from tests.conftest import REPO


def write_locales(root: Path, per_lang: dict[str, str]) -> Path:
    for lang in LANGUAGES:
        folder = root / "locales" / lang
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "t.ftl").write_text(per_lang.get(lang, ""), encoding="utf-8")
    return root / "locales"


def test_missing_translation_falls_back_to_english_then_german(tmp_path, caplog):
    locales, _ = load_locales(write_locales(tmp_path, {
        "de": "only-de = Nur Deutsch\nboth = Beide\n", "en": "both = Both\n", "ar": "", "es": ""}))
    with caplog.at_level(logging.WARNING):
        assert locales.text("es", "both") == "Both"
        assert locales.text("ar", "only-de") == "Nur Deutsch"
    assert "missing in es" in caplog.text                  # the admin can see what is untranslated


def test_message_missing_everywhere_is_visible_not_silent(tmp_path, caplog):
    locales, _ = load_locales(write_locales(tmp_path, {"de": "a = A\n"}))
    assert locales.text("de", "nope") == "[nope]"
    assert "nope" in caplog.text


@pytest.mark.parametrize("hint, expected", [("de", "de"), ("de-AT", "de"), ("en-GB", "en"), ("ar", "ar"),
                                            ("ar-SY", "ar"), ("es-419", "es"), ("fa", None), ("", None), (None, None)])
def test_telegram_language_code_is_mapped_to_a_supported_language(hint, expected):
    assert negotiate(hint) == expected


def test_language_names_come_from_babel_in_their_own_language():
    assert [language_name(code) for code in LANGUAGES] == ["Deutsch", "English", "العربية", "Español"]


def test_arabic_sentence_isolates_latin_names_and_numbers_but_buttons_have_no_marks(tmp_path):
    locales, _ = load_locales(write_locales(tmp_path, {lang: "hi = مرحبا { $name } رقم { $n }\n" for lang in LANGUAGES}))
    body = locales.text("ar", "hi", {"name": "Anna Müller", "n": 14612})
    assert "\u2068Anna Müller\u2069" in body                 # FSI … PDI keeps the Latin name readable
    label = locales.text("ar", "hi", {"name": "Anna Müller", "n": 14612}, label=True)
    assert not BIDI_MARKS.search(label) and "Anna Müller" in label


def test_literal_button_labels_lose_invisible_marks(tmp_path):
    locales, _ = load_locales(write_locales(tmp_path, {lang: "q = ?\n" for lang in LANGUAGES}))
    msg = Message("q", buttons=((Button("\u2067Leipzig\u2069\u200f", "s:x:y", literal=True),),))
    assert render_message(msg, "ar", locales).buttons[0][0].label == "Leipzig"


def test_user_values_are_escaped_for_html(tmp_path):
    locales, _ = load_locales(write_locales(tmp_path, {lang: "hi = Hallo { $name }\n" for lang in LANGUAGES}))
    text = render_message(Message("hi", {"name": "<b>Ali</b> & Co"}), "de", locales).text
    assert text == "Hallo &lt;b&gt;Ali&lt;/b&gt; &amp; Co"


def test_no_shipped_button_label_contains_bidi_marks():
    """Every text that can become a button, in every language, is free of invisible direction marks."""
    locales, problems = load_locales(REPO / "locales", display_root=REPO)
    assert [p for p in problems if p.is_error] == []
    for lang in LANGUAGES:
        for msg_id in locales.ids[lang]:
            label = locales.text(lang, msg_id, {}, label=True)
            assert not BIDI_MARKS.search(label), f"{lang}/{msg_id}"


def test_every_shipped_message_exists_in_all_four_languages():
    locales, _ = load_locales(REPO / "locales", display_root=REPO)
    every = set().union(*(locales.ids[lang] for lang in LANGUAGES))
    missing = {lang: sorted(every - set(locales.ids[lang])) for lang in LANGUAGES}
    assert missing == {lang: [] for lang in LANGUAGES}
