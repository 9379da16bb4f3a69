"""Regions file and the postal-code / place lookup: what staff and mentees observe."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import time
from importlib import resources
from pathlib import Path

import pytest

from bot.files.problems import Severity
from bot.handoff.regions import (
    DEFAULT_REGIONS_PATH,
    OFFICIAL_DISTRICTS,
    LookupStatus,
    PostalIndex,
    RegionCatalog,
    format_lookup_lines,
    load_regions,
    main_region,
    normalize_name,
)

SHARED_CSV = Path("/work/shared/data/sachsen_plz.csv")
OFFICIAL_KEYS = set(OFFICIAL_DISTRICTS)


def _packaged_rows() -> list[dict[str, str]]:
    text = resources.files("bot").joinpath("data/sachsen_plz.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


ROWS = _packaged_rows()
CODE_DISTRICTS: dict[str, set[str]] = {}
for _row in ROWS:
    CODE_DISTRICTS.setdefault(_row["zipcode"], set()).add(_row["district_code"])


@pytest.fixture(scope="module")
def catalog() -> RegionCatalog:
    cat, problems = load_regions(DEFAULT_REGIONS_PATH)
    assert problems == []
    assert cat is not None
    return cat


@pytest.fixture(scope="module")
def index(catalog: RegionCatalog) -> PostalIndex:
    return PostalIndex.load(catalog=catalog)


# --- the packaged data -------------------------------------------------------------------------


def test_packaged_csv_has_every_saxon_district_and_postal_code() -> None:
    assert len(ROWS) == 689
    assert len(CODE_DISTRICTS) == 404
    assert {r["district_code"] for r in ROWS} == OFFICIAL_KEYS


@pytest.mark.skipif(not SHARED_CSV.exists(), reason="shared data snapshot not mounted")
def test_packaged_csv_is_the_unchanged_snapshot() -> None:
    packaged = resources.files("bot").joinpath("data/sachsen_plz.csv").read_bytes()
    assert hashlib.sha256(packaged).digest() == hashlib.sha256(SHARED_CSV.read_bytes()).digest()


def test_data_readme_credits_geonames_as_the_licence_requires() -> None:
    readme = resources.files("bot").joinpath("data/README.md").read_text(encoding="utf-8")
    assert "GeoNames (geonames.org), CC BY 4.0" in readme
    assert "zauberware/postal-codes-json-xml-csv" in readme
    assert "2026-03-30" in readme


# --- postal codes -------------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(CODE_DISTRICTS))
def test_every_postal_code_in_the_data_resolves_to_its_districts(index: PostalIndex, code: str) -> None:
    result = index.lookup(code)
    expected = tuple(sorted(CODE_DISTRICTS[code]))
    assert result.district_keys == expected
    assert result.status is (LookupStatus.FOUND if len(expected) == 1 else LookupStatus.AMBIGUOUS)
    assert result.postal_code == code and result.via == "postal_code"
    assert set(result.places) == {r["place"] for r in ROWS if r["zipcode"] == code}


def test_the_one_code_spanning_two_districts_asks_which(index: PostalIndex) -> None:
    multi = [code for code, keys in CODE_DISTRICTS.items() if len(keys) > 1]
    assert multi == ["02999"]
    result = index.lookup("02999")
    assert result.status is LookupStatus.AMBIGUOUS
    assert result.key is None
    assert result.district_keys == ("14625", "14626")
    assert dict(result.places_by_district) == {"14625": ("Knappensee", "Lohsa"), "14626": ("Uhyst",)}


def test_a_place_after_an_ambiguous_code_picks_the_district(index: PostalIndex) -> None:
    assert index.lookup("02999 Uhyst").key == "14626"
    assert index.lookup("02999 Lohsa").key == "14625"


@pytest.mark.parametrize("text", ["10115", "04600", "06108", "99084", "01000"])
def test_a_well_formed_code_outside_the_saxon_data_is_outside(index: PostalIndex, text: str) -> None:
    result = index.lookup(text)
    assert result.status is LookupStatus.OUTSIDE
    assert result.via == "postal_code" and result.postal_code == text
    assert result.district_keys == ()


def test_a_code_inside_text_and_arabic_indic_digits_are_understood(index: PostalIndex) -> None:
    assert index.lookup("PLZ 01067").key == "14612"
    assert index.lookup("Dresden 01067").key == "14612"
    assert index.lookup("٠١٠٦٧").key == "14612"
    assert index.lookup("۰۴۱۰۳").key == "14713"


def test_the_postal_code_wins_over_a_conflicting_place(index: PostalIndex) -> None:
    assert index.lookup("01067 Leipzig").key == "14612"
    assert index.lookup("04600 Dresden").status is LookupStatus.OUTSIDE


@pytest.mark.parametrize("text", ["", "   ", "!!!", "?", "x", "1234", "0106", "123456", "asdf1234",
                                  "01067 01069", "Dresden" * 20])
def test_garbage_is_invalid(index: PostalIndex, text: str) -> None:
    result = index.lookup(text)
    assert result.status is LookupStatus.INVALID
    assert result.district_keys == () and result.places == ()


# --- place names --------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Görlitz", "görlitz", "goerlitz", "Goerlitz", "GORLITZ", "GÖRLITZ", "  Görlitz "])
def test_place_names_match_with_and_without_umlauts(index: PostalIndex, text: str) -> None:
    result = index.lookup(text)
    assert result.status is LookupStatus.FOUND
    assert result.key == "14626"
    assert result.places == ("Görlitz",)
    assert not result.needs_confirmation


@pytest.mark.parametrize(("text", "key", "place"), [
    ("Meissen", "14627", "Meißen"),
    ("Weisswasser", "14626", "Weißwasser"),
    ("zwoenitz", "14521", "Zwönitz"),
    ("Hohenstein Ernstthal", "14524", "Hohenstein-Ernstthal"),
    ("St. Egidien", "14524", "Sankt Egidien"),
    ("Frankenberg", "14522", "Frankenberg/Sachsen"),
    ("Königstein", "14628", "Königstein/Sächsische Schweiz"),
    ("Pirna", "14628", "Pirna"),
    ("Zwickau", "14524", "Zwickau"),
])
def test_place_spellings_people_type(index: PostalIndex, text: str, key: str, place: str) -> None:
    result = index.lookup(text)
    assert result.key == key
    assert place in result.places


@pytest.mark.parametrize(("text", "key", "place"), [
    ("Görlits", "14626", "Görlitz"),
    ("Gorlits", "14626", "Görlitz"),
    ("Dresdn", "14612", "Dresden"),
    ("Leipzg", "14713", "Leipzig"),
    ("Chemniz", "14511", "Chemnitz"),
    ("Plaun", "14523", "Plauen"),
    ("Mittelsachsn", "14522", "Landkreis Mittelsachsen"),
])
def test_typos_are_found_but_flagged_for_confirmation(index: PostalIndex, text: str, key: str, place: str) -> None:
    result = index.lookup(text)
    assert result.status is LookupStatus.FOUND
    assert result.key == key
    assert place in result.places
    assert result.via == "fuzzy" and result.needs_confirmation


def test_a_similar_town_outside_saxony_is_only_a_guess(index: PostalIndex) -> None:
    """Altenburg is in Thuringia; the bot may suggest Altenberg but must ask first."""
    result = index.lookup("Altenburg")
    assert result.places == ("Altenberg",)
    assert result.needs_confirmation


@pytest.mark.parametrize(("text", "key", "place"), [
    ("Dresden-Neustadt", "14612", "Dresden"),
    ("Dresden Neustadt", "14612", "Dresden"),
    ("Leipzig-Grünau", "14713", "Leipzig"),
    ("Chemnitz Kaßberg", "14511", "Chemnitz"),
    ("Dresdn-Neustadt", "14612", "Dresden"),
])
def test_city_quarters_resolve_to_their_city(index: PostalIndex, text: str, key: str, place: str) -> None:
    result = index.lookup(text)
    assert result.key == key
    assert result.places == (place,)


def test_a_listed_quarter_is_an_exact_place(index: PostalIndex) -> None:
    result = index.lookup("Dresden Striesen")
    assert result.key == "14612" and result.via == "place"


def test_first_part_of_a_merged_town_is_a_guess_to_confirm(index: PostalIndex) -> None:
    result = index.lookup("Annaberg")
    assert result.key == "14521"
    assert result.places == ("Annaberg-Buchholz",)
    assert result.needs_confirmation


@pytest.mark.parametrize(("text", "keys"), [
    ("Auerbach", ("14521", "14523")),
    ("Oelsnitz", ("14521", "14523")),
    ("Reichenbach", ("14523", "14626")),
    ("Bärenstein", ("14521", "14628")),
    ("Neustadt", ("14523", "14628")),
])
def test_a_place_name_in_several_districts_asks_which(index: PostalIndex, text: str, keys: tuple[str, ...]) -> None:
    result = index.lookup(text)
    assert result.status is LookupStatus.AMBIGUOUS
    assert result.district_keys == keys
    assert {k for k, _ in result.places_by_district} == set(keys)


@pytest.mark.parametrize("text", ["Berlin", "Hamburg", "München", "Cottbus", "Erfurt", "Halle", "برلين",
                                  "ich wohne in Dresden"])
def test_an_unknown_place_is_not_known_to_be_in_saxony(index: PostalIndex, text: str) -> None:
    result = index.lookup(text)
    assert result.status is LookupStatus.OUTSIDE
    assert result.via == "place" and result.postal_code is None


# --- district names and aliases -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "key"), [
    ("Landkreis Leipzig", "14729"),
    ("Leipziger Land", "14729"),
    ("Leipzig", "14713"),
    ("Stadt Leipzig", "14713"),
    ("Sächsische Schweiz", "14628"),
    ("Saechsische Schweiz", "14628"),
    ("Osterzgebirge", "14628"),
    ("Landkreis Sächsische Schweiz-Osterzgebirge", "14628"),
    ("LK Görlitz", "14626"),
    ("Kreis Bautzen", "14625"),
    ("Vogtland", "14523"),
    ("Erzgebirge", "14521"),
    ("Erzgebirgskreis", "14521"),
    ("Nordsachsen", "14730"),
    ("Mittelsachsen", "14522"),
    ("Chemnitz", "14511"),
])
def test_district_names_and_aliases_are_understood(index: PostalIndex, text: str, key: str) -> None:
    result = index.lookup(text)
    assert result.status is LookupStatus.FOUND
    assert result.key == key


def test_without_a_catalog_official_names_still_work_but_file_aliases_do_not() -> None:
    bare = PostalIndex.load()
    assert bare.lookup("Landkreis Görlitz").key == "14626"
    assert bare.lookup("Osterzgebirge").via != "district"
    assert bare.lookup("Leipziger Land").via != "district"


def test_results_use_district_keys_never_the_csv_district_names(index: PostalIndex, catalog: RegionCatalog) -> None:
    for text in ("08056", "Zwickau", "09111", "01796"):
        result = index.lookup(text)
        assert set(result.district_keys) <= OFFICIAL_KEYS
    assert format_lookup_lines(index.lookup("08056"), catalog) == ["14524 Landkreis Zwickau"]
    assert format_lookup_lines(index.lookup("09111"), catalog) == ["14511 Chemnitz"]
    assert format_lookup_lines(index.lookup("01796"), catalog) == ["14628 Landkreis Sächsische Schweiz-Osterzgebirge"]


def test_lookups_take_well_under_a_millisecond(index: PostalIndex) -> None:
    queries = ["01067", "02999", "10115", "Görlitz", "GORLITZ", "Dresden-Neustadt", "Görlits",
               "Landkreis Leipzig", "Berlin", "!!!"]
    rounds = 200
    start = time.perf_counter()
    for _ in range(rounds):
        for q in queries:
            index.lookup(q)
    mean = (time.perf_counter() - start) / (rounds * len(queries))
    assert mean < 0.001, f"mean lookup {mean * 1e6:.0f} µs"


def test_names_normalise_case_accents_and_punctuation() -> None:
    assert normalize_name("Görlitz") == "goerlitz"
    assert normalize_name("Görlitz", expand_umlauts=False) == "gorlitz"
    assert normalize_name("  Dresden-Neustadt ") == "dresden neustadt"
    assert normalize_name("Weißwasser/O.L.") == "weisswasser o l"


def test_a_malformed_csv_row_is_reported_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "plz.csv"
    bad.write_text("zipcode,place,district,district_code,latitude,longitude\n"
                   "01067,Dresden,Kreisfreie Stadt Dresden,14612,51.05,13.72\n"
                   "1067,Dresden,Kreisfreie Stadt Dresden,14612,51.05,13.72\n", encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape(f"{bad}:3:")):
        PostalIndex.load(bad)


# --- the shipped regions file -------------------------------------------------------------------


def test_the_shipped_regions_file_has_the_13_official_regions(catalog: RegionCatalog) -> None:
    assert len(catalog) == 13
    assert set(catalog.keys()) == OFFICIAL_KEYS
    for region in catalog:
        assert (region.name, region.kind) == OFFICIAL_DISTRICTS[region.key]
        assert region.page.startswith("https://arbeitsmarktmentoren-sachsen.de/")
    assert catalog["14524"].page == "https://arbeitsmarktmentoren-sachsen.de/landkreis-zwickau"


def test_carriers_appear_only_where_confirmed_for_the_current_phase(catalog: RegionCatalog) -> None:
    carriers = {r.key: r.carrier for r in catalog if r.carrier}
    assert carriers == {"14511": "CBZ", "14626": "Euro-Schulen Görlitz/Zittau"}


def test_unchecked_pages_are_marked_in_the_file(catalog: RegionCatalog) -> None:
    lines = DEFAULT_REGIONS_PATH.read_text(encoding="utf-8").splitlines()
    home = [line for line in lines if re.match(r"\s*page: https://arbeitsmarktmentoren-sachsen.de/\s", line + " ")]
    assert home and all("# Seite nicht geprüft" in line for line in home)
    assert sum(1 for r in catalog if r.page == "https://arbeitsmarktmentoren-sachsen.de/") == len(home)


def test_the_regions_file_holds_no_contact_details() -> None:
    text = DEFAULT_REGIONS_PATH.read_text(encoding="utf-8")
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text), "e-mail addresses belong in deployment config"
    assert not re.search(r"\+?\d[\d /()-]{6,}\d", text), "phone numbers / chat ids belong in deployment config"
    assert "chat_id" not in text.replace("Chat-IDs", "")


def test_aliases_are_not_places_of_another_district(catalog: RegionCatalog) -> None:
    bare = PostalIndex.load()
    assert "Pirna" not in {a for r in catalog for a in r.aliases}
    for region in catalog:
        for alias in region.aliases:
            result = bare.lookup(alias)
            if result.status is not LookupStatus.OUTSIDE and result.via == "place":
                assert result.district_keys == (region.key,), alias


# --- broken regions files report file:line ------------------------------------------------------


def _plant(tmp_path: Path, old: str, new: str, count: int = 1) -> tuple[Path, str]:
    text = DEFAULT_REGIONS_PATH.read_text(encoding="utf-8")
    assert text.count(old) >= count, old
    text = text.replace(old, new, count)
    path = tmp_path / "regions.yaml"
    path.write_text(text, encoding="utf-8")
    return path, text


def _line(text: str, needle: str, occurrence: int = 1) -> int:
    hits = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return hits[occurrence - 1]


def _line_after(text: str, anchor: str, needle: str) -> int:
    start = _line(text, anchor)
    return next(i for i, line in enumerate(text.splitlines(), 1) if i > start and needle in line)


def _errors(path: Path) -> list:
    cat, problems = load_regions(path)
    assert cat is None
    errors = [p for p in problems if p.severity is Severity.ERROR]
    assert errors
    for p in problems:
        assert p.file == str(path)
        assert str(p).startswith(f"{path}:{p.line}: ")
        assert p.hint
    return errors


def test_a_missing_field_is_reported_at_its_region(tmp_path: Path) -> None:
    path, text = _plant(tmp_path, '  - key: "14625"\n    name: Landkreis Bautzen\n    kind: landkreis\n',
                        '  - key: "14625"\n    name: Landkreis Bautzen\n')
    [error] = _errors(path)
    assert error.line == _line(text, 'key: "14625"')
    assert "'kind'" in error.message and "14625" in error.message


def test_an_empty_page_is_reported_at_its_line(tmp_path: Path) -> None:
    path, text = _plant(tmp_path, "    page: https://arbeitsmarktmentoren-sachsen.de/landkreis-zwickau",
                        "    page:")
    [error] = _errors(path)
    assert error.line == _line_after(text, 'key: "14524"', "page:")
    assert "'page'" in error.message


def test_an_unknown_key_is_reported_with_the_official_keys(tmp_path: Path) -> None:
    path, text = _plant(tmp_path, 'key: "14730"', 'key: "14731"')
    errors = _errors(path)
    unknown = [e for e in errors if "14731" in e.message]
    assert [e.line for e in unknown] == [_line(text, 'key: "14731"')]
    assert "14730" in unknown[0].hint
    missing = [e for e in errors if "14730" in e.message and "missing" in e.message]
    assert [e.line for e in missing] == [_line(text, "regions:")]


def test_a_duplicate_region_names_both_lines(tmp_path: Path) -> None:
    path, text = _plant(tmp_path, 'key: "14729"', 'key: "14713"')
    errors = _errors(path)
    dup = [e for e in errors if "twice" in e.message]
    assert len(dup) == 1
    assert dup[0].line == _line(text, 'key: "14713"', 2)
    first = _line(text, 'key: "14713"', 1)
    assert f"line {first}" in dup[0].message
    assert any("14729" in e.message and "missing" in e.message for e in errors)


def test_a_page_without_https_is_rejected(tmp_path: Path) -> None:
    path, text = _plant(tmp_path, "page: https://arbeitsmarktmentoren-sachsen.de/landkreis-zwickau",
                        "page: arbeitsmarktmentoren-sachsen.de/landkreis-zwickau")
    [error] = _errors(path)
    assert error.line == _line(text, "page: arbeitsmarktmentoren-sachsen.de/landkreis-zwickau")
    assert "https://" in error.hint


def test_a_misspelt_field_is_not_silently_dropped(tmp_path: Path) -> None:
    path, text = _plant(tmp_path, "    carrier: CBZ", "    carier: CBZ")
    [error] = _errors(path)
    assert error.line == _line(text, "carier:")
    assert "carier" in error.message and "carrier" in error.hint


def test_a_wrong_kind_is_rejected(tmp_path: Path) -> None:
    path, text = _plant(tmp_path, '"14612"\n    name: Dresden\n    kind: kreisfreie_stadt',
                        '"14612"\n    name: Dresden\n    kind: landkreis')
    [error] = _errors(path)
    assert error.line == _line_after(text, 'key: "14612"', "kind: landkreis")
    assert "kreisfreie_stadt" in error.message


def test_an_alias_on_two_regions_is_rejected(tmp_path: Path) -> None:
    path, text = _plant(tmp_path, "      - Erzgebirge\n", "      - Erzgebirge\n      - Vogtland\n")
    [error] = _errors(path)
    assert error.line == _line(text, "- Vogtland", 2)
    assert "14521" in error.message and f"line {_line(text, '- Vogtland', 1)}" in error.message


def test_a_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path, text = _plant(tmp_path, "    name: Landkreis Meißen\n", "    name: Landkreis Meißen\n   broken: [\n")
    [error] = _errors(path)
    assert "syntax" in error.message
    assert error.line >= _line(text, "broken: [")


def test_a_non_official_name_is_a_warning_and_the_file_still_loads(tmp_path: Path) -> None:
    path, text = _plant(tmp_path, "name: Landkreis Görlitz", "name: Görlitz")
    cat, problems = load_regions(path)
    assert cat is not None and cat["14626"].name == "Görlitz"
    [warning] = problems
    assert warning.severity is Severity.WARNING
    assert warning.line == _line(text, "name: Görlitz")
    assert "Landkreis Görlitz" in warning.hint


def test_an_unquoted_key_is_accepted(tmp_path: Path) -> None:
    path, _ = _plant(tmp_path, 'key: "14612"', "key: 14612")
    cat, problems = load_regions(path)
    assert problems == [] and cat is not None and "14612" in cat


# --- python -m bot region -----------------------------------------------------------------------


def test_region_command_prints_key_and_official_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main_region(["01067"]) == 0
    assert capsys.readouterr().out == "14612 Dresden\n"
    assert main_region(["Landkreis", "Leipzig"]) == 0
    assert capsys.readouterr().out == "14729 Landkreis Leipzig\n"
    assert main_region(["goerlitz"]) == 0
    assert capsys.readouterr().out == "14626 Landkreis Görlitz\n"


def test_region_command_lists_both_districts_of_an_ambiguous_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert main_region(["02999"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == ["14625 Landkreis Bautzen", "14626 Landkreis Görlitz"]


def test_region_command_explains_a_typo_match_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    assert main_region(["Görlits"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "14626 Landkreis Görlitz\n"
    assert "Görlitz" in captured.err


@pytest.mark.parametrize(("argv", "says"), [
    (["10115"], "not a postal code in Saxony"),
    (["04600"], "not a postal code in Saxony"),
    (["Berlin"], "not known as a place in Saxony"),
    (["!!!"], "neither a 5-digit postal code nor a place name"),
])
def test_region_command_fails_with_a_sentence(capsys: pytest.CaptureFixture[str], argv: list[str], says: str) -> None:
    assert main_region(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert says in captured.err


def test_region_command_usage_and_broken_regions_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main_region([]) == 2
    assert "usage" in capsys.readouterr().err
    path, text = _plant(tmp_path, 'key: "14730"', 'key: "14731"')
    assert main_region(["--regions", str(path), "01067"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{path}:{_line(text, '14731')}:" in captured.err


def test_format_lookup_lines_is_empty_when_nothing_was_found(index: PostalIndex, catalog: RegionCatalog) -> None:
    assert format_lookup_lines(index.lookup("10115"), catalog) == []
    assert format_lookup_lines(index.lookup("!!!"), catalog) == []
    assert format_lookup_lines(index.lookup("01067"), None) == ["14612 Dresden"]


@pytest.mark.parametrize("text, key", [("دريسدن", "14612"), ("درسدن", "14612"), ("لايبزيغ", "14713"),
                                       ("لايبزغ", "14713"), ("كيمنتس", "14511")])
def test_the_big_cities_typed_in_arabic_script(index: PostalIndex, text: str, key: str) -> None:
    result = index.lookup(text)
    assert result.status is LookupStatus.FOUND and result.district_keys == (key,)


# --- places in Arabic script, namesakes told apart by their suffix -----------------------------------------


@pytest.mark.parametrize("text, key", [("بلاوين", "14523"), ("باوتسن", "14625"), ("غورليتس", "14626"),
                                       ("مايسن", "14627"), ("بيرنا", "14628"), ("فرايبرغ", "14522"),
                                       ("تسفيكاو", "14524"), ("أنابرغ بوخهولتس", "14521"), ("بورنا", "14729"),
                                       ("تورغاو", "14730"), ("هويرسفيردا", "14625"), ("ريزا", "14627"),
                                       ("ايلنبورغ", "14730"), ("آيلنبورغ", "14730")])
def test_district_towns_and_common_places_typed_in_arabic_script(index: PostalIndex, text: str, key: str) -> None:
    result = index.lookup(text)
    assert result.status is LookupStatus.FOUND and result.district_keys == (key,) and not result.needs_confirmation


def test_every_spelling_in_the_regions_file_finds_its_place(index: PostalIndex, catalog: RegionCatalog) -> None:
    spelled = [(region.key, place, s) for region in catalog for place in region.places for s in place.spellings]
    assert len({p.place for _, p, _ in spelled}) >= 35
    for key, place, spelling in spelled:
        assert index.lookup(spelling).district_keys == (key,), (place.place, spelling)
    assert index.unknown_places == []


@pytest.mark.parametrize("text, key", [("Reichenbach im Vogtland", "14523"), ("Reichenbach i. Vogtl.", "14523"),
                                       ("Reichenbach in der Oberlausitz", "14626"), ("Reichenbach Vogtland", "14523")])
def test_a_namesake_is_told_apart_by_its_suffix(index: PostalIndex, text: str, key: str) -> None:
    result = index.lookup(text)
    assert result.status is LookupStatus.FOUND and result.district_keys == (key,)


def test_a_name_without_suffix_stays_ambiguous(index: PostalIndex) -> None:
    assert index.lookup("Reichenbach").district_keys == ("14523", "14626")


def test_a_place_spelling_for_a_place_the_region_does_not_have_is_reported_at_its_line(tmp_path: Path) -> None:
    from bot.handoff.district import load_districts
    content = tmp_path / "content"
    (content / "flows").mkdir(parents=True)
    text = DEFAULT_REGIONS_PATH.read_text(encoding="utf-8").replace("      Plauen: [", "      Plauenn: [", 1)
    (content / "flows" / "regions.yaml").write_text(text, encoding="utf-8")
    problems = load_districts(content).problems
    assert [(p.file, p.line) for p in problems] == [("flows/regions.yaml", _line(text, "Plauenn:"))]
    assert "Plauenn" in problems[0].message and "sachsen_plz.csv" in problems[0].hint


def test_one_spelling_for_two_places_is_an_error_at_its_line(tmp_path: Path) -> None:
    path, text = _plant(tmp_path, "      Riesa: [ريزا]", "      Riesa: [ريزا, بيرنا]")
    errors = _errors(path)
    assert any(e.line == _line(text, "Pirna: [") or e.line == _line(text, "Riesa: [") for e in errors)
    assert any("بيرنا" in e.message for e in errors)
