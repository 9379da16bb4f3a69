"""The shape of the bot package: no package imports itself back through others, and no feature depends on
the app that composes it (features reach the app through bot.feature.Host).

The import graph is read from the source (tests/import_graph.py; ``python -m tests.import_graph`` prints it).
"""

from __future__ import annotations

from pathlib import Path

from tests.import_graph import cycles, module_graph, package_graph, report

#: modules that build or run the whole bot and may therefore import the composition (bot.app, bot.features);
#: the test kit's harness and driver build and drive whole bots the way ``python -m bot run`` and the console do
ENTRY_POINTS = {"bot.__main__", "bot.cli", "bot.admin_cli", "bot.console", "bot.flowtests", "bot.features",
                "bot.tg.run", "bot.tg.application", "bot.tg.context", "bot.testing.harness", "bot.testing.driver"}
COMPOSITION = {"bot.app", "bot.features"}
FEATURES = ("bot.faq", "bot.handoff", "bot.admin", "bot.privacy", "bot.health", "bot.tg.texts", "bot.tg.heartbeat")


def test_no_package_imports_itself_back_through_others():
    packages = package_graph(module_graph())
    assert cycles(packages) == [], report()


def test_the_features_modules_import_no_module_that_imports_them_back():
    graph = module_graph()
    ours = {m: t for m, t in graph.items() if m.startswith(FEATURES) or m in COMPOSITION or m.startswith("bot.content")}
    assert cycles({m: {t for t in targets if t in ours} for m, targets in ours.items()}) == [], report()


def test_no_feature_imports_the_app_or_the_composition():
    graph = module_graph()
    offenders = sorted(f"{module} imports {target}" for module, targets in graph.items()
                       if module not in ENTRY_POINTS | COMPOSITION
                       for target in targets & COMPOSITION)
    assert offenders == [], "\n".join(offenders)
    for feature in FEATURES:          # the names above are real modules, none of them an entry point
        modules = [m for m in graph if m == feature or m.startswith(feature + ".")]
        assert modules and not set(modules) & ENTRY_POINTS, feature


def test_the_graph_sees_imports_inside_functions_and_under_type_checking(tmp_path: Path):
    """A deferred import is a dependency too: the check must not be fooled by moving an import into a function."""
    package = tmp_path / "bot"
    (package / "a").mkdir(parents=True)
    (package / "b").mkdir()
    for path in (package / "__init__.py", package / "a" / "__init__.py", package / "b" / "__init__.py"):
        path.write_text("", encoding="utf-8")
    (package / "a" / "x.py").write_text("def f():\n    from bot.b.y import g\n    return g\n", encoding="utf-8")
    (package / "b" / "y.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from bot.a import x\n"
                                        "def g():\n    return 1\n", encoding="utf-8")
    packages = package_graph(module_graph(tmp_path))
    assert packages["bot.a"] == {"bot.b"} and packages["bot.b"] == {"bot.a"}
    assert cycles(packages) == [["bot.a", "bot.b"]]
    assert "Package cycles: bot.a <-> bot.b" in report(tmp_path)
