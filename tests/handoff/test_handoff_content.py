"""The hand-over's texts and flows pass the content checks; a privacy notice changed in one language only
is caught before anyone consents to it."""

from __future__ import annotations

from bot.app import App
from bot.config import Config
from tests.handoff.conftest import register_handoff


def problems_of(root, **config):
    app = App(Config(content_dir=root, **config))
    register_handoff(app)
    _, problems = app.load_content(root)
    return problems


def test_the_hand_over_content_has_no_errors(handoff_content, mentors_file):
    errors = [str(p) for p in problems_of(handoff_content, mentors_file=mentors_file) if p.is_error]
    assert errors == []


def test_a_privacy_version_that_differs_between_languages_is_an_error(handoff_content):
    ftl = handoff_content / "locales" / "ar" / "handoff.ftl"
    ftl.write_text(ftl.read_text(encoding="utf-8").replace("handoff-privacy-version = 2026-2",
                                                           "handoff-privacy-version = 2026-3"), encoding="utf-8")
    errors = [p for p in problems_of(handoff_content) if p.is_error]
    assert len(errors) == 1
    assert errors[0].file.endswith("locales/ar/handoff.ftl") and "2026-3" in errors[0].message


def test_a_broken_mentors_file_stops_the_start_with_file_and_line(handoff_content, tmp_path):
    bad = tmp_path / "mentors.yaml"
    bad.write_text('districts:\n  "14612":\n    telegram_chats: [dresden]\n', encoding="utf-8")
    errors = [str(p) for p in problems_of(handoff_content, mentors_file=bad) if p.is_error]
    assert errors and errors[0].startswith(f"{bad}:3:")


def test_mentor_texts_exist_in_german_for_every_outcome_of_the_check():
    from tests.handoff.conftest import REPO
    german = (REPO / "locales" / "de" / "handoff.ftl").read_text(encoding="utf-8")
    for outcome in ("target", "secondary", "not_eligible", "unclear"):
        assert f"mentor-value-outcome-{outcome} =" in german


def test_an_answer_without_a_short_mentor_label_is_an_error_with_file_and_line(handoff_content):
    flow = handoff_content / "flows" / "check.yaml"
    flow.write_text(flow.read_text(encoding="utf-8").replace("save: job_wish", "save: job_dream"), encoding="utf-8")
    errors = [p for p in problems_of(handoff_content) if p.is_error]
    assert [(p.file.rsplit("/", 1)[-1], p.step) for p in errors] == [("check.yaml", "job")]
    assert "job_dream" in errors[0].message and "mentor-field-job_dream" in errors[0].hint


def test_every_answer_of_the_shipped_flows_has_a_short_label_in_every_language():
    from bot.handoff.render import Labels
    from bot.i18n import LANGUAGES
    from tests.handoff.conftest import REPO

    app = App(Config(content_dir=REPO))
    from bot.features import register
    register(app)
    content, _ = app.load_content(REPO)
    labels = Labels(content.flows, content.locales)
    assert labels.unlabelled() == []
    for answer in ("status", "german_level", "goal", "qualification", "gender", "work_permit", "years_saxony"):
        for lang in LANGUAGES:
            text = content.locales.text(lang, f"mentor-field-{answer}", label=True)
            assert 0 < len(text) <= 30, (lang, answer, text)


def test_a_name_in_another_script_reaches_mentors_with_its_latin_spelling(handoff_content, mentors_file):
    from bot.handoff.records import Referral
    from bot.handoff.render import Labels, mentor_text, snapshot

    app = App(Config(content_dir=handoff_content, mentors_file=mentors_file))
    register_handoff(app)
    content, _ = app.load_content(handoff_content)
    answers = {"contact_name": "أمينة", "contact_name_latin": "Amina", "contact_via": "telegram",
               "contact_languages": "العربية", "status": "protection", "outcome": "target",
               "outcome_reason": "protection", "district": "14612"}
    data = snapshot(answers, "mentee", "ar", Labels(content.flows, content.locales))
    referral = Referral("ABC234", "key", "mentee", "14612", "ar", 77, "2026-1:ar:d3697f9d",
                        "2026-12-07T13:19:00.000000+00:00", data, "new", "2026-12-07T13:20:00.000000+00:00",
                        "2026-12-07T13:20:00.000000+00:00")
    text = mentor_text(referral, "Dresden", content.locales, html_mode=False)
    assert text.splitlines()[2:5] == ["Sprachen: Arabisch (Sprache im Bot), selbst angegeben: العربية",
                                      "Art: Person, die Begleitung sucht", "Name: أمينة (Amina)"]
    assert "Zielgruppe: Schutzstatus" in text and "Aufenthalt: Schutzstatus" in text
    assert text.endswith("Einwilligung: Version 2026-1, 07.12.2026")
    assert "d3697f9d" not in text


def test_a_referral_stored_before_the_new_layout_still_reads_in_order(handoff_content):
    from bot.handoff.records import Referral
    from bot.handoff.render import mentor_text

    app = App(Config(content_dir=handoff_content))
    register_handoff(app)
    content, _ = app.load_content(handoff_content)
    old = {"contact": {"via": "phone", "phone": "+4915123456789"},
           "lines": [["Art", "Person, die Begleitung sucht"], ["Name", "Amina"], ["Sprachen", "Arabisch"]],
           "answer_lines": [["Ergebnis der Prüfung", "Zielgruppe (vorrangig)"]]}
    referral = Referral("ABC234", "key", "mentee", "14612", "ar", None, "2026-1:ar:d3697f9d",
                        "2026-12-07T13:19:00.000000+00:00", old, "new", "2026-12-07T13:20:00.000000+00:00",
                        "2026-12-07T13:20:00.000000+00:00")
    text = mentor_text(referral, "Dresden", content.locales, html_mode=False)
    assert text.splitlines()[2:6] == ["Art: Person, die Begleitung sucht", "Name: Amina",
                                      "Kontakt: Telefon +49 1512 3456789", "Sprachen: Arabisch"]
