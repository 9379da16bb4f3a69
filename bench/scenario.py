"""What each simulated user does: the scripted conversations, as data.

A step is ``(kind, value)``:

- ``("send", text)``: the user types ``text`` (``/start`` is a command);
- ``("press", value)``: the user presses the button of the newest keyboard whose option value is
  ``value`` — the same values as in flows/tests/*.yaml (the part of the callback data after the last
  ``:``; ``_skip`` is the "skip" button of an optional question);
- ``("hit", "")``: the user opens the first suggestion of a FAQ search, or — when the search answered at
  once — presses "it helped" under the answer.

``{placeholders}`` are filled per user from :data:`PEOPLE` (``{n}``: the user's number, so phone numbers
and e-mail addresses differ and no referral is a duplicate) and the FAQ evaluation questions. When a flow
changes (a question added, an option renamed), update the tables below; the benchmark stops with the
step that no longer fits and the buttons the bot showed instead.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

Step = tuple[str, str]

#: /start → "Kann ich mitmachen?" (flows/eligibility.yaml) up to "talk to a mentor". Two paths: with a
#: Duldung the bot asks about the work permit, with protection status it does not.
ELIGIBILITY: dict[str, tuple[Step, ...]] = {
    "duldung": (
        ("send", "/start"),
        ("press", "check"),
        ("send", "{place}"),
        ("press", "yes"),             # yes, that is where I live
        ("press", "duldung"),
        ("press", "yes"),             # work permit
        ("press", "a1"),
        ("press", "job"),
        ("press", "vocational"),
        ("press", "{gender}"),
        ("press", "mentor"),          # -> flows/human.yaml
    ),
    "protection": (
        ("send", "/start"),
        ("press", "check"),
        ("send", "{place}"),
        ("press", "yes"),
        ("press", "protection"),
        ("press", "b1"),
        ("press", "apprenticeship"),
        ("press", "none"),
        ("press", "{gender}"),
        ("press", "mentor"),
    ),
}

#: Hand-over (flows/human.yaml, flows/handoff_contact.yaml): consent, name, contact, send.
HANDOFF: dict[str, tuple[Step, ...]] = {
    "phone": (
        ("press", "yes"),             # consent
        ("send", "{name}"),
        ("press", "phone"),
        ("send", "{phone}"),
        ("press", "_skip"),           # languages
        ("press", "evening"),
        ("send", "{note}"),
        ("press", "send"),            # -> the project's group is notified (outbox)
    ),
    "email": (
        ("press", "yes"),
        ("send", "{name}"),
        ("press", "email"),
        ("send", "{email}"),
        ("send", "{languages}"),
        ("press", "any"),
        ("press", "_skip"),           # no note
        ("press", "send"),
    ),
}

#: Back in the main menu: two questions typed as free text (FAQ search), each answer opened.
FAQ: tuple[Step, ...] = (
    ("send", "{question1}"),
    ("hit", ""),
    ("send", "{question2}"),
    ("hit", ""),
    ("press", "menu"),
)

#: A returning user (memory measurement): one FAQ search from wherever they stopped, then /start.
RETURNING: tuple[Step, ...] = (
    ("send", "{question1}"),
    ("hit", ""),
    ("send", "/start"),
)

#: Placeholder values per language; ``place`` is a postal code or a place name (flows/regions.yaml).
PEOPLE: dict[str, dict[str, str]] = {
    "de": {"place": "01067", "gender": "female", "name": "Amina", "phone": "0151 2{n:07d}",
           "email": "amina{n}@example.org", "languages": "Arabisch, Deutsch",
           "note": "Ich bin Schweißerin und suche Arbeit in Dresden."},
    "en": {"place": "04109", "gender": "male", "name": "Yusuf", "phone": "+49 151 2{n:07d}",
           "email": "yusuf{n}@example.org", "languages": "English, Dari",
           "note": "I was a nurse at home and want to work in Leipzig."},
    # a name in Latin letters: one in Arabic script is followed by "how is it written in Latin letters?"
    "ar": {"place": "Chemnitz", "gender": "female", "name": "Layla Haddad", "phone": "0151 2{n:07d}",
           "email": "layla{n}@example.org", "languages": "العربية، الإنجليزية",
           "note": "أنا خياطة وأبحث عن تدريب مهني."},
    "es": {"place": "Görlitz", "gender": "male", "name": "Mateo", "phone": "0151 2{n:07d}",
           "email": "mateo{n}@example.org", "languages": "español, inglés",
           "note": "Soy cocinero y busco trabajo en Görlitz."},
}

LANGUAGES = tuple(PEOPLE)


@dataclass(frozen=True)
class Script:
    lang: str
    steps: tuple[Step, ...]


def fill(steps: tuple[Step, ...], values: dict[str, object]) -> tuple[Step, ...]:
    return tuple((kind, value.format(**values)) for kind, value in steps)


class Scripts:
    """Deals out conversations: languages, paths and FAQ questions in turn, so every run is the same."""

    def __init__(self, questions: dict[str, list[str]]) -> None:
        missing = [lang for lang in LANGUAGES if not questions.get(lang)]
        if missing:
            raise ValueError(f"no FAQ questions for {', '.join(missing)}")
        self._questions = {lang: itertools.cycle(qs) for lang, qs in questions.items()}
        self._paths = itertools.cycle(itertools.product(ELIGIBILITY.values(), HANDOFF.values()))

    def _values(self, number: int, lang: str, count: int) -> dict[str, object]:
        asked = {f"question{i + 1}": next(self._questions[lang]) for i in range(count)}
        own = {key: value.format(n=number) for key, value in PEOPLE[lang].items()}
        return {**own, **asked}

    def full(self, number: int) -> Script:
        """User ``number``'s whole conversation: eligibility → hand-over → FAQ searches."""
        lang = LANGUAGES[number % len(LANGUAGES)]
        eligibility, handoff = next(self._paths)
        return Script(lang, fill(eligibility + handoff + FAQ, self._values(number, lang, 2)))

    def returning(self, number: int) -> Script:
        lang = LANGUAGES[number % len(LANGUAGES)]
        return Script(lang, fill(RETURNING, self._values(number, lang, 1)))
