"""The offline console walks the eligibility check in Arabic with piped input, as staff try it out."""

from __future__ import annotations

import io

import pytest

from bot.console import Console

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def test_piped_arabic_console_reaches_a_result_with_its_reason(shipped_app):
    # /start; menu 1 = check; Arabic digits for 01067; 1 = yes; 8 = don't know; 1 = family yes; 1 = may work; 4 = B1
    stdin = io.StringIO("/start\n1\n٠١٠٦٧\n1\n8\n1\n1\n4\n")
    out = io.StringIO()
    await Console(shipped_app, user="console-ar", lang="ar", out=out).run(stdin, echo=True)
    text = out.getvalue()
    locales = shipped_app.content.locales
    reason = locales.text("ar", "elig-result-target-family", {"district_name": "Dresden"}).splitlines()
    assert f"> 4\n\nbot: {reason[0]}\n{reason[1]}" in text
    assert "[1] " + locales.text("ar", "elig-goal-job", label=True) in text
    assert "\u2068Dresden\u2069" in text                   # the Latin name keeps its direction in Arabic
