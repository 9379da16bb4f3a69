"""Questions the FAQ does not answer, as examples: ``flows/faq/phrases/out-of-scope-<lang>.yaml``.

The n-gram classifier (``bot.faq.ngram``) learns them as one more class, "none of the entries": housing,
benefits, asylum, visas, work contracts, small talk. Its probability of that class is one of the numbers
the search declines by (``bot.faq.bands``). Written freely by staff, like the example phrases — never
taken from the evaluation sets (tests/faq_eval/README.md). Format: a list of questions::

    - wie beantrage ich wohngeld
    - erzähl mir einen witz
"""

from __future__ import annotations

from pathlib import Path

from bot.files import Problem, YamlFile, line_of, read_fast


def load_out_of_scope(directory: Path | str | None, lang: str) -> tuple[tuple[str, ...], list[Problem]]:
    """``<directory>/out-of-scope-<lang>.yaml`` as questions; a missing file means none."""
    path = Path(directory) / f"out-of-scope-{lang}.yaml" if directory is not None else None
    if path is None or not path.is_file():
        return (), []
    return read_fast(path, _read, ())


def _read(loaded: YamlFile) -> tuple[tuple[str, ...], list[Problem]]:
    data = loaded.data or []
    if not isinstance(data, list):
        return (), [Problem(loaded.path, 1, "the out-of-scope file must be a list of questions",
                            "write each question on its own line starting with '- '")]
    questions: list[str] = []
    problems: list[Problem] = []
    for index, item in enumerate(data):
        if isinstance(item, str) and item.strip():
            questions.append(item)
        else:
            problems.append(Problem(loaded.path, line_of(data, index), "an out-of-scope example must be a question",
                                    "write the question as text after '- '"))
    return tuple(questions), problems
