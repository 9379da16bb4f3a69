"""`python -m bot validate`: one planted mistake per rule, each reported with file:line and a fix.

Each case starts from a valid content folder (the quiz of tests/conftest.py), plants exactly one mistake,
and checks that the validator reports it at the line where the mistake is, with a hint how to fix it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from bot.app import App
from bot.config import Config
from bot.files import Problem, load_yaml
from tests.conftest import MAIN, MESSAGES, QUIZ, REPO, write_content


def line_of(path: Path, text: str, nth: int = 1) -> int:
    """1-based number of the n-th line containing ``text``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if text in line:
            nth -= 1
            if nth == 0:
                return number
    raise AssertionError(f"{text!r} not in {path}")


def edit(path: Path, old: str, new: str) -> None:
    body = path.read_text(encoding="utf-8")
    assert old in body, f"{old!r} not in {path}"
    path.write_text(body.replace(old, new, 1), encoding="utf-8")


def problems_of(root: Path) -> list[Problem]:
    app = App(Config(content_dir=root))
    app.actions["handover"] = type("Handover", (), {"exits": ("done", "declined")})()
    return app.load_content(root)[1]


@dataclass
class Case:
    rule: str
    plant: Callable[[Path], None]         # changes the valid content folder
    file: str                             # file (relative to the content root) the problem must name
    marker: str                           # text on the line the problem must point at
    words: str                            # part of the problem message
    warning: bool = False
    nth: int = 1                          # the marker's n-th occurrence (duplicates are reported at the second)


def quiz(old: str, new: str) -> Callable[[Path], None]:
    return lambda root: edit(root / "flows" / "quiz.yaml", old, new)


def ftl(lang: str, old: str, new: str) -> Callable[[Path], None]:
    return lambda root: edit(root / "locales" / lang / "test.ftl", old, new)


def add_flow(name: str, text: str) -> Callable[[Path], None]:
    return lambda root: (root / "flows" / f"{name}.yaml").write_text(text, encoding="utf-8")


