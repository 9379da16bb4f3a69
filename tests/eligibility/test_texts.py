"""The eligibility texts (locales/<lang>/eligibility.ftl): complete in four languages, facts and links only from
the program brief, and Arabic that stays readable. (`python -m bot validate`, run in tests/engine, also checks
every message the flow uses exists in all four languages with the same variables.)"""

from __future__ import annotations

import re
import unicodedata

from fluent.syntax import ast as fast
from fluent.syntax import parse

from bot.engine import FlowCatalog, load_flows
from bot.engine.validate import flow_message_ids
from bot.handoff import district
from bot.i18n import LANGUAGES, load_locales
from bot.i18n.locales import BIDI_MARKS
from tests.conftest import REPO

LOCALES, _ = load_locales(REPO / "locales", display_root=REPO)
#: the only web addresses the eligibility texts may show (all from the program brief)
# The finders of the advice services it names (MBE via BAMF-NAvI, JMD, Agentur für Arbeit) and the free
# vhs-Lernportal the brief names as the alternative when no integration course is open.
ALLOWED_URLS = {"https://bamf-navi.bamf.de", "https://www.jugendmigrationsdienste.de",
                "https://web.arbeitsagentur.de/portal/metasuche/suche/dienststellen", "https://www.vhs-lernportal.de"}
ISOLATED = re.compile("\u2068[^\u2069]*\u2069")


def ids_of(lang: str) -> list[str]:
    text = (REPO / "locales" / lang / "eligibility.ftl").read_text(encoding="utf-8")
    return [e.id.name for e in parse(text).body if isinstance(e, fast.Message)]


def test_every_language_has_the_same_eligibility_messages_with_the_same_variables():
    reference = ids_of("de")
    flows, _ = load_flows(REPO / "flows", REPO)
    used = {m for m in flow_message_ids(FlowCatalog({"eligibility": flows.flow("eligibility")}))
            if not m.startswith(("answer-", "nav-"))}
    assert used | set(district.MESSAGES) <= set(reference), "the flow's own texts live in eligibility.ftl"
    for lang in LANGUAGES:
        assert ids_of(lang) == reference, f"locales/{lang}/eligibility.ftl differs from de in ids or order"
        for mid in reference:
            assert LOCALES.ids[lang][mid][2] == LOCALES.ids["de"][mid][2], (lang, mid)


def test_links_are_only_those_of_the_program_brief():
    for lang in LANGUAGES:
        text = (REPO / "locales" / lang / "eligibility.ftl").read_text(encoding="utf-8")
        assert set(re.findall(r"https?://[^\s)\"]+", text)) <= ALLOWED_URLS, lang


def test_alternatives_name_mbe_jmd_and_jobcenter_with_the_ages_of_the_brief():
    for lang in LANGUAGES:
        text = LOCALES.text(lang, "elig-alternatives", label=True)
        for fact in ("MBE", "27", "JMD", "12", "Jobcenter", "Agentur für Arbeit"):
            assert fact in text, (lang, fact)


def test_secondary_outcomes_say_acceptance_depends_on_capacity_and_five_years():
    for mid in ("elig-result-secondary-eu", "elig-result-secondary-other"):
        assert "Zeit frei" in LOCALES.text("de", mid, {"district_name": "Dresden"})
        for lang in LANGUAGES:
            assert "5" in LOCALES.text(lang, mid, {"district_name": "Dresden"}), (lang, mid)


def test_arabic_sentences_start_right_to_left_and_latin_words_are_isolated():
    for mid in ids_of("ar"):
        text = LOCALES.text("ar", mid, {"district_name": "Dresden", "code": "01067"})
        if len(text.split()) <= 3:                                   # short button labels like "A1"
            continue
        for line in text.splitlines():
            if line.startswith("http"):
                continue
            first = next((c for c in ISOLATED.sub("", line) if unicodedata.bidirectional(c) in ("L", "R", "AL")),
                         None)
            assert first is None or unicodedata.bidirectional(first) == "AL", (mid, line)


def test_button_labels_have_no_invisible_marks():
    for lang in LANGUAGES:
        for mid in ids_of(lang):
            assert not BIDI_MARKS.search(LOCALES.text(lang, mid, {"district_name": "x", "code": "1"}, label=True))
