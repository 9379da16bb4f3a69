"""Reading and validating all content in one pass: flows, translations, then every feature's part."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from bot.content.model import Content, ContentCheck, ContentKey, FeatureContent
from bot.engine import Action, load_flows
from bot.engine.validate import validate_flows
from bot.engine.validators import Validator
from bot.files import Problem
from bot.i18n import load_locales


def load_content(root: Path, parts: Sequence[FeatureContent[Any]], checks: Sequence[ContentCheck], *,
                 actions: Mapping[str, Action], validators: Mapping[str, Validator],
                 provided: Iterable[str]) -> tuple[Content | None, list[Problem]]:
    """Every problem (errors and warnings) and, when there is no error, the content. ``actions``,
    ``validators`` and ``provided`` (answers set outside questions) are what flows may name."""
    flows, problems = load_flows(root / "flows", display_root=root)
    locales, locale_problems = load_locales(root / "locales", display_root=root)
    problems += locale_problems
    loaded: dict[ContentKey[Any], object] = {}
    message_ids: dict[str, tuple[str, int]] = {}
    for part in parts:
        result = part.load(root, locales)
        loaded[part.key] = result.value
        problems += result.problems
        message_ids.update(result.message_ids)
    for check in checks:
        problems += check(flows, locales)
    problems += validate_flows(flows, locales, actions=actions, validators=validators, provided=provided,
                               extra_ids=message_ids)
    if any(p.is_error for p in problems):
        return None, problems
    return Content(root, flows, locales, loaded), problems
