"""The 13 Saxon regions and the postal-code / place-name lookup that finds a mentee's region.

- ``load_regions(path)`` reads ``flows/regions.yaml`` (edited by program staff) into a frozen
  ``RegionCatalog`` and reports every problem with ``file:line`` and how to fix it.
- ``PostalIndex`` is built once from the packaged GeoNames extract ``bot/data/sachsen_plz.csv``;
  ``lookup(text)`` takes a postal code or a place / district name and returns a ``LookupResult``.
- ``main_region(argv)`` backs ``python -m bot region <postal code or place>``.

Regions are always identified by the official district key (Kreisschlüssel, e.g. ``"14612"``), never
by the CSV's ``district`` column (GeoNames' spellings, partly outdated).
"""

from __future__ import annotations

import csv
import enum
import io
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from rapidfuzz import fuzz, process

from bot.files.problems import Problem, Severity
from bot.files.yamlfile import line_of, load_yaml

__all__ = [
    "DEFAULT_REGIONS_PATH",
    "KINDS",
    "OFFICIAL_DISTRICTS",
    "LookupResult",
    "LookupStatus",
    "PlaceSpellings",
    "PostalIndex",
    "Region",
    "RegionCatalog",
    "format_lookup_lines",
    "load_regions",
    "main_region",
    "normalize_name",
]

#: The shipped regions file (content, edited by program staff).
DEFAULT_REGIONS_PATH = Path(__file__).resolve().parents[2] / "flows" / "regions.yaml"

KINDS = ("landkreis", "kreisfreie_stadt")

#: Official district key -> (official name, kind); the source of truth the regions file is checked
#: against (Statistisches Landesamt Sachsen, as listed in bot/data/README.md).
OFFICIAL_DISTRICTS: Mapping[str, tuple[str, str]] = {
    "14511": ("Chemnitz", "kreisfreie_stadt"),
    "14521": ("Erzgebirgskreis", "landkreis"),
    "14522": ("Landkreis Mittelsachsen", "landkreis"),
    "14523": ("Vogtlandkreis", "landkreis"),
    "14524": ("Landkreis Zwickau", "landkreis"),
    "14612": ("Dresden", "kreisfreie_stadt"),
    "14625": ("Landkreis Bautzen", "landkreis"),
    "14626": ("Landkreis Görlitz", "landkreis"),
    "14627": ("Landkreis Meißen", "landkreis"),
    "14628": ("Landkreis Sächsische Schweiz-Osterzgebirge", "landkreis"),
    "14713": ("Leipzig", "kreisfreie_stadt"),
    "14729": ("Landkreis Leipzig", "landkreis"),
    "14730": ("Landkreis Nordsachsen", "landkreis"),
}

_FIELDS = ("key", "name", "kind", "page", "carrier", "aliases", "places")
_REQUIRED = ("key", "name", "kind", "page")
_PROGRAM_HOST = "arbeitsmarktmentoren-sachsen.de"


# --------------------------------------------------------------------------------------------------
# Regions
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlaceSpellings:
    """Other spellings of a place of the region (e.g. in Arabic script), as written in flows/regions.yaml."""

    place: str                       # as in the postal data, e.g. "Plauen"
    spellings: tuple[str, ...]       # e.g. ("بلاوين", "بلاون")
    line: int


@dataclass(frozen=True)
class Region:
    """One Landkreis or kreisfreie Stadt and its public program page."""

    key: str
    name: str
    kind: str
    page: str
    carrier: str | None = None
    aliases: tuple[str, ...] = ()
    places: tuple[PlaceSpellings, ...] = ()


