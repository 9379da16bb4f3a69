"""Semantic checks over flows and translations. One function per rule; all problems at once.

Each problem names file:line, the flow and step, and how to fix it (see docs/admin-guide.md).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping

from bot.engine.engine import HUMAN_FLOW, MAIN_FLOW
from bot.engine.flows import (
    ActionStep,
    BranchStep,
    CallStep,
    ChoiceStep,
    EndStep,
    Flow,
    FlowCatalog,
    InputStep,
    MessageStep,
    SetStep,
)
from bot.files import Problem, Severity
from bot.i18n import LANGUAGES, Locales

#: message ids the engine itself shows (besides those named in flows)
ENGINE_MESSAGES = (
    "language-choose", "language-changed", "help-text", "unknown-command", "unsupported-input", "unsupported-voice", "use-buttons",
    "not-understood", "stale-button", "recovered-note", "back-nothing", "nav-back", "error-flow-loop",
    "action-unavailable", "human-unavailable", "typed-which", "explain-button", "answer-words-yes", "answer-words-no",
    "answer-words-unsure",
)


def _p(flow: Flow, line: int, message: str, hint: str, step: str = "", warn: bool = False) -> Problem:
    return Problem(flow.origin.file, line, message, hint, flow.id, step,
                   Severity.WARNING if warn else Severity.ERROR)


def check_required_flows(catalog: FlowCatalog) -> Iterable[Problem]:
    main = catalog.flow(MAIN_FLOW)
    if main is None:
        yield Problem("flows/", 1, "there is no flow called 'main'",
                      "create flows/main.yaml with 'flow: main'; it is where every conversation starts")
    elif main.menu is None or main.step(main.menu) is None:
        yield _p(main, main.origin.line, "the main flow does not name an existing 'menu' step",
                 "add 'menu: <step id>' at the top of main.yaml, naming the question that shows the main menu")


BUILTIN_COMMANDS = {"start", "restart", "menu", "back", "language", "help", "resume"}


def check_commands(catalog: FlowCatalog) -> Iterable[Problem]:
    """A flow's ``command:`` must be a new, unique command word."""
    owners: dict[str, str] = {}
    for flow in catalog.flows.values():
        name = flow.command
        if not name:
            continue
        if name in BUILTIN_COMMANDS or not name.replace("_", "").isalnum() or not name.isascii():
            yield _p(flow, flow.origin.line, f"'command: {name}' cannot be used",
                     f"choose a word of letters, digits or '_' that is not one of: {', '.join(sorted(BUILTIN_COMMANDS))}")
        elif name in owners:
            yield _p(flow, flow.origin.line, f"the command '/{name}' is already used by flow '{owners[name]}'",
                     "give each flow its own command")
        owners.setdefault(name, flow.id)


def check_references(catalog: FlowCatalog, actions: Mapping[str, object]) -> Iterable[Problem]:
    for flow in catalog.flows.values():
        if flow.start and flow.start not in flow.steps:
            yield _p(flow, flow.origin.line, f"start step '{flow.start}' does not exist",
                     f"set 'start:' to one of: {', '.join(list(flow.steps)[:6])}")
        for step in flow.steps.values():
            targets = list(step.targets())
            if isinstance(step, ChoiceStep) and step.on_text:
                targets.append(step.on_text)
            for target in targets:
                if target not in flow.steps:
                    yield _p(flow, step.origin.line, f"step '{step.id}' leads to '{target}', which does not exist "
                             f"in flow '{flow.id}'", "fix the spelling, or add a step with that id "
                             "(to go to another flow use a 'call' step)", step.id)
            if isinstance(step, CallStep) and catalog.flow(step.call) is None:
                yield _p(flow, step.origin.line, f"step '{step.id}' calls flow '{step.call}', which does not exist",
                         f"use one of: {', '.join(sorted(catalog.flows))}", step.id)
            if isinstance(step, ActionStep):
                action = actions.get(step.action)
                if action is None:
                    yield _p(flow, step.origin.line, f"unknown action '{step.action}'",
                             f"available actions: {', '.join(sorted(actions)) or 'none'}", step.id)
                else:
                    known = set(getattr(action, "exits", ()))
                    for name in step.exits:
                        if name not in known:
                            yield _p(flow, step.origin.line, f"action '{step.action}' has no exit '{name}'",
                                     f"its exits are: {', '.join(sorted(known)) or 'none'}", step.id)


