"""The postal index: a postal code or a place / district name -> the district key(s) it lies in.

Built once from the packaged GeoNames extract ``bot/data/sachsen_plz.csv`` (plus the aliases and
spellings of the regions file); ``lookup(text)`` returns a ``LookupResult`` that says how sure it is,
so the conversation can ask back instead of guessing.
"""

from __future__ import annotations

import csv
import enum
import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.handoff.regions.model import OFFICIAL_DISTRICTS, PlaceSpellings, RegionCatalog
from bot.handoff.regions.names import base_name, district_names, first_part, name_forms, normalize_name


class LookupStatus(str, enum.Enum):
    FOUND = "found"            # exactly one district
    AMBIGUOUS = "ambiguous"    # several districts: ask which one (candidates in district_keys)
    OUTSIDE = "outside"        # well-formed code not in the Saxon data, or a place not known in Saxony
    INVALID = "invalid"        # neither a postal code nor anything that looks like a place


@dataclass(frozen=True)
class LookupResult:
    """What ``PostalIndex.lookup`` found.

    ``via`` says how: "postal_code", "place" (exact place name, also the part before '/' as in
    'Frankenberg/Sachsen'), "sub_place" (leading words, e.g. 'Dresden-Neustadt' -> Dresden),
    "district" (district name or alias), "partial" (first part of a merged town, 'Annaberg' ->
    'Annaberg-Buchholz') or "fuzzy" (a typo). Partial and fuzzy matches are guesses: confirm them with
    the person before using them (``needs_confirmation``; e.g. 'Altenburg' in Thuringia comes back as
    a fuzzy match for 'Altenberg'). For OUTSIDE, via is "postal_code" (the code is not Saxon) or "place"
    (the name is unknown: ask for the postal code). ``places`` are the matched names as written in the
    data (for via="district": the district's name); ``places_by_district`` groups them per key."""

    status: LookupStatus
    query: str
    district_keys: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    places_by_district: tuple[tuple[str, tuple[str, ...]], ...] = ()
    postal_code: str | None = None
    via: str = ""

    @property
    def key(self) -> str | None:
        """The district key when exactly one district was found."""
        return self.district_keys[0] if self.status is LookupStatus.FOUND else None

    @property
    def needs_confirmation(self) -> bool:
        return self.via in ("fuzzy", "partial") and self.status in (LookupStatus.FOUND, LookupStatus.AMBIGUOUS)


@dataclass(frozen=True)
class _Hit:
    """Names under one lookup key: (display name, district key) pairs."""

    pairs: tuple[tuple[str, str], ...]


#: words between a place and its qualifier ("Reichenbach im Vogtland", "Neustadt in Sachsen")
_LINK_WORDS = frozenset({"im", "in", "i", "bei", "am", "an", "der", "dem", "den", "auf"})
_CODE = re.compile(r"(?<![0-9])([0-9]{5})(?![0-9])")
_MAX_QUERY = 80
_MAX_WORDS = 6


