"""How place and district names are compared: one normal form, and the variants a name is known by.

Shared by the regions file checker (an alias may name only one region) and the postal index (every
variant is a lookup key), so both agree on when two spellings are the same name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from bot.handoff.regions.model import OFFICIAL_DISTRICTS

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_NON_WORD = re.compile(r"[\W_]+")
_TOKEN_FIX = {"st": "sankt"}


def normalize_name(text: str, expand_umlauts: bool = True) -> str:
    """Case-, accent- and punctuation-insensitive form of a place or district name:
    'Görlitz' -> 'goerlitz' (or 'gorlitz' without umlaut expansion), 'Dresden-Neustadt' ->
    'dresden neustadt', 'St. Egidien' -> 'sankt egidien'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    if expand_umlauts:
        text = text.translate(_UMLAUTS)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    tokens = _NON_WORD.sub(" ", text).split()
    return " ".join(_TOKEN_FIX.get(t, t) for t in tokens)


def name_forms(text: str) -> tuple[str, ...]:
    """The lookup keys of one name: with umlauts expanded (goerlitz) and stripped (gorlitz)."""
    a, b = normalize_name(text, True), normalize_name(text, False)
    return (a,) if a == b else (a, b)


def district_names(key: str, name: str, aliases: Iterable[str]) -> list[str]:
    """A district's official name, its aliases and the usual prefixed variants
    ('Kreis Bautzen', 'LK Bautzen', 'Stadt Leipzig', 'Kreisfreie Stadt Leipzig')."""
    official, kind = OFFICIAL_DISTRICTS.get(key, (name, ""))
    names = [name, official, *aliases]
    for base in {name, official}:
        if kind == "landkreis" and base.startswith("Landkreis "):
            rest = base.removeprefix("Landkreis ")
            names += [f"Kreis {rest}", f"LK {rest}", f"Landkreis {rest}"]
        elif kind == "kreisfreie_stadt":
            names += [f"Stadt {base}", f"Kreisfreie Stadt {base}"]
    return names


_BASE_SPLIT = re.compile(r"\s*(?:/|,|\(|\s(?:bei|in|im|am|an der|auf dem)\s)\s*")


def base_name(place: str) -> str:
    """The town without its qualifier: 'Frankenberg/Sachsen' -> 'Frankenberg',
    'Einsiedel bei Chemnitz' -> 'Einsiedel', 'Neustadt in Sachsen' -> 'Neustadt'."""
    return _BASE_SPLIT.split(place, maxsplit=1)[0].strip()


def first_part(place: str) -> str | None:
    """First part of a merged town's name: 'Annaberg-Buchholz' -> 'Annaberg' (4+ letters)."""
    head, sep, _ = base_name(place).partition("-")
    return head.strip() if sep and len(head.strip()) >= 4 else None