def check_validators(catalog: FlowCatalog, validators: Iterable[str]) -> Iterable[Problem]:
    names = set(validators)
    for flow in catalog.flows.values():
        for step in flow.steps.values():
            if isinstance(step, InputStep) and step.input not in names:
                yield _p(flow, step.origin.line, f"unknown input type '{step.input}'",
                         f"use one of: {', '.join(sorted(names))}", step.id)


def check_reachable(catalog: FlowCatalog) -> Iterable[Problem]:
    called = {s.call for _, s in catalog.questions() if isinstance(s, CallStep)}
    for flow in catalog.flows.values():
        if flow.id not in (MAIN_FLOW, HUMAN_FLOW) and flow.id not in called and not flow.command:
            yield _p(flow, flow.origin.line, f"flow '{flow.id}' is never called", "call it from another flow "
                     "with a 'call' step, or delete the file", warn=True)
        seen: set[str] = set()
        todo = [s for s in (flow.start, flow.menu) if s]
        while todo:
            sid = todo.pop()
            step = flow.step(sid)
            if sid in seen or step is None:
                continue
            seen.add(sid)
            todo.extend(step.targets())
            if isinstance(step, ChoiceStep) and step.on_text:
                todo.append(step.on_text)
        broken = any(t not in flow.steps for step in flow.steps.values() for t in step.targets())
        for step in flow.steps.values():
            # A misspelt 'next' orphans every step after it; report the typo only, not its echoes.
            if step.id not in seen and not broken:
                yield _p(flow, step.origin.line, f"step '{step.id}' can never be reached",
                         "lead to it with 'next:' from another step, or delete it", step.id)


def check_loops(catalog: FlowCatalog) -> Iterable[Problem]:
    """Cycles of steps that never wait for the user would spin forever."""
    for flow in catalog.flows.values():
        auto = {sid: s for sid, s in flow.steps.items()
                if isinstance(s, (MessageStep, BranchStep, SetStep)) or (isinstance(s, CallStep) and s.next)}
        graph = {sid: [t for t in s.targets() if t in auto] for sid, s in auto.items()}
        reported: set[frozenset[str]] = set()
        for cycle in _cycles(graph):
            key = frozenset(cycle)
            if key in reported:
                continue
            reported.add(key)
            first = flow.steps[cycle[0]]
            yield _p(flow, first.origin.line, f"steps {' -> '.join(cycle + [cycle[0]])} lead to each other without "
                     "asking anything (an endless loop)", "let one of them ask a question, or lead out of the loop",
                     first.id)


def _cycles(graph: Mapping[str, list[str]]) -> Iterable[list[str]]:
    color: dict[str, int] = defaultdict(int)
    stack: list[str] = []

    def visit(node: str):
        color[node] = 1
        stack.append(node)
        for nxt in graph.get(node, ()):
            if color[nxt] == 1:
                yield stack[stack.index(nxt):]
            elif color[nxt] == 0:
                yield from visit(nxt)
        stack.pop()
        color[node] = 2

    for node in graph:
        if color[node] == 0:
            yield from visit(node)


def check_conditions(catalog: FlowCatalog, provided: Iterable[str]) -> Iterable[Problem]:
    """Conditions may only read answers some step stores, and compare them with values that can occur."""
    stored: dict[str, set[str] | None] = {name: None for name in provided}   # None = any value
    for _, step in catalog.questions():
        if isinstance(step, ChoiceStep) and step.save:
            values = stored.setdefault(step.save, set())
            if values is not None:
                values.update(o.value for o in step.options)
        elif isinstance(step, InputStep):
            stored[step.save] = None
        elif isinstance(step, SetStep):
            for key, value in step.values.items():
                values = stored.setdefault(key, set())
                if values is not None:
                    values.add(value)
    for flow in catalog.flows.values():
        for step in flow.steps.values():
            if not isinstance(step, BranchStep):
                continue
            for case in step.cases:
                for name in sorted(case.when.names):
                    if name not in stored:
                        yield _p(flow, case.line, f"condition '{case.when.source}' reads answer '{name}', "
                                 "which no step ever asks or stores", "check the spelling against the 'save:' "
                                 "names of your questions", step.id)
                for name, value in case.when.values:
                    allowed = stored.get(name)
                    if allowed is not None and value not in allowed:
                        yield _p(flow, case.line, f"condition '{case.when.source}' compares '{name}' with "
                                 f"'{value}', but that answer is only ever one of: {', '.join(sorted(allowed))}",
                                 "use one of those option values", step.id)


