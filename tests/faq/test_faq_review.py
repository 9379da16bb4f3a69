"""Review reminders: an FAQ answer whose review date has passed (or whose check is too old) is listed by
`python -m bot validate` without any option, with the line to edit; a wrong `review_by` is an error."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from bot.cli import main
from bot.faq.catalog import load_faq
from bot.faq.review import due_for_review
from tests.conftest import REPO
from tests.faq.test_faq_content import line_of, replace_in

TODAY = dt.date.today().isoformat()


@pytest.fixture
def root(tmp_path, monkeypatch) -> Path:
    """The shipped content, every FAQ entry checked today, so only what a test changes is due."""
    monkeypatch.chdir(tmp_path)                          # no .env of the developer's checkout
    monkeypatch.delenv("FAQ_MAX_CHECK_AGE_DAYS", raising=False)
    root = tmp_path / "content"
    for folder in ("flows", "locales"):
        shutil.copytree(REPO / folder, root / folder)
    for path in (root / "flows" / "faq").glob("*.yaml"):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        lines = [f"    checked: {TODAY}\n" if line.startswith("    checked:") else line
                 for line in lines if not line.startswith("    review_by:")]
        path.write_text("".join(lines), encoding="utf-8")
    return root


def validate(root: Path, capsys) -> tuple[int, list[str]]:
    code = main(["validate", str(root)])
    return code, capsys.readouterr().out.splitlines()


def test_an_entry_whose_review_date_passed_is_listed_by_validate(root, capsys):
    yaml = root / "flows" / "faq" / "language.yaml"
    replace_in(yaml, "  - id: integration-course-admission-stop\n",
               "  - id: integration-course-admission-stop\n    review_by: 2026-01-01\n")
    code, out = validate(root, capsys)
    assert code == 0, "a review reminder is a warning: the content stays valid"
    line = line_of(yaml, "review_by: 2026-01-01")
    due = [o for o in out if "due for review" in o or "last checked" in o]
    assert len(due) == 1, out
    assert due[0].startswith(f"flows/faq/language.yaml:{line}: warning: FAQ entry "
                             "'integration-course-admission-stop' is due for review: its review date 2026-01-01 "
                             "has passed"), due


def test_a_budget_year_rule_and_a_too_old_check_are_listed_too(root, capsys, monkeypatch):
    yaml = root / "flows" / "faq" / "language.yaml"
    last_year = dt.date.today().replace(month=1, day=1) - dt.timedelta(days=1)
    old = dt.date.today() - dt.timedelta(days=40)
    body = yaml.read_text(encoding="utf-8")
    body = body.replace(f"  - id: job-german-course-what\n    checked: {TODAY}\n",
                        f"  - id: job-german-course-what\n    checked: {last_year.isoformat()}\n"
                        "    review_by: budget year\n", 1)
    body = body.replace(f"  - id: first-orientation-course\n    checked: {TODAY}\n",
                        f"  - id: first-orientation-course\n    checked: {old.isoformat()}\n", 1)
    yaml.write_text(body, encoding="utf-8")
    monkeypatch.setenv("FAQ_MAX_CHECK_AGE_DAYS", "30")
    code, out = validate(root, capsys)
    assert code == 0
    text = "\n".join(out)
    assert (f"'job-german-course-what' is due for review: rule 'budget year' — a new budget year began on "
            f"{dt.date.today().year}-01-01") in text
    assert f"'first-orientation-course' was last checked 40 days ago ({old.isoformat()})" in text
    monkeypatch.setenv("FAQ_MAX_CHECK_AGE_DAYS", "60")            # the configured age decides
    _, out = validate(root, capsys)
    assert "first-orientation-course" not in "\n".join(out)


def test_a_review_by_that_is_neither_date_nor_rule_is_an_error(root, capsys):
    yaml = root / "flows" / "faq" / "recognition.yaml"
    replace_in(yaml, "  - id: recognition-grant\n", "  - id: recognition-grant\n    review_by: next spring\n")
    code, out = validate(root, capsys)
    assert code == 1
    line = line_of(yaml, "review_by: next spring")
    assert any(o.startswith(f"flows/faq/recognition.yaml:{line}: error: 'review_by' is next spring") and
               "budget year" in o for o in out), out


def test_the_shipped_budget_dependent_entries_carry_a_review_rule():
    """The BAMF course rules change with the federal budget: they remind the team each new budget year."""
    catalog, problems = load_faq(REPO / "flows" / "faq")
    assert not [p for p in problems if p.is_error]
    for entry_id in ("integration-course-admission-stop", "integration-course-cost", "job-german-course-what"):
        assert catalog.entry(entry_id).review_by == "budget year", entry_id
    checked = catalog.entry("integration-course-admission-stop").checked
    due = due_for_review(catalog, dt.date(checked.year + 1, 1, 1), max_age_days=0)
    assert {"integration-course-admission-stop", "job-german-course-what"} <= {d.entry.id for d in due}
