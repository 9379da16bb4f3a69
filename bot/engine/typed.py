"""Typed answers to button questions: what a person writes instead of tapping, matched to the options.

People type "ja", "ايوه", "no sé", "2" or "asylum" where the bot shows buttons. In this order, a typed answer
counts as an option when it is:

1. the option's number as shown (1, ٢ or ۳: every script's decimal digits);
2. the option's label, whole or with a typo (the label in the person's language, or in any language);
3. a yes / no / "I don't know" word (``answer-words-yes`` ... in locales/<lang>/engine.ftl, all languages
   together: people mix them) and the step has an option whose value is ``yes`` / ``no`` / ``unsure``;
4. one of the option's ``keywords:`` from the flow file, or a word of its label, inside the typed text.

Several candidates in 4. (e.g. "residence permit" is part of two labels) make the answer ambiguous: the
caller asks which one was meant. Typed text stays in the conversation: nothing here is logged.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Mapping

from rapidfuzz import fuzz, process

from bot.engine.flows import ChoiceStep, Option
from bot.i18n import LANGUAGES, Locales

#: option values that the generic answer words stand for -> the message id listing those words
WORD_LISTS = {"yes": "answer-words-yes", "no": "answer-words-no", "unsure": "answer-words-unsure"}
#: an option meaning "I don't know" may carry one of these values
UNSURE_VALUES = ("unsure", "unknown")
MAX_CANDIDATES = 3
FUZZY_CUTOFF = 85
MIN_WORD = 3                      # shorter label words ("A1" aside) are too common to decide anything

_ARABIC = str.maketrans({"ى": "ي", "ة": "ه", "ـ": None, "ٱ": "ا"})
_NON_WORD = re.compile(r"[\W_]+")


def normalize(text: str) -> str:
    """Case, accents, Arabic hamza / tashkeel / tatweel, punctuation and digits' script do not matter:
    'Sí!' -> 'si', 'لا أعرف' -> 'لا اعرف', '٢' -> '2'."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_ARABIC)
    text = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", text).split())


@dataclass(frozen=True)
class Match:
    """``option`` when one option was meant; ``candidates`` (2-3) when the person has to say which."""

    option: Option | None = None
    candidates: tuple[Option, ...] = ()


NO_MATCH = Match()


class TypedAnswers:
    """Matches typed text to a question's options, with the labels and word lists of every language.
    One per content version: labels without variables are normalised once (a typed answer then costs well
    under a millisecond; rendering every label of four languages each time cost about ten)."""

    def __init__(self, locales: Locales):
        self.locales = locales
        self.languages = LANGUAGES
        self._cache: dict[tuple[str, str], str] = {}
        self._keywords: dict[Option, tuple[str, ...]] = {}
        self._args: Mapping[str, object] = {}
        self._words = {kind: frozenset(w for lang in LANGUAGES
                                       for part in locales.text(lang, mid, label=True).split(",")
                                       if (w := normalize(part)))
                       for kind, mid in WORD_LISTS.items()}

    def text(self, lang: str, msg_id: str) -> str:
        """A message as plain, normalised text; cached unless it reads answers (e.g. a place name)."""
        variables = self.locales.ids.get(lang, {}).get(msg_id, (None, None, ()))[2]
        if variables:
            return normalize(self.locales.text(lang, msg_id, self._args, label=True))
        key = (lang, msg_id)
        if key not in self._cache:
            self._cache[key] = normalize(self.locales.text(lang, msg_id, label=True))
        return self._cache[key]

    def keywords(self, option: Option) -> tuple[str, ...]:
        if option not in self._keywords:
            self._keywords[option] = tuple(k for k in map(normalize, option.keywords) if k)
        return self._keywords[option]

    def words(self, kind: str) -> frozenset[str]:
        return self._words[kind]

    def match(self, step: ChoiceStep, raw: str, lang: str, *, loose: bool = True,
              args: Mapping[str, object] | None = None) -> Match:
        """``loose=False`` (a menu where free text is a search) accepts numbers, labels and keywords only;
        ``args``: the answers, for labels that show one."""
        self._args = args or {}
        typed = normalize(raw)
        if not typed:
            return NO_MATCH
        if typed.isdigit():
            n = int(typed)
            return Match(step.options[n - 1]) if 1 <= n <= len(step.options) else NO_MATCH
        exact = self._by_label(step, typed, lang)
        if exact is not None:
            return Match(exact)
        if loose:
            kind = self._kind(typed)
            option = self._by_value(step, kind) if kind else None
            if option is not None:
                return Match(option)
        found = self._by_keywords(step, typed, lang, loose)
        if len(found) == 1:
            return Match(found[0])
        if 1 < len(found) <= MAX_CANDIDATES:
            return Match(candidates=tuple(found))
        return NO_MATCH

    def _labels(self, option: Option, lang: str) -> list[str]:
        langs = (lang, *(x for x in self.languages if x != lang))
        return [self.text(x, option.label) for x in langs]

    def _by_label(self, step: ChoiceStep, typed: str, lang: str) -> Option | None:
        for option in step.options:
            if typed in self._labels(option, lang) or typed in self.keywords(option):
                return option
        # A typo in a whole label, not a part of it: "Aufenthaltserlaubnis" is in two labels, "no sé si puedo
        # trabajar" is not "Sí, puedo trabajar".
        own = {o.value: label for o in step.options
               if abs(len(label := self.text(lang, o.label)) - len(typed)) <= max(2, len(label) // 8)}
        best = process.extractOne(typed, own, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return step.option(best[2]) if best else None

    def _kind(self, typed: str) -> str | None:
        """'unsure' when an "I don't know" phrase is in the text ("no sé si ..." is not a "no"); 'yes' / 'no'
        when the text is or starts with such a word ("ja, ich darf", "no, I have a work ban")."""
        padded = f" {typed} "
        if any(f" {w} " in padded for w in self.words("unsure")):
            return "unsure"
        for kind in ("yes", "no"):
            if any(typed == w or typed.startswith(w + " ") for w in self.words(kind)):
                return kind
        return None

    @staticmethod
    def _by_value(step: ChoiceStep, kind: str) -> Option | None:
        values = UNSURE_VALUES if kind == "unsure" else (kind,)
        return next((o for o in step.options if o.value in values), None)

    def _by_keywords(self, step: ChoiceStep, typed: str, lang: str, loose: bool) -> list[Option]:
        tokens = set(typed.split())
        padded = f" {typed} "
        found = []
        for option in step.options:
            hit = any(f" {k} " in padded for k in self.keywords(option))
            if not hit and loose:
                label_words = {w for label in self._labels(option, lang) for w in label.split()
                               if len(w) >= MIN_WORD and not w.isdigit()}
                hit = bool(tokens) and tokens <= label_words
            if hit:
                found.append(option)
        return found
