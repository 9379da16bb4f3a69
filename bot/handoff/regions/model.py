"""The 13 Saxon regions as data: the official district list and the catalog read from the regions file.

Regions are always identified by the official district key (Kreisschlüssel, e.g. ``"14612"``), never
by the postal data's ``district`` column (GeoNames' spellings, partly outdated). ``OFFICIAL_DISTRICTS``
is the source of truth the staff-edited regions file is checked against.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

#: The shipped regions file (content, edited by program staff).
DEFAULT_REGIONS_PATH = Path(__file__).resolve().parents[3] / "flows" / "regions.yaml"

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
