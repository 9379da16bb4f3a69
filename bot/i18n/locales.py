"""Fluent catalogs, wrapped once.

Fallback chain (documented for admins in docs/): the user's language → English → German. A message id
missing everywhere is logged and shown as ``[id]`` so it is noticed, never silently swallowed.

Bidi: Arabic message bodies are formatted with Fluent's isolation marks (FSI/PDI) around variables, so a
Latin name, a number or a link inside an Arabic sentence keeps its own direction. Button labels and
anything a user may copy or type back are formatted without any invisible marks.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from babel import Locale
from babel.core import negotiate_locale
from fluent.runtime import FluentBundle
from fluent.syntax import ast as fast
from fluent.syntax.visitor import Visitor

from bot.files import Problem
from bot.i18n.parsed import parsed

log = logging.getLogger(__name__)

LANGUAGES = ("de", "en", "ar", "es")
FALLBACK = ("en", "de")
RTL = {"ar"}
BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


class _Vars(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: fast.VariableReference) -> None:  # noqa: N802 - Fluent's naming
        self.names.add(node.id.name)


@dataclass
class Locales:
    """All catalogs. ``ids[lang]`` maps message id -> (file, line, variables)."""

    ids: dict[str, dict[str, tuple[str, int, frozenset[str]]]] = field(default_factory=dict)
    _bundles: dict[tuple[str, bool], FluentBundle] = field(default_factory=dict)

    def has(self, lang: str, msg_id: str) -> bool:
        return msg_id in self.ids.get(lang, {})

    def text(self, lang: str | None, msg_id: str, args: Mapping[str, object] | None = None, *,
             label: bool = False) -> str:
        """Format a message; ``label=True`` for buttons and copyable text (never any bidi marks)."""
        chain = [lang] if lang in LANGUAGES else []
        chain += [f for f in FALLBACK if f not in chain]
        for code in chain:
            if msg_id not in self.ids.get(code, {}):
                continue
            if code != lang:
                log.warning("message %s missing in %s, using %s", msg_id, lang, code)
            isolate = code in RTL and not label
            bundle = self._bundles[(code, isolate)]
            message = bundle.get_message(msg_id)
            if message.value is None:
                continue
            formatted, errors = bundle.format_pattern(message.value, dict(args or {}))
            # typed "str or FluentNone"; a message's pattern always resolves to text (Fluent's own "{???}" else)
            text = formatted if isinstance(formatted, str) else "{???}"
            for err in errors:
                log.warning("message %s (%s): %s", msg_id, code, err)
            return BIDI_MARKS.sub("", text) if label else text
        log.error("message %s missing in every language", msg_id)
        return f"[{msg_id}]"


def load_locales(directory: Path, display_root: Path | None = None) -> tuple[Locales, list[Problem]]:
    problems: list[Problem] = []
    result = Locales()
    root = display_root or directory.parent
    for lang in LANGUAGES:
        ids: dict[str, tuple[str, int, frozenset[str]]] = {}
        bundles = {iso: FluentBundle([lang], use_isolating=iso) for iso in (False, True)}
        folder = directory / lang
        files = sorted(folder.glob("*.ftl")) if folder.is_dir() else []
        if not files:
            problems.append(Problem(_rel(folder, root), 1, f"no .ftl files for language '{lang}'",
                                    f"add {lang}/*.ftl with the same message ids as the other languages"))
        for path in files:
            display = _rel(path, root)
            text = path.read_text(encoding="utf-8")
            resource = parsed(text)
            for entry in resource.body:
                line = text.count("\n", 0, entry.span.start) + 1 if entry.span else 1
                if isinstance(entry, fast.Junk):
                    detail = entry.annotations[0].message if entry.annotations else "syntax error"
                    problems.append(Problem(display, line, f"the translation file does not parse: {detail}",
                                            "each message is 'id = text'; continued lines are indented by spaces"))
                elif isinstance(entry, fast.Message):
                    name = entry.id.name
                    if name in ids:
                        problems.append(Problem(display, line, f"message id '{name}' is defined twice in '{lang}'",
                                                f"remove one; the other is at {ids[name][0]}:{ids[name][1]}"))
                        continue
                    visitor = _Vars()
                    visitor.visit(entry)
                    ids[name] = (display, line, frozenset(visitor.names))
            for bundle in bundles.values():        # bundles only read the tree: one parse serves both
                bundle.add_resource(resource)
        result.ids[lang] = ids
        for iso, bundle in bundles.items():
            result._bundles[(lang, iso)] = bundle
    return result, problems


def negotiate(hint: str | None) -> str | None:
    """Map a client's language code (e.g. Telegram's 'de', 'en-GB', 'ar') to a supported language."""
    if not hint:
        return None
    return negotiate_locale([hint.replace("-", "_")], list(LANGUAGES))


def language_name(code: str) -> str:
    """The language's own name for itself, e.g. 'Deutsch', 'العربية' (from Babel's CLDR data)."""
    name = Locale.parse(code).get_display_name(code) or code
    return name[:1].upper() + name[1:]


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)
