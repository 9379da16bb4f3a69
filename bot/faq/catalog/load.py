"""``load_faq``: every ``flows/faq/*.yaml`` read and checked into a ``FaqCatalog`` plus its problems.

A file with a YAML syntax error contributes nothing; an impossible date (``2026-02-30``) is no syntax
error but is read as text, so the rule for ``checked`` can point at its line.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import YAMLError

from bot.faq.catalog.model import FaqCatalog
from bot.faq.catalog.rules import FaqChecker
from bot.files.problems import Problem
from bot.files.yamlfile import YamlFile, load_yaml


def load_faq(directory: Path | str, *, today: dt.date | None = None) -> tuple[FaqCatalog, list[Problem]]:
    """Read every ``*.yaml`` in ``directory``; return the valid topics and entries and all problems found.

    ``today`` is only there for tests (a ``checked`` date after it is an error).
    """
    directory = Path(directory)
    checker = FaqChecker(today or dt.date.today())
    for path in sorted(directory.glob("*.yaml")):
        loaded, problem = _read(path)
        if problem is not None:
            checker.problems.append(problem)
            continue
        assert loaded is not None
        checker.check_file(path, loaded)
    return FaqCatalog(checker.topics, checker.entries), checker.problems


class _LenientConstructor(RoundTripConstructor):
    """Keeps an impossible date such as ``2026-02-30`` as text, so it can be reported with its line."""

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return str(node.value)


_LenientConstructor.add_constructor("tag:yaml.org,2002:timestamp", _LenientConstructor.construct_yaml_timestamp)


def _read(path: Path) -> tuple[YamlFile | None, Problem | None]:
    try:
        return load_yaml(path)
    except ValueError:
        # ruamel raises a plain ValueError (not a YAMLError) for a date like 2026-13-01; parse again
        # keeping such dates as text so the 'checked' rule can point at the line.
        yaml = YAML(typ="rt")
        yaml.Constructor = _LenientConstructor
        try:
            return YamlFile(str(path), yaml.load(path.read_text(encoding="utf-8"))), None
        except (YAMLError, ValueError) as exc:  # pragma: no cover - load_yaml reported the syntax first
            return None, Problem(str(path), 1, f"YAML error: {exc}", "check the file's syntax")
