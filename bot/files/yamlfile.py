"""YAML files with line numbers (ruamel.yaml keeps them on every mapping and sequence)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent

from bot.files.problems import Problem

# Parsed documents by their exact text: reloads and tests parse each unchanged file once per process.
# Loaders only read the parsed data, never change it, so sharing it is safe.
_CACHE: dict[tuple[str, bool], Any] = {}

T = TypeVar("T")


@dataclass(frozen=True)
class YamlFile:
    path: str
    data: Any


def load_yaml(path: Path | str, display: str | None = None, *, lines: bool = True
              ) -> tuple[YamlFile | None, Problem | None]:
    """Parse one YAML file; on a syntax error return a Problem with the file and line.

    ``lines=False`` gives plain dicts and lists without line numbers, parsed by libyaml (ruamel.yaml.clib)
    about ten times faster: for large files of plain items (the FAQ's example phrases) whose reader asks
    again with lines only when it has a problem to report."""
    name = display or str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, Problem(name, 1, f"cannot read the file: {exc}", "save it as UTF-8 text")
    cached = _CACHE.get((text, lines))
    if cached is not None:
        return YamlFile(name, cached), None
    yaml = YAML(typ="rt") if lines else YAML(typ="safe")      # "safe": the C parser where it is installed
    try:
        reused = _anchor_or_alias(name, text)
        if reused is not None:
            return None, reused
        data = yaml.load(text)
    except MarkedYAMLError as exc:
        # An unclosed bracket or quote is reported at the end of the file; the line
        # where it was opened (context_mark) is where the admin has to look.
        mark = exc.problem_mark or exc.context_mark
        if exc.context_mark is not None and "stream end" in str(exc.problem or ""):
            mark = exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        return None, Problem(name, line, f"YAML syntax error: {exc.problem or exc.context}",
                             "check indentation (spaces, not tabs) and that every ':' is followed by a space")
    except YAMLError as exc:
        return None, Problem(name, 1, f"YAML syntax error: {exc}", "check the file's syntax")
    if len(_CACHE) > 512:
        _CACHE.clear()
    _CACHE[(text, lines)] = data
    return YamlFile(name, data), None


def read_fast(path: Path | str, read: Callable[[YamlFile], tuple[T, list[Problem]]], empty: T
              ) -> tuple[T, list[Problem]]:
    """A large file of plain items read by ``read``: parsed fast without line numbers, and again with them
    only when ``read`` finds problems to report (their lines are what the admin needs)."""
    loaded, problem = load_yaml(path, lines=False)
    if problem is not None:
        return empty, [problem]
    assert loaded is not None                   # load_yaml gives a file or a problem
    value, problems = read(loaded)
    if problems:
        loaded, _ = load_yaml(path)
        assert loaded is not None
        value, problems = read(loaded)
    return value, problems


def _anchor_or_alias(name: str, text: str) -> Problem | None:
    """Anchors (&name) and aliases (*name) are refused: content files are edited by people who do not use
    them, and a few nested aliases expand to gigabytes ("billion laughs"). The events are read before
    anything is built, so checking costs time linear in the file's length — and nothing for a file without
    '&' or '*' (most of them), which cannot hold either: parsing is the larger part of loading the content."""
    if "&" not in text and "*" not in text:
        return None
    try:  # libyaml's events carry the same lines and come many times faster than the pure-Python parser's
        events = list(YAML(typ="safe").parse(text))
    except YAMLError:  # a syntax error: the same scan again reports it in the words of the loader below
        events = list(YAML(typ="rt").parse(text))
    anchor = None
    for event in events:
        if isinstance(event, AliasEvent):      # the copy is what expands: point there first
            return Problem(name, event.start_mark.line + 1, f"YAML alias '*{event.anchor}' is not allowed in content "
                           "files", "write the value out instead of referring to another place in the file")
        if anchor is None and getattr(event, "anchor", None):
            anchor = event
    if anchor is not None:
        return Problem(name, anchor.start_mark.line + 1, f"YAML anchor '&{anchor.anchor}' is not allowed in content "
                       "files", "remove the '&' name; write every value out where it is used")
    return None


def line_of(node: Any, key: Any = None, default: int = 1) -> int:
    """1-based line of a mapping/sequence (or of one of its keys / items) as written in the file."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return default
    try:
        if key is None:
            return lc.line + 1
        if isinstance(key, int):
            return lc.item(key)[0] + 1
        return lc.key(key)[0] + 1
    except (KeyError, IndexError, TypeError, AttributeError):
        return lc.line + 1
