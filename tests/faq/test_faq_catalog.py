"""Loading flows/faq: every rule an admin can break is reported with file:line and a hint."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from bot.faq.catalog import FaqCatalog, FaqEntry, load_faq
from bot.files.problems import Problem, Severity

FIXTURE = Path(__file__).parent / "fixtures" / "flows"
TODAY = dt.date(2026, 11, 23)

GOOD_ENTRY = """\
  - id: good-entry
    checked: 2026-01-10
    sources:
      - https://www.bamf.de/integrationskurs
    synonyms:
      de: [integrationskurs]
"""


def write(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def topic_file(directory: Path, entries: str, *, name: str = "language.yaml", head: str | None = None) -> Path:
    """A topic file 'language' whose entries start on line 4."""
    head = head if head is not None else "topic: language\ntitle: faq-topic-language\n"
    return write(directory, name, head + "entries:\n" + textwrap.dedent(entries))


def load(directory: Path) -> tuple[FaqCatalog, list[Problem]]:
    return load_faq(directory, today=TODAY)


def only_problem(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, "\n".join(map(str, problems))
    return problems[0]


def assert_at(problem: Problem, path: Path, line: int, *words: str) -> None:
    assert (problem.file, problem.line) == (str(path), line), str(problem)
    for word in words:
        assert word in problem.message, str(problem)
    assert problem.hint, "every problem tells the admin how to fix it"


# --- the fixture and the happy path ----------------------------------------------------------------


def test_the_fixture_loads_without_problems() -> None:
    catalog, problems = load_faq(FIXTURE)
    assert problems == []
    assert [t.id for t in catalog.topics] == ["courses", "jobs"]
    assert len(catalog) == 6


def test_entries_carry_their_data_and_place() -> None:
    catalog, _ = load_faq(FIXTURE)
    entry = catalog.entry("integration-course-who")
    assert isinstance(entry, FaqEntry)
    assert entry.topic == "courses"
    assert entry.checked == dt.date(2025, 1, 15)
    assert entry.sources[0].startswith("https://www.bamf.de/")
    assert entry.synonyms["de"] == ("integrationskurs", "ik", "deutschkurs")
    assert (Path(entry.file).name, entry.line) == ("courses.yaml", 5)
    assert entry.question_id == "faq-integration-course-who-q"
    assert entry.answer_id == "faq-integration-course-who-a"


def test_catalog_lookups() -> None:
    catalog, _ = load_faq(FIXTURE)
    assert catalog.topic("jobs").title_id == "faq-topic-jobs"
    assert [e.id for e in catalog.entries_of("jobs")] == ["recognition-need", "jobcenter-register", "work-permit"]
    assert "work-permit" in catalog and "nope" not in catalog
    assert catalog.get("nope") is None
    with pytest.raises(KeyError):
        catalog.entry("nope")


def test_message_ids_lists_titles_questions_and_answers() -> None:
    catalog, _ = load_faq(FIXTURE)
    ids = catalog.message_ids()
    assert ids[:3] == ("faq-topic-courses", "faq-integration-course-who-q", "faq-integration-course-who-a")
    assert len(ids) == 2 + 2 * 6
    assert len(set(ids)) == len(ids)


def test_entries_are_frozen() -> None:
    catalog, _ = load_faq(FIXTURE)
    with pytest.raises(AttributeError):
        catalog.entries[0].id = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        catalog.entries[0].synonyms["de"] = ()  # type: ignore[index]


def test_a_quoted_iso_date_is_accepted(tmp_path: Path) -> None:
    topic_file(tmp_path, GOOD_ENTRY.replace("2026-01-10", "'2026-01-10'"))
    catalog, problems = load(tmp_path)
    assert problems == []
    assert catalog.entry("good-entry").checked == dt.date(2026, 1, 10)


# --- file level --------------------------------------------------------------------------------------


def test_yaml_syntax_error_is_reported_with_its_line(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY + "  - id: [unclosed\n")
    catalog, problems = load(tmp_path)
    problem = only_problem(problems)
    assert_at(problem, path, 10, "YAML")
    assert len(catalog) == 0


def test_file_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "language.yaml", "- id: x\n")
    assert_at(only_problem(load(tmp_path)[1]), path, 1, "mapping")


def test_unknown_top_level_key(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY, head="topic: language\ntitel: x\ntitle: faq-topic-language\n")
    assert_at(only_problem(load(tmp_path)[1]), path, 2, "unknown key 'titel'")


def test_missing_topic(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY, head="title: faq-topic-language\n")
    catalog, problems = load(tmp_path)
    assert_at(only_problem(problems), path, 1, "topic id is missing")
    assert len(catalog) == 0


def test_topic_id_shape(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY, name="Language.yaml", head="topic: Language\ntitle: faq-topic-language\n")
    assert_at(only_problem(load(tmp_path)[1]), path, 1, "'Language' is not valid")


def test_topic_must_match_the_file_name(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY, name="sprache.yaml")
    assert_at(only_problem(load(tmp_path)[1]), path, 1, "file named 'sprache.yaml'")


def test_topic_defined_twice(tmp_path: Path) -> None:
    topic_file(tmp_path, GOOD_ENTRY)
    (tmp_path / "sub").mkdir()
    # the same topic id in a second file (names sort after language.yaml)
    path = topic_file(tmp_path, GOOD_ENTRY.replace("good-entry", "other-entry"), name="language2.yaml")
    problems = load(tmp_path)[1]
    assert any(p.file == str(path) and p.line == 1 and "already defined" in p.message for p in problems), problems


def test_missing_title(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY, head="topic: language\n")
    assert_at(only_problem(load(tmp_path)[1]), path, 1, "title")


def test_title_must_be_a_message_id(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY, head="topic: language\ntitle: Sprache lernen\n")
    assert_at(only_problem(load(tmp_path)[1]), path, 2, "not a Fluent message id")


def test_title_off_the_naming_scheme_is_a_warning(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY, head="topic: language\ntitle: faq-sprache\n")
    catalog, problems = load(tmp_path)
    problem = only_problem(problems)
    assert_at(problem, path, 2, "faq-topic-language")
    assert problem.severity is Severity.WARNING
    assert len(catalog) == 1


def test_entries_missing_or_empty(tmp_path: Path) -> None:
    path = write(tmp_path, "language.yaml", "topic: language\ntitle: faq-topic-language\nentries: []\n")
    assert_at(only_problem(load(tmp_path)[1]), path, 3, "non-empty list")


def test_entry_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY + "  - just text\n")
    assert_at(only_problem(load(tmp_path)[1]), path, 10, "must be a mapping")


# --- entry level -------------------------------------------------------------------------------------


def test_entry_without_id(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY.replace("- id: good-entry\n    checked", "- checked"))
    catalog, problems = load(tmp_path)
    assert_at(only_problem(problems), path, 4, "no 'id'")
    assert len(catalog) == 0


@pytest.mark.parametrize("bad", ["Good-Entry", "good_entry", "good--entry", "-good", "gut-überall"])
def test_entry_id_shape(tmp_path: Path, bad: str) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY.replace("good-entry", bad))
    assert_at(only_problem(load(tmp_path)[1]), path, 4, "is not valid")


def test_entry_id_at_most_40_characters(tmp_path: Path) -> None:
    long_id = "a" * 20 + "-" + "b" * 20
    path = topic_file(tmp_path, GOOD_ENTRY.replace("good-entry", long_id))
    assert_at(only_problem(load(tmp_path)[1]), path, 4, "41 characters")


def test_entry_ids_are_unique_over_all_files(tmp_path: Path) -> None:
    first = topic_file(tmp_path, GOOD_ENTRY)
    second = topic_file(tmp_path, GOOD_ENTRY, name="work.yaml", head="topic: work\ntitle: faq-topic-work\n")
    catalog, problems = load(tmp_path)
    problem = only_problem(problems)
    assert_at(problem, second, 4, "already used", f"{first}:4")
    assert [e.file for e in catalog.entries] == [str(first)]


def test_missing_checked(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY.replace("    checked: 2026-01-10\n", ""))
    assert_at(only_problem(load(tmp_path)[1]), path, 4, "no 'checked'")


@pytest.mark.parametrize("bad", ["23.11.2026", "2026-1-5", "soon", "2026-02-30", "2026-13-01", "2026-11-20 10:00:00"])
def test_checked_must_be_a_real_date(tmp_path: Path, bad: str) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY.replace("2026-01-10", bad))
    catalog, problems = load(tmp_path)
    assert_at(only_problem(problems), path, 5, "not a real date")
    assert len(catalog) == 0


def test_checked_not_in_the_future(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY.replace("2026-01-10", "2026-11-24"))
    assert_at(only_problem(load(tmp_path)[1]), path, 5, "in the future")


def test_missing_sources(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY.replace("    sources:\n      - https://www.bamf.de/integrationskurs\n", ""))
    assert_at(only_problem(load(tmp_path)[1]), path, 4, "no 'sources'")


def test_sources_must_be_a_list(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY.replace("    sources:\n      - ", "    sources: "))
    assert_at(only_problem(load(tmp_path)[1]), path, 6, "non-empty list")


@pytest.mark.parametrize("bad", ["http://www.bamf.de/x", "www.bamf.de/x", "https://", "https://localhost/x",
                                 "'https://www.bamf.de/a b'"])
def test_each_source_is_an_https_link(tmp_path: Path, bad: str) -> None:
    entry = GOOD_ENTRY.replace("      - https://www.bamf.de/integrationskurs\n",
                               f"      - https://www.bamf.de/ok\n      - {bad}\n")
    path = topic_file(tmp_path, entry)
    assert_at(only_problem(load(tmp_path)[1]), path, 8, "not an https link")


def test_a_source_listed_twice_is_a_warning(tmp_path: Path) -> None:
    entry = GOOD_ENTRY.replace("      - https://www.bamf.de/integrationskurs\n",
                               "      - https://www.bamf.de/integrationskurs\n" * 2)
    path = topic_file(tmp_path, entry)
    catalog, problems = load(tmp_path)
    problem = only_problem(problems)
    assert_at(problem, path, 8, "listed twice")
    assert problem.severity is Severity.WARNING
    assert catalog.entry("good-entry").sources == ("https://www.bamf.de/integrationskurs",)


def test_synonyms_only_for_the_four_languages(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY + "      fr: [cours d'intégration]\n")
    assert_at(only_problem(load(tmp_path)[1]), path, 10, "unknown language 'fr'")


def test_synonyms_are_lists_of_words(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY + "      en: [course, '']\n")
    assert_at(only_problem(load(tmp_path)[1]), path, 10, "list of words")


def test_synonyms_must_be_a_mapping(tmp_path: Path) -> None:
    entry = GOOD_ENTRY.replace("    synonyms:\n      de: [integrationskurs]\n", "    synonyms: [integrationskurs]\n")
    path = topic_file(tmp_path, entry)
    assert_at(only_problem(load(tmp_path)[1]), path, 8, "must map languages")


def test_a_single_synonym_may_be_written_without_brackets(tmp_path: Path) -> None:
    topic_file(tmp_path, GOOD_ENTRY.replace("[integrationskurs]", "integrationskurs"))
    catalog, problems = load(tmp_path)
    assert problems == []
    assert catalog.entry("good-entry").synonyms["de"] == ("integrationskurs",)


def test_unknown_entry_key(tmp_path: Path) -> None:
    path = topic_file(tmp_path, GOOD_ENTRY + "    answer: Sie dürfen.\n")
    assert_at(only_problem(load(tmp_path)[1]), path, 10, "unknown key 'answer'")


# --- collecting ---------------------------------------------------------------------------------------


def test_all_problems_are_collected_and_only_bad_entries_are_left_out(tmp_path: Path) -> None:
    entries = GOOD_ENTRY + (
        "  - id: Bad_Id\n"
        "    checked: 2030-01-01\n"
        "    sources: [http://example.org]\n"
        "  - id: second-good\n"
        "    checked: 2026-01-10\n"
        "    sources: [https://www.bamf.de/b]\n"
    )
    path = topic_file(tmp_path, entries, head="topic: language\ntitle: faq-topic-language\nextra: 1\n")
    catalog, problems = load(tmp_path)
    lines = sorted((p.line, p.message.split()[0]) for p in problems)
    assert [line for line, _ in lines] == [3, 11, 12, 13]
    assert all(p.file == str(path) for p in problems)
    assert [e.id for e in catalog.entries] == ["good-entry", "second-good"]


def test_problem_names_topic_and_entry(tmp_path: Path) -> None:
    topic_file(tmp_path, GOOD_ENTRY.replace("2026-01-10", "2099-01-01"))
    problem = only_problem(load(tmp_path)[1])
    assert (problem.flow, problem.step) == ("language", "good-entry")
    assert "language.yaml:5" in str(problem) and "how to fix" in str(problem)
