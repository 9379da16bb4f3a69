"""A tiny reader of the FAQ's Fluent texts as plain text, for the command-line tools and tests.

The bot itself gets its texts from the app's i18n; ``FaqIndex.build`` only needs a function
``text(lang, message_id) -> str | None``. ``FaqTexts.load(locales_dir)`` provides one by parsing
``locales/<lang>/faq-*.ftl`` with fluent.syntax and joining each message's text elements (FAQ texts
have no placeables; a string literal placeable such as ``{ "{" }`` is kept, anything else is dropped).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from fluent.syntax import ast

from bot.faq.catalog import LANGUAGES
from bot.i18n.parsed import parsed


class FaqTexts:
    """Plain texts by language and message id; call it as ``texts(lang, message_id)``."""

    def __init__(self, messages: Mapping[str, Mapping[str, str]]) -> None:
        self._messages = {lang: dict(by_id) for lang, by_id in messages.items()}

    def __call__(self, lang: str, message_id: str) -> str | None:
        return self._messages.get(lang, {}).get(message_id)

    def ids(self, lang: str) -> frozenset[str]:
        return frozenset(self._messages.get(lang, {}))

    @classmethod
    def load(cls, locales_dir: Path | str, languages: Iterable[str] = LANGUAGES,
             pattern: str = "faq-*.ftl") -> FaqTexts:
        """Read ``<locales_dir>/<lang>/<pattern>`` for each language (missing files: no texts)."""
        messages: dict[str, dict[str, str]] = {}
        for lang in languages:
            by_id: dict[str, str] = {}
            for path in sorted(Path(locales_dir, lang).glob(pattern)):
                resource = parsed(path.read_text(encoding="utf-8"))
                for item in resource.body:
                    if isinstance(item, ast.Message) and item.value is not None:
                        by_id[item.id.name] = plain_text(item.value)
            messages[lang] = by_id
        return cls(messages)


def plain_text(pattern: ast.Pattern) -> str:
    """The text of a Fluent pattern without markup (string literal placeables kept)."""
    parts: list[str] = []
    for element in pattern.elements:
        if isinstance(element, ast.TextElement):
            parts.append(element.value)
        elif isinstance(element, ast.Placeable) and isinstance(element.expression, ast.StringLiteral):
            parts.append(element.expression.parse()["value"])
    return "".join(parts).strip()
