"""Branch conditions are read by a small whitelist parser (no eval): what admins write, and what is refused."""

import pytest

from bot.engine.conditions import ConditionError, parse_condition

ANSWERS = {"status": "duldung", "years": "3", "german": "b1", "gender": "female", "note": ""}


@pytest.mark.parametrize("source, expected", [
    ("status == duldung", True),
    ("status != duldung", False),
    ("status in [gestattung, duldung]", True),
    ("german not in [a1, a2]", True),
    ("years >= 3", True),
    ("years < 3", False),
    ("years <= 2 or german == b1", True),
    ("not (status == duldung and gender == female)", False),
    ("gender is set", True),
    ("district is set", False),
    ("district is not set", True),
    ("note is set", False),                 # an empty answer (skipped) counts as not set
    ("missing == x", False),                # an unknown answer never matches, never crashes
    ("years > 10", False),
    ("status == 'duldung'", True),          # quotes are allowed, barewords are strings
])
def test_condition_results(source, expected):
    assert parse_condition(source).evaluate(ANSWERS) is expected


def test_condition_lists_the_answers_and_values_it_reads_for_the_validator():
    cond = parse_condition("status in [gestattung, duldung] and german == b1")
    assert cond.names == {"status", "german"}
    assert set(cond.values) == {("status", "gestattung"), ("status", "duldung"), ("german", "b1")}


@pytest.mark.parametrize("source", [
    "", "status ==", "__import__('os').system('true')", "status.upper() == X", "len(status) > 2",
    "status == duldung; x", "lambda: 1", "[x for x in y]", "status == (1).__class__",
])
def test_anything_beyond_plain_comparisons_is_refused(source):
    with pytest.raises(ConditionError):
        parse_condition(source)
