"""One consistent version of everything program staff edit, and what each feature adds to it.

The flows and the translations are read by the engine's and the translations' own loaders; every other
part (the FAQ index, the regions, the mentors file, ...) belongs to a feature, which names it with a
:class:`ContentKey` and reads it with its loader. ``content.get(FAQ)`` is then typed as the FAQ's content:
no string keys, and no feature needs to know how the app holds the parts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from bot.engine.flows import FlowCatalog
from bot.files import Problem
from bot.i18n import Locales

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@dataclass
class Loaded(Generic[T]):
    """What a feature's content loader returns: its content, its problems, and the message ids it uses
    (with file and line) so the validator checks them in every language and does not call them unused."""

    value: T
    problems: list[Problem] = field(default_factory=list)
    message_ids: dict[str, tuple[str, int]] = field(default_factory=dict)


#: a feature's content loader: (content root, the locales loaded in the same pass) -> Loaded
ContentLoader = Callable[[Path, Locales], Loaded[T]]
#: a feature's check across flows and texts (e.g. every answer mentors read has a short label) -> problems
ContentCheck = Callable[[FlowCatalog, Locales], list[Problem]]


@dataclass(frozen=True, eq=False)
class ContentKey(Generic[T_co]):
    """Names one feature's part of the content; its type parameter is the type of that part. Compared by
    identity: two features cannot overwrite each other's part by choosing the same name."""

    name: str


@dataclass(frozen=True)
class FeatureContent(Generic[T]):
    """A feature's part of the content: its key and its loader (run at start, by ``validate`` and on /reload)."""

    key: ContentKey[T]
    load: ContentLoader[T]


class ContentError(RuntimeError):
    def __init__(self, problems: list[Problem]):
        super().__init__("the content files have errors:\n" + "\n".join(str(p) for p in problems if p.is_error))
        self.problems = problems


@dataclass(frozen=True)
class Content:
    """One consistent, validated version of everything admins edit."""

    root: Path
    flows: FlowCatalog
    locales: Locales
    parts: Mapping[ContentKey[Any], object] = field(default_factory=dict)

    def get(self, key: ContentKey[T]) -> T | None:
        """The feature's part, or None when that feature is not part of this bot (e.g. a test's)."""
        # The loader stored under this key returned a Loaded[T] (FeatureContent ties them together).
        return cast("T | None", self.parts.get(key))

    def require(self, key: ContentKey[T]) -> T:
        part = self.get(key)
        if part is None:
            raise LookupError(f"the content has no '{key.name}' part: is its feature registered?")
        return part
