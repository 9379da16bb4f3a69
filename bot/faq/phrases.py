"""Example questions per entry and language (flows/faq/phrases/<lang>.yaml): the many ways people ask
the same thing, written by staff and translators. The search treats them like an entry's synonyms;
keeping them in one file per language lets each language be written and reviewed on its own.

Format::

    integration-course-cost:
      - was kostet der integrationskurs
      - muss ich den kurs selbst bezahlen
"""

from __future__ import annotations

from pathlib import Path

from bot.files import Problem, YamlFile, line_of, read_fast


def load_phrases(directory: Path | str | None, lang: str, known: set[str]) -> tuple[dict[str, tuple[str, ...]],
                                                                                    list[Problem]]:
    """``<directory>/<lang>.yaml`` as entry id → phrases; unknown ids and non-text items are problems."""
    path = Path(directory) / f"{lang}.yaml" if directory is not None else None
    if path is None or not path.is_file():
        return {}, []
    return read_fast(path, lambda loaded: _read(loaded, known), {})


def _read(loaded: YamlFile, known: set[str]) -> tuple[dict[str, tuple[str, ...]], list[Problem]]:
    data = loaded.data or {}
    if not isinstance(data, dict):
        return {}, [Problem(loaded.path, 1, "the phrase file must map entry ids to lists of questions",
                            "write 'entry-id:' and below it '- a question' lines")]
    phrases: dict[str, tuple[str, ...]] = {}
    problems: list[Problem] = []
    for entry_id, items in data.items():
        line = line_of(data, entry_id)
        if entry_id not in known:
            problems.append(Problem(loaded.path, line, f"there is no FAQ entry '{entry_id}'",
                                    "use an id from flows/faq/<topic>.yaml"))
            continue
        if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
            problems.append(Problem(loaded.path, line, f"the phrases of '{entry_id}' must be a list of questions",
                                    "write each question on its own line starting with '- '"))
            continue
        phrases[str(entry_id)] = tuple(str(i) for i in items)
    return phrases, problems