class PostalIndex:
    """Postal codes and place names of Saxony -> district keys. Build once; lookups are dict hits,
    falling back to rapidfuzz for typos (well under a millisecond either way)."""

    FUZZY_CUTOFF = 85.0      # rapidfuzz ratio (0-100) a typo must reach
    FUZZY_MIN_LENGTH = 5     # shorter names are too easy to confuse ("Aue" vs "Zug")

    def __init__(self, rows: Iterable[tuple[str, str, str]], catalog: RegionCatalog | None = None) -> None:
        """rows: (postal code, place name, district key)."""
        by_code: dict[str, list[tuple[str, str]]] = {}
        places: dict[str, list[tuple[str, str]]] = {}
        bases: dict[str, list[tuple[str, str]]] = {}
        parts: dict[str, list[tuple[str, str]]] = {}
        for code, place, key in rows:
            by_code.setdefault(code, []).append((place, key))
            for form in name_forms(place):
                places.setdefault(form, []).append((place, key))
            base = base_name(place)
            if base != place:
                for form in name_forms(base):
                    bases.setdefault(form, []).append((place, key))
            first = first_part(place)
            if first is not None:
                for form in name_forms(first):
                    parts.setdefault(form, []).append((place, key))
        #: (region key, place spellings) whose place is not in the postal data of that region
        self.unknown_places: list[tuple[str, PlaceSpellings]] = []
        for region in catalog or ():
            for spelled in region.places:
                pairs = [(p, k) for p, k in places.get(normalize_name(spelled.place), ()) if k == region.key]
                if not pairs:
                    self.unknown_places.append((region.key, spelled))
                    continue
                for spelling in spelled.spellings:
                    for form in name_forms(spelling):
                        places.setdefault(form, []).extend(pairs)
        districts: dict[str, list[tuple[str, str]]] = {}
        for key, (official, _kind) in OFFICIAL_DISTRICTS.items():
            listed = catalog.get(key) if catalog is not None else None
            display = listed.name if listed else official
            for name in district_names(key, display, listed.aliases if listed else ()):
                for form in name_forms(name):
                    districts.setdefault(form, []).append((display, key))
        self._codes = {c: _Hit(tuple(_unique(v))) for c, v in by_code.items()}
        self._districts = {k: _Hit(tuple(_unique(v))) for k, v in districts.items()}
        # Exact place names and the part before '/' ('Auerbach' also finds 'Auerbach/Vogtland').
        merged: dict[str, list[tuple[str, str]]] = {k: list(v) for k, v in places.items()}
        for k, v in bases.items():
            merged.setdefault(k, []).extend(v)
        self._places = {k: _Hit(tuple(_unique(v))) for k, v in merged.items()}
        # 'Annaberg' for 'Annaberg-Buchholz': only when nothing matches exactly; confirm before use.
        self._parts = {k: _Hit(tuple(_unique(v))) for k, v in parts.items() if k not in self._places}
        self._choices: list[str] = sorted(set(self._places) | set(self._districts))

    # -- construction ------------------------------------------------------------------------------

    @classmethod
    def load(cls, csv_path: Path | str | None = None, catalog: RegionCatalog | None = None) -> PostalIndex:
        """Read the CSV (default: the packaged ``bot/data/sachsen_plz.csv``). With a catalog, its
        aliases are looked up too. Raises ValueError naming file:line for a malformed row."""
        if csv_path is None:
            resource = resources.files("bot").joinpath("data/sachsen_plz.csv")
            text, name = resource.read_text(encoding="utf-8"), "bot/data/sachsen_plz.csv"
        else:
            text, name = Path(csv_path).read_text(encoding="utf-8"), str(csv_path)
        return cls(_read_rows(text, name), catalog)

    # -- queries -----------------------------------------------------------------------------------

    def lookup(self, text: str) -> LookupResult:
        """Find the district(s) for a postal code or a place / district name."""
        # Arabic-Indic and other decimal digits count as digits: "٠١٠٦٧" is 01067.
        query = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in (text or "")).strip()
        if not query or len(query) > _MAX_QUERY:
            return LookupResult(LookupStatus.INVALID, query)
        codes = _CODE.findall(query)
        if len(codes) == 1:
            return self._by_code(query, codes[0])
        if len(codes) > 1 or any(c.isdecimal() for c in query):
            return LookupResult(LookupStatus.INVALID, query)
        if sum(c.isalpha() for c in query) < 2:
            return LookupResult(LookupStatus.INVALID, query)
        return self._by_name(query) or LookupResult(LookupStatus.OUTSIDE, query, via="place")

    def _by_code(self, query: str, code: str) -> LookupResult:
        hit = self._codes.get(code)
        if hit is None:
            return LookupResult(LookupStatus.OUTSIDE, query, postal_code=code, via="postal_code")
        pairs = hit.pairs
        rest = _CODE.sub(" ", query)
        if len(_keys(pairs)) > 1 and normalize_name(rest):
            # "02999 Lohsa": the place narrows a code that spans two districts.
            named = self._by_name(rest, fuzzy=False)
            if named is not None:
                narrowed = tuple(p for p in pairs if p[1] in named.district_keys)
                pairs = narrowed or pairs
        return _result(query, pairs, "postal_code", code)

    def _by_name(self, query: str, fuzzy: bool = True) -> LookupResult | None:
        forms = name_forms(query)
        words = forms[0].split()[:_MAX_WORDS]
        if not words:
            return None
        for form in forms:
            if form in self._districts:
                return _result(query, self._districts[form].pairs, "district")
        for form in forms:
            if form in self._places:
                return _result(query, self._places[form].pairs, "place")
        # "Dresden-Neustadt", "Leipzig Grünau": the longest leading words that name a place.
        for n in range(len(words) - 1, 0, -1):
            for form in forms:
                prefix = " ".join(form.split()[:n])
                hit = self._districts.get(prefix) or self._places.get(prefix)
                if hit is not None:
                    return _result(query, self._narrowed(hit.pairs, form.split()[n:]), "sub_place")
        for form in forms:
            if form in self._parts:
                return _result(query, self._parts[form].pairs, "partial")
        if not fuzzy:
            return None
        for n in range(len(words), 0, -1):
            for form in forms:
                candidate = " ".join(form.split()[:n])
                guessed = self._fuzzy(candidate)
                if guessed is not None:
                    return _result(query, guessed, "fuzzy")
        return None

    def _narrowed(self, pairs: tuple[tuple[str, str], ...], rest: list[str]) -> tuple[tuple[str, str], ...]:
        """'Reichenbach im Vogtland': the words after the place pick one of its namesakes, when they are part
        of its full name ('Reichenbach/Vogtland') or name its district ('Vogtland')."""
        words = [w for w in rest if w not in _LINK_WORDS]
        if not words or len(_keys(pairs)) < 2:
            return pairs
        district = self._districts.get(" ".join(words))
        keys = set(_keys(district.pairs)) if district else set()
        def named(place: str) -> bool:      # every word is a word of the full name, or its start ('Vogtl.')
            tokens = normalize_name(place).split()
            return all(any(t == w or (len(w) >= 3 and t.startswith(w)) for t in tokens) for w in words)

        narrowed = tuple(p for p in pairs if p[1] in keys or named(p[0]))
        return narrowed or pairs

    def _fuzzy(self, form: str) -> tuple[tuple[str, str], ...] | None:
        if len(form) < self.FUZZY_MIN_LENGTH:
            return None
        matches = process.extract(form, self._choices, scorer=fuzz.ratio,
                                  score_cutoff=self.FUZZY_CUTOFF, limit=8)
        if not matches:
            return None
        best = matches[0][1]
        pairs: list[tuple[str, str]] = []
        for choice, score, _ in matches:
            if score < best:
                break
            hit = self._districts.get(choice) or self._places[choice]
            pairs.extend(hit.pairs)
        return tuple(_unique(pairs))


