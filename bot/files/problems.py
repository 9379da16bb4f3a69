"""One problem found in a content file, phrased for the admin who has to fix it."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """Where (file:line, flow, step), what is wrong and how to fix it."""

    file: str
    line: int
    message: str
    hint: str = ""
    flow: str = ""
    step: str = ""
    severity: Severity = Severity.ERROR
    #: what kind of check found it; "review" (FAQ facts due for a new check) is always shown by `validate`
    kind: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}"
        ctx = " ".join(p for p in (f"flow={self.flow}" if self.flow else "", f"step={self.step}" if self.step else "") if p)
        text = f"{where}: {self.severity.value}: {self.message}"
        if ctx:
            text += f" [{ctx}]"
        if self.hint:
            text += f" — how to fix: {self.hint}"
        return text