@dataclass(frozen=True)
class RegionCatalog:
    """The 13 regions in file order, addressable by district key."""

    regions: tuple[Region, ...]
    source: str = ""
    _by_key: Mapping[str, Region] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {r.key: r for r in self.regions})

    def get(self, key: str) -> Region | None:
        return self._by_key.get(key)

    def __getitem__(self, key: str) -> Region:
        return self._by_key[key]

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __iter__(self) -> Iterator[Region]:
        return iter(self.regions)

    def __len__(self) -> int:
        return len(self.regions)

    def keys(self) -> tuple[str, ...]:
        return tuple(r.key for r in self.regions)


def load_regions(path: Path | str = DEFAULT_REGIONS_PATH,
                 display: str | None = None) -> tuple[RegionCatalog | None, list[Problem]]:
    """Read and check the regions file. The catalog is None when any problem is an error;
    warnings (e.g. a name that differs from the official one) come back with the catalog."""
    yf, problem = load_yaml(path, display)
    if problem is not None:
        return None, [problem]
    assert yf is not None
    checker = _RegionsChecker(yf.path)
    regions = checker.check(yf.data)
    problems = sorted(checker.problems, key=lambda p: p.line)
    if any(p.is_error for p in problems):
        return None, problems
    return RegionCatalog(tuple(regions), yf.path), problems


