"""Reading and checking ``flows/regions.yaml``, the regions file program staff edit.

``load_regions`` never stops at the first mistake: every problem comes back with ``file:line`` and a
hint in German (the staff's language) on how to fix it. The file is checked against the official
district list, so a typo in a key or a missing region is caught before the bot starts.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.files.problems import Problem, Severity
from bot.files.yamlfile import line_of, load_yaml
from bot.handoff.regions.model import (
    DEFAULT_REGIONS_PATH,
    KINDS,
    OFFICIAL_DISTRICTS,
    PlaceSpellings,
    Region,
    RegionCatalog,
)
from bot.handoff.regions.names import district_names, normalize_name

_FIELDS = ("key", "name", "kind", "page", "carrier", "aliases", "places")
_REQUIRED = ("key", "name", "kind", "page")
_PROGRAM_HOST = "arbeitsmarktmentoren-sachsen.de"


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
            for name in district_names(region.key, region.name, ()):
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
