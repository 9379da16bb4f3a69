"""The shipped package needs none of the test tools: every module under bot/ imports, and the admins'
``python -m bot test-flows`` runs, in a process where pytest and the other test extras cannot be imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import REPO

#: the top-level modules of the ``test`` extra in pyproject.toml (and pytest's own internals)
TEST_ONLY = ("pytest", "_pytest", "pytest_asyncio", "hypothesis", "aiosmtpd", "mypy", "ruff")

#: runs first in the child: any import of a test-only module fails as if it were not installed
BLOCK = textwrap.dedent(f"""\
    import importlib.abc, sys
    TEST_ONLY = {TEST_ONLY!r}
    assert not [m for m in TEST_ONLY if m in sys.modules], "a test tool was imported before the block"
    class TestToolsAreMissing(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.partition(".")[0] in TEST_ONLY:
                raise ModuleNotFoundError(f"No module named {{name!r}} (a test tool)", name=name)
            return None
    sys.meta_path.insert(0, TestToolsAreMissing())
    """)

#: imports every named module, prints {"imported": n, "failed": {module: error}}
IMPORT_ALL = BLOCK + textwrap.dedent("""\
    import importlib, json, traceback
    failed, imported = {}, 0
    for name in json.loads(sys.argv[1]):
        try:
            importlib.import_module(name)
            imported += 1
        except BaseException as exc:
            failed[name] = traceback.format_exception_only(exc)[-1].strip()
    print(json.dumps({"imported": imported, "failed": failed}))
    """)

#: ``python -m bot.__main__`` runs the command line when imported, so it is run, not imported (below)
RUN_NOT_IMPORT = {"bot.__main__"}


def module_names(root: Path, package: str) -> list[str]:
    """Every module under the package folder, from the files (namespace folders such as bot/testing too)."""
    names = []
    for path in sorted((root / package).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def import_without_test_tools(names: list[str], path: Path) -> dict:
    result = subprocess.run([sys.executable, "-c", IMPORT_ALL, json.dumps(names)], capture_output=True, text=True,
                            cwd=path, env={**os.environ, "PYTHONPATH": str(path)}, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_every_shipped_module_imports_without_pytest_or_other_test_tools():
    names = [n for n in module_names(REPO, "bot") if n not in RUN_NOT_IMPORT]
    assert {"bot.flowtests", "bot.testing.driver", "bot.testing.harness", "bot.testing.server"} <= set(names)
    result = import_without_test_tools(names, REPO)
    assert result["failed"] == {}
    assert result["imported"] == len(names)


def test_the_check_notices_a_module_that_needs_pytest(tmp_path):
    """The block is real: a package like bot/ with one module that imports pytest is caught."""
    package = tmp_path / "shipped"
    (package / "kit").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "kit" / "plain.py").write_text("import json\n")
    (package / "kit" / "fixtures.py").write_text("import pytest\n")
    result = import_without_test_tools(module_names(tmp_path, "shipped"), tmp_path)
    assert list(result["failed"]) == ["shipped.kit.fixtures"]
    assert "No module named 'pytest'" in result["failed"]["shipped.kit.fixtures"]
    assert result["imported"] == 2


def test_the_admins_test_flows_command_runs_without_pytest():
    run = BLOCK + "import runpy; runpy.run_module('bot', run_name='__main__', alter_sys=True)"
    result = subprocess.run([sys.executable, "-c", run, "test-flows", str(REPO), "-k", "Willkommen und Menü"],
                            capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed, 0 failed" in result.stderr
