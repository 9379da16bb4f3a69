"""The `district` action reads flows/regions.yaml through a content loader: /reload picks up edits."""

from __future__ import annotations

import pytest

from bot.handoff import district
from bot.testing.driver import Driver
from tests.eligibility.test_district import make_district_content


@pytest.fixture
async def start(tmp_path, make_app):
    content = make_district_content(tmp_path / "content")
    app = await make_app(content, setup=lambda app: app.add(district.DistrictFeature(app)))
    d = Driver(app, lang="de")
    await d.say("/start")
    return app, d, content


async def test_reload_reads_the_edited_regions_file(start):
    app, d, district_content = start
    regions = district_content / "flows" / "regions.yaml"
    regions.write_text(regions.read_text(encoding="utf-8").replace(
        "      - Landeshauptstadt Dresden\n", "      - Landeshauptstadt Dresden\n      - Elbflorenz\n"),
        encoding="utf-8")
    assert [p for p in await app.reload() if p.is_error] == []
    await d.press("where")
    assert (await d.say("Elbflorenz")).state.answers["district"] == "14612"


async def test_a_broken_regions_file_is_refused_on_reload_with_file_and_line(start):
    app, d, district_content = start
    regions = district_content / "flows" / "regions.yaml"
    regions.write_text(regions.read_text(encoding="utf-8").replace('key: "14730"', 'key: "14799"'), encoding="utf-8")
    problems = [p for p in await app.reload() if p.is_error]
    assert any(p.file == "flows/regions.yaml" and "14799" in p.message for p in problems)
    await d.press("where")
    assert (await d.say("Nordsachsen")).state.answers["district"] == "14730"     # the running version stays