CASES = [
    Case("yaml syntax", quiz("    save: color\n", "    save: color: x\n"), "flows/quiz.yaml", "save: color: x", "YAML syntax"),
    Case("file is not a mapping", add_flow("list", "- id: a\n  say: x\n"), "flows/list.yaml", "- id: a", "mapping"),
    Case("unknown flow key", quiz("start: ask_color", "start: ask_color\ntitel: x"), "flows/quiz.yaml", "titel",
         "unknown key 'titel'"),
    Case("flow without steps", add_flow("empty", "flow: empty\nstart: a\nsteps: []\n"), "flows/empty.yaml",
         "steps", "no steps"),
    Case("duplicate step id", quiz("  - id: ask_age", "  - id: ask_color"), "flows/quiz.yaml", "- id: ask_color",
         "duplicate step id", nth=2),
    Case("missing start", quiz("start: ask_color\n", ""), "flows/quiz.yaml", "flow: quiz", "'start' is missing"),
    Case("step with two kinds", quiz("    set: {result: other}", "    set: {result: other}\n    say: bye"),
         "flows/quiz.yaml", "- id: other", "exactly one of"),
    Case("question without options or input", quiz("    input: number\n", ""), "flows/quiz.yaml", "- id: ask_age",
         "needs 'options'"),
    Case("unknown step key", quiz("    why: color-why", "    wy: color-why"), "flows/quiz.yaml", "wy: color-why",
         "unknown key 'wy'"),
    Case("dead end", quiz("    set: {result: other}\n    next: bye", "    set: {result: other}"), "flows/quiz.yaml",
         "- id: other", "dead end"),
    Case("option without label", quiz("        label: blue\n", ""), "flows/quiz.yaml", "- value: blue",
         "'label' is missing"),
    Case("duplicate option value", quiz("      - value: blue", "      - value: red"), "flows/quiz.yaml",
         "- value: red", "duplicate option value", nth=2),
    Case("min not a number", quiz("    min: 0", "    min: zero"), "flows/quiz.yaml", "min: zero", "must be a number"),
    Case("condition not understood", quiz("color == red and age >= 18", "color === red"), "flows/quiz.yaml",
         "color === red", "condition not understood"),
    Case("condition negating a word", quiz("color == red and age >= 18", "age == -'a'"), "flows/quiz.yaml",
         "age == -'a'", "condition not understood"),
    Case("condition nested too deep", quiz("color == red and age >= 18", "(" * 240 + "age == 1" + ")" * 240),
         "flows/quiz.yaml", "((((age == 1", "condition not understood"),
    Case("condition too long", quiz("color == red and age >= 18", " or ".join(["age == 1"] * 60)),
         "flows/quiz.yaml", "age == 1 or age == 1", "more than 500"),
    Case("YAML anchor", quiz("start: ask_color", "start: &first ask_color"), "flows/quiz.yaml", "&first",
         "anchor"),
    Case("YAML alias", quiz("    else: other\n", "    else: &other other\n  - id: copy\n    say: *other\n"),
         "flows/quiz.yaml", "*other", "alias"),
    Case("branch without else", quiz("    else: other\n", ""), "flows/quiz.yaml", "- id: decide", "no 'else'"),
    Case("set with a bad answer name", quiz("set: {result: other}", "set: {Result Name: other}"), "flows/quiz.yaml",
         "Result Name", "not an answer name"),
    Case("duplicate flow id", add_flow("quiz2", QUIZ), "flows/quiz2.yaml", "flow: quiz", "duplicate flow id"),
    Case("no main flow", lambda root: (root / "flows" / "main.yaml").unlink(), "flows/", "", "no flow called 'main'"),
    Case("main without menu", lambda root: edit(root / "flows" / "main.yaml", "menu: menu\n", ""), "flows/main.yaml",
         "flow: main", "'menu'"),
    Case("start step does not exist", quiz("start: ask_color", "start: ask_colour"), "flows/quiz.yaml", "flow: quiz",
         "start step 'ask_colour' does not exist"),
    Case("unknown next step", quiz("    next: ask_mail", "    next: ask_email"), "flows/quiz.yaml", "- id: ask_age",
         "leads to 'ask_email'"),
    Case("unknown called flow", lambda root: edit(root / "flows" / "main.yaml", "call: quiz", "call: quizz"),
         "flows/main.yaml", "- id: quiz", "calls flow 'quizz'"),
    Case("unknown action", quiz("    set: {result: other}", "    action: handoff"), "flows/quiz.yaml", "- id: other",
         "unknown action 'handoff'"),
    Case("unknown action exit", quiz("    set: {result: other}", "    action: handover\n    exits: {sent: bye}"),
         "flows/quiz.yaml", "- id: other", "has no exit 'sent'"),
    Case("unknown validator", quiz("input: email", "input: mail"), "flows/quiz.yaml", "- id: ask_mail",
         "unknown input type 'mail'"),
    Case("unreachable step", quiz("  - id: bye", "  - id: orphan\n    say: bye\n    next: bye\n  - id: bye"),
         "flows/quiz.yaml", "- id: orphan", "can never be reached"),
    Case("loop without a question", quiz("    set: {result: other}\n    next: bye",
                                         "    set: {result: other}\n    next: decide"),
         "flows/quiz.yaml", "- id: decide", "without"),
    Case("condition on an answer never asked", quiz("mail is set", "email is set"), "flows/quiz.yaml",
         "email is set", "which no step ever asks"),
    Case("condition with an impossible value", quiz("color == red and", "color == green and"), "flows/quiz.yaml",
         "color == green", "only ever one of"),
    Case("message missing in one language", ftl("ar", "age = ar:Age?\n", ""), "flows/quiz.yaml", "- id: ask_age",
         "'age' is missing in locales/ar"),
    Case("variables differ between languages", ftl("es", "bye = es:Bye { $result }", "bye = es:Adiós { $resultado }"),
         "locales/es/test.ftl", "bye = ", "uses variables"),
    Case("ftl does not parse", ftl("de", "info = de:Some info", "info de:Some info"), "locales/de/test.ftl",
         "info de:", "does not parse"),
    Case("message id defined twice", ftl("en", "info = en:Some info", "info = en:Some info\ninfo = en:again"),
         "locales/en/test.ftl", "info = en:again", "defined twice"),
    Case("unused message", ftl("de", "info = de:Some info", "info = de:Some info\nspare = de:x"),
         "locales/de/test.ftl", "spare = ", "not used by any flow", warning=True),
    Case("command taken by the engine", quiz("flow: quiz", "flow: quiz\ncommand: help"), "flows/quiz.yaml",
         "flow: quiz", "'command: help' cannot be used"),
    Case("command used twice", lambda root: (edit(root / "flows" / "quiz.yaml", "flow: quiz", "flow: quiz\ncommand: q"),
                                             add_flow("other", "flow: other\ncommand: q\nstart: a\nsteps:\n"
                                                      "  - id: a\n    end: bye\n")(root)),
         "flows/quiz.yaml", "flow: quiz", "already used by flow 'other'"),
    Case("flow never called", add_flow("lonely", "flow: lonely\nstart: a\nsteps:\n  - id: a\n    end: bye\n"),
         "flows/lonely.yaml", "flow: lonely", "never called", warning=True),
]


