"""Every way through the shipped eligibility check (bot/engine/paths.py): each question asked can still change the
outcome, the deciding question comes first, and "I don't know" never skips a deciding question."""

from __future__ import annotations

import pytest

from bot.engine.loader import load_flows
from bot.engine.paths import idle_questions, routes, summary, walk
from tests.conftest import REPO


@pytest.fixture(scope="module")
def flow():
    catalog, problems = load_flows(REPO / "flows", display_root=REPO)
    return catalog.flow("eligibility")


@pytest.fixture(scope="module")
def paths(flow):
    return [p for p in walk(flow) if p.outcome]


def test_every_question_on_every_route_can_still_change_the_outcome(flow, paths):
    idle = {(p.questions, p.outcome, p.reason): idle_questions(flow, p) for p in routes(paths)}
    assert {route: qs for route, qs in idle.items() if qs} == {}


def test_other_permit_asks_the_years_before_the_work_permit_and_stops_when_the_years_decide(paths):
    other = [p for p in paths if dict(p.answers).get("status") == "other_permit"]
    assert other
    for p in other:
        if "years" in p.questions and "work" in p.questions:
            assert p.questions.index("years") < p.questions.index("work"), p.questions
        if dict(p.answers).get("years_saxony") == "over_5" and dict(p.answers).get("family_protected") == "no":
            assert "work" not in p.questions and p.reason == "over_5_years"


def test_not_knowing_about_the_family_still_asks_the_years_which_then_decide(paths):
    unsure = [dict(p.answers) | {"_reason": p.reason, "_q": p.questions} for p in paths
              if dict(p.answers).get("status") == "other_permit" and dict(p.answers).get("family_protected") == "unsure"]
    assert unsure and all("years" in a["_q"] for a in unsure)
    up_to_5 = {(a["_reason"]) for a in unsure if a["years_saxony"] == "up_to_5" and a.get("work_permit") == "yes"
               and a.get("german_level") not in ("none",)}
    assert up_to_5 == {"other_title"}


def test_questions_to_the_outcome_stay_few(paths):
    count, average, most = summary(paths)
    assert most <= 8 and average < 6, (count, average, most)
