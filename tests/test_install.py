"""The package installed as the Docker image installs it (``pip install .``, not editable), used from an empty
folder with CONTENT_DIR pointing at the content: every command finds flows/ and locales/ through the
configuration, none through the installed package's own location."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.support.subprocess_bot import BOT_SETTINGS

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtual environment with the package installed non-editable. Its dependencies come from the
    interpreter running the tests (system site packages), so no download is needed; the bot itself is the
    copy inside the environment."""
    root = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(root)
    python = root / "bin" / "python"
    # What the Dockerfile copies before `pip install .`: pyproject.toml, README.md and bot/ (no content)
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    shutil.copytree(REPO / "bot", source / "bot", ignore=shutil.ignore_patterns("__pycache__"))
    # offline: the build tools (setuptools, wheel) are those of the test environment
    result = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                             "--no-build-isolation", "--no-index", "--quiet", str(source)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return python


def run(python: Path, cwd: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in BOT_SETTINGS and k != "PYTHONPATH"}
    env.update(CONTENT_DIR=str(REPO), DATABASE_PATH=str(cwd / "bot.sqlite3"))
    return subprocess.run([str(python), "-m", "bot", *args], capture_output=True, text=True, cwd=cwd, env=env,
                          input=stdin, timeout=120)


def test_the_installed_package_is_the_one_used(installed, tmp_path):
    result = subprocess.run([str(installed), "-c", "import bot; print(bot.__file__)"], capture_output=True,
                            text=True, cwd=tmp_path, env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert str(installed.parents[1]) in result.stdout, result.stdout + result.stderr


def test_commands_find_the_content_through_content_dir(installed, tmp_path):
    validate = run(installed, tmp_path, "validate")
    assert validate.returncode == 0, validate.stdout + validate.stderr
    assert "the content is valid" in validate.stderr
    region = run(installed, tmp_path, "region", "01067")
    assert region.returncode == 0 and region.stdout.strip() == "14612 Dresden", region.stderr
    faq = run(installed, tmp_path, "faq", "Was kostet der Integrationskurs?", "--lang", "de")
    assert faq.returncode == 0 and faq.stdout.strip(), faq.stderr
    console = run(installed, tmp_path, "console", "--lang", "de", "--db", str(tmp_path / "console.sqlite3"),
                  stdin="/start\n")
    assert console.returncode == 0, console.stderr
    assert "Arbeitsmarktmentoren" in console.stdout
    assert not list(tmp_path.glob("flows")), "nothing of the content is expected in the working folder"
