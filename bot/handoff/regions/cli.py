"""``python -m bot region <postal code or place>``: the district(s) the postal index finds, for staff
who want to check a mentee's answer or a change to the regions file from the shell."""

from __future__ import annotations

import sys
from pathlib import Path

from bot.handoff.regions.checker import load_regions
from bot.handoff.regions.model import DEFAULT_REGIONS_PATH, OFFICIAL_DISTRICTS, RegionCatalog
from bot.handoff.regions.postal import LookupResult, LookupStatus, PostalIndex


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