class _RegionsChecker:
    """One method per rule; collects every problem instead of stopping at the first."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self.items: dict[str, Mapping] = {}

    def error(self, line: int, message: str, hint: str, key: str = "") -> None:
        self.problems.append(Problem(self.file, line, message, hint, step=key))

    def warn(self, line: int, message: str, hint: str, key: str = "") -> None:
        self.problems.append(Problem(self.file, line, message, hint, step=key, severity=Severity.WARNING))

    def check(self, data: Any) -> list[Region]:
        if not isinstance(data, Mapping) or "regions" not in data:
            self.error(1, "the file must start with 'regions:' followed by a list of regions",
                       "Die Datei beginnt mit 'regions:' und darunter je Region ein Eintrag '- key: ...'")
            return []
        for extra in data:
            if extra != "regions":
                self.error(line_of(data, extra), f"unknown top-level entry '{extra}'",
                           "Nur 'regions:' ist erlaubt; Eintrag löschen oder unter eine Region verschieben")
        items = data["regions"]
        if not isinstance(items, list):
            self.error(line_of(data, "regions"), "'regions' must be a list",
                       "Jede Region beginnt mit '- key: \"145..\"' (Bindestrich, eingerückt)")
            return []
        regions: list[Region] = []
        first_line: dict[str, int] = {}
        for index, item in enumerate(items):
            region = self._region(item, line_of(items, index), first_line)
            if region is not None:
                regions.append(region)
        self._missing_keys(first_line, line_of(data, "regions"))
        self._unique_aliases(regions)
        return regions

    def _region(self, item: Any, line: int, first_line: dict[str, int]) -> Region | None:
        if not isinstance(item, Mapping):
            self.error(line, "a region must be a block of fields (key, name, kind, page ...)",
                       "Format: '- key: \"14612\"' und darunter eingerückt name:, kind:, page:")
            return None
        key = self._key(item, line, first_line)
        tag = key or ""
        for name in item:
            if name not in _FIELDS:
                self.error(line_of(item, name), f"region {tag}: unknown field '{name}'",
                           f"erlaubte Felder: {', '.join(_FIELDS)} (Tippfehler?); Kontaktdaten von "
                           "Mentor*innen gehören in die Betriebskonfiguration, nicht hierher", tag)
        for name in _REQUIRED:
            if name == "key":
                continue
            if name not in item or item[name] is None or str(item[name]).strip() == "":
                self.error(line_of(item, name) if name in item else line,
                           f"region {tag}: required field '{name}' is missing or empty",
                           f"'{name}:' ergänzen (Pflichtfelder: {', '.join(_REQUIRED)})", tag)
        name = self._text(item, "name", tag)
        kind = self._kind(item, key, tag)
        page = self._page(item, tag)
        carrier = self._text(item, "carrier", tag)
        aliases = self._aliases(item, tag)
        places = self._places(item, tag)
        if key is None or name is None or kind is None or page is None or aliases is None or places is None:
            return None
        official_name = OFFICIAL_DISTRICTS[key][0]
        if name != official_name:
            self.warn(line_of(item, "name"), f"region {key}: name '{name}' differs from the official "
                      f"name '{official_name}'", f"amtlichen Namen verwenden: name: {official_name}", key)
        self.items[key] = item
        return Region(key, name, kind, page, carrier, aliases, places)

    def _key(self, item: Mapping, line: int, first_line: dict[str, int]) -> str | None:
        if "key" not in item or item["key"] is None:
            self.error(line, "region without 'key'",
                       "'key:' mit dem amtlichen Kreisschlüssel ergänzen, z. B. key: \"14612\"")
            return None
        raw = item["key"]
        key = str(raw).strip() if isinstance(raw, (str, int)) and not isinstance(raw, bool) else ""
        at = line_of(item, "key")
        if key not in OFFICIAL_DISTRICTS:
            self.error(at, f"unknown district key '{raw}'",
                       "einer der 13 amtlichen Kreisschlüssel Sachsens: " + ", ".join(OFFICIAL_DISTRICTS))
            return None
        if key in first_line:
            self.error(at, f"region {key} is listed twice (first at line {first_line[key]})",
                       "jede Region genau einmal eintragen; den doppelten Block löschen", key)
            return None
        first_line[key] = at
        return key

    def _text(self, item: Mapping, name: str, key: str) -> str | None:
        value = item.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            return None  # a missing required field is reported once, by _region
        if not isinstance(value, str):
            self.error(line_of(item, name), f"region {key}: '{name}' must be text",
                       f"'{name}: ...' mit einem Text füllen oder die Zeile löschen", key)
            return None
        return value.strip()

    def _kind(self, item: Mapping, key: str | None, tag: str) -> str | None:
        kind = item.get("kind")
        if kind is None:
            return None
        if kind not in KINDS:
            self.error(line_of(item, "kind"), f"region {tag}: kind '{kind}' is not one of {', '.join(KINDS)}",
                       "kind: landkreis  oder  kind: kreisfreie_stadt", tag)
            return None
        if key is not None and kind != OFFICIAL_DISTRICTS[key][1]:
            self.error(line_of(item, "kind"), f"region {key}: kind should be '{OFFICIAL_DISTRICTS[key][1]}'",
                       f"{OFFICIAL_DISTRICTS[key][0]} ist {OFFICIAL_DISTRICTS[key][1]}", key)
            return None
        return kind

    def _page(self, item: Mapping, key: str) -> str | None:
        page = self._text(item, "page", key)
        if page is None:
            return None
        parts = urlsplit(page)
        if parts.scheme != "https" or "." not in parts.netloc or any(c.isspace() for c in page):
            self.error(line_of(item, "page"), f"region {key}: page '{page}' is not a web address",
                       "vollständige Adresse mit https:// angeben, z. B. https://arbeitsmarktmentoren-sachsen.de/", key)
            return None
        host = parts.hostname or ""
        if host != _PROGRAM_HOST and not host.endswith("." + _PROGRAM_HOST):
            self.warn(line_of(item, "page"), f"region {key}: page is not on {_PROGRAM_HOST}",
                      "die öffentliche Regionsseite des Programms verwenden", key)
        return page

    def _aliases(self, item: Mapping, key: str) -> tuple[str, ...] | None:
        raw = item.get("aliases")
        if raw is None:
            return ()
        if not isinstance(raw, list):
            self.error(line_of(item, "aliases"), f"region {key}: 'aliases' must be a list",
                       "je Schreibweise eine Zeile '- ...' unter 'aliases:'", key)
            return None
        out: list[str] = []
        for index, alias in enumerate(raw):
            if not isinstance(alias, str) or not normalize_name(alias):
                self.error(line_of(raw, index), f"region {key}: alias '{alias}' must be a name",
                           "Schreibweise als Text eintragen oder die Zeile löschen", key)
                return None
            out.append(alias.strip())
        return tuple(out)

    def _places(self, item: Mapping, key: str) -> tuple[PlaceSpellings, ...] | None:
        raw = item.get("places")
        if raw is None:
            return ()
        if not isinstance(raw, Mapping):
            self.error(line_of(item, "places"), f"region {key}: 'places' must list places with their spellings",
                       "je Ort eine Zeile 'Plauen: [بلاوين, بلاون]' unter 'places:'", key)
            return None
        out: list[PlaceSpellings] = []
        for place, spellings in raw.items():
            at = line_of(raw, place)
            if not isinstance(place, str) or not isinstance(spellings, list) or not spellings or not all(
                    isinstance(s, str) and normalize_name(s) for s in spellings):
                self.error(at, f"region {key}: place '{place}' needs a list of spellings",
                           "Format: 'Plauen: [بلاوين, بلاون]' (Ort wie in der Postleitzahlen-Datei, dann Schreibweisen)",
                           key)
                return None
            out.append(PlaceSpellings(place.strip(), tuple(s.strip() for s in spellings), at))
        return tuple(out)

    def _missing_keys(self, seen: Mapping[str, int], line: int) -> None:
        missing = [k for k in OFFICIAL_DISTRICTS if k not in seen]
        for key in missing:
            self.error(line, f"region {key} ({OFFICIAL_DISTRICTS[key][0]}) is missing",
                       "alle 13 Regionen müssen in der Datei stehen; Block für diese Region ergänzen", key)

    def _unique_aliases(self, regions: list[Region]) -> None:
        owner: dict[str, tuple[str, int]] = {}
        for region in regions:
            for name in _district_names(region.key, region.name, ()):
                owner.setdefault(normalize_name(name), (region.key, line_of(self.items[region.key], "name")))
        for region in regions:
            aliases = self.items[region.key].get("aliases")
            for index, alias in enumerate(region.aliases):
                at = line_of(aliases, index)
                other, first = owner.setdefault(normalize_name(alias), (region.key, at))
                if other != region.key:
                    self.error(at, f"region {region.key}: alias '{alias}' already names region {other} "
                               f"(line {first})",
                               "ein Alias darf nur bei einer Region stehen; bei einer davon löschen", region.key)
        spelled: dict[str, tuple[str, int]] = {}
        for region in regions:
            for place in region.places:
                for spelling in place.spellings:
                    form = normalize_name(spelling)
                    other, first = spelled.setdefault(form, (place.place, place.line))
                    if form in owner or (other, first) != (place.place, place.line):
                        self.error(place.line, f"region {region.key}: spelling '{spelling}' of '{place.place}' "
                                   f"already names {other if form not in owner else 'a region'} (line {first})",
                                   "eine Schreibweise darf nur für einen Ort stehen; bei einem davon löschen",
                                   region.key)


# --------------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------------

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


def _forms(text: str) -> tuple[str, ...]:
    """The lookup keys of one name: with umlauts expanded (goerlitz) and stripped (gorlitz)."""
    a, b = normalize_name(text, True), normalize_name(text, False)
    return (a,) if a == b else (a, b)


def _district_names(key: str, name: str, aliases: Iterable[str]) -> list[str]:
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


def _base_name(place: str) -> str:
    """The town without its qualifier: 'Frankenberg/Sachsen' -> 'Frankenberg',
    'Einsiedel bei Chemnitz' -> 'Einsiedel', 'Neustadt in Sachsen' -> 'Neustadt'."""
    return _BASE_SPLIT.split(place, maxsplit=1)[0].strip()


def _first_part(place: str) -> str | None:
    """First part of a merged town's name: 'Annaberg-Buchholz' -> 'Annaberg' (4+ letters)."""
    head, sep, _ = _base_name(place).partition("-")
    return head.strip() if sep and len(head.strip()) >= 4 else None


