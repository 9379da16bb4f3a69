"""Flows as typed, frozen data: one dataclass per step kind, each knowing its file and line.

Cross-references (next steps, called flows) are plain ids here; the catalog and the validator resolve them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Iterator, Mapping

from bot.engine.conditions import Condition

END = "end"


@dataclass(frozen=True)
class Origin:
    file: str
    line: int


@dataclass(frozen=True)
class Step:
    id: str
    origin: Origin

    #: question steps stop the engine and wait for the user
    waits = False

    def targets(self) -> tuple[str, ...]:
        """Step ids this step can lead to (for validation and diagrams)."""
        return ()


@dataclass(frozen=True)
class MessageStep(Step):
    say: str
    next: str


    def targets(self) -> tuple[str, ...]:
        return (self.next,)


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    next: str | None
    line: int
    keywords: tuple[str, ...] = ()  # typed words that also choose this option (any language)


@dataclass(frozen=True)
class ChoiceStep(Step):
    ask: str
    save: str | None
    options: tuple[Option, ...]
    next: str | None
    on_text: str | None = None      # action that gets free text which matches no option (e.g. faq_search)
    why: str | None = None          # message id saying why we ask
    explain: str | None = None      # message id explaining the options, behind a "What do these mean?" button
    waits = True

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)

    def next_for(self, option: Option) -> str | None:
        return option.next or self.next

    def targets(self) -> tuple[str, ...]:
        return tuple(t for t in {*(o.next for o in self.options), self.next} if t)


@dataclass(frozen=True)
class InputStep(Step):
    ask: str
    save: str
    input: str                      # validator name: text, number, postal_code, phone, email, ...
    invalid: str                    # message id shown when the input does not pass
    next: str
    skip: str | None = None         # label message id of a "skip" button; absent = answer required
    why: str | None = None
    min: float | None = None
    max: float | None = None
    waits = True

    def targets(self) -> tuple[str, ...]:
        return (self.next,)


@dataclass(frozen=True)
class Case:
    when: Condition
    next: str
    line: int


@dataclass(frozen=True)
class BranchStep(Step):
    cases: tuple[Case, ...]
    otherwise: str

    def targets(self) -> tuple[str, ...]:
        return (*(c.next for c in self.cases), self.otherwise)


@dataclass(frozen=True)
class CallStep(Step):
    call: str                       # flow id
    next: str | None                # where to continue after the called flow ends; None = do not come back

    def targets(self) -> tuple[str, ...]:
        return (self.next,) if self.next else ()


@dataclass(frozen=True)
class ActionStep(Step):
    action: str
    next: str
    exits: Mapping[str, str] = field(default_factory=dict)   # named outcomes of the action -> step
    params: Mapping[str, str] = field(default_factory=dict)
    waits = True                    # an action may keep the conversation (e.g. browsing the FAQ)

    def targets(self) -> tuple[str, ...]:
        return (self.next, *self.exits.values())


@dataclass(frozen=True)
class SetStep(Step):
    """Store fixed values as answers (e.g. an outcome), then go on."""

    values: Mapping[str, str]
    next: str

    def targets(self) -> tuple[str, ...]:
        return (self.next,)


@dataclass(frozen=True)
class EndStep(Step):
    say: str | None


@dataclass(frozen=True)
class Flow:
    id: str
    start: str
    steps: Mapping[str, Step]
    origin: Origin
    menu: str | None = None         # the main flow names its menu step
    title: str | None = None        # message id naming the flow (diagrams, admin)
    digest: str = ""                # content hash: the flow's version
    command: str | None = None      # a /command that opens this flow from anywhere (e.g. /human, /mydata)

    def step(self, step_id: str | None) -> Step | None:
        return self.steps.get(step_id) if step_id else None


def digest_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def step_key(flow_id: str, step_id: str) -> str:
    """Short, stable token for a step, used in button data (Telegram allows 64 bytes)."""
    return hashlib.blake2s(f"{flow_id}/{step_id}".encode(), digest_size=4).hexdigest()


@dataclass(frozen=True)
class FlowCatalog:
    flows: Mapping[str, Flow]

    def flow(self, flow_id: str | None) -> Flow | None:
        return self.flows.get(flow_id) if flow_id else None

    def by_command(self, name: str) -> Flow | None:
        """The flow a global /command opens: one that declares ``command: name``, or the flow of that id
        for the built-in /human."""
        for flow in self.flows.values():
            if flow.command == name:
                return flow
        return self.flows.get(name) if name == "human" else None

    def questions(self) -> Iterator[tuple[Flow, Step]]:
        for flow in self.flows.values():
            for step in flow.steps.values():
                yield flow, step
