"""The deployment's mentors file: the shipped example loads cleanly; mistakes are reported with file:line."""

from __future__ import annotations

import textwrap

from bot.handoff.mentors import load_mentors
from tests.handoff.conftest import REPO


def test_the_example_file_loads_and_uses_only_placeholder_addresses():
    config, problems = load_mentors(REPO / "mentors.example.yaml")
    assert [p for p in problems if p.is_error] == []
    dresden = config.channels("14612")
    assert dresden.addresses() == ["tg:-1001000000002", "mail:mentoring-dresden@example.org"]
    assert dresden.project == "Arbeitsmarktmentoren Dresden (Beispielträger)"
    assert config.coordination() == ["tg:-1001000000000", "mail:koordination@example.org"]
    emails = [e for c in config.districts.values() for e in c.emails] + list(config.coordination_emails)
    assert emails and all(e.endswith("@example.org") for e in emails)
    # regions without an entry are warned about (they reach only the coordination, after the escalation time)
    assert any("14730" in p.message and not p.is_error for p in problems)


def test_mistakes_are_reported_with_file_and_line(tmp_path):
    path = tmp_path / "mentors.yaml"
    path.write_text(textwrap.dedent("""
        districts:
          "14612":
            telegram_chat: [-100123]
            emails: [not-an-address]
          "99999":
            telegram_chats: [-100456]
          "14713":
            telegram_chats: [leipzig-group]
    """), encoding="utf-8")
    _, problems = load_mentors(path)
    errors = sorted((p.line, p.message) for p in problems if p.is_error)
    assert [line for line, _ in errors] == [4, 5, 6, 9]
    assert "unknown field 'telegram_chat'" in errors[0][1]
    assert "not an e-mail address" in errors[1][1]
    assert "unknown district key '99999'" in errors[2][1]
    assert "not a Telegram chat id" in errors[3][1]
    assert all(str(path) in str(p) for p in problems)


def test_without_a_file_the_coordination_chat_from_the_environment_is_used():
    config, problems = load_mentors(None, coordination_chat=-100777)
    assert problems == [] and config.coordination() == ["tg:-100777"]
    assert config.channels("14612").empty


def test_private_chats_only_their_owner_and_configured_mentors_may_act(tmp_path):
    config, _ = load_mentors(REPO / "mentors.example.yaml")
    chemnitz = config.channels("14511")
    assert chemnitz.may_act(100000004, 100000004) is True
    assert chemnitz.may_act(100000004, 555) is False
    assert chemnitz.may_act(-1001000000002, 100000004) is False, "not Chemnitz's chat"
    assert config.channels("14612").may_act(-1001000000002, 555) is None, "a group: Telegram knows the members"
