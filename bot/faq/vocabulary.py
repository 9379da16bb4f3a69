"""The shared word lists of the FAQ search, per language: ``flows/faq/words/<lang>.yaml`` (admins edit them).

Three lists per language (see docs/faq-format.md):

- ``same``: groups of words that mean the same for the search — everyday words and the words the FAQ
  texts use ("gebühren" = "kosten"), dialect and standard words ("وين" = "أين"), a job and its family
  ("elektriker" = "handwerker"). A query word of a group also finds entries that use another word of
  the group. These are general word meanings, never whole questions: those belong to an entry's
  ``synonyms``.
- ``neutral``: words that say *where* or *who*, not *what* — places, countries. A query word on this
  list is ignored unless an FAQ text uses it, so "Kurs in Zwickau" is searched as "Kurs".
- ``courtesy``: greetings, thanks and set phrases around a question ("hallo", "ich habe eine frage",
  "vielen dank"). People write them before and after what they ask; without this list a question like
  "hallo, was kostet der kurs" looked like small talk and was declined. They are taken off the start and the
  end of the question before it is searched (``Vocabulary.without_courtesy``); when nothing but stop words
  is left ("hallo", "thank you so much") nothing is searched: the search declines, as for small talk.

Built in (no list needed): the country names of every language (Babel) and the places of Saxony from
``bot/data/sachsen_plz.csv`` are neutral too.
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from babel import Locale

from bot.faq.analysis import STOPWORDS, fold, words
from bot.files.problems import Problem, Severity
from bot.files.yamlfile import line_of, load_yaml

WORDS_DIR = Path("flows") / "faq" / "words"
"""Relative to the project root; ``FaqIndex.build`` looks for it next to the topic files."""

_KEYS = ("same", "neutral", "courtesy")


@dataclass(frozen=True)
class Vocabulary:
    """One language's shared lists, as normalised words (phrases in ``same`` as word tuples)."""

    same: tuple[tuple[tuple[str, ...], ...], ...] = ()
    neutral: frozenset[str] = frozenset()
    courtesy: tuple[tuple[str, ...], ...] = ()
    """Greetings and set phrases as folded word tuples, longest first."""
    filler: frozenset[str] = field(default=frozenset(), compare=False)
    """The language's stop words: what is left of "thank you so much" ("so much") is no question."""
    problems: tuple[Problem, ...] = field(default=(), compare=False)
    courtesy_at: tuple[str, int] = field(default=("", 1), compare=False)
    """File and line of the courtesy list, for the problems ``clashes`` reports."""

    def clashes(self, content: Iterable[str]) -> list[Problem]:
        """Courtesy phrases that are also content — an entry's synonym (``content``) or a word of a ``same``
        group: taken off a question's start or end, they would hide what it asks."""
        searched = {tuple(fold(w) for w in words(c)) for c in content}
        searched |= {tuple(fold(w) for w in phrase) for group in self.same for phrase in group}
        file, line = self.courtesy_at
        return [Problem(file, line, f"'{' '.join(phrase)}' is courtesy and also a word the FAQ searches for",
                        "take it out of 'courtesy:', or out of the synonyms or word group that use it",
                        severity=Severity.WARNING)
                for phrase in self.courtesy if phrase in searched]

    def without_courtesy(self, text: str) -> str:
        """``text`` without the courtesy phrases it starts and ends with (as normalised words): ``text`` itself
        when it has none, and "" when nothing but courtesy and stop words is left ("thank you so much" is small
        talk: there is nothing to search). Only the edges: inside a sentence the same words are often content
        ("mi mentor me puede ayudar con …")."""
        if not self.courtesy:
            return text
        found = words(text)
        if not found or (fold(found[0]) not in self._by_first and fold(found[-1]) not in self._by_last):
            return text                         # most questions: no edge word starts or ends a phrase
        folded = [fold(w) for w in found]
        first, last = 0, len(found)
        while (phrase := self._courtesy_at(folded, first, last, from_end=False)) is not None:
            first += len(phrase)
        while (phrase := self._courtesy_at(folded, first, last, from_end=True)) is not None:
            last -= len(phrase)
        if (first, last) == (0, len(found)):
            return text
        if all(w in self.filler for w in folded[first:last]):
            return ""
        return " ".join(found[first:last])

    def _courtesy_at(self, folded: list[str], first: int, last: int, *, from_end: bool) -> tuple[str, ...] | None:
        """The longest courtesy phrase that starts at ``first`` (or ends at ``last``) within first..last."""
        if first >= last:
            return None
        by_edge, word = (self._by_last, folded[last - 1]) if from_end else (self._by_first, folded[first])
        for phrase in by_edge.get(word, ()):
            if len(phrase) <= last - first and tuple(
                    folded[last - len(phrase):last] if from_end else folded[first:first + len(phrase)]) == phrase:
                return phrase
        return None

    # Every example phrase passes through ``without_courtesy`` at start-up: looking the phrases up by their
    # edge word instead of trying each one keeps that from costing a quarter of a second.
    @functools.cached_property
    def _by_first(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        return _by_word(self.courtesy, 0)

    @functools.cached_property
    def _by_last(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        return _by_word(self.courtesy, -1)


def _by_word(phrases: tuple[tuple[str, ...], ...], at: int) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases by their first (``at`` 0) or last (-1) word, longest first as in ``phrases``."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        out.setdefault(phrase[at], []).append(phrase)
    return {word: tuple(group) for word, group in out.items()}


def load_vocabulary(directory: Path | str | None, lang: str) -> Vocabulary:
    """``<directory>/<lang>.yaml`` plus the built-in neutral words; a missing file means no shared words."""
    neutral = set(builtin_neutral())
    same: list[tuple[tuple[str, ...], ...]] = []
    courtesy: list[tuple[str, ...]] = []
    problems: list[Problem] = []
    path = Path(directory) / f"{lang}.yaml" if directory is not None else None
    courtesy_at = (str(path), 1)
    if path is not None and path.is_file():
        loaded, problem = load_yaml(path)
        if problem is not None:
            problems.append(problem)
        elif loaded is not None and loaded.data is not None:
            data = loaded.data
            if not isinstance(data, dict) or set(data) - set(_KEYS):
                problems.append(Problem(loaded.path, 1, f"a word list has only the keys {', '.join(_KEYS)}",
                                        "write 'same:' (groups of words that mean the same), 'neutral:' "
                                        "(places and other words the search should ignore) and 'courtesy:' "
                                        "(greetings and thanks around a question)"))
            else:
                same, more = _groups(loaded.path, data.get("same") or [])
                problems += more
                words_, more = _neutral(loaded.path, data.get("neutral") or [])
                neutral |= words_
                problems += more
                courtesy_at = (loaded.path, line_of(data, "courtesy"))
                courtesy, more = _courtesy(loaded.path, data.get("courtesy") or [], courtesy_at[1])
                problems += more
    return Vocabulary(tuple(same), frozenset(neutral), tuple(courtesy), STOPWORDS.get(lang, frozenset()), tuple(problems),
                      courtesy_at)


def _groups(file: str, raw: object) -> tuple[list[tuple[tuple[str, ...], ...]], list[Problem]]:
    if not isinstance(raw, list):
        return [], [Problem(file, 1, "'same' must be a list of groups", "write each group as '- [word, word, ...]'")]
    groups, problems = [], []
    for index, group in enumerate(raw):
        line = line_of(raw, index)
        if not isinstance(group, list) or len(group) < 2 or not all(isinstance(w, str) and w.strip() for w in group):
            problems.append(Problem(file, line, "a group of words that mean the same needs two or more words",
                                    "write '- [word, other word, ...]'"))
            continue
        groups.append(tuple(tuple(words(w)) for w in group if words(w)))
    return groups, problems


def _neutral(file: str, raw: object) -> tuple[set[str], list[Problem]]:
    if not isinstance(raw, list) or not all(isinstance(w, str) for w in raw):
        return set(), [Problem(file, line_of(raw) if isinstance(raw, list) else 1,
                               "'neutral' must be a list of words", "write 'neutral: [word, word, ...]'")]
    return {fold(w) for item in raw for w in words(item)}, []


def _courtesy(file: str, raw: object, line: int) -> tuple[list[tuple[str, ...]], list[Problem]]:
    if not isinstance(raw, list) or not all(isinstance(w, str) for w in raw):
        return [], [Problem(file, line,
                            "'courtesy' must be a list of greetings and set phrases",
                            "write 'courtesy: [hallo, vielen dank, ich habe eine frage, ...]'")]
    phrases = {tuple(fold(w) for w in words(item)) for item in raw if words(item)}
    return sorted(phrases, key=lambda p: (-len(p), p)), []


@functools.lru_cache(maxsize=1)
def builtin_neutral() -> frozenset[str]:
    """Single-word country names in de, en, es and ar, and Saxon place names (normalised, folded)."""
    out: set[str] = set()
    for lang in ("de", "en", "es", "ar"):
        for name in Locale(lang).territories.values():
            parts = words(name)
            if len(parts) == 1 and len(parts[0]) >= 4:
                out.add(fold(parts[0]))
    text = resources.files("bot").joinpath("data/sachsen_plz.csv").read_text(encoding="utf-8")
    for row in csv.DictReader(io.StringIO(text, newline="")):
        parts = words(row["place"])
        if len(parts) == 1 and len(parts[0]) >= 4:
            out.add(fold(parts[0]))
    return frozenset(out)
