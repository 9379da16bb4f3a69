"""The worked examples of docs/admin-guide.md run exactly as written.

The guide marks its edits and commands with HTML comments (invisible on GitHub):

    <!-- beispiel NAME: ersetzen|anhängen|neu in PATH -->  code block(s)  <!-- /beispiel -->
    <!-- befehle NAME -->  ```sh block of `python -m bot ...` lines  <!-- /befehle -->
    <!-- ausgabe NAME -->  ```text block the last commands must print  <!-- /ausgabe -->

Each example NAME runs on its own copy of the shipped flows/ and locales/: edits and commands in the order
of the guide, the commands in-process through bot.cli.main, in the copy as the working directory.
"""

from __future__ import annotations

import io
import re
import shlex
import shutil
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import REPO

GUIDE = REPO / "docs" / "admin-guide.md"
MARK = re.compile(r"<!-- (?P<kind>beispiel|befehle|ausgabe) (?P<name>[\w-]+)(?:: (?P<how>ersetzen|anhängen|neu) "
                  r"in (?P<path>\S+))? -->\n(?P<body>.*?)<!-- /(?P=kind) -->", re.S)
BLOCK = re.compile(r"```[\w-]*\n(.*?)```", re.S)


@dataclass
class Item:
    kind: str
    name: str
    how: str | None
    path: str | None
    blocks: list[str]


def items(name: str) -> list[Item]:
    text = GUIDE.read_text(encoding="utf-8")
    found = [Item(m["kind"], m["name"], m["how"], m["path"], BLOCK.findall(m["body"])) for m in MARK.finditer(text)]
    return [i for i in found if i.name == name]


def apply(item: Item, root: Path) -> None:
    path = root / item.path
    if item.how == "neu":
        assert not path.exists(), f"{item.path} already exists: the guide's example would overwrite it"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(item.blocks[0], encoding="utf-8")
    elif item.how == "anhängen":
        old = path.read_text(encoding="utf-8")
        path.write_text(old + ("" if old.endswith("\n") else "\n") + item.blocks[0], encoding="utf-8")
    else:
        before, after = item.blocks
        old = path.read_text(encoding="utf-8")
        assert old.count(before) == 1, (f"docs/admin-guide.md: the text to replace in {item.path} is no longer "
                                        f"there exactly once; update the example:\n{before}")
        path.write_text(old.replace(before, after), encoding="utf-8")


def run(line: str) -> tuple[int, str]:
    """One command line of the guide: `python -m bot ...`, optionally fed by `printf '...' |`."""
    stdin = ""
    if line.startswith("printf "):
        feed, _, line = line.partition(" | ")
        stdin = shlex.split(feed)[1].encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
    argv = shlex.split(line)
    assert argv[:3] == ["python", "-m", "bot"], line
    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(argv[3:])
    finally:
        sys.stdin = old_stdin
    return code, out.getvalue() + err.getvalue()


def numbers_hidden(text: str) -> str:
    return re.sub(r"\.(yaml|ftl):\d+:", r".\1:N:", text)


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A private copy of the shipped content as the working directory, as an admin would have it."""
    for folder in ("flows", "locales"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    for name in ("CONTENT_DIR", "DATABASE_PATH", "TELEGRAM_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    # `python -m bot faq` reads the repository's FAQ by default (in the bot's folder, the same thing);
    # here the folder is a copy, so point it there.
    from bot.faq import evaluate
    monkeypatch.setattr(evaluate, "FAQ_DIR", tmp_path / "flows" / "faq")
    monkeypatch.setattr(evaluate, "LOCALES_DIR", tmp_path / "locales")
    return tmp_path


def play(name: str, root: Path) -> list[tuple[str, int, str]]:
    """Apply the example's edits and run its commands in order; returns (command, exit code, output)."""
    results: list[tuple[str, int, str]] = []
    marked = items(name)
    assert marked, f"docs/admin-guide.md has no example '{name}'"
    batch: list[tuple[str, int, str]] = []
    for item in marked:
        if item.kind == "beispiel":
            apply(item, root)
        elif item.kind == "befehle":
            batch = []
            for line in item.blocks[0].splitlines():
                if line.strip():
                    code, output = run(line.strip())
                    batch.append((line.strip(), code, output))
            results += batch
        else:
            said = numbers_hidden("".join(o for _, _, o in batch))
            for expected in item.blocks[0].strip().splitlines():
                assert numbers_hidden(expected) in said, f"the guide promises this output:\n{expected}\n\ngot:\n{said}"
    return results


def result(results, command: str) -> tuple[int, str]:
    """The last run of a command (by its beginning)."""
    found = [(c, o) for line, c, o in results if line.startswith(command) or f"| {command}" in line]
    assert found, command
    return found[-1]


def test_example_a_change_a_question(workdir):
    results = play("frage", workdir)
    code, out = result(results, "python -m bot validate")
    assert code == 0 and "0 error(s)" in out
    code, out = result(results, "python -m bot console --lang de")
    assert "Wobei können wir Ihnen helfen?" in out and "Was möchten Sie tun?" not in out
    assert "[1]" in out                                   # the menu's buttons are shown
    code, out = result(results, "python -m bot test-flows")
    assert code == 0
    assert "Wobei können wir Ihnen helfen?" in (workdir / "build/diagrams/main.mmd").read_text(encoding="utf-8")


def test_example_b_add_an_faq_entry(workdir):
    results = play("faq", workdir)
    code, out = result(results, "python -m bot validate")
    assert code == 0 and "0 error(s)" in out
    code, out = result(results, "python -m bot faq")
    assert code == 0 and out.split()[:2] == ["answer", "program-phase"]
    code, out = result(results, "python -m bot console --lang de")
    assert "Die jetzige Phase läuft vom 1. Januar 2025 bis zum 31. Dezember 2027." in out
    code, out = result(results, "python -m bot test-flows")
    assert code == 0, out


def test_example_c_add_and_translate_a_text(workdir):
    results = play("text", workdir)
    validations = [(c, o) for line, c, o in results if line == "python -m bot validate"]
    assert validations[0][0] == 1 and "3 error(s)" in validations[0][1]      # en, ar, es were missing
    assert validations[1][0] == 0 and "0 error(s)" in validations[1][1]
    tests = [(c, o) for line, c, o in results if line.startswith("python -m bot test-flows")]
    assert tests[0][0] == 1 and tests[-1][0] == 0                            # broken by the edit, then fixed
    code, out = result(results, "python -m bot console --lang ar")
    assert "المزيد عن البرنامج" in out and "https://arbeitsmarktmentoren-sachsen.de/" in out
    assert "n_about_link" in (workdir / "build/diagrams/main.mmd").read_text(encoding="utf-8")


def test_example_d_connect_a_district_chat(workdir):
    from bot.handoff.mentors import load_mentors

    play("projekt", workdir)
    mentors, problems = load_mentors(workdir / "mentors.yaml")
    assert not [p for p in problems if p.is_error], problems
    assert mentors.channels("14612").telegram_chats == (-1001000000002,)


def test_the_guide_links_exist():
    text = GUIDE.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([\w.-]+\.md)\)", text):
        assert (GUIDE.parent / target).is_file() or target == "connect-project.md", target
    assert "connect-project.md" in text