def flow_message_ids(catalog: FlowCatalog) -> dict[str, tuple[Flow, int, str]]:
    """Every message id the flows use, with where it is first used."""
    used: dict[str, tuple[Flow, int, str]] = {}
    for flow in catalog.flows.values():
        if flow.title:
            used.setdefault(flow.title, (flow, flow.origin.line, ""))
        for step in flow.steps.values():
            ids = []
            if isinstance(step, MessageStep):
                ids = [step.say]
            elif isinstance(step, ChoiceStep):
                ids = [step.ask, step.why, step.explain, *(o.label for o in step.options)]
            elif isinstance(step, InputStep):
                ids = [step.ask, step.why, step.invalid, step.skip]
            elif isinstance(step, EndStep):
                ids = [step.say]
            for mid in ids:
                if mid:
                    used.setdefault(mid, (flow, step.origin.line, step.id))
    return used


def check_messages(catalog: FlowCatalog, locales: Locales, extra_ids: Mapping[str, tuple[str, int]]) -> Iterable[Problem]:
    """Messages used anywhere exist in all four languages with the same variables; unused ones are warned."""
    used = flow_message_ids(catalog)
    for mid, (flow, line, step) in used.items():
        for lang in LANGUAGES:
            if not locales.has(lang, mid):
                yield _p(flow, line, f"message '{mid}' is missing in locales/{lang}",
                         f"add '{mid} = ...' to a file in locales/{lang}/", step)
    for mid, (file, line) in extra_ids.items():
        for lang in LANGUAGES:
            if not locales.has(lang, mid):
                yield Problem(file, line, f"message '{mid}' is missing in locales/{lang}",
                              f"add '{mid} = ...' to a file in locales/{lang}/")
    every = set().union(*(set(locales.ids.get(lang, {})) for lang in LANGUAGES))
    for mid in sorted(every):
        present = {lang: locales.ids[lang][mid] for lang in LANGUAGES if mid in locales.ids.get(lang, {})}
        for lang in LANGUAGES:
            if lang not in present:
                file, line, _ = next(iter(present.values()))
                if mid not in used and mid not in extra_ids:
                    yield Problem(file, line, f"message '{mid}' exists but is missing in locales/{lang}",
                                  f"translate it into locales/{lang}/ (every text exists in de, en, ar and es)")
        variables = {lang: v[2] for lang, v in present.items()}
        reference = variables.get("de", next(iter(variables.values())))
        for lang, names in variables.items():
            if names != reference:
                file, line, _ = present[lang]
                yield Problem(file, line, f"message '{mid}' uses variables {sorted(names)} in '{lang}' but "
                              f"{sorted(reference)} in 'de'", "use the same { $variables } in every language")
        if mid not in used and mid not in extra_ids:
            file, line, _ = next(iter(present.values()))
            yield Problem(file, line, f"message '{mid}' is not used by any flow", "delete it or use it",
                          severity=Severity.WARNING)


def validate_flows(catalog: FlowCatalog, locales: Locales, *, actions: Mapping[str, object],
                   validators: Iterable[str], provided: Iterable[str] = (),
                   extra_ids: Mapping[str, tuple[str, int]] | None = None) -> list[Problem]:
    extra = {mid: ("bot/engine", 1) for mid in ENGINE_MESSAGES} | dict(extra_ids or {})
    problems: list[Problem] = []
    for rule in (check_required_flows(catalog), check_commands(catalog), check_references(catalog, actions), check_validators(catalog, validators),
                 check_reachable(catalog), check_loops(catalog), check_conditions(catalog, provided),
                 check_messages(catalog, locales, extra)):
        problems.extend(rule)
    return problems
