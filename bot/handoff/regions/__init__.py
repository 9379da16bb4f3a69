"""The 13 Saxon regions and the postal-code / place-name lookup that finds a mentee's region.

- ``model``: the official district list and the ``RegionCatalog`` read from the regions file.
- ``checker``: ``load_regions(path)`` reads ``flows/regions.yaml`` (edited by program staff) and reports
  every problem with ``file:line`` and how to fix it.
- ``names``: the normal form of place and district names both the checker and the index compare.
- ``postal``: ``PostalIndex``, built once from the packaged GeoNames extract ``bot/data/sachsen_plz.csv``;
  ``lookup(text)`` takes a postal code or a place / district name and returns a ``LookupResult``.
- ``cli``: ``main_region(argv)`` backs ``python -m bot region <postal code or place>``.

Callers import from ``bot.handoff.regions``; the sub-modules are how the work is divided, not an API.
"""

from bot.handoff.regions.checker import load_regions
from bot.handoff.regions.cli import format_lookup_lines, main_region
from bot.handoff.regions.model import (
    DEFAULT_REGIONS_PATH,
    KINDS,
    OFFICIAL_DISTRICTS,
    PlaceSpellings,
    Region,
    RegionCatalog,
)
from bot.handoff.regions.names import normalize_name
from bot.handoff.regions.postal import LookupResult, LookupStatus, PostalIndex

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
