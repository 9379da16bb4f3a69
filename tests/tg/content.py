"""A small content folder for channel tests: the engine tests' quiz flows (tests/conftest.py), an
echo flow that repeats free text, a recorder and a failing action, plus the channel's texts — so
these tests do not depend on the shipped flows and features."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.engine import ActionResult, Document, Message, Text
from bot.testing.harness import add_channel_texts
from tests.conftest import MAIN, MESSAGES, QUIZ, write_content

MAIN_FLOW = MAIN.replace("""      - value: info
        label: go-info
        next: info""", """      - value: info
        label: go-info
        next: info
      - value: echo
        label: go-echo
        next: echo
      - value: record
        label: go-record
        next: record
      - value: boom
        label: go-boom
        next: boom
  - id: echo
    call: echo
    next: menu
  - id: record
    call: record
    next: menu
  - id: boom
    call: boom
    next: menu""")

ECHO = """
flow: echo
start: ask_name
steps:
  - id: ask_name
    ask: name
    input: text
    save: name
    invalid: name
    next: hello
  - id: hello
    end: hello
"""

RECORD = """
flow: record
start: listen
steps:
  - id: listen
    action: record
    next: done
  - id: done
    end: info
"""

BOOM = """
flow: boom
start: explode
steps:
  - id: explode
    action: explode
    next: done
  - id: done
    end: info
"""

TEXTS = {
    **MESSAGES, "welcome": "Welcome <b>friend</b>", "go-echo": "Echo", "go-record": "Record", "go-boom": "Explode",
    "name": "Your name?", "hello": "Hello { $name }!", "rec-ready": "Listening", "rec-got": "Got { $text }",
    "rec-file": "<b>Your</b> data, { $who }",
}


class Recorder:
    """Keeps the conversation and answers every text; ``delay(text)`` seconds before answering."""

    exits: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []
        self.delay = lambda text: 0.0

    async def enter(self, ctx) -> ActionResult:
        return ActionResult([Message("rec-ready")], done=False)

    async def on_input(self, ctx, event) -> ActionResult:
        if not isinstance(event, Text):
            return ActionResult([Message("rec-ready")], done=False)
        if event.text == "file":
            return ActionResult([Document("antworten.json", b'{"name": "<Ali>"}', "rec-file", {"who": "<Ali>"})],
                                done=False)
        await asyncio.sleep(self.delay(event.text))
        self.seen.append((ctx.who.user_key, event.text))
        return ActionResult([Message("rec-got", {"text": event.text})], done=False)


class Explode:
    """An action with a bug."""

    exits: tuple[str, ...] = ()

    detail = "Amina Example, +49 351 000000"      # must never reach the log

    async def enter(self, ctx) -> ActionResult:
        raise RuntimeError(self.detail)

    async def on_input(self, ctx, event) -> ActionResult:
        raise RuntimeError(self.detail)


def channel_content(root: Path) -> Path:
    write_content(root, {"main": MAIN_FLOW, "quiz": QUIZ, "echo": ECHO, "record": RECORD, "boom": BOOM}, TEXTS)
    return add_channel_texts(root)


def with_actions(recorder: Recorder | None = None):
    """A Harness ``setup`` hook registering the test actions."""
    def setup(app) -> None:
        app.actions["record"] = recorder or Recorder()
        app.actions["explode"] = Explode()
    return setup
