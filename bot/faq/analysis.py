"""Text analysis for the FAQ search: normalise, split into words, drop stop words, stem.

The same functions run over the FAQ texts at build time and over the mentee's question at search time,
so whatever they do to a word, they do on both sides.

- ``normalize``: Unicode NFKC, case folding; Arabic: tashkeel and tatweel removed, أ إ آ ٱ → ا,
  ى ی → ي, ة → ه, ؤ → و, ئ → ي, ک → ك, Arabic-Indic digits → 0-9.
- ``fold``: accents dropped (á → a, ñ → n, ä → a, ß → ss); used for stop words, Spanish and English
  stems and the surface forms the typo matcher compares.
- ``Analyzer(lang).stem``: snowball stemmer of the language. German sees the word with its umlauts
  (the German stemmer itself treats ä and ae alike, so "Prüfung", "Pruefung" and "Prufung" meet);
  Spanish and English see it without accents ("alemán" and "aleman" meet). Arabic words first lose the
  article and its fused prepositions (ال وال بال لل فال كال), plural -ات, possessive endings (-تي → ة)
  and the nisba -ية, then go through the snowball Arabic stemmer, and a final ه is dropped. Latin
  words inside Arabic text are stemmed as German (that is what mentees mix in).
- ``split_compound``: German compounds split on known words ("integrationskurskosten" →
  integrationskurs + kosten), with the linking letters s, es, n, en, e between the parts.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import snowballstemmer

from bot.faq.stopwords import LIGHT as _RAW_LIGHT
from bot.faq.stopwords import RAW as _RAW_STOPWORDS

_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي",
    "ة": "ه", "ؤ": "و", "ک": "ك",
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
})
_NON_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[0-9a-z\u00c0-\u024f]+|[\u0600-\u06ff]+|\w+")
_ARABIC = re.compile("[\u0600-\u06ff]")
_DIGIT = re.compile(r"\d")

_AR_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال")
_AR_POSSESSIVE = ("تهم", "تكم", "تنا", "تها", "تي", "تك", "ته")
_AR_CLITICS = ("و", "ف", "ب", "ل", "ك")
"""Single-letter proclitics ("and", "so", "with", "for", "like"). They are only stripped at search time
when the rest of the word is a known term: as first letters they are too often part of the word
(لغة "language", بلد "country")."""

_STEMMERS = {"de": "german", "en": "english", "es": "spanish", "ar": "arabic"}


def normalize(text: str) -> str:
    """Case-fold and unify letter forms; keeps umlauts and accents (see ``fold``)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if _ARABIC.search(text):
        text = _TASHKEEL.sub("", text).translate(_ARABIC_LETTERS)
    else:
        text = text.translate(_ARABIC_LETTERS)  # Arabic-Indic digits in otherwise Latin text
    return text


