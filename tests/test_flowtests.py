"""Conversation tests as data: the shipped ones run in CI, and a broken path fails with file:line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
import pytest_asyncio

from bot.app import App
from bot.config import Config
from bot.features import register
from bot.flowtests import load_flow_tests, run_flow_test
from tests.conftest import MAIN, MESSAGES, QUIZ, REPO, write_content

SHIPPED, SHIPPED_ERRORS = load_flow_tests(REPO / "flows" / "tests", REPO)


def test_shipped_flow_test_files_are_well_formed():
    assert SHIPPED_ERRORS == []
    assert SHIPPED, "there are conversation tests in flows/tests"


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shipped_app(tmp_path_factory):
    """One app for all shipped tests, as `python -m bot test-flows` runs them: each test is its own user."""
    app = App(Config(content_dir=REPO, database_path=tmp_path_factory.mktemp("flowtests") / "flowtests.sqlite3"))
    register(app)
    async with app:
        yield app


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("flow_test", SHIPPED, ids=[f"{t.file}:{t.line}" for t in SHIPPED])
async def test_shipped_conversation(flow_test, shipped_app):
    failure = await run_flow_test(shipped_app, flow_test)
    assert failure is None, str(failure)


QUIZ_TESTS = """\
- name: red adult
  lang: en
  steps:
    - send: /start
      expect: [welcome, menu]
    - press: quiz
      expect: [color]
    - press: red
    - type: "40"
      expect: [mail]
    - press: skip
      expect: [bye, menu]
  answers: {color: red, age: 40, result: adult_red}
  end: {flow: main, step: menu}
"""


def run_cli(root, *extra):
    return subprocess.run([sys.executable, "-m", "bot", "test-flows", str(root), *extra], capture_output=True,
                          text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)


def quiz_content(tmp_path):
    """The quiz, plus the features' own texts (the CLI plugs every feature in)."""
    root = write_content(tmp_path / "c", {"main": MAIN, "quiz": QUIZ}, MESSAGES)
    for path in (REPO / "locales").glob("*/*.ftl"):
        shutil.copy(path, root / "locales" / path.parent.name / path.name)
    return root


def test_cli_passes_a_correct_test(tmp_path):
    root = quiz_content(tmp_path)
    (root / "flows" / "tests").mkdir()
    (root / "flows" / "tests" / "quiz.yaml").write_text(QUIZ_TESTS)
    result = run_cli(root)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed, 0 failed" in result.stderr


def test_an_edit_that_breaks_a_path_fails_with_file_line_and_what_differs(tmp_path):
    root = quiz_content(tmp_path)
    (root / "flows" / "tests").mkdir()
    (root / "flows" / "tests" / "quiz.yaml").write_text(QUIZ_TESTS)
    quiz = root / "flows" / "quiz.yaml"          # the admin's edit: adults no longer get 'adult_red'
    quiz.write_text(quiz.read_text().replace("age >= 18", "age >= 50"))
    result = run_cli(root)
    assert result.returncode == 1
    assert "flows/tests/quiz.yaml:1: red adult: answer 'result' should be 'adult_red' but is 'other'" in result.stdout


def test_wrong_message_order_and_unknown_button_are_reported(tmp_path):
    root = quiz_content(tmp_path)
    (root / "flows" / "tests").mkdir()
    (root / "flows" / "tests" / "quiz.yaml").write_text(
        QUIZ_TESTS.replace("expect: [welcome, menu]", "expect: [menu, welcome]")
        + QUIZ_TESTS.replace("red adult", "green").replace("press: red", "press: green"))
    result = run_cli(root)
    assert "step 1: expected ['menu', 'welcome'], the bot showed ['welcome', 'menu']" in result.stdout
    assert "green: step 3: no button 'green'" in result.stdout
    assert "0 passed, 2 failed" in result.stderr


def test_without_a_folder_the_tests_come_from_content_dir(tmp_path):
    """Like every other command: CONTENT_DIR names the content, not the folder the admin happens to be in."""
    root = quiz_content(tmp_path)
    (root / "flows" / "tests").mkdir()
    (root / "flows" / "tests" / "quiz.yaml").write_text(QUIZ_TESTS)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = subprocess.run([sys.executable, "-m", "bot", "test-flows"], capture_output=True, text=True,
                            cwd=elsewhere, env={**os.environ, "PYTHONPATH": str(REPO), "CONTENT_DIR": str(root)},
                            timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed, 0 failed" in result.stderr


def test_a_folder_without_conversation_tests_fails_and_says_where_it_looked(tmp_path):
    """Nothing found is no success: content without flows/tests/ must not look like a green run."""
    root = quiz_content(tmp_path)
    result = run_cli(root)
    assert result.returncode == 1
    assert f"no conversation tests in {root / 'flows' / 'tests'}" in result.stdout
    assert "passed" not in result.stderr
