"""Every ``python -m bot`` command builds the whole command line first, so what the sub-commands' modules
import is paid by each of them — the health check too, which Docker runs every minute."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO

PROBE = """
import contextlib, io, sys
from bot import cli
with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):
    cli.main(["--help"])
print(" ".join(sorted(name for name in ("numpy", "matplotlib") if name in sys.modules)))
"""


def test_the_command_line_loads_neither_the_faq_search_nor_the_chart_library():
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=REPO,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
