"""The parsed translation files kept between starts: a restart reads them back with the same texts and the
same problem lines, and a damaged or planted cache file only costs a new parse."""

from __future__ import annotations

import json
import logging

import pytest

from bot.i18n import LANGUAGES, load_locales
from bot.i18n import parsed as parsed_cache
from tests.i18n.test_locales import write_locales

TEXTS = {
    "de": "hello = Hallo { $name }!\n\nbroken = {\n\nbye = Tschüss\n",
    "en": "hello = Hello { $name }!\nhello = Again\nbye = Bye\n",
    "ar": "hello = مرحبا { $name }\nbye = مع السلامة\n",
    "es": "hello = Hola { $name }\nbye = Adiós\n",
}


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setattr(parsed_cache, "CACHE_DIR", folder)
    parsed_cache.parsed.cache_clear()          # what this process has parsed is not what a restart has
    yield folder
    parsed_cache.parsed.cache_clear()


def seen(locales):
    return {lang: (locales.text(lang, "hello", {"name": "Amina"}, label=True), locales.text(lang, "bye"))
            for lang in LANGUAGES}


def restart():
    parsed_cache.parsed.cache_clear()


def test_a_restart_reads_the_parsed_files_back_with_the_same_texts_and_problem_lines(tmp_path, cache, monkeypatch):
    root = write_locales(tmp_path, TEXTS)
    first, first_problems = load_locales(root)
    assert len(list(cache.glob("*.json"))) == len(LANGUAGES)
    restart()

    def no_parsing(text):
        raise AssertionError("an unchanged file was parsed again")
    monkeypatch.setattr(parsed_cache, "parse", no_parsing)
    again, again_problems = load_locales(root)
    assert seen(again) == seen(first)
    assert seen(again)["de"] == ("Hallo Amina!", "Tschüss")
    assert [(p.file, p.line, p.message) for p in again_problems] == [(p.file, p.line, p.message) for p in first_problems]
    assert {(p.file.split("/")[-2], p.line) for p in again_problems} >= {("de", 3), ("en", 2)}


def test_a_changed_file_is_parsed_anew(tmp_path, cache):
    root = write_locales(tmp_path, TEXTS)
    load_locales(root)
    restart()
    changed = write_locales(tmp_path, {**TEXTS, "es": "hello = Buenas { $name }\nbye = Chao\n"})
    locales, _ = load_locales(changed)
    assert seen(locales)["es"] == ("Buenas Amina", "Chao")


@pytest.mark.parametrize("damage", ["{", json.dumps({"type": "TypeVar", "name": "x"}), json.dumps({"type": "Span"})])
def test_a_damaged_or_planted_cache_file_only_costs_a_new_parse(tmp_path, cache, caplog, damage):
    root = write_locales(tmp_path, TEXTS)
    first, _ = load_locales(root)
    for path in cache.glob("*.json"):
        path.write_text(damage, encoding="utf-8")
    restart()
    with caplog.at_level(logging.WARNING):
        again, _ = load_locales(root)
    assert seen(again) == seen(first)
    assert sum("translation cache" in r.getMessage() for r in caplog.records) == len(LANGUAGES)
    restart()
    assert seen(load_locales(root)[0]) == seen(first)   # the cache was written again, readable
    assert all(json.loads(path.read_text(encoding="utf-8"))["type"] == "Resource" for path in cache.glob("*.json"))


def test_a_cache_that_cannot_be_written_leaves_no_temporary_files(tmp_path, cache, caplog):
    root = write_locales(tmp_path, TEXTS)
    first, _ = load_locales(root)
    for path in cache.glob("*.json"):        # a folder where each file should go: reading and writing fail
        path.unlink()
        path.mkdir()
    restart()
    with caplog.at_level(logging.WARNING):
        again, _ = load_locales(root)
    assert seen(again) == seen(first)
    assert any("translation cache not written" in r.getMessage() for r in caplog.records)
    assert sorted(p.name for p in cache.iterdir() if not p.is_dir()) == []
