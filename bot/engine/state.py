"""Conversation state: a pointer into a flow plus the answers so far. Stored as JSON."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

MAX_HISTORY = 40


@dataclass
class Frame:
    flow: str
    step: str
    resume: str = "next"     # after the called flow ends: "next" goes on after the call step, "self" re-shows it


@dataclass
class State:
    """``answers``, ``history`` and ``scratch`` hold JSON values. They stay ``Any``: each feature reads its own
    keys and knows their types (e.g. the FAQ's views in the scratch), which ``object`` would make it cast."""

    flow: str = ""                       # "" = no question open (idle)
    step: str = ""
    answers: dict[str, Any] = field(default_factory=dict)
    stack: list[Frame] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    lang: str | None = None
    version: str = ""                    # digest of the flow when the step was entered
    scratch: dict[str, Any] = field(default_factory=dict)   # private data of actions and channels
    conv: str = field(default_factory=lambda: uuid.uuid4().hex[:16])

    @property
    def idle(self) -> bool:
        return not self.flow

    def to_json(self) -> str:
        # Not dataclasses.asdict: it deep-copies every value of the history, which made this the costliest
        # call per update. Same JSON; a dataclass nested in an answer still becomes a dict.
        data = {"flow": self.flow, "step": self.step, "answers": self.answers,
                "stack": [asdict(frame) for frame in self.stack], "history": self.history, "lang": self.lang,
                "version": self.version, "scratch": self.scratch, "conv": self.conv}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=asdict)

    @classmethod
    def from_json(cls, text: str | None) -> "State":
        """Read stored state; anything unreadable gives a fresh state rather than an error."""
        if not text:
            return cls()
        try:
            raw = json.loads(text)
            stack = [Frame(**f) for f in raw.get("stack", [])]
            return cls(flow=str(raw.get("flow", "")), step=str(raw.get("step", "")),
                       answers=dict(raw.get("answers", {})), stack=stack,
                       history=list(raw.get("history", []))[-MAX_HISTORY:], lang=raw.get("lang"),
                       version=str(raw.get("version", "")), scratch=dict(raw.get("scratch", {})),
                       conv=str(raw.get("conv") or uuid.uuid4().hex[:16]))
        except (ValueError, TypeError, AttributeError):
            return cls()
