"""Conversation tests as data (flows/tests/*.yaml), run by `python -m bot test-flows` (no pytest needed) and by
the repository's tests.

Each test lists what the user does and what the bot must show::

    - name: Not living in Saxony (English)
      lang: en
      steps:
        - send: /start               # a command or typed text
          expect: [main-welcome, main-menu]
        - press: check               # a button: option value, or message id of its label
          expect: [elig-intro, elig-lives-ask]
        - type: "01067"              # typed text (same as send, but never a command)
      answers: {lives_in_saxony: "no"}   # stored answers that must be there at the end
      end: {flow: main, step: menu}      # where the conversation stands at the end ('idle' for none)

``expect`` is the exact list of message ids, in order; ``expect_has`` only needs to contain the ids listed.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.app import App
from bot.config import Config, load_config
from bot.engine import Text
from bot.features import register
from bot.files import line_of, load_yaml
from bot.testing.driver import Driver


@dataclass
class FlowTest:
    name: str
    file: str
    line: int
    lang: str
    steps: list[dict[str, Any]]
    answers: dict[str, Any]
    end: dict[str, str] | None


@dataclass
class Failure:
    test: FlowTest
    message: str

    def __str__(self) -> str:
        return f"{self.test.file}:{self.test.line}: {self.test.name}: {self.message}"


def load_flow_tests(directory: Path, root: Path | None = None) -> tuple[list[FlowTest], list[str]]:
    tests: list[FlowTest] = []
    errors: list[str] = []
    for path in sorted(directory.glob("*.yaml")):
        display = str(path.relative_to(root)) if root else str(path)
        loaded, problem = load_yaml(path, display)
        if loaded is None:
            errors.append(str(problem))
            continue
        if not isinstance(loaded.data, list):
            errors.append(f"{display}:1: a test file is a list of tests, each starting with '- name: ...'")
            continue
        for i, raw in enumerate(loaded.data):
            line = line_of(loaded.data, i)
            if not isinstance(raw, dict) or not raw.get("name") or not isinstance(raw.get("steps"), list):
                errors.append(f"{display}:{line}: each test needs 'name' and a list of 'steps'")
                continue
            tests.append(FlowTest(str(raw["name"]), display, line, str(raw.get("lang", "de")),
                                  [dict(s) for s in raw["steps"]], dict(raw.get("answers") or {}),
                                  dict(raw["end"]) if raw.get("end") else None))
    return tests, errors


async def run_flow_test(app: App, test: FlowTest) -> Failure | None:
    driver = Driver(app, user=f"flowtest-{abs(hash((test.file, test.line)))}", lang=test.lang)
    for number, step in enumerate(test.steps, start=1):
        try:
            if "send" in step:
                turn = await driver.say(str(step["send"]))
            elif "type" in step:
                turn = await driver.send(Text(str(step["type"])))
            elif "press" in step:
                turn = await driver.press(str(step["press"]))
            else:
                return Failure(test, f"step {number}: write 'send:', 'type:' or 'press:'")
        except LookupError as exc:
            return Failure(test, f"step {number}: {exc}")
        if "expect" in step and list(step["expect"]) != turn.ids:
            return Failure(test, f"step {number}: expected {list(step['expect'])}, the bot showed {turn.ids}")
        missing = [m for m in step.get("expect_has", []) if m not in turn.ids]
        if missing:
            return Failure(test, f"step {number}: expected {missing} among {turn.ids}")
    state = await driver.state()
    for key, value in test.answers.items():
        actual = state.answers.get(key) if state else None
        if (None if value is None else str(value)) != (None if actual is None else str(actual)):
            return Failure(test, f"answer '{key}' should be {value!r} but is {actual!r}")
    if test.end:
        where = {"flow": state.flow or "idle", "step": state.step or "idle"} if state else {}
        for key, value in test.end.items():
            if str(where.get(key)) != str(value):
                return Failure(test, f"should end at {test.end} but ends at {where}")
    return None


async def run_all(root: Path, select: str | None = None) -> tuple[int, list[Failure], list[str]]:
    """Run the tests in ``root``/flows/tests (those whose name contains ``select``) on the content of ``root``,
    every feature plugged in, over a throw-away database: (number run, failures, file errors)."""
    tests, errors = load_flow_tests(root / "flows" / "tests", root)
    if select:
        tests = [t for t in tests if select.lower() in t.name.lower()]
    failures: list[Failure] = []
    with tempfile.TemporaryDirectory() as tmp:
        config = Config(content_dir=root, database_path=Path(tmp) / "flowtests.sqlite3")
        app = App(config)
        register(app)
        async with app:
            for test in tests:
                failure = await run_flow_test(app, test)
                if failure:
                    failures.append(failure)
    return len(tests), failures, errors


def main_test_flows(args: argparse.Namespace) -> int:
    root = Path(args.dir) if args.dir else load_config().content_dir     # CONTENT_DIR, as for every command
    folder = root / "flows" / "tests"
    if not folder.is_dir():       # a wrong folder must not pass as "0 failed"
        print(f"no conversation tests in {folder}: name the content folder (test-flows DIR) or set CONTENT_DIR")
        return 1
    count, failures, errors = asyncio.run(run_all(root, args.select))
    for line in errors + [str(f) for f in failures]:
        print(line)
    print(f"{count - len(failures)} passed, {len(failures)} failed" + (f", {len(errors)} file errors" if errors else ""),
          file=sys.stderr)
    return 1 if failures or errors else 0
