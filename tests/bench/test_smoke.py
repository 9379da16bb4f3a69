"""The benchmark (python -m bench) works: a small run prints the whole table. How fast the
bot is, is not checked here (CI machines vary); docs/benchmarks.md has the figures."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from bench.load import ScriptError, find_press
from bench.measure import REPO, content_figures
from bench.scenario import ELIGIBILITY, HANDOFF, Scripts
from bot.engine import Press
from bot.testing.driver import Driver
from bot.testing.records import SentMessage

ROWS = ("updates processed per second", "CPU per update", "latency p50/p95/p99 ms", "peak memory",
        "memory with 50 vs 500 stored users", "database size per 1,000 users", "cold start",
        "flow load + validate", "FAQ search per query")


def test_a_quick_run_prints_the_whole_table_with_figures_for_bot_and_both_echoes(tmp_path):
    run = subprocess.run([sys.executable, "-m", "bench", "--quick", "--silent", "--workdir", str(tmp_path)],
                         cwd=REPO, capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    table = run.stdout
    for row in ROWS:
        assert row in table, f"the table lacks {row!r}:\n{table}"
    throughput = next(line for line in table.splitlines() if line.startswith("updates processed per second"))
    bot, echo, echo_client = (float(x) for x in re.findall(r"\s(\d+(?:\.\d+)?)\s", throughput)[:3])
    assert bot > 0 and echo > 0 and echo_client > 0, throughput
    assert "echo (PTB's client)" in table and "echo (bot's client)" in table
    assert "ratio" in throughput and "the echo on the bot's client" in throughput and "load average" in table
    assert (tmp_path / "bot.sqlite3").stat().st_size > 0, "the bot stored its conversations in SQLite"


@pytest.fixture(scope="module")
def questions(tmp_path_factory):
    return content_figures(tmp_path_factory.mktemp("content"), reloads=1).questions


async def test_every_scripted_conversation_fits_the_shipped_flows(make_app, questions):
    """When a flow changes, this names the step of bench/scenario.py to update."""
    scripts = Scripts(questions)
    app = await make_app(REPO, setup=_features)
    combos = len(ELIGIBILITY) * len(HANDOFF)
    for number in range(combos):
        script = scripts.full(number)
        driver = Driver(app, user=f"bench-{number}", lang=script.lang, channel="telegram")
        for index, (kind, value) in enumerate(script.steps, start=1):
            where = f"{script.lang} user {number}, step {index} {(kind, value)}"
            if kind == "send":
                turn = await driver.say(value)
            elif kind == "press":
                turn = await driver.press(value)
            else:
                # the first "Did you mean" suggestion, or "it helped" under an answer shown at once
                hit = next((b for b in driver.last_buttons if ":e:" in b.data), None) or next(
                    (b for b in driver.last_buttons if ":y:" in b.data), None)
                assert hit is not None, f"{where}: the FAQ search found nothing"
                turn = await driver.send(Press(hit.data))
            assert turn.ids, f"{where}: the bot said nothing"
        assert (await driver.state()).flow == "main", f"{script.lang} user {number} did not end in the menu"


def _features(app) -> None:
    from bot.features import register
    register(app)


def test_a_step_that_no_longer_fits_names_the_buttons_the_bot_showed():
    keyboard = {"inline_keyboard": [[{"text": "Prüfen", "callback_data": "s:1:check"}],
                                    [{"text": "FAQ", "callback_data": "s:1:faq"}]]}
    message = SentMessage(7, 1, 0, "text", "Was möchten Sie tun?", "Was möchten Sie tun?", "HTML",
                          reply_markup=keyboard)
    assert find_press([message], "faq") == (message, "s:1:faq")
    with pytest.raises(ScriptError, match="no button 'status'.*check, faq.*Was möchten Sie tun"):
        find_press([message], "status")
