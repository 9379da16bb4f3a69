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
