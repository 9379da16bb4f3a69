"""The FAQ as content admins edit: validate names file:line, /reload re-reads it, broken files are refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.app import App
from bot.config import Config
from bot.engine import Text, Who
from bot.faq.content import FAQ
from bot.faq.feature import FaqFeature
from tests.faq.test_faq_bot import faq_content


@pytest.fixture
def root(tmp_path) -> Path:
    return faq_content(tmp_path / "content")


def app_for(root: Path, tmp_path: Path) -> App:
    app = App(Config(content_dir=root, database_path=tmp_path / "bot.sqlite3"))
    app.add(FaqFeature(app))
    return app


def line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if text in line)


def replace_in(path: Path, old: str, new: str) -> None:
    body = path.read_text(encoding="utf-8")
    assert old in body
    path.write_text(body.replace(old, new, 1), encoding="utf-8")


def errors(problems) -> list[str]:
    return [str(p) for p in problems if p.is_error]


def test_the_shipped_faq_is_valid_and_large_enough(root, tmp_path):
    content, problems = app_for(root, tmp_path).load_content()
    assert errors(problems) == []
    faq = content.require(FAQ)
    assert len(faq.catalog) >= 30
    assert {t.id for t in faq.catalog.topics} == {"language", "recognition"}
    assert all(entry.sources and entry.checked for entry in faq.catalog)


def test_every_mistake_in_the_faq_is_reported_at_its_file_and_line(root, tmp_path):
    """Three mistakes at once: validate lists all of them, each where the admin has to look."""
    yaml = root / "flows" / "faq" / "language.yaml"
    replace_in(yaml, "      - https://bamf-navi.bamf.de\n", "      - http://bamf-navi.bamf.de\n")
    url_line = line_of(yaml, "http://bamf-navi.bamf.de")

    ftl = root / "locales" / "ar" / "faq-recognition.ftl"         # an answer missing in Arabic
    body = ftl.read_text(encoding="utf-8")
    ftl.write_text(re.sub(r"(?m)^faq-recognition-grant-a =.*\n(?:[ \t]+.*\n|\n(?=[ \t]))*", "", body),
                   encoding="utf-8")
    entry_line = line_of(root / "flows" / "faq" / "recognition.yaml", "id: recognition-grant")

    long_ftl = root / "locales" / "es" / "faq-language.ftl"        # an answer longer than Telegram allows
    long_line = line_of(long_ftl, "faq-integration-course-cost-a =")
    replace_in(long_ftl, "faq-integration-course-cost-a =\n",
               "faq-integration-course-cost-a =\n" + "    bla bla bla\n" * 400)

    content, problems = app_for(root, tmp_path).load_content()
    found = errors(problems)
    assert content is None, "content with errors is never put live"
    assert any(p.startswith(f"flows/faq/language.yaml:{url_line}: error:") and "https" in p for p in found), found
    assert any(p.startswith(f"flows/faq/recognition.yaml:{entry_line}: error: message 'faq-recognition-grant-a' "
                            "is missing in locales/ar") for p in found), found
    assert any(p.startswith(f"locales/es/faq-language.ftl:{long_line}: error:") and "4096" in p for p in found), found


async def test_reload_rereads_the_faq_and_refuses_a_broken_version(root, tmp_path):
    app = app_for(root, tmp_path)
    await app.start()
    try:
        who = Who("console:reload", locale_hint="de")
        await app.conversations.handle(who, Text("/start"))
        yaml = root / "flows" / "faq" / "recognition.yaml"
        # an admin adds a synonym: after /reload the search knows it
        replace_in(yaml, "de: [anerkennungszuschuss,", "de: [quittungsheft, anerkennungszuschuss,")
        assert errors(await app.reload()) == []
        _, reply = await app.conversations.handle(who, Text("quittungsheft"))
        assert [o.text for o in reply.outputs] == ["faq-recognition-grant-a"]
        # a broken file is refused and the running version stays
        replace_in(yaml, "checked: 2026-11-23", "checked: 2026-13-45")
        problems = await app.reload()
        assert any(p.startswith("flows/faq/recognition.yaml:") for p in errors(problems))
        assert "recognition-grant" in app.content.require(FAQ).catalog
    finally:
        await app.stop()
