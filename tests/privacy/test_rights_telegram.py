"""/mydata and /delete in Telegram: the JSON file arrives as a document; after /delete nothing is left."""

import json

from bot.tg.identity import user_key


async def test_mydata_sends_a_readable_message_and_a_json_file(harness):
    layla = harness.user(7101, language_code="ar")
    await layla.command("/start")
    await layla.press("هل يمكنني المشاركة")
    replies = await layla.command("/mydata")
    document = next(m for m in replies if m.kind == "document")
    assert document.file.filename.startswith("mydata-") and document.file.filename.endswith(".json")
    data = json.loads(document.file.data)
    assert data["conversation"]["language"] == "ar"
    assert "بياناتكم" in document.plain                       # the caption is in her language
    assert any("حفظتها عنك" in m.plain for m in replies)


async def test_delete_after_confirmation_leaves_nothing(harness):
    tom = harness.user(7102, language_code="en")
    await tom.command("/start")
    await tom.press("Can I take part")
    replies = await tom.command("/delete")
    assert "delete all your data" in replies.text
    replies = await tom.press("Yes, delete everything")
    assert "Your data is deleted" in replies.text
    key = user_key(harness.app.config.user_key_secret, tom.id)
    assert await harness.app.conversations.states.get(key) is None


async def test_command_menu_lists_the_privacy_commands_in_every_language(harness):
    calls = harness.calls("setMyCommands")
    by_lang = {c.params.get("language_code"): c.params for c in calls}
    for lang in ("de", "en", "ar", "es"):
        names = [c["command"] for c in json.loads(by_lang[lang]["commands"])]
        assert "mydata" in names and "delete" in names
