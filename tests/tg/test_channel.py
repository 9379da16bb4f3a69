"""Command menus per language, webhook mode with its secret token, and a restart mid-conversation."""

from __future__ import annotations

import pytest

from bot.feature import Feature
from bot.i18n.locales import BIDI_MARKS
from bot.testing.updates import make_message, make_private_chat, make_user, message_update
from tests.tg.content import with_actions

pytestmark = pytest.mark.asyncio

MENU = ["start", "menu", "back", "language", "help", "human", "restart"]     # the test flows declare no command


async def test_command_menus_are_registered_in_every_language_and_a_default(tg):
    menus = {lang: tg.server.bot_commands(lang) for lang in ("de", "en", "ar", "es", "")}
    for lang, commands in menus.items():
        assert [name for name, _ in commands] == MENU, lang
        assert all(description and not BIDI_MARKS.search(description) for _, description in commands)
    assert dict(menus["de"])["human"] == "Mit einem Menschen sprechen"
    assert dict(menus["ar"])["language"] == "تغيير اللغة"
    assert dict(menus["es"])["restart"] == "Empezar de nuevo"
    assert menus[""] == menus["en"]
    assert {c.params.get("language_code") for c in tg.calls("setMyCommands")} == {"de", "en", "ar", "es", None}


async def test_webhook_mode_serves_users_and_refuses_requests_without_the_secret(make_harness, content_dir):
    h = await make_harness(content_dir=content_dir, features=False, webhook=True, setup=with_actions())
    assert h.calls("setWebhook")[-1].params["secret_token"] == h.webhook_secret
    assert h.calls("getUpdates") == []
    replies = await h.user(1001, "ar").command("/start")
    assert replies.texts == ["ar:Welcome friend", "ar:Menu?"]
    user = make_user(1001, language_code="ar")
    forged = message_update(make_message(99, make_private_chat(user), user, text="/start"), update_id=999_999)
    assert await h.server.queue.post_to_webhook(forged, secret_token=None) == 403
    assert await h.server.queue.post_to_webhook(forged, secret_token="wrong-secret") == 403
    assert await h.server.queue.post_to_webhook(forged) == 200      # the right secret is accepted
    await h.settle()


async def test_a_conversation_survives_a_restart_of_the_bot(tg):
    user = tg.user(1001, "ar")
    await user.command("/start")
    await user.press("ar:Quiz")
    question = (await user.press("ar:Red")).last
    await tg.restart()
    assert (await user.send("25")).texts == ["ar:Mail?"]
    assert question.keyboard == []                                      # answered by typing: retired
    replies = await user.press("ar:Skip")
    assert replies.texts[0].startswith("ar:Bye") and "adult_red" in replies.texts[0]


async def test_updates_sent_while_the_bot_is_down_are_handled_after_the_restart(tg):
    user = tg.user(1001)
    await user.command("/start")
    await tg.stop_bot()
    update = user.fake.press("Quiz")                                    # pressed while the bot is down
    await tg.start_bot()
    await tg.handled(update)
    assert user.last.plain.startswith("de:Color?")


async def test_a_stale_button_after_a_restart_reshows_the_current_question(tg):
    user = tg.user(1001)
    menu = (await user.command("/start")).last
    info = menu.buttons[1].data                                         # "Info", from the menu
    await user.send("1")                                                # typed: the quiz starts
    await tg.restart()
    replies = await user.press_data(info, menu)
    assert replies.texts[0] == "Dieser Knopf ist von einer älteren Nachricht. Hier ist die aktuelle Frage."
    assert replies.last.plain.startswith("de:Color?")


async def test_feature_installers_handlers_come_before_the_channels_own(make_harness, content_dir):
    from telegram.ext import CallbackQueryHandler, CommandHandler

    async def ping(update, context):
        await context.bot.send_message(update.effective_chat.id, f"pong {context.app.config.admin_ids == frozenset()}")

    async def take(update, context):
        await update.callback_query.answer("taken")

    class Handlers(Feature):
        name = "ping"

        def install(self, application):
            application.add_handler(CommandHandler("ping", ping))
            application.add_handler(CallbackQueryHandler(take, pattern=r"^h:"))

    def setup(app):
        with_actions()(app)
        app.add(Handlers())

    h = await make_harness(content_dir=content_dir, features=False, setup=setup)
    assert (await h.user(1001).command("/ping")).texts == ["pong True"]   # not "unknown command"
    group = h.group(-100777)
    await group.send(2001, "/start")
    await group.press_data(2001, "h:take:1", group.messages[-1])
    assert h.server.callback_answers[-1].text == "taken"
