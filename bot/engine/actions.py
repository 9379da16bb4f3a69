"""Action steps: the plug-in points for hand-over, FAQ search and other work a flow cannot express.

An action is entered when the flow reaches its step. It may finish at once (``done=True``, optionally
naming one of the step's ``exits``) or keep the conversation — e.g. while someone browses the FAQ — and
receive the user's next texts and its own button presses (``on_input``) until it is done.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Protocol

from bot.engine.flows import ActionStep
from bot.engine.io import Button, Event, Input, Output, Who
from bot.engine.state import State


@dataclass
class ActionContext:
    state: State                  # answers and scratch may be changed by the action
    step: ActionStep
    who: Who
    key: str                      # the step's token for button data
    text: str | None = None       # free text that led here (``on_text``), if any

    @property
    def lang(self) -> str:
        return self.state.lang or "de"

    @property
    def params(self) -> Mapping[str, str]:
        return self.step.params

    def button(self, label: str, payload: str, args: Mapping[str, object] | None = None, *,
               literal: bool = False) -> Button:
        """A button whose press comes back to this action as ``Press(payload)``."""
        return Button(label, f"a:{self.key}:{payload}", dict(args or {}), literal=literal)


@dataclass
class ActionResult:
    outputs: list[Output] = field(default_factory=list)
    done: bool = True
    exit: str | None = None       # name of one of the step's exits; None = the step's 'next'
    events: list[Event] = field(default_factory=list)


class Action(Protocol):
    #: exits this action may take, so the validator can check the flow names them
    exits: tuple[str, ...]

    async def enter(self, ctx: ActionContext) -> ActionResult: ...

    async def on_input(self, ctx: ActionContext, event: Input) -> ActionResult: ...
