"""Build flows from YAML files, collecting every structural problem with file:line instead of stopping.

This module reads the files and the flow-level keys (``flow``, ``start``, ``steps``, ``menu`` ...);
each step is read by ``bot.engine.step_reader``. Checks across steps and flows (targets exist, every
flow reachable, no loops, message ids in every locale) are ``bot.engine.validate``'s.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.engine.flows import Flow, FlowCatalog, Origin, Step, digest_of
from bot.engine.step_reader import ID_RE, StepReader
from bot.files import Problem, line_of, load_yaml

FLOW_KEYS = {"flow", "start", "steps", "menu", "title", "description", "command"}


class _FlowReader(StepReader):
    """Reads one flow file: the flow-level keys, then each step."""

    def flow(self, data: Any, digest: str) -> Flow | None:
        if not isinstance(data, dict):
            self.problem(1, "a flow file must be a mapping with 'flow', 'start' and 'steps'",
                         "start the file with 'flow: <id>'")
            return None
        self.flow_id = str(data.get("flow") or "")
        if not ID_RE.match(self.flow_id):
            self.problem(line_of(data, "flow") if "flow" in data else 1,
                         f"flow id {self.flow_id!r} is missing or invalid",
                         "write 'flow: <id>' in lower case letters, digits and '_'")
        for key in data:
            if key not in FLOW_KEYS:
                self.problem(line_of(data, key), f"unknown key '{key}' at flow level",
                             f"use only {', '.join(sorted(FLOW_KEYS))}")
        steps_node = data.get("steps")
        steps: dict[str, Step] = {}
        if not isinstance(steps_node, list) or not steps_node:
            self.problem(line_of(data, "steps") if "steps" in data else 1, "the flow has no steps",
                         "add 'steps:' with a list of steps, each starting with '- id: ...'")
        else:
            for i, node in enumerate(steps_node):
                step = self.step(node, line_of(steps_node, i))
                if step is None:
                    continue
                if step.id in steps:
                    self.problem(step.origin.line, f"duplicate step id '{step.id}'",
                                 f"rename one of them; '{step.id}' is first used on line "
                                 f"{steps[step.id].origin.line}", step.id)
                    continue
                steps[step.id] = step
        start = str(data.get("start") or "")
        if not start:
            self.problem(line_of(data), "'start' is missing", "add 'start: <step id>' naming the first step")
        return Flow(self.flow_id, start, steps, Origin(self.file, line_of(data)),
                    menu=str(data["menu"]) if data.get("menu") else None,
                    title=str(data["title"]) if data.get("title") else None, digest=digest,
                    command=str(data["command"]).lstrip("/").lower() if data.get("command") else None)


def load_flows(directory: Path, display_root: Path | None = None) -> tuple[FlowCatalog, list[Problem]]:
    """Read every ``*.yaml`` directly in ``directory`` (sub-folders hold FAQ, tests, ...)."""
    problems: list[Problem] = []
    flows: dict[str, Flow] = {}
    root = display_root or directory.parent
    for path in sorted(directory.glob("*.yaml")):
        if path.name in NON_FLOW_FILES:
            continue
        display = _display(path, root)
        loaded, problem = load_yaml(path, display)
        if problem:
            problems.append(problem)
            continue
        assert loaded is not None       # load_yaml returns the file or the problem
        flow = _FlowReader(display, problems).flow(loaded.data, digest_of(path.read_text(encoding="utf-8")))
        if flow is None or not flow.id:
            continue
        if flow.id in flows:
            first = flows[flow.id].origin
            problems.append(Problem(display, flow.origin.line, f"duplicate flow id '{flow.id}'",
                                    f"it is already used in {first.file}:{first.line}; rename one", flow.id))
            continue
        flows[flow.id] = flow
    return FlowCatalog(flows), problems


#: content files in flows/ that are not flows (they have loaders of their own)
NON_FLOW_FILES = {"regions.yaml"}


def _display(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)
