"""Every way through a flow up to its outcome: which questions each person is asked, and which do not matter.

``python -m bot.engine.paths [FLOW] [CONTENT_DIR] [answer=value ...]`` prints one line per route (the questions
asked, then the outcome; only paths with the given answers) and a summary (number of routes, questions to the
outcome on average and at most). A question is
*idle* on a path when every answer to it still leads to the same outcomes: such a question could be left out.

The walk tries every option of every question; an action step (e.g. "where do you live") counts as one
question and leaves by each of its exits; ``where_confirm``-style questions without ``save`` that lead back
to an earlier step are walked once (a path never visits a step twice).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from bot.engine.flows import ActionStep, BranchStep, CallStep, ChoiceStep, EndStep, Flow, MessageStep, SetStep
from bot.engine.loader import load_flows

OUTCOME = "outcome"


@dataclass(frozen=True)
class Path_:
    questions: tuple[str, ...]          # step ids of the questions asked, in order
    answers: tuple[tuple[str, str], ...]
    outcome: str
    reason: str


def walk(flow: Flow, start: str | None = None, answers: dict[str, str] | None = None,
         outcome_key: str = OUTCOME) -> list[Path_]:
    """All paths from ``start`` until ``outcome_key`` is set (or the flow ends / calls another flow)."""
    found: list[Path_] = []

    def go(step_id: str | None, given: dict[str, str], asked: tuple[str, ...], seen: frozenset[str]) -> None:
        while step_id is not None:
            if step_id in seen:
                return                                    # a loop back (e.g. "change the place"): walked already
            seen = seen | {step_id}
            step = flow.step(step_id)
            if step is None or isinstance(step, (EndStep, CallStep)):
                break
            if isinstance(step, MessageStep):
                step_id = step.next
            elif isinstance(step, SetStep):
                given = {**given, **step.values}
                if given.get(outcome_key):
                    found.append(Path_(asked, tuple(sorted(given.items())), given[outcome_key],
                                       str(given.get("outcome_reason", ""))))
                    return
                step_id = step.next
            elif isinstance(step, BranchStep):
                step_id = next((c.next for c in step.cases if c.when.evaluate(given)), step.otherwise)
            elif isinstance(step, ChoiceStep):
                for option in step.options:
                    after = {**given, step.save: option.value} if step.save else given
                    go(step.next_for(option), after, (*asked, step.id), seen)
                return
            elif isinstance(step, ActionStep):
                for target in dict.fromkeys((step.next, *step.exits.values())):
                    go(target, given, (*asked, step.id), seen)
                return
            else:                                         # a typed answer: any value
                go(getattr(step, "next", None), given, (*asked, step.id), seen)
                return
        found.append(Path_(asked, tuple(sorted(given.items())), "", ""))

    go(start or flow.start, dict(answers or {}), (), frozenset())
    return found


def idle_questions(flow: Flow, path: Path_, outcome_key: str = OUTCOME) -> list[str]:
    """Questions on ``path`` whose every answer leads to the same outcomes from there on."""
    idle = []
    given = dict(path.answers)
    for step_id in path.questions:
        step = flow.step(step_id)
        if not isinstance(step, ChoiceStep) or not step.save:
            continue
        before = {k: v for k, v in given.items() if k != step.save and k not in (outcome_key, "outcome_reason")}
        results = set()
        for option in step.options:
            after = {**before, step.save: option.value}
            outcomes = frozenset(p.outcome for p in walk(flow, step.next_for(option), after, outcome_key))
            results.add(outcomes)
        if len(results) == 1:
            idle.append(step_id)
    return idle


def routes(paths: list[Path_]) -> list[Path_]:
    """One path per distinct (questions, outcome, reason): the ways a person can go, not every answer combination."""
    return list({(p.questions, p.outcome, p.reason): p for p in paths if p.outcome}.values())


def summary(paths: list[Path_]) -> tuple[int, float, int]:
    """(routes, average and most questions to the outcome over the distinct routes)."""
    counts = [len(p.questions) for p in routes(paths)]
    return len(counts), (sum(counts) / len(counts) if counts else 0.0), max(counts, default=0)


def main(argv: list[str]) -> int:
    when = [a.split("=", 1) for a in argv if "=" in a]
    argv = [a for a in argv if "=" not in a]
    flow_id = argv[0] if argv else "eligibility"
    root = Path(argv[1]) if len(argv) > 1 else Path(".")
    catalog, _ = load_flows(root / "flows", display_root=root)
    flow = catalog.flow(flow_id)
    if flow is None:
        print(f"no flow '{flow_id}' in {root / 'flows'}", file=sys.stderr)
        return 2
    paths = [p for p in walk(flow) if p.outcome and all((k, v) in p.answers for k, v in when)]
    for p in routes(paths):
        idle = idle_questions(flow, p)
        mark = f"   idle: {', '.join(idle)}" if idle else ""
        print(f"{len(p.questions)}  {' > '.join(p.questions)}  => {p.outcome}/{p.reason}{mark}")
    n, avg, most = summary(paths)
    print(f"{n} routes; questions to the outcome: {avg:.2f} on average, {most} at most")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
