"""The FAQ catalog as data: topics and entries with lookups by id.

The texts themselves (topic titles, questions, answers) live in Fluent files; ``FaqCatalog.message_ids``
lists the ids the catalog needs so the locale validator can check that all four locales have them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

LANGUAGES: tuple[str, ...] = ("de", "en", "ar", "es")
"""Languages the bot speaks; synonyms may only be given for these."""

MAX_ID_LENGTH = 40

#: rules an entry may name instead of a date in ``review_by`` (see bot/faq/review.py for what each means)
REVIEW_RULES: tuple[str, ...] = ("budget year",)


@dataclass(frozen=True)
class FaqTopic:
    """One topic (one file): its id and the Fluent id of its button label."""

    id: str
    title_id: str
    file: str
    line: int


@dataclass(frozen=True)
class FaqEntry:
    """One question with its answer; the texts are the Fluent messages ``question_id`` / ``answer_id``."""

    id: str
    topic: str
    checked: dt.date
    sources: tuple[str, ...]
    synonyms: Mapping[str, tuple[str, ...]] = field(hash=False)
    file: str
    line: int
    #: ``review_by``: a date, a rule from REVIEW_RULES, or None (then only the age of ``checked`` counts)
    review_by: dt.date | str | None = None
    review_line: int = 0

    @property
    def question_id(self) -> str:
        return f"faq-{self.id}-q"

    @property
    def answer_id(self) -> str:
        return f"faq-{self.id}-a"


class FaqCatalog:
    """All valid topics and entries, in file order, with lookups by id."""

    def __init__(self, topics: Iterable[FaqTopic], entries: Iterable[FaqEntry]) -> None:
        self.topics: tuple[FaqTopic, ...] = tuple(topics)
        self.entries: tuple[FaqEntry, ...] = tuple(entries)
        self._topics = {t.id: t for t in self.topics}
        self._entries = {e.id: e for e in self.entries}

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[FaqEntry]:
        return iter(self.entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def topic(self, topic_id: str) -> FaqTopic:
        """The topic with this id; KeyError if there is none."""
        return self._topics[topic_id]

    def entry(self, entry_id: str) -> FaqEntry:
        """The entry with this id; KeyError if there is none."""
        return self._entries[entry_id]

    def get(self, entry_id: str) -> FaqEntry | None:
        return self._entries.get(entry_id)

    def entries_of(self, topic_id: str) -> tuple[FaqEntry, ...]:
        """The entries of one topic, in file order."""
        return tuple(e for e in self.entries if e.topic == topic_id)

    def message_ids(self) -> tuple[str, ...]:
        """Every Fluent id the catalog needs in each locale: topic titles, questions and answers."""
        ids: list[str] = []
        for topic in self.topics:
            ids.append(topic.title_id)
            for entry in self.entries_of(topic.id):
                ids.extend((entry.question_id, entry.answer_id))
        return tuple(ids)

