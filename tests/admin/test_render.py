"""Flow diagrams drawn from the files: what staff see in `python -m bot render`."""

from __future__ import annotations

import re
from pathlib import Path

from bot.admin.diagram import condition_de, escape, short
from bot.cli import main
from tests.conftest import REPO

NODE = re.compile(r'^    (n_\w+)(\(\(|\(\[|\[\[|\[\(|\[/|\{\{|\(|\[|\{)"(.*)"(\)\)|\]\)|\]\]|\)\]|/\]|\}\}|\)|\]|\})$')
EDGE = re.compile(r'^    (n_\w+) (-->|-\.->)(\|"[^"]*"\|)? (n_\w+)$')
START = re.compile(r'^    n__start\(\("Start"\)\) --> (n_\w+)$')
CLASSES = re.compile(r"^    (classDef heat\d [\w:#,]+|class n_\w+ heat\d)$")


def parse_mermaid(text: str) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """A strict reading of the flowchart subset we write: every line is a node, an edge or a class.

    Shapes must match their closing bracket, labels may not contain a raw quote, and every edge must
    join declared nodes, so a broken diagram fails here before staff see a red box on GitHub."""
    lines = text.splitlines()
    assert lines[0] == "flowchart TD"
    nodes: dict[str, str] = {}
    edges: list[tuple[str, str, str]] = []
    for line in lines[1:]:
        if m := NODE.match(line):
            pairs = {"((": "))", "([": "])", "[[": "]]", "[(": ")]", "[/": "/]", "{{": "}}", "(": ")", "[": "]",
                     "{": "}"}
            assert pairs[m.group(2)] == m.group(4), line
            assert '"' not in m.group(3), line
            nodes[m.group(1)] = m.group(3)
        elif m := EDGE.match(line):
            edges.append((m.group(1), m.group(4), (m.group(3) or "")[2:-2]))
        elif m := START.match(line):
            edges.append(("n__start", m.group(1), ""))
        else:
            assert CLASSES.match(line), f"not a Mermaid line we write: {line!r}"
    for source, target, _ in edges:
        assert source in nodes or source == "n__start", source
        assert target in nodes, target
    return nodes, edges


def test_every_shipped_flow_is_drawn_with_every_step(tmp_path, capsys):
    from bot.engine import load_flows

    out = tmp_path / "diagrams"
    assert main(["render", "--dir", str(REPO), "--out", str(out)]) == 0
    catalog, _ = load_flows(REPO / "flows")
    for flow in catalog.flows.values():
        nodes, _ = parse_mermaid((out / f"{flow.id}.mmd").read_text(encoding="utf-8"))
        assert set(nodes) == {f"n_{s}" for s in flow.steps}
        md = (out / f"{flow.id}.md").read_text(encoding="utf-8")
        assert "```mermaid\nflowchart TD" in md and flow.origin.file in md
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "f_main -->" in index
    main_chart = (out / "main.mmd").read_text(encoding="utf-8")
    assert "Was möchten Sie tun?" in main_chart                         # the German Fluent text, not the id


def test_steps_buttons_conditions_calls_and_actions_are_labelled_in_german(filled, tmp_path):
    out = tmp_path / "d"
    assert main(["render", "--dir", str(filled.content), "--out", str(out)]) == 0
    nodes, edges = parse_mermaid((out / "eligibility.mmd").read_text(encoding="utf-8"))
    assert nodes["n_lives"] == "Frage · lives<br/>de:Wohnen Sie in Sachsen?<br/>→ Antwort: lives"
    assert nodes["n_plz"].startswith("Eingabe: Postleitzahl · plz<br/>de:Ihre Postleitzahl?")
    assert "ℹ Warum: de:Für Ihre Region." in nodes["n_plz"]
    assert nodes["n_decide"] == "Entscheidung · decide"
    assert nodes["n_set_target"] == "Speichert · set_target<br/>outcome = target"
    assert nodes["n_end_no"] == "Ende · end_no<br/>de:Nur in Sachsen."
    assert ("n_lives", "n_decide_lives", "de:Ja") in edges and ("n_lives", "n_decide_lives", "de:Nein") in edges
    assert ("n_decide_lives", "n_set_no", "lives = no") in edges
    assert ("n_decide_lives", "n_plz", "sonst") in edges
    nodes, edges = parse_mermaid((out / "main.mmd").read_text(encoding="utf-8"))
    assert nodes["n_check"] == "Ablauf · check<br/>de:Kann ich mitmachen? (eligibility)"
    assert ("n_check", "n_menu", "danach") in edges
    nodes, edges = parse_mermaid((out / "faq.mmd").read_text(encoding="utf-8"))
    assert nodes["n_browse"].startswith("Aktion · browse<br/>faq")
    assert ("n_browse", "n_mentor", "mentor") in edges and ("n_browse", "n_done", "weiter") in edges
    index = (out / "index.md").read_text(encoding="utf-8")
    assert "f_main -->|\"check\"| f_eligibility" in index and "a_faq" in index


def test_stats_shade_each_step_by_the_conversations_that_passed(filled, tmp_path):
    out = tmp_path / "d"
    assert main(["render", "eligibility", "--dir", str(filled.content), "--out", str(out),
                 "--stats", str(filled.db)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["eligibility.md", "eligibility.mmd"]
    text = (out / "eligibility.mmd").read_text(encoding="utf-8")
    nodes, _ = parse_mermaid(text)
    # five people were asked where they live, three typed a postal code, two gave a status, one is primary group
    assert nodes["n_lives"].endswith("5 Gespräche")
    assert nodes["n_plz"].endswith("3 Gespräche")
    assert nodes["n_status"].endswith("2 Gespräche")
    assert nodes["n_end_target"].endswith("1 Gespräch")
    assert "class n_lives heat4" in text and "class n_plz heat3" in text and "class n_status heat2" in text
    assert "class n_end_target heat1" in text
    assert "Schattierung" in (out / "eligibility.md").read_text(encoding="utf-8")

    assert main(["render", "human", "--dir", str(filled.content), "--out", str(out), "--stats", str(filled.db)]) == 0
    text = (out / "human.mmd").read_text(encoding="utf-8")
    assert "class n_info heat0" in text and "0 Gespräche" in text          # nobody went there


def test_render_refuses_unknown_flows_and_broken_content(filled, tmp_path, capsys):
    assert main(["render", "nosuchflow", "--dir", str(filled.content), "--out", str(tmp_path)]) == 1
    assert "eligibility" in capsys.readouterr().err
    broken = tmp_path / "broken"
    import shutil
    shutil.copytree(filled.content, broken)
    path = broken / "flows" / "eligibility.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("next: decide_lives", "next: decide_live"),
                    encoding="utf-8")
    assert main(["render", "--dir", str(broken), "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert "flows/eligibility.yaml" in err and "decide_live" in err and "validate" in err
    assert not (tmp_path / "o").exists()


def test_labels_are_short_and_escaped():
    assert short("Ein <b>sehr</b> langer Satz " * 10, 30) == "Ein sehr langer Satz Ein sehr…"
    assert escape('Sag "Hallo" & <b> #1') == "Sag #quot;Hallo#quot; #amp; #lt;b#gt; #35;1"
    assert condition_de("years <= 5 and status is not set or not x in [a, b]") == \
        "years ≤ 5 und status ist nicht beantwortet oder nicht x in [a, b]"


def test_default_output_folder_is_build_diagrams(filled, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["render", "main", "--dir", str(filled.content)]) == 0
    assert Path("build/diagrams/main.md").is_file()
