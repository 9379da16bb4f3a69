"""The import graph of the ``bot`` package, read from the source (AST), not by importing it.

Every ``import`` counts wherever it stands — at module level, inside a function, or under
``if TYPE_CHECKING:`` — because each one is a dependency a reader has to follow. A *package* is a
directory under bot/ (``bot.handoff``); a module directly under bot/ counts as a package of its own
(``bot.app``). ``python -m tests.import_graph`` prints one line per package (what it imports), then the
cycles between packages and between modules; tests/test_architecture.py asserts there are none.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "bot"


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules(root: Path = ROOT) -> dict[str, Path]:
    return {module_name(p, root): p for p in sorted((root / PACKAGE).rglob("*.py"))}


def imported(path: Path, name: str, known: Iterable[str]) -> set[str]:
    """The bot modules one module imports (``from bot.x import y`` counts as bot.x.y when that is a module)."""
    known = set(known)
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:              # relative: resolved against this module's package
                anchor = name.split(".") if is_package else name.split(".")[:-1]
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        for target in targets:
            while target and target not in known:       # `import bot.engine.io.Button` -> bot.engine.io
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def module_graph(root: Path = ROOT) -> dict[str, set[str]]:
    found = modules(root)
    return {name: imported(path, name, found) for name, path in found.items()}


def package_of(module: str) -> str:
    """bot.handoff.notify -> bot.handoff; bot.app -> bot.app; bot (the package's __init__) -> bot."""
    parts = module.split(".")
    return ".".join(parts[:2])


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    packages: dict[str, set[str]] = {}
    for module, targets in graph.items():
        edges = packages.setdefault(package_of(module), set())
        edges.update(package_of(t) for t in targets if package_of(t) != package_of(module))
    return packages


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected group of more than one node (Tarjan), as a sorted list: every such group holds
    at least one cycle, and a graph without them has none."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


def report(root: Path = ROOT) -> str:
    graph = module_graph(root)
    packages = package_graph(graph)
    lines = ["Imports between the packages of bot/ (package: what it imports):"]
    width = max(len(p) for p in packages)
    lines += [f"  {p.ljust(width)}  {', '.join(sorted(packages[p])) or '-'}" for p in sorted(packages)]
    lines.append("Package cycles: " + ("; ".join(" <-> ".join(c) for c in cycles(packages)) or "none"))
    lines.append("Module cycles: " + ("; ".join(" <-> ".join(c) for c in cycles(graph)) or "none"))
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT))
