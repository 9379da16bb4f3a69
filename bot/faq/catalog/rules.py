"""The rules an FAQ file must follow, one method per rule group (format: ``docs/faq-format.md``).

Every problem is collected with ``file:line`` and a hint for the admin; nothing stops the run. An entry
with an error is left out, so the bot never shows a half-valid entry. Ids are checked across all files,
so one ``FaqChecker`` sees every file of a catalog.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from bot.faq.catalog.model import LANGUAGES, MAX_ID_LENGTH, REVIEW_RULES, FaqEntry, FaqTopic
from bot.files.problems import Problem, Severity
from bot.files.yamlfile import YamlFile, line_of

_ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_MESSAGE_ID_RE = re.compile(r"[a-zA-Z][a-zA-Z0-9_-]*")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")

_TOPIC_KEYS = ("topic", "title", "entries")
_ENTRY_KEYS = ("id", "checked", "review_by", "sources", "synonyms")


class FaqChecker:
    """Collects the valid topics and entries of the files it is given, and every problem found."""

    def __init__(self, today: dt.date) -> None:
        self.today = today
        self.topics: list[FaqTopic] = []
        self.entries: list[FaqEntry] = []
        self.problems: list[Problem] = []
        self._topic_seen: dict[str, str] = {}
        self._entry_seen: dict[str, str] = {}

    def _problem(self, file: str, line: int, message: str, hint: str, *, topic: str = "", entry: str = "",
                 severity: Severity = Severity.ERROR) -> None:
        self.problems.append(Problem(file, line, message, hint, flow=topic, step=entry, severity=severity))

    # file level

    def check_file(self, path: Path, loaded: YamlFile) -> None:
        """One topic file, read from ``path``."""
        file, data = loaded.path, loaded.data
        if not isinstance(data, Mapping):
            self._problem(file, 1, "an FAQ file must be a mapping with 'topic', 'title' and 'entries'",
                          "start the file with 'topic: <id>', then 'title: faq-topic-<id>' and 'entries:'")
            return
        self._unknown_keys(file, data, _TOPIC_KEYS, "topic file")
        topic_id = self._topic_id(file, path, data)
        title_id = self._title(file, data, topic_id)
        raw_entries = self._entry_list(file, data, topic_id)
        if topic_id and title_id:
            self.topics.append(FaqTopic(topic_id, title_id, file, line_of(data, "topic")))
        for index, raw in enumerate(raw_entries):
            entry = self._entry(file, raw, line_of(raw_entries, index), topic_id or path.stem)
            if entry is not None and topic_id and title_id:
                self.entries.append(entry)

    def _unknown_keys(self, file: str, node: Mapping[Any, Any], known: tuple[str, ...], what: str,
                      topic: str = "", entry: str = "") -> None:
        for key in node:
            if key not in known:
                self._problem(file, line_of(node, key), f"unknown key {key!r} in a {what}",
                              f"allowed keys are {', '.join(known)}; check the spelling or remove the key",
                              topic=topic, entry=entry)

    def _topic_id(self, file: str, path: Path, data: Mapping[str, Any]) -> str:
        value = data.get("topic")
        line = line_of(data, "topic") if "topic" in data else line_of(data)
        if value is None:
            self._problem(file, line, "the topic id is missing",
                          f"add 'topic: {path.stem}' at the top of the file")
            return ""
        if not isinstance(value, str) or not _ID_RE.fullmatch(value):
            self._problem(file, line, f"topic id {value!r} is not valid",
                          "use lower-case letters a-z, digits and single '-' between them, e.g. 'language'")
            return ""
        if value in self._topic_seen:
            self._problem(file, line, f"topic {value!r} is already defined in {self._topic_seen[value]}",
                          "merge the two files or give this topic another id", topic=value)
            return ""
        self._topic_seen[value] = f"{file}:{line}"
        if value != path.stem:
            self._problem(file, line, f"topic {value!r} is in a file named {path.name!r}",
                          f"rename the file to '{value}.yaml' (its texts are in faq-{value}.ftl)", topic=value)
            return ""
        return value

    def _title(self, file: str, data: Mapping[str, Any], topic: str) -> str:
        value = data.get("title")
        if value is None:
            self._problem(file, line_of(data), "the topic title (a Fluent message id) is missing",
                          f"add 'title: faq-topic-{topic or '<topic>'}' and that message to every locale",
                          topic=topic)
            return ""
        line = line_of(data, "title")
        if not isinstance(value, str) or not _MESSAGE_ID_RE.fullmatch(value):
            self._problem(file, line, f"title {value!r} is not a Fluent message id",
                          f"write the message id, e.g. 'faq-topic-{topic or '<topic>'}', not the text itself",
                          topic=topic)
            return ""
        if topic and value != f"faq-topic-{topic}":
            self._problem(file, line, f"title {value!r} does not follow the naming 'faq-topic-{topic}'",
                          f"use 'title: faq-topic-{topic}' so translators find the message",
                          topic=topic, severity=Severity.WARNING)
        return value

    def _entry_list(self, file: str, data: Mapping[str, Any], topic: str) -> list[Any]:
        value = data.get("entries")
        if value is None:
            self._problem(file, line_of(data), "the list of entries is missing",
                          "add 'entries:' followed by '- id: ...' items", topic=topic)
            return []
        if not isinstance(value, list) or not value:
            self._problem(file, line_of(data, "entries"), "'entries' must be a non-empty list",
                          "write each entry as an item starting with '- id: ...'", topic=topic)
            return []
        return value

    # entry level

    def _entry(self, file: str, raw: Any, line: int, topic: str) -> FaqEntry | None:
        if not isinstance(raw, Mapping):
            self._problem(file, line, "an entry must be a mapping with 'id', 'checked', 'sources'",
                          "start the entry with '- id: <entry-id>' and indent its other keys below it",
                          topic=topic)
            return None
        line = line_of(raw)
        before = len([p for p in self.problems if p.is_error])
        entry_id = self._entry_id(file, raw, line, topic)
        label = entry_id or str(raw.get("id", ""))
        self._unknown_keys(file, raw, _ENTRY_KEYS, "FAQ entry", topic, label)
        checked = self._checked(file, raw, line, topic, label)
        review_by = self._review_by(file, raw, topic, label)
        sources = self._sources(file, raw, line, topic, label)
        synonyms = self._synonyms(file, raw, topic, label)
        if len([p for p in self.problems if p.is_error]) > before or checked is None or not entry_id:
            return None
        return FaqEntry(entry_id, topic, checked, sources, synonyms, file, line, review_by,
                        line_of(raw, "review_by") if "review_by" in raw else 0)

    def _entry_id(self, file: str, raw: Mapping[str, Any], line: int, topic: str) -> str:
        value = raw.get("id")
        if value is None:
            self._problem(file, line, "the entry has no 'id'",
                          "add 'id: <entry-id>' (a-z, 0-9, '-'); it must never change once published",
                          topic=topic)
            return ""
        line = line_of(raw, "id")
        if not isinstance(value, str) or not _ID_RE.fullmatch(value):
            self._problem(file, line, f"entry id {value!r} is not valid",
                          "use lower-case letters a-z, digits and single '-' between them, e.g. "
                          "'integration-course-who'", topic=topic)
            return ""
        if len(value) > MAX_ID_LENGTH:
            self._problem(file, line, f"entry id {value!r} is {len(value)} characters long",
                          f"shorten it to at most {MAX_ID_LENGTH} characters (it is part of button data)",
                          topic=topic, entry=value)
            return ""
        if value in self._entry_seen:
            self._problem(file, line, f"entry id {value!r} is already used at {self._entry_seen[value]}",
                          "entry ids must be unique over all FAQ files; give one of them another id",
                          topic=topic, entry=value)
            return ""
        self._entry_seen[value] = f"{file}:{line}"
        return value

    def _checked(self, file: str, raw: Mapping[str, Any], line: int, topic: str, entry: str) -> dt.date | None:
        if "checked" not in raw:
            self._problem(file, line, "the entry has no 'checked' date",
                          "add 'checked: YYYY-MM-DD', the day the facts were checked against the sources",
                          topic=topic, entry=entry)
            return None
        value = raw["checked"]
        line = line_of(raw, "checked")
        if isinstance(value, str) and _DATE_RE.fullmatch(value.strip()):
            try:
                value = dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
            self._problem(file, line, f"'checked' is {value!s:.40} — not a real date",
                          "write the date as YYYY-MM-DD without a time, e.g. 2026-11-23",
                          topic=topic, entry=entry)
            return None
        if value > self.today:
            self._problem(file, line, f"'checked' date {value.isoformat()} is in the future",
                          "use the day the facts were actually checked (today or earlier)",
                          topic=topic, entry=entry)
            return None
        return value

    def _review_by(self, file: str, raw: Mapping[str, Any], topic: str, entry: str) -> dt.date | str | None:
        """Optional: the day the facts must be checked again, or a rule such as 'budget year'. A date in the
        past is no error: it is exactly what `validate` and /stats remind the team of."""
        if "review_by" not in raw:
            return None
        value = raw["review_by"]
        line = line_of(raw, "review_by")
        if isinstance(value, str):
            text = " ".join(value.split()).lower()
            if _DATE_RE.fullmatch(text):
                try:
                    return dt.date.fromisoformat(text)
                except ValueError:
                    pass
            elif text in REVIEW_RULES:
                return text
        elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        self._problem(file, line, f"'review_by' is {value!s:.40} — neither a date nor a known rule",
                      "write a date as YYYY-MM-DD (e.g. 2027-01-01) or one of: "
                      + ", ".join(repr(r) for r in REVIEW_RULES), topic=topic, entry=entry)
        return None

    def _sources(self, file: str, raw: Mapping[str, Any], line: int, topic: str, entry: str) -> tuple[str, ...]:
        value = raw.get("sources")
        if value is None:
            self._problem(file, line, "the entry has no 'sources'",
                          "add 'sources:' with at least one official https link, one per line as '- https://...'",
                          topic=topic, entry=entry)
            return ()
        if not isinstance(value, list) or not value:
            self._problem(file, line_of(raw, "sources"), "'sources' must be a non-empty list of links",
                          "write each link on its own line as '- https://...'", topic=topic, entry=entry)
            return ()
        good: list[str] = []
        for index, url in enumerate(value):
            item_line = line_of(value, index)
            if not isinstance(url, str) or not _is_https_url(url):
                self._problem(file, item_line, f"source {url!s:.80} is not an https link",
                              "give the full address starting with https:// (copy it from the browser)",
                              topic=topic, entry=entry)
            elif url in good:
                self._problem(file, item_line, f"source {url} is listed twice", "remove the second copy",
                              topic=topic, entry=entry, severity=Severity.WARNING)
            else:
                good.append(url)
        return tuple(good)

    def _synonyms(self, file: str, raw: Mapping[str, Any], topic: str, entry: str) -> Mapping[str, tuple[str, ...]]:
        value = raw.get("synonyms")
        if value is None:
            return MappingProxyType({})
        if not isinstance(value, Mapping):
            self._problem(file, line_of(raw, "synonyms"), "'synonyms' must map languages to lists of words",
                          "write e.g. 'de: [integrationskurs, deutschkurs]' on its own line below 'synonyms:'",
                          topic=topic, entry=entry)
            return MappingProxyType({})
        result: dict[str, tuple[str, ...]] = {}
        for lang, words in value.items():
            line = line_of(value, lang)
            if lang not in LANGUAGES:
                self._problem(file, line, f"synonyms for unknown language {lang!r}",
                              f"use one of {', '.join(LANGUAGES)}", topic=topic, entry=entry)
                continue
            if isinstance(words, str):
                words = [words]
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                self._problem(file, line, f"synonyms for {lang!r} must be a list of words or phrases",
                              "write them as [word one, word two]; quote a phrase that contains ':' or ','",
                              topic=topic, entry=entry)
                continue
            result[lang] = tuple(w.strip() for w in words)
        return MappingProxyType(result)


def _is_https_url(url: str) -> bool:
    if any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    return parts.scheme == "https" and host is not None and "." in host
