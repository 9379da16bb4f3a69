"""The shipped flows and texts through Telegram, with every feature registered (German and Arabic).
One test, because loading the full content takes a while."""

from __future__ import annotations

import pytest

from bot.engine.flows import ChoiceStep, step_key

pytestmark = pytest.mark.asyncio


async def test_shipped_content_starts_and_answers_in_german_and_arabic(harness):
    locales = harness.app.engine.locales
    for user_id, lang in ((1001, "de"), (1002, "ar")):
        user = harness.user(user_id, lang)
        replies = await user.command("/start")
        welcome = locales.text(lang, "main-welcome").split("\n")[0]
        assert replies.texts[0].split("\n")[0] == welcome.strip()
        menu = replies.last
        assert menu.buttons, "the main menu is a question with buttons"
        first = menu.buttons[0].text
        replies = await user.press(first)
        assert replies.texts, "pressing the first menu button leads somewhere"
        assert menu.plain.endswith(f"✓ {first}") and menu.keyboard == []
        replies = await user.send_sticker()
        assert replies.texts[0] == locales.text(lang, "unsupported-input")
    for lang in ("de", "en", "ar", "es", ""):                  # the flows' commands are in the menu too
        menu_names = [name for name, _ in harness.server.bot_commands(lang)]
        assert menu_names[-3:] == ["delete", "mydata", "status"] and "start" in menu_names, lang
    assert dict(harness.server.bot_commands("ar"))["mydata"] == locales.text("ar", "tg-cmd-mydata", label=True)
    assert dict(harness.server.bot_commands("es"))["status"] == locales.text("es", "tg-cmd-status", label=True)
    assert all(call.status == 200 for call in harness.calls("sendMessage"))
    assert all(call.status == 200 for call in harness.calls("editMessageText"))
    for flow in harness.app.content.flows.flows.values():       # every button fits Telegram's 64 bytes
        for step in flow.steps.values():
            if isinstance(step, ChoiceStep):
                for option in step.options:
                    assert len(f"s:{step_key(flow.id, step.id)}:{option.value}".encode()) <= 64, (flow.id, step.id)
