"""The FAQ as part of the content (key :data:`FAQ`): reads ``flows/faq`` and builds the search index.

Runs at start and on every /reload, over the locales loaded in the same pass, so a reload that changes
an answer also changes what the search finds. Problems (``file:line`` with a hint) join ``validate``;
the message ids the FAQ needs (topic titles, questions, answers and the texts of the FAQ screens) are
handed to the validator, which checks them in all four languages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from babel.dates import format_date

from bot.content import ContentKey, Loaded
from bot.faq.catalog import FaqCatalog, FaqEntry, load_faq
from bot.faq.ngram import DEFAULT_CACHE
from bot.faq.review import DEFAULT_MAX_CHECK_AGE_DAYS, due_for_review, review_problems
from bot.faq.search import FaqIndex
from bot.files.problems import Problem, Severity
from bot.i18n import LANGUAGES, Locales

FAQ_DIR = Path("flows") / "faq"

#: Telegram refuses messages longer than this (characters after entity parsing)
TELEGRAM_LIMIT = 4096
#: a question is a button label; longer ones are cut off on phones
QUESTION_LIMIT = 60

#: texts of the FAQ screens (locales/<lang>/faq.ftl), shown by bot.faq.browse
UI_MESSAGES = (
    "faq-topics", "faq-topic-questions", "faq-answer-footer", "faq-helped-yes", "faq-helped-no",
    "faq-thanks-yes", "faq-thanks-no", "faq-already-voted", "faq-search-suggest", "faq-search-none",
    "faq-search-arabizi",
    "faq-all-topics", "faq-mentor", "faq-to-menu", "faq-gone", "faq-empty",
)
UI_FILE = "locales/<lang>/faq.ftl"


@dataclass(frozen=True)
class FaqContent:
    """What the FAQ screens and the search need, for one content version."""

    catalog: FaqCatalog
    index: FaqIndex


#: the FAQ's part of the content: ``content.get(FAQ)``
FAQ: ContentKey[FaqContent] = ContentKey("faq")


def checked_on(entry: FaqEntry, lang: str) -> str:
    """The 'checked on' date as people of that language write it (Babel's long date format)."""
    return format_date(entry.checked, format="long", locale=lang)


def sources_text(entry: FaqEntry) -> str:
    return "\n".join(entry.sources)


def load_faq_content(root: Path, locales: Locales, *, today: dt.date | None = None,
                     max_check_age_days: int = DEFAULT_MAX_CHECK_AGE_DAYS,
                     cache_dir: Path | str | None = DEFAULT_CACHE) -> Loaded[FaqContent]:
    """The FAQ feature's content loader; ``cache_dir`` keeps the fitted n-gram models between starts
    (``FAQ_MODEL_CACHE``)."""
    root = Path(root)
    today = today or dt.date.today()
    catalog, problems = load_faq(root / FAQ_DIR, today=today)
    problems = [_relative(p, root) for p in problems]
    problems += review_problems(due_for_review(catalog, today, max_check_age_days), lambda f: _rel(f, root))

    def text(lang: str, message_id: str) -> str | None:
        return locales.text(lang, message_id, label=True) if locales.has(lang, message_id) else None

    index = FaqIndex.build(catalog, text, cache_dir=cache_dir)
    problems += [_relative(p, root) for p in index.problems]     # shared word lists and phrase files
    message_ids: dict[str, tuple[str, int]] = {mid: (UI_FILE, 1) for mid in UI_MESSAGES}
    for topic in catalog.topics:
        message_ids[topic.title_id] = (_rel(topic.file, root), topic.line)
    for entry in catalog:
        where = (_rel(entry.file, root), entry.line)
        message_ids[entry.question_id] = where
        message_ids[entry.answer_id] = where
    if (root / FAQ_DIR).is_dir() and not catalog.entries:
        problems.append(Problem(str(FAQ_DIR), 1, "the FAQ has no valid entries",
                                "add flows/faq/<topic>.yaml files (see docs/faq-format.md) or fix their errors",
                                severity=Severity.WARNING))
    problems += _length_problems(catalog, locales)
    return Loaded(FaqContent(catalog, index), problems, message_ids)


def _length_problems(catalog: FaqCatalog, locales: Locales) -> list[Problem]:
    """An answer with its sources and date must fit one Telegram message; questions must fit a button."""
    problems = []
    for entry in catalog:
        for lang in LANGUAGES:
            if locales.has(lang, entry.answer_id) and locales.has(lang, "faq-answer-footer"):
                args = {"sources": sources_text(entry), "count": len(entry.sources), "checked": checked_on(entry, lang)}
                length = len(locales.text(lang, entry.answer_id, args)) + 2 + len(
                    locales.text(lang, "faq-answer-footer", args))
                if length > TELEGRAM_LIMIT:
                    file, line, _ = locales.ids[lang][entry.answer_id]
                    problems.append(Problem(file, line, f"the answer '{entry.answer_id}' is {length} characters "
                                            f"long with its sources and date; Telegram allows {TELEGRAM_LIMIT}",
                                            "shorten the answer (40-120 words is the aim) or split it into two "
                                            "entries", step=entry.id))
            if locales.has(lang, entry.question_id):
                question = locales.text(lang, entry.question_id, label=True)
                if len(question) > QUESTION_LIMIT:
                    file, line, _ = locales.ids[lang][entry.question_id]
                    problems.append(Problem(file, line, f"the question '{entry.question_id}' is {len(question)} "
                                            f"characters long; buttons show about {QUESTION_LIMIT}",
                                            "shorten the question; details belong in the answer",
                                            step=entry.id, severity=Severity.WARNING))
    return problems


def _rel(file: str, root: Path) -> str:
    try:
        return str(Path(file).resolve().relative_to(root.resolve()))
    except ValueError:
        return file


def _relative(problem: Problem, root: Path) -> Problem:
    return replace(problem, file=_rel(problem.file, root))
