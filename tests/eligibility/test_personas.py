"""The personas table (tests/eligibility/personas.yaml): each person walks the real eligibility flow.

Each persona must get its expected outcome and reason, be asked exactly the questions it has answers for (so the
table also shows that nobody is asked what cannot change the outcome), and see every text in its language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.engine import Message, Text
from bot.engine.flows import ChoiceStep, SetStep
from bot.engine.render import render_message
from bot.files import line_of, load_yaml
from bot.i18n import LANGUAGES
from bot.testing.driver import Driver, Turn

pytestmark = pytest.mark.asyncio(loop_scope="session")

FILE = Path(__file__).with_name("personas.yaml")
OUTCOMES = ("target", "secondary", "not_eligible", "unclear")
CLOSING_STEPS = ("next_mentor", "next_out", "next_outside")     # "How would you like to go on?"
MAX_QUESTIONS = 30


@dataclass(frozen=True)
class Persona:
    person: str
    line: int
    lang: str
    link: str
    where: tuple[str, ...]
    answers: dict[str, str]
    outcome: str
    reason: str

    def __str__(self) -> str:
        return f"personas.yaml:{self.line} ({self.person})"


def load_personas() -> tuple[list[Persona], list[str]]:
    loaded, problem = load_yaml(FILE, "tests/eligibility/personas.yaml")
    if problem:
        return [], [str(problem)]
    personas, errors = [], []
    for index, raw in enumerate(loaded.data or []):
        line = line_of(loaded.data, index)
        where = raw.get("where", []) if isinstance(raw, dict) else []
        where = [where] if isinstance(where, (str, int)) else where
        if not isinstance(raw, dict) or not raw.get("person") or raw.get("outcome") not in OUTCOMES \
                or not raw.get("reason") or not isinstance(raw.get("answers", {}), dict) \
                or not isinstance(where, list) or (not where and not raw.get("link")) \
                or str(raw.get("lang", "de")) not in LANGUAGES:
            errors.append(f"personas.yaml:{line}: each person needs 'person', 'where' (or 'link'), 'answers', "
                          f"'outcome' (one of {', '.join(OUTCOMES)}) and 'reason'; 'lang' is de, en, ar or es")
            continue
        personas.append(Persona(str(raw["person"]), line, str(raw.get("lang", "de")), str(raw.get("link") or ""),
                                tuple(str(w) for w in where),
                                {str(k): str(v) for k, v in (raw.get("answers") or {}).items()},
                                str(raw["outcome"]), str(raw["reason"])))
    return personas, errors


PERSONAS, ERRORS = load_personas()


async def act(driver: Driver, item: str) -> Turn:
    """Press the button whose value is ``item``; if there is none, type ``item`` as text."""
    try:
        driver.find(item)
    except LookupError:
        return await driver.send(Text(item))
    return await driver.press(item)


async def walk(app, persona: Persona) -> tuple[Turn, list[Message], set[str]]:
    """Runs the persona through the flow; returns the last turn, every message shown, and the answers asked."""
    driver = Driver(app, user=f"persona-{persona.line}", lang=persona.lang)
    await driver.say(f"/start {persona.link}".strip())
    turn = await driver.press("check")
    shown = [o for o in turn.reply.outputs if isinstance(o, Message)]
    for item in persona.where:
        turn = await act(driver, item)
        shown += [o for o in turn.reply.outputs if isinstance(o, Message)]
    flow = app.content.flows.flow("eligibility")
    asked: set[str] = set()
    for _ in range(MAX_QUESTIONS):
        state = turn.state
        step = flow.step(state.step) if state.flow == "eligibility" else None
        if step is None or step.id in CLOSING_STEPS:
            break
        if step.id == "where_confirm":
            turn = await driver.press("yes")
        elif isinstance(step, ChoiceStep) and step.save:
            if step.save not in persona.answers:
                raise AssertionError(f"{persona}: the bot asks '{step.save}' ({step.ask}), but the persona has no "
                                     f"answer for it; add e.g. '{step.save}: {step.options[0].value}'")
            asked.add(step.save)
            turn = await act(driver, persona.answers[step.save])
        else:
            shown_ids = [m.text for m in shown[-3:]]
            raise AssertionError(f"{persona}: stuck at step '{step.id}' after {shown_ids}; check 'where'")
        shown += [o for o in turn.reply.outputs if isinstance(o, Message)]
    return turn, shown, asked


async def test_the_table_is_well_formed_and_large_enough():
    assert ERRORS == []
    assert len(PERSONAS) >= 25
    assert {p.lang for p in PERSONAS} == set(LANGUAGES)


async def test_every_outcome_and_reason_of_the_flow_has_a_persona(shipped_app):
    flow = shipped_app.content.flows.flow("eligibility")
    pairs = {(s.values["outcome"], s.values["outcome_reason"]) for s in flow.steps.values()
             if isinstance(s, SetStep) and s.values.get("outcome")}
    assert len(pairs) == 16
    missing = pairs - {(p.outcome, p.reason) for p in PERSONAS}
    assert not missing, f"add a persona for each of {sorted(missing)}"


@pytest.mark.parametrize("persona", PERSONAS, ids=[f"line{p.line}-{p.outcome}-{p.reason}" for p in PERSONAS])
async def test_persona_gets_the_expected_outcome(persona: Persona, shipped_app):
    turn, shown, asked = await walk(shipped_app, persona)
    answers = turn.state.answers
    got = (answers.get("outcome"), answers.get("outcome_reason"))
    assert got == (persona.outcome, persona.reason), (
        f"{persona}: expected {persona.outcome}/{persona.reason}, the bot gave {got[0]}/{got[1]}")
    assert turn.state.step in CLOSING_STEPS, f"{persona}: the flow did not reach 'how would you like to go on?'"
    unused = set(persona.answers) - asked
    assert not unused, f"{persona}: the bot never asked {sorted(unused)}; remove them from 'answers'"
    results = [m.text for m in shown if m.text.startswith("elig-result-")]
    assert len(results) == 1, f"{persona}: one result message with its reason, got {results}"
    if persona.outcome != "not_eligible":
        assert answers.get("district"), f"{persona}: the hand-over needs the district"
    for message in shown:
        text = render_message(message, persona.lang, shipped_app.content.locales, html_mode=False).text
        assert "[elig-" not in text and "[district-" not in text, f"{persona}: missing text in {persona.lang}: {text}"