# --------------------------------------------------------------------------------------------------
# Postal index
# --------------------------------------------------------------------------------------------------


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
            for form in _forms(place):
                places.setdefault(form, []).append((place, key))
            base = _base_name(place)
            if base != place:
                for form in _forms(base):
                    bases.setdefault(form, []).append((place, key))
            first = _first_part(place)
            if first is not None:
                for form in _forms(first):
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
                    for form in _forms(spelling):
                        places.setdefault(form, []).extend(pairs)
        districts: dict[str, list[tuple[str, str]]] = {}
        for key, (official, _kind) in OFFICIAL_DISTRICTS.items():
            region = catalog.get(key) if catalog is not None else None
            display = region.name if region else official
            for name in _district_names(key, display, region.aliases if region else ()):
                for form in _forms(name):
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

    @property
    def postal_codes(self) -> frozenset[str]:
        return frozenset(self._codes)

    def districts_for_code(self, code: str) -> tuple[str, ...]:
        hit = self._codes.get(code)
        return _keys(hit.pairs) if hit else ()

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
        forms = _forms(query)
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
                hit = self._fuzzy(candidate)
                if hit is not None:
                    return _result(query, hit, "fuzzy")
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


# --------------------------------------------------------------------------------------------------
# Command line: python -m bot region <postal code or place>
# --------------------------------------------------------------------------------------------------


