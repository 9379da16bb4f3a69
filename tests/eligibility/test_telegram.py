"""The eligibility check through Telegram: the real Application against the fake Bot API, shipped content.
One test per language pair, because loading the full content takes a while."""

from __future__ import annotations

import pytest

from bot.i18n.locales import BIDI_MARKS

pytestmark = pytest.mark.asyncio


def first_line(locales, lang: str, msg_id: str, **args) -> str:
    return locales.text(lang, msg_id, args, label=True).split("\n")[0].strip()


async def test_an_arabic_and_a_german_mentee_walk_the_check_by_buttons_and_typing(harness):
    locales = harness.app.engine.locales
    label = lambda lang, mid: locales.text(lang, mid, label=True)          # noqa: E731

    amal = harness.user(2001, "ar", first_name="Amal")
    await amal.command("/start")
    replies = await amal.press(label("ar", "main-menu-check"))
    assert first_line(locales, "ar", "district-ask") in replies.text
    replies = await amal.send("٠١٠٦٧")                                    # Arabic-Indic digits
    assert "Dresden" in replies.text
    await amal.press(label("ar", "elig-where-confirm-yes"))
    replies = await amal.press(label("ar", "elig-status-asylum"))
    assert replies.labels[:3] == [label("ar", m) for m in ("elig-work-yes", "elig-work-no", "answer-unsure")]
    await amal.press(label("ar", "elig-work-yes"))
    replies = await amal.press("A1")
    assert first_line(locales, "ar", "elig-result-target-asylum") in replies.text
    for mid in ("elig-goal-apprenticeship", "elig-qual-none", "elig-gender-female"):
        replies = await amal.press(label("ar", mid))
    assert first_line(locales, "ar", "elig-focus-women") in replies.text
    assert replies.labels[:3] == [label("ar", m) for m in ("elig-next-mentor", "elig-next-faq", "elig-next-menu")]
    assert not any(BIDI_MARKS.search(b) for b in replies.labels)

    jonas = harness.user(2002, "de", first_name="Jonas")
    await jonas.command("/start")
    await jonas.press(label("de", "main-menu-check"))
    replies = await jonas.press(label("de", "district-list-button"))
    assert len(replies.labels) == 15 and "Landkreis Görlitz" in replies.labels
    replies = await jonas.press("Landkreis Görlitz")
    assert "Landkreis Görlitz" in replies.text
    await jonas.press(label("de", "elig-where-confirm-yes"))
    await jonas.press(label("de", "elig-status-eu"))
    replies = await jonas.press(label("de", "elig-years-over-5"))
    assert first_line(locales, "de", "elig-result-out-over-5") in replies.text
    assert "Migrationsberatung für erwachsene Zuwanderer (MBE)" in replies.text

    assert all(call.status == 200 for call in harness.calls("sendMessage"))