def _read_rows(text: str, name: str) -> list[tuple[str, str, str]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    needed = {"zipcode", "place", "district_code"}
    if not needed <= set(reader.fieldnames or ()):
        raise ValueError(f"{name}:1: header must contain {', '.join(sorted(needed))}")
    rows = []
    for row in reader:
        code, place, key = (row["zipcode"] or "").strip(), (row["place"] or "").strip(), (row["district_code"] or "").strip()
        if not re.fullmatch(r"\d{5}", code) or not place or key not in OFFICIAL_DISTRICTS:
            raise ValueError(f"{name}:{reader.line_num}: bad row {row!r} (need a 5-digit zipcode, a place "
                             "and a Saxon district_code)")
        rows.append((code, place, key))
    return rows


def _unique(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return list(dict.fromkeys(pairs))


def _keys(pairs: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(sorted({key for _, key in pairs}))


def _result(query: str, pairs: tuple[tuple[str, str], ...], via: str, code: str | None = None) -> LookupResult:
    keys = _keys(pairs)
    grouped = tuple((k, tuple(dict.fromkeys(p for p, pk in pairs if pk == k))) for k in keys)
    status = LookupStatus.FOUND if len(keys) == 1 else LookupStatus.AMBIGUOUS
    return LookupResult(status, query, keys, tuple(dict.fromkeys(p for p, _ in pairs)), grouped, code, via)

