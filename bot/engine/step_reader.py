"""Reading one step of a flow file: its kind, its fields, and every problem with file:line and a fix.

A ``StepReader`` turns the YAML mapping of a step into the ``Step`` the engine runs (``say``, a question
with options or a typed answer, ``branch``, ``call``, ``action``, ``set``, ``end``). It never stops at the
first mistake: each problem is appended to the shared list, and a step with an error comes back as None.
``bot.engine.loader`` reads the files and the flow-level keys around the steps.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.engine.conditions import ConditionError, parse_condition
from bot.engine.flows import (
    ActionStep,
    BranchStep,
    CallStep,
    Case,
    ChoiceStep,
    EndStep,
    InputStep,
    MessageStep,
    Option,
    Origin,
    SetStep,
    Step,
)
from bot.engine.typed import normalize
from bot.files import Problem, line_of

ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
MSG_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9_-]*$")
VALUE_RE = re.compile(r"^[a-z0-9][a-z0-9_]{0,23}$")

KINDS = ("say", "ask", "branch", "call", "action", "set", "end")
ALLOWED = {
    "say": {"id", "say", "next"},
    "choice": {"id", "ask", "save", "options", "next", "on_text", "why", "explain"},
    "input": {"id", "ask", "save", "input", "invalid", "next", "skip", "why", "min", "max"},
    "branch": {"id", "branch", "else"},
    "call": {"id", "call", "next"},
    "action": {"id", "action", "next", "exits", "params"},
    "set": {"id", "set", "next"},
    "end": {"id", "end"},
}

#: the YAML mapping of one step (or option, or case)
Node = dict[str, Any]


class StepReader:
    """Reads the steps of one flow file; every problem is appended to ``problems``."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems
        self.flow_id = ""

    def problem(self, line: int, message: str, hint: str, step: str = "") -> None:
        self.problems.append(Problem(self.file, line, message, hint, self.flow_id, step))

    def text(self, node: Any, key: str, line: int, step: str, *, required: bool = True, pattern: re.Pattern[str] = MSG_RE,
             what: str = "a message id") -> str | None:
        value = node.get(key)
        if value is None:
            if required:
                self.problem(line, f"'{key}' is missing", f"add '{key}: <{what}>' to this step", step)
            return None
        if not isinstance(value, (str, int)) or not pattern.match(str(value)):
            self.problem(line_of(node, key, line), f"'{key}: {value}' is not {what}",
                         f"write {what} using letters, digits, '-' or '_'", step)
            return None
        return str(value)

    def step(self, node: Any, line: int) -> Step | None:
        if not isinstance(node, dict):
            self.problem(line, "a step must be a mapping starting with '- id: ...'", "indent the step's keys")
            return None
        line = line_of(node, default=line)
        sid = self.text(node, "id", line, "", pattern=ID_RE, what="a step id (lower case, digits, '_')")
        if sid is None:
            return None
        kinds = [k for k in KINDS if k in node]
        if len(kinds) != 1:
            self.problem(line, f"step '{sid}' must have exactly one of {', '.join(KINDS)} (found: "
                               f"{', '.join(kinds) or 'none'})",
                         "say: shows a message; ask: asks a question; branch: decides; call: runs another flow; "
                         "action: hands over or searches; set: stores values; end: ends the flow", sid)
            return None
        kind = kinds[0]
        if kind == "ask":
            kind = "choice" if "options" in node else "input" if "input" in node else ""
            if not kind:
                self.problem(line, f"question '{sid}' needs 'options' (buttons) or 'input' (typed answer)",
                             "add 'options:' with a list of answers, or 'input: text|number|postal_code|phone|email'",
                             sid)
                return None
        for key in node:
            if key not in ALLOWED[kind]:
                self.problem(line_of(node, key), f"unknown key '{key}' in a '{kind}' step",
                             f"use only {', '.join(sorted(ALLOWED[kind]))}", sid)
        origin = Origin(self.file, line)
        build: Callable[[Node, str, Origin], Step | None] = getattr(self, f"_{kind}")
        return build(node, sid, origin)

    def _next(self, node: Node, sid: str, origin: Origin, required: bool = True) -> str | None:
        if required and node.get("next") is None:
            self.problem(origin.line, f"step '{sid}' is a dead end: it does not say where to go next and is not an end",
                         "add 'next: <step id>', or make it an end step with 'end: <message id>'", sid)
            return None
        return self.text(node, "next", origin.line, sid, required=False, pattern=ID_RE, what="a step id")

    def _say(self, node: Node, sid: str, origin: Origin) -> MessageStep | None:
        say = self.text(node, "say", origin.line, sid)
        nxt = self._next(node, sid, origin)
        if say is None or nxt is None:
            return None
        return MessageStep(sid, origin, say, nxt)

    def _choice(self, node: Node, sid: str, origin: Origin) -> ChoiceStep | None:
        ask = self.text(node, "ask", origin.line, sid)
        save = self.text(node, "save", origin.line, sid, required=False, pattern=ID_RE, what="an answer name")
        nxt = self._next(node, sid, origin, required=False)
        options: list[Option] = []
        raw = node.get("options")
        if not isinstance(raw, list) or not raw:
            self.problem(line_of(node, "options", origin.line), f"question '{sid}' has no options",
                         "list the answers under 'options:', each with 'value' and 'label'", sid)
        else:
            seen: set[str] = set()
            keyword_owner: dict[str, str] = {}
            for i, opt in enumerate(raw):
                oline = line_of(raw, i)
                if not isinstance(opt, dict):
                    self.problem(oline, "an option must have 'value' and 'label'", "write '- value: ...' and 'label: ...'", sid)
                    continue
                for key in opt:
                    if key not in ("value", "label", "next", "keywords"):
                        self.problem(line_of(opt, key), f"unknown key '{key}' in an option",
                                     "use only value, label, next, keywords", sid)
                value = self.text(opt, "value", oline, sid, pattern=VALUE_RE,
                                  what="a short value (lower case, digits, '_', at most 24 characters)")
                label = self.text(opt, "label", oline, sid)
                onext = self.text(opt, "next", oline, sid, required=False, pattern=ID_RE, what="a step id")
                if value is None or label is None:
                    continue
                if value in seen:
                    self.problem(oline, f"duplicate option value '{value}'", "give each option its own value", sid)
                    continue
                seen.add(value)
                keywords = self.keywords(opt, oline, sid, value, keyword_owner)
                options.append(Option(value, label, onext, oline, keywords))
            if nxt is None and any(o.next is None for o in options):
                self.problem(origin.line, f"question '{sid}' does not say where to go next",
                             "add 'next: <step id>' to the step or to every option", sid)
        on_text = self.text(node, "on_text", origin.line, sid, required=False, pattern=ID_RE, what="an action name")
        why = self.text(node, "why", origin.line, sid, required=False)
        explain = self.text(node, "explain", origin.line, sid, required=False)
        if ask is None:
            return None
        return ChoiceStep(sid, origin, ask, save, tuple(options), nxt, on_text, why, explain)

    def keywords(self, opt: Node, oline: int, sid: str, value: str, owner: dict[str, str]) -> tuple[str, ...]:
        """An option's typed words: a list of short texts, each choosing only this option of the question."""
        raw = opt.get("keywords")
        if raw is None:
            return ()
        at = line_of(opt, "keywords", oline)
        if not isinstance(raw, list):
            self.problem(at, f"'keywords' of option '{value}' must be a list",
                         "write 'keywords: [Asyl, asylum, asilo]' (words people type for this answer)", sid)
            return ()
        out: list[str] = []
        for i, word in enumerate(raw):
            wline = line_of(raw, i, at)
            key = normalize(str(word)) if isinstance(word, (str, int)) and not isinstance(word, bool) else ""
            if not key or len(key) > 40:
                self.problem(wline, f"keyword {word!r} of option '{value}' is not a word",
                             "write a word or a few words (at most 40 characters), or delete it", sid)
            elif key.isdigit():
                self.problem(wline, f"keyword {word!r} of option '{value}' is a number",
                             "numbers already choose the option at that place; delete it", sid)
            elif owner.get(key, value) != value:
                self.problem(wline, f"keyword {word!r} is used by options '{owner[key]}' and '{value}'",
                             "a keyword may choose only one option of a question; delete it at one of them", sid)
            else:
                owner[key] = value
                out.append(str(word))
        return tuple(out)

    def _input(self, node: Node, sid: str, origin: Origin) -> InputStep | None:
        ask = self.text(node, "ask", origin.line, sid)
        save = self.text(node, "save", origin.line, sid, pattern=ID_RE, what="an answer name")
        kind = self.text(node, "input", origin.line, sid, pattern=ID_RE, what="a validator name")
        invalid = self.text(node, "invalid", origin.line, sid)
        nxt = self._next(node, sid, origin)
        skip = self.text(node, "skip", origin.line, sid, required=False)
        why = self.text(node, "why", origin.line, sid, required=False)
        bounds: dict[str, float] = {}
        for key in ("min", "max"):
            if key in node:
                try:
                    bounds[key] = float(node[key])
                except (TypeError, ValueError):
                    self.problem(line_of(node, key), f"'{key}' must be a number", f"write e.g. '{key}: 0'", sid)
        if ask is None or save is None or kind is None or invalid is None or nxt is None:
            return None
        return InputStep(sid, origin, ask, save, kind, invalid, nxt, skip, why, bounds.get("min"), bounds.get("max"))

    def _branch(self, node: Node, sid: str, origin: Origin) -> BranchStep | None:
        raw = node.get("branch")
        cases: list[Case] = []
        if not isinstance(raw, list) or not raw:
            self.problem(line_of(node, "branch", origin.line), f"branch '{sid}' has no cases",
                         "list cases as '- if: <condition>' with 'next: <step id>'", sid)
        else:
            for i, case in enumerate(raw):
                cline = line_of(raw, i)
                if not isinstance(case, dict) or "if" not in case:
                    self.problem(cline, "a case needs 'if: <condition>' and 'next: <step id>'",
                                 "write '- if: status == asylum' and below it 'next: ...'", sid)
                    continue
                for key in case:
                    if key not in ("if", "next"):
                        self.problem(line_of(case, key), f"unknown key '{key}' in a case", "use only if, next", sid)
                try:
                    cond = parse_condition(case["if"])
                except ConditionError as exc:
                    self.problem(line_of(case, "if", cline), f"condition not understood: {exc}",
                                 "write e.g. 'status == asylum', 'years <= 5', 'status in [a, b]', joined with and/or",
                                 sid)
                    continue
                target = self.text(case, "next", cline, sid, pattern=ID_RE, what="a step id")
                if target:
                    cases.append(Case(cond, target, cline))
        otherwise = node.get("else")
        if not otherwise:
            self.problem(origin.line, f"branch '{sid}' has no 'else'",
                         "add 'else: <step id>' for when no condition matches", sid)
            return None
        return BranchStep(sid, origin, tuple(cases), str(otherwise))

    def _call(self, node: Node, sid: str, origin: Origin) -> CallStep | None:
        target = self.text(node, "call", origin.line, sid, pattern=ID_RE, what="a flow id")
        nxt = self._next(node, sid, origin, required=False)
        return CallStep(sid, origin, target, nxt) if target else None

    def _action(self, node: Node, sid: str, origin: Origin) -> ActionStep | None:
        name = self.text(node, "action", origin.line, sid, pattern=ID_RE, what="an action name")
        nxt = self._next(node, sid, origin)
        exits = node.get("exits") or {}
        params = node.get("params") or {}
        if not isinstance(exits, dict) or not isinstance(params, dict):
            self.problem(origin.line, "'exits' and 'params' must be mappings", "write 'exits:' then 'name: step'", sid)
            return None
        if name is None or nxt is None:
            return None
        return ActionStep(sid, origin, name, nxt, {str(k): str(v) for k, v in exits.items()},
                          {str(k): str(v) for k, v in params.items()})

    def _set(self, node: Node, sid: str, origin: Origin) -> SetStep | None:
        values = node.get("set")
        nxt = self._next(node, sid, origin)
        if not isinstance(values, dict) or not values:
            self.problem(origin.line, f"'set' in step '{sid}' needs answer names with values",
                         "write 'set:' then 'outcome: target' on the next line, indented", sid)
            return None
        for key in values:
            if not ID_RE.match(str(key)):
                self.problem(line_of(values, key), f"'{key}' is not an answer name", "use lower case, digits, '_'", sid)
        return SetStep(sid, origin, {str(k): str(v) for k, v in values.items()}, nxt) if nxt else None

    def _end(self, node: Node, sid: str, origin: Origin) -> EndStep:
        say = node.get("end")
        if say is True or say is None:
            return EndStep(sid, origin, None)
        return EndStep(sid, origin, self.text(node, "end", origin.line, sid))