@functools.lru_cache(maxsize=50_000)
def fold(word: str) -> str:
    """Drop accents and umlaut dots from a normalised word (Arabic letters are left alone)."""
    if word.isascii() or _ARABIC.search(word):
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Normalised words of a text; Latin and Arabic runs glued together are separated."""
    return _WORD.findall(_NON_WORD.sub(" ", normalize(text)))


def is_arabic(word: str) -> bool:
    return bool(_ARABIC.search(word))


STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(fold(w) for raw in ws for w in words(raw)) for lang, ws in _RAW_STOPWORDS.items()
}

LIGHT: dict[str, frozenset[str]] = {
    lang: frozenset(fold(w) for raw in ws for w in words(raw)) for lang, ws in _RAW_LIGHT.items()
}


@dataclass(frozen=True)
class Term:
    """One word of a text: its folded surface form (for typo matching) and its stem (for lookup)."""

    surface: str
    stem: str


class Analyzer:
    """Words → terms for one language (``de``, ``en``, ``es``, ``ar``)."""

    def __init__(self, lang: str) -> None:
        if lang not in _STEMMERS:
            raise ValueError(f"no analyzer for language {lang!r}; expected one of {', '.join(_STEMMERS)}")
        self.lang = lang
        self.stopwords = STOPWORDS[lang]
        self.light = LIGHT[lang]
        self._stemmer = snowballstemmer.stemmer(_STEMMERS[lang])
        self._german = _german_stemmer() if lang in ("de", "ar") else None
        self.stem = functools.lru_cache(maxsize=50_000)(self._stem)
        self._light_stems = frozenset(self.stem(w) for w in self.light)

    def __repr__(self) -> str:
        return f"Analyzer({self.lang!r})"

    def is_stop(self, word: str) -> bool:
        return fold(word) in self.stopwords

    def is_light(self, word: str) -> bool:
        """A question word, modal or everyday verb: kept, but it says little about the topic."""
        return fold(word) in self.light or self.stem(word) in self._light_stems

    def terms(self, text: str) -> list[Term]:
        """The non-stop words of ``text`` as terms, in order."""
        out = []
        for word in words(text):
            if len(word) < 2 or self.is_stop(word):
                continue
            out.append(Term(fold(word), self.stem(word)))
        return out

    def _stem(self, word: str) -> str:
        if _DIGIT.search(word):
            return fold(word)
        if is_arabic(word):
            return arabic_stem(word) if self.lang == "ar" else word
        if self._german is not None:
            return fold(self._german.stemWord(word))
        return self._stemmer.stemWord(fold(word))

    def clitic_variants(self, word: str) -> list[str]:
        """Stems of an Arabic word without a leading و ف ب ل ك (for words not found as they are)."""
        if self.lang != "ar" or not is_arabic(word):
            return []
        out = []
        for clitic in _AR_CLITICS:
            if word.startswith(clitic) and len(word) >= 4:
                rest = word[1:]
                out.append(self.stem(rest))
                if clitic in "وف" and rest[:1] in "بلك" and len(rest) >= 4:
                    out.append(self.stem(rest[1:]))
        return out


@functools.lru_cache(maxsize=1)
def _german_stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("german")


_ARABIC_STEMMER = snowballstemmer.stemmer("arabic")


@functools.lru_cache(maxsize=50_000)
def arabic_stem(word: str) -> str:
    """Light Arabic stemming around the snowball stemmer (see the module docstring); ``word`` normalised."""
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix):]
            break
    if len(word) >= 5 and word.endswith(_AR_POSSESSIVE):
        word = word[: word.rindex("ت")] + "ه"
    elif len(word) >= 4 and word.endswith("ات"):
        word = word[:-2]
    elif len(word) >= 5 and word.endswith("يه"):
        word = word[:-2]
    stem = _ARABIC_STEMMER.stemWord(word)
    if len(stem) >= 3 and stem.endswith("ه"):
        stem = stem[:-1]
    return stem or word


_LINKS = ("", "s", "es", "n", "en", "e")
_MIN_PART = 3


def split_compound(word: str, known: frozenset[str] | set[str], max_parts: int = 3) -> tuple[str, ...] | None:
    """``word`` as two or three ``known`` words (German compound, linking letters allowed), or None.

    The split with the fewest parts wins, then the one whose shortest part is longest: "kindergeld" →
    kinder + geld. ``known`` holds folded surface forms; parts shorter than 3 letters are never used.
    """
    if len(word) < 2 * _MIN_PART + 1 or is_arabic(word):
        return None
    best = _split(word, known, max_parts)
    return best[1] if best is not None and len(best[1]) >= 2 else None


def _split(word: str, known: frozenset[str] | set[str], parts_left: int) -> tuple[tuple[int, int], tuple[str, ...]] | None:
    """Best split of ``word``: ((number of parts, -shortest part), parts)."""
    if word in known and len(word) >= _MIN_PART:
        return (1, -len(word)), (word,)
    if parts_left <= 1:
        return None
    best = None
    for cut in range(_MIN_PART, len(word) - _MIN_PART + 1):
        head = word[:cut]
        if head not in known:
            continue
        for link in _LINKS:
            if not word.startswith(link, cut):
                continue
            rest = _split(word[cut + len(link):], known, parts_left - 1)
            if rest is None:
                continue
            key = (rest[0][0] + 1, max(rest[0][1], -len(head)))
            if best is None or key < best[0]:
                best = key, (head, *rest[1])
    return best