@pytest.mark.parametrize("case", CASES, ids=[c.rule for c in CASES])
def test_each_planted_mistake_is_reported_at_its_line(case: Case, content) -> None:
    root = content({"main": MAIN, "quiz": QUIZ}, MESSAGES)
    assert [p for p in problems_of(root) if p.is_error] == [], "the baseline content must be valid"
    case.plant(root)
    problems = [p for p in problems_of(root) if p.is_error != case.warning]
    matching = [p for p in problems if case.words in p.message and p.file.endswith(case.file)]
    assert matching, f"no problem mentioning {case.words!r}; got:\n" + "\n".join(map(str, problems))
    problem = matching[0]
    path = root / case.file
    if case.marker:
        assert problem.line == line_of(path, case.marker, case.nth), str(problem)
    assert problem.hint, "every problem says how to fix it"
    assert "how to fix" in str(problem) and f"{problem.file}:{problem.line}" in str(problem)


def test_shipped_content_is_valid() -> None:
    app = App(Config(content_dir=REPO))
    from bot.features import register
    register(app)
    errors = [p for p in app.load_content(REPO)[1] if p.is_error]
    assert errors == [], "\n".join(map(str, errors))


def content_with_feature_texts(tmp_path: Path) -> Path:
    """The CLI plugs in every feature, whose own texts (FAQ, hand-over, ...) must then exist too."""
    root = write_content(tmp_path / "content", {"main": MAIN, "quiz": QUIZ}, MESSAGES)
    for path in (REPO / "locales").glob("*/*.ftl"):
        shutil.copy(path, root / "locales" / path.parent.name / path.name)
    return root


def test_cli_reports_every_mistake_at_once_and_exits_non_zero(tmp_path) -> None:
    root = content_with_feature_texts(tmp_path)
    edit(root / "flows" / "quiz.yaml", "    next: ask_mail", "    next: ask_email")
    edit(root / "flows" / "quiz.yaml", "input: email", "input: mail")
    edit(root / "locales" / "ar" / "test.ftl", "age = ar:Age?\n", "")
    result = subprocess.run([sys.executable, "-m", "bot", "validate", str(root)], capture_output=True, text=True,
                            cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)
    assert result.returncode == 1
    quiz_file = root / "flows" / "quiz.yaml"
    assert f"quiz.yaml:{line_of(quiz_file, '- id: ask_age')}: error: step 'ask_age' leads to 'ask_email'" in result.stdout
    assert f"quiz.yaml:{line_of(quiz_file, '- id: ask_mail')}: error: unknown input type 'mail'" in result.stdout
    assert "'age' is missing in locales/ar" in result.stdout
    assert "3 error(s)" in result.stderr


def test_cli_on_valid_content_exits_zero(tmp_path) -> None:
    root = content_with_feature_texts(tmp_path)
    result = subprocess.run([sys.executable, "-m", "bot", "validate", str(root)], capture_output=True, text=True,
                            cwd=REPO, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "the content is valid" in result.stderr


def test_a_billion_laughs_flow_file_is_refused_at_once_with_file_and_line(tmp_path):
    """Nested aliases would expand to gigabytes; the file is refused before anything is built."""
    root = write_content(tmp_path / "content", {"main": MAIN, "quiz": QUIZ}, MESSAGES)
    rows = ['lol: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    rows += [f"l{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    (root / "flows" / "laughs.yaml").write_text("\n".join(rows) + "\n", encoding="utf-8")
    started = time.perf_counter()
    problems = [p for p in problems_of(root) if p.is_error]
    assert time.perf_counter() - started < 5
    assert [(p.file, p.line) for p in problems] == [("flows/laughs.yaml", 2)]
    assert "alias '*a0'" in problems[0].message


def test_a_syntax_error_reads_the_same_whether_or_not_the_file_has_an_ampersand(tmp_path):
    """Files with '&' or '*' are scanned for anchors first (by the faster parser); its syntax errors are worded
    differently, so admins must still see the loader's wording and line."""
    broken = "start: ask\n steps: [x, y\n"
    plain, with_ampersand = tmp_path / "plain.yaml", tmp_path / "ampersand.yaml"
    plain.write_text(broken, encoding="utf-8")
    with_ampersand.write_text(broken + "note: Tom & Jerry\n", encoding="utf-8")
    _, expected = load_yaml(plain)
    _, got = load_yaml(with_ampersand)
    assert expected is not None and got is not None
    assert (got.line, got.message) == (expected.line, expected.message)
