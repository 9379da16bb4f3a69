"""Arabic written in Latin letters ("Arabizi": "kam b2ddi el kurs", "3ayez a3mel mo3adla").

The bot does not try to understand it: its spellings vary from person to person and from dialect to
dialect (2 = ء, 3 = ع, 7 = ح, 5 = خ, 8/9 = غ/ق ...), so a guessed answer would often be wrong. It
recognises it instead and asks kindly for Arabic letters (or another of its languages). Signals:

- digits used as letters inside a word ("b2ddi", "3ayez", "mo3adla") — never a German level like
  "b1", a number, or "2x";
- everyday Arabizi words ("shu", "baddi", "lazem", "ya3ni"); short ones that are also words of German,
  English or Spanish ("el", "kam", "fi", "ana") count only next to a digit-letter word.

A text with Arabic letters is never Arabizi.
"""

from __future__ import annotations

import re

from bot.faq.analysis import is_arabic, normalize

_WORD = re.compile(r"[a-z0-9']+")
_DIGIT_LETTER = re.compile(r"^(?:[a-z]+[235789][a-z0-9]*[a-z]|[235789][a-z]{2,}[a-z0-9]*)$")
"""A Latin word with one of the digits that stand for Arabic letters inside it or at its start, followed
by letters (so "b1", "a2", "2x", "1000" do not count)."""

STRONG = frozenset("""
shu sho shou shoo shlon shlonak shlonich shunu eish aish esh wayn ween feen leish lesh leh
keef kif kaif izzay ezzay ezay ezzai baddi biddi bidi bdi badi 3ayez 3ayz 3awez 3awz 3ayza 3awza abgha
lazem lazim lazm mumkin momken mumken mumkn mish msh mafi mafe ma3 ma3i ma3ak ma3i ya3ni yani ya3nee
kteer ktir kter kaman kamaan hayda hadi hada hadol hek heik hayk hal2 halla2 hala2 ya3tik ahlan marhaba
habibi inshallah yalla wallah wallahi shukran mashallah 3ashan ashan 3shan 3lshan la2 aywa aiwa n3am na3am
2addesh adesh addesh addeish 2adesh gaddesh shgad shkad 2ad bikam b2addesh
""".split())
"""Everyday Arabizi words that are not words of German, English or Spanish."""

WEAK = frozenset("el al il kam fi fee ana ma la law hal ya w wa b bi lal 3al 3an min mn ba3d".split())
"""Short Arabizi words that German, English or Spanish also have: counted only beside a digit-letter word."""


def is_arabizi(text: str) -> bool:
    """Whether ``text`` looks like Arabic written in Latin letters (see the module docstring)."""
    folded = normalize(text)
    if is_arabic(folded):
        return False
    tokens = _WORD.findall(folded)
    if not tokens:
        return False
    digit_words = sum(1 for t in tokens if _DIGIT_LETTER.match(t))
    strong = sum(1 for t in tokens if t in STRONG and not _DIGIT_LETTER.match(t))
    weak = sum(1 for t in tokens if t in WEAK)
    if digit_words >= 2:
        return True
    if digit_words == 1:
        return strong + weak >= 1
    return strong >= 2 and strong / len(tokens) >= 0.3