def format_lookup_lines(result: LookupResult, catalog: RegionCatalog | None) -> list[str]:
    """'<key> <official name>' for each district of a found or ambiguous result; [] otherwise."""
    if result.status not in (LookupStatus.FOUND, LookupStatus.AMBIGUOUS):
        return []
    lines = []
    for key in result.district_keys:
        region = catalog.get(key) if catalog is not None else None
        lines.append(f"{key} {region.name if region else OFFICIAL_DISTRICTS[key][0]}")
    return lines


_USAGE = "usage: python -m bot region [--regions FILE] <postal code or place>"


def main_region(argv: list[str]) -> int:
    """Print the district(s) of a postal code or place; exit 1 (with a sentence on stderr) when it is
    not in Saxony or not understood, 2 on a usage error or a broken regions file."""
    args = list(argv)
    regions_path: Path | str = DEFAULT_REGIONS_PATH
    if args and args[0] in ("-h", "--help"):
        print(_USAGE)
        return 0
    if args and args[0] == "--regions":
        if len(args) < 2:
            print(_USAGE, file=sys.stderr)
            return 2
        regions_path, args = args[1], args[2:]
    text = " ".join(args).strip()
    if not text:
        print(_USAGE, file=sys.stderr)
        return 2
    catalog, problems = load_regions(regions_path)
    for problem in problems:
        print(problem, file=sys.stderr)
    if catalog is None:
        return 2
    result = PostalIndex.load(catalog=catalog).lookup(text)
    if result.status is LookupStatus.OUTSIDE:
        if result.via == "postal_code":
            print(f"{result.postal_code} is not a postal code in Saxony (not in the Saxon postal code data).",
                  file=sys.stderr)
        else:
            print(f"'{text}' is not known as a place in Saxony; try the 5-digit postal code.", file=sys.stderr)
        return 1
    if result.status is LookupStatus.INVALID:
        print(f"'{text}' is neither a 5-digit postal code nor a place name.", file=sys.stderr)
        return 1
    if result.needs_confirmation:
        print(f"note: no exact match for '{text}'; closest: {', '.join(result.places)}", file=sys.stderr)
    if result.status is LookupStatus.AMBIGUOUS:
        print(f"note: '{text}' lies in {len(result.district_keys)} districts:", file=sys.stderr)
    for line in format_lookup_lines(result, catalog):
        print(line)
    return 0
