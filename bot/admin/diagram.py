"""Flow diagrams for program staff, generated from the flow files (never drawn by hand).

Graphviz is not installed on the bot's machines, so diagrams are Mermaid flowcharts: plain text that
GitHub shows as a picture inside Markdown and that https://mermaid.live draws when pasted. Every
label is the German Fluent text, shortened, so staff read the conversation as a mentee sees it.

Shapes: message = box, question with buttons = rounded box, typed answer = slanted box, decision =
diamond, other flow = box with double sides, action = hexagon, stored value = cylinder, end = pill.
With statistics, each step is shaded by the number of conversations that passed through it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

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
    Step,
)
from bot.engine.render import TAG
from bot.i18n import Locales

MAX_LABEL = 60

INPUT_NAMES = {"text": "Text", "number": "Zahl", "postal_code": "Postleitzahl", "phone": "Telefonnummer",
               "email": "E-Mail", "ascii_digits": "Ziffern"}

#: shading buckets (share of the busiest step of the flow) -> Mermaid class; colours from light to dark blue
HEAT = (
    ("heat0", "fill:#f2f2f2,stroke:#bbbbbb,color:#777777"),     # nobody
    ("heat1", "fill:#deebf7,stroke:#6baed6,color:#000000"),     # up to a quarter
    ("heat2", "fill:#9ecae1,stroke:#4292c6,color:#000000"),     # up to half
    ("heat3", "fill:#4292c6,stroke:#2171b5,color:#ffffff"),     # up to three quarters
    ("heat4", "fill:#08519c,stroke:#08306b,color:#ffffff"),     # the busiest steps
)

#: step counts: (flow id, step id) -> number of distinct conversations
StepCounts = Mapping[tuple[str, str], int]


def short(text: str, limit: int = MAX_LABEL) -> str:
    """One line, at most ``limit`` characters, cut at a word with '…'."""
    flat = " ".join(TAG.sub("", text).split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit - 1]
    if flat[limit - 1] != " ":                  # do not leave half a word
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(",.;:–-") + "…"


def escape(text: str) -> str:
    """Mermaid entity codes for characters that would end a quoted label or be read as HTML."""
    out = []
    for ch in text:
        if ch == "#":
            out.append("#35;")
        elif ch == '"':
            out.append("#quot;")
        elif ch == "<":
            out.append("#lt;")
        elif ch == ">":
            out.append("#gt;")
        elif ch == "&":
            out.append("#amp;")
        else:
            out.append(ch)
    return "".join(out)


def condition_de(source: str) -> str:
    """A branch condition in German words: 'years <= 5 and status is set' -> 'years ≤ 5 und status ist beantwortet'."""
    text = source.replace(" is not set", " ist nicht beantwortet").replace(" is set", " ist beantwortet")
    for op, word in (("==", "="), ("!=", "≠"), ("<=", "≤"), (">=", "≥")):
        text = text.replace(op, word)
    text = re.sub(r"\bnot in\b", "nicht in", text)
    text = re.sub(r"\band\b", "und", text)
    text = re.sub(r"\bor\b", "oder", text)
    text = re.sub(r"\bnot\b", "nicht", text)
    return text


@dataclass
class Texts:
    """German texts of message ids, with variables shown as ‹name›."""

    locales: Locales
    lang: str = "de"

    def __call__(self, msg_id: str | None, limit: int = MAX_LABEL) -> str:
        if not msg_id:
            return ""
        known = self.locales.ids.get(self.lang, {}).get(msg_id)
        if known is None:
            return f"[{msg_id}]"
        args = {name: f"‹{name}›" for name in known[2]}
        return short(self.locales.text(self.lang, msg_id, args), limit)


#: Mermaid shape of each step kind: question (rounded), typed answer (parallelogram), branch (rhombus),
#: call (subroutine), action (hexagon), set (cylinder), end (stadium); messages are plain boxes.
SHAPES = {ChoiceStep: ("(", ")"), InputStep: ("[/", "/]"), BranchStep: ("{", "}"), CallStep: ("[[", "]]"),
          ActionStep: ("{{", "}}"), SetStep: ("[(", ")]"), EndStep: ("([", "])")}


def node_id(step_id: str) -> str:
    # prefixed: Mermaid reserves words such as 'end' and 'graph'
    return f"n_{step_id}"


class FlowDiagram:
    def __init__(self, flow: Flow, catalog: FlowCatalog, texts: Texts, counts: StepCounts | None = None) -> None:
        self.flow, self.catalog, self.t, self.counts = flow, catalog, texts, counts
        self.lines: list[str] = []

    def flow_title(self, flow_id: str) -> str:
        other = self.catalog.flow(flow_id)
        return self.t(other.title) if other is not None and other.title else flow_id

    def label(self, step: Step) -> str:
        t = self.t
        if isinstance(step, MessageStep):
            head, body = "Nachricht", t(step.say)
        elif isinstance(step, ChoiceStep):
            head, body = "Frage", t(step.ask)
        elif isinstance(step, InputStep):
            kind = INPUT_NAMES.get(step.input, step.input)
            head, body = f"Eingabe: {kind}", t(step.ask)
        elif isinstance(step, BranchStep):
            head, body = "Entscheidung", ""
        elif isinstance(step, CallStep):
            head, body = "Ablauf", f"{self.flow_title(step.call)} ({step.call})"
        elif isinstance(step, ActionStep):
            params = ", ".join(f"{k}={v}" for k, v in step.params.items())
            head, body = "Aktion", step.action + (f" ({params})" if params else "")
        elif isinstance(step, SetStep):
            head, body = "Speichert", ", ".join(f"{k} = {v}" for k, v in step.values.items())
        elif isinstance(step, EndStep):
            head, body = "Ende", t(step.say)
        else:
            head, body = type(step).__name__, ""
        lines = [f"{head} · {step.id}"]
        if body:
            lines.append(body)
        if isinstance(step, (ChoiceStep, InputStep)):        # the steps that ask: what they save, and why
            if step.save:
                lines.append(f"→ Antwort: {step.save}")
            if step.why:
                lines.append(f"ℹ Warum: {t(step.why, 40)}")
        if self.counts is not None:
            n = self.counts.get((self.flow.id, step.id), 0)
            lines.append(f"{n} Gespräch" + ("" if n == 1 else "e"))
        return "<br/>".join(escape(line) for line in lines)

    def node(self, step: Step) -> str:
        opening, closing = SHAPES.get(type(step), ("[", "]"))
        return f'{node_id(step.id)}{opening}"{self.label(step)}"{closing}'

    def edge(self, source: str, target: str | None, text: str = "", dotted: bool = False) -> None:
        if not target:
            return
        arrow = "-.->" if dotted else "-->"
        label = f'|"{escape(text)}"|' if text else ""
        self.lines.append(f"    {node_id(source)} {arrow}{label} {node_id(target)}")

    def edges(self, step: Step) -> None:
        t = self.t
        if isinstance(step, ChoiceStep):
            for option in step.options:
                self.edge(step.id, step.next_for(option), t(option.label, 30))
            if step.on_text:
                self.edge(step.id, step.on_text, "getippter Text", dotted=True)
        elif isinstance(step, InputStep):
            self.edge(step.id, step.next, "gültige Antwort")
            if step.skip:
                self.edge(step.id, step.next, t(step.skip, 30), dotted=True)
        elif isinstance(step, BranchStep):
            for case in step.cases:
                self.edge(step.id, case.next, short(condition_de(case.when.source), 50))
            self.edge(step.id, step.otherwise, "sonst")
        elif isinstance(step, CallStep):
            self.edge(step.id, step.next, "danach")
        elif isinstance(step, ActionStep):
            for name, target in step.exits.items():
                self.edge(step.id, target, name)
            self.edge(step.id, step.next, "weiter")
        elif isinstance(step, (MessageStep, SetStep)):
            self.edge(step.id, step.next)

    def heat_class(self, step: Step, busiest: int) -> str:
        n = self.counts.get((self.flow.id, step.id), 0) if self.counts is not None else 0
        if n == 0 or busiest == 0:
            return HEAT[0][0]
        return HEAT[min(4, max(1, math.ceil(4 * n / busiest)))][0]

    def mermaid(self) -> str:
        self.lines = ["flowchart TD"]
        self.lines.append(f'    n__start(("Start")) --> {node_id(self.flow.start)}')
        for step in self.flow.steps.values():
            self.lines.append(f"    {self.node(step)}")
        for step in self.flow.steps.values():
            self.edges(step)
        if self.counts is not None:
            busiest = max((self.counts.get((self.flow.id, s), 0) for s in self.flow.steps), default=0)
            for name, style in HEAT:
                self.lines.append(f"    classDef {name} {style}")
            for step in self.flow.steps.values():
                self.lines.append(f"    class {node_id(step.id)} {self.heat_class(step, busiest)}")
        return "\n".join(self.lines) + "\n"


def overview(catalog: FlowCatalog, texts: Texts) -> str:
    """Which flow calls which flow and which actions it uses."""
    lines = ["flowchart LR"]
    for flow in catalog.flows.values():
        title = texts(flow.title) if flow.title else flow.id
        lines.append(f'    f_{flow.id}[["{escape(title)}<br/>{flow.id}"]]')
    actions: set[str] = set()
    for flow in catalog.flows.values():
        for step in flow.steps.values():
            if isinstance(step, CallStep) and catalog.flow(step.call) is not None:
                lines.append(f'    f_{flow.id} -->|"{escape(step.id)}"| f_{step.call}')
            elif isinstance(step, ActionStep):
                if step.action not in actions:
                    actions.add(step.action)
                    lines.append(f'    a_{step.action}{{{{"Aktion<br/>{escape(step.action)}"}}}}')
                lines.append(f'    f_{flow.id} -.->|"{escape(step.id)}"| a_{step.action}')
    return "\n".join(lines) + "\n"


LEGEND = """\
**So lesen Sie das Bild:** Kasten = Nachricht · abgerundet = Frage mit Knöpfen (Pfeile = Knöpfe) ·
schräg = getippte Antwort · Raute = Entscheidung (Pfeile = Bedingungen, „sonst“) · doppelter Rand = anderer
Ablauf (danach geht es am Pfeil „danach“ weiter) · Sechseck = Aktion (Übergabe, FAQ-Suche …) ·
Zylinder = gespeicherter Wert · Pille = Ende. Hinter dem Punkt steht die Schritt-ID aus der YAML-Datei.
"""

HEAT_LEGEND = """\
**Schattierung:** Je dunkler ein Schritt, desto mehr Gespräche kamen dort vorbei (gezählt: verschiedene
Gespräche, gemessen am meistbesuchten Schritt dieses Ablaufs). Grau = niemand.
"""


def markdown(flow: Flow, catalog: FlowCatalog, texts: Texts, chart: str, stats_note: str | None) -> str:
    title = texts(flow.title) if flow.title else flow.id
    parts = [f"# Ablauf „{title}“ ({flow.id})", "",
             f"Erzeugt aus `{flow.origin.file}` mit `python -m bot render`. Nicht von Hand ändern.", ""]
    if stats_note:
        parts += [stats_note, ""]
    parts += ["```mermaid", chart.rstrip("\n"), "```", "", LEGEND]
    if stats_note:
        parts.append(HEAT_LEGEND)
    called = sorted({s.call for s in flow.steps.values() if isinstance(s, CallStep) and catalog.flow(s.call)})
    if called:
        parts.append("Aufgerufene Abläufe: " + ", ".join(f"[{c}]({c}.md)" for c in called))
    return "\n".join(parts).rstrip("\n") + "\n"


def render_flows(catalog: FlowCatalog, locales: Locales, out: Path, only: str | None = None,
                 counts: StepCounts | None = None, stats_note: str | None = None) -> list[Path]:
    """Write ``<flow>.mmd`` and ``<flow>.md`` per flow (and ``index.md`` when drawing all); returns the files."""
    texts = Texts(locales)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    flows = [catalog.flows[only]] if only else list(catalog.flows.values())
    for flow in flows:
        chart = FlowDiagram(flow, catalog, texts, counts).mermaid()
        (out / f"{flow.id}.mmd").write_text(chart, encoding="utf-8")
        (out / f"{flow.id}.md").write_text(markdown(flow, catalog, texts, chart, stats_note), encoding="utf-8")
        written += [out / f"{flow.id}.mmd", out / f"{flow.id}.md"]
    if not only:
        items = "\n".join(f"- [{texts(f.title) if f.title else f.id}]({f.id}.md) — `{f.origin.file}`"
                          for f in catalog.flows.values())
        index = ("# Alle Abläufe\n\nErzeugt mit `python -m bot render`. Pfeile: ein Ablauf ruft einen anderen auf "
                 "(Beschriftung = Schritt-ID); gestrichelt: ein Ablauf nutzt eine Aktion.\n\n```mermaid\n"
                 + overview(catalog, texts).rstrip("\n") + "\n```\n\n" + items + "\n")
        (out / "index.md").write_text(index, encoding="utf-8")
        written.append(out / "index.md")
    return written
