"""/reload: admins swap in edited flows and texts; broken content is refused with file:line errors."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.content import ContentKey, FeatureContent, Loaded
from bot.feature import Feature
from bot.storage.audit import audit_entries
from tests.tg.content import with_actions

pytestmark = pytest.mark.asyncio

ADMIN = 4242


@pytest.fixture
async def bot(make_harness, content_dir):
    return await make_harness(content_dir=content_dir, features=False, admin_ids={ADMIN}, setup=with_actions())


def edit(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


async def test_an_admin_reloads_edited_texts_and_users_see_them(bot, content_dir):
    user = bot.user(1001)
    await user.command("/start")
    edit(content_dir / "locales" / "de" / "test.ftl", "menu = de:Menu?", "menu = de:Was nun?")
    replies = await bot.user(ADMIN).command("/reload")
    assert replies.texts[0].startswith("Neu geladen.")
    assert (await user.command("/menu")).last.plain == "de:Was nun?"
    assert [e[1:3] for e in await audit_entries(bot.app.db)] == [(ADMIN, "reload")]


async def test_broken_content_is_refused_with_every_error_and_the_bot_keeps_running(bot, content_dir):
    user = bot.user(1001)
    await user.command("/start")
    await user.press("Quiz")                                   # a conversation in progress
    edit(content_dir / "flows" / "quiz.yaml", "ask: age", "ask: age-typo")
    edit(content_dir / "locales" / "ar" / "test.ftl", "menu = ar:Menu?", "menu = { $broken")
    replies = await bot.user(ADMIN, "en").command("/reload")
    assert replies.texts[0].startswith("Not reloaded: ")
    listing = "\n".join(replies.texts[1:])
    assert "flows/quiz.yaml:" in listing and "age-typo" in listing
    assert "locales/ar/test.ftl:" in listing
    assert (await user.press("Red")).texts == ["de:Age?"]     # the running version goes on
    assert (await user.send("33")).texts == ["de:Mail?"]


async def test_a_long_error_list_is_split_over_several_messages(bot, content_dir):
    steps = "".join(f"  - id: s{i}\n    say: missing-text-number-{i}\n    next: s{i + 1}\n" for i in range(60))
    (content_dir / "flows" / "extra.yaml").write_text(
        f"flow: extra\nstart: s0\nsteps:\n{steps}  - id: s60\n    end: info\n", encoding="utf-8")
    replies = await bot.user(ADMIN).command("/reload")
    assert replies.texts[0].startswith("Nicht neu geladen: 24")
    assert len(replies) >= 3 and all(len(m.plain) <= 4096 for m in replies)
    assert "missing-text-number-59" in replies.text


async def test_a_reload_with_warnings_lists_the_first_ten_and_counts_the_rest(bot, content_dir):
    for lang in ("de", "en", "ar", "es"):                    # texts no flow uses: a warning each
        with (content_dir / "locales" / lang / "test.ftl").open("a", encoding="utf-8") as ftl:
            ftl.write("".join(f"unused-text-{i:02} = {lang}: nie gezeigt\n" for i in range(15)))
    replies = await bot.user(ADMIN).command("/reload")
    assert replies.texts[0] == "Neu geladen. Die neuen Abläufe und Texte gelten ab jetzt."
    listing = replies.texts[1]
    count = int(listing.split(" ", 1)[0])
    assert count >= 15 and listing.startswith(f"{count} Hinweise (keine Fehler; bitte bei Gelegenheit prüfen):")
    assert listing.count(": warning: ") == 10 and "locales/de/" in listing, "the first ten, with file:line"
    assert listing.endswith(f"… und {count - 10} weitere. Alle zeigt: python -m bot validate --warnings")


async def test_reload_is_refused_to_others(bot, content_dir):
    edit(content_dir / "locales" / "de" / "test.ftl", "menu = de:Menu?", "menu = de:Was nun?")
    replies = await bot.user(1002, "ar").command("/reload")
    assert replies.texts == ["هذا الأمر متاح لفريق Arbeitsmarktmentoren فقط. لأسئلتكم، اضغطوا على /menu."]
    assert (await bot.user(1001).command("/menu")).last.plain == "de:Menu?"
    assert await audit_entries(bot.app.db) == []


async def test_a_new_flow_command_needs_its_menu_text_and_then_appears_in_the_menu(bot, content_dir):
    (content_dir / "flows" / "hello.yaml").write_text(
        "flow: hello\ncommand: hello\nstart: s\nsteps:\n  - id: s\n    end: info\n", encoding="utf-8")
    replies = await bot.user(ADMIN).command("/reload")
    assert replies.texts[0].startswith("Nicht neu geladen: 4")          # the menu text, in each language
    assert "flows/hello.yaml:1" in replies.text and "tg-cmd-hello" in replies.text
    assert "hello" not in dict(bot.server.bot_commands("de"))
    for lang in ("de", "en", "ar", "es"):
        with (content_dir / "locales" / lang / "telegram.ftl").open("a", encoding="utf-8") as ftl:
            ftl.write(f"tg-cmd-hello = {lang}: Hallo sagen\n")
    replies = await bot.user(ADMIN).command("/reload")
    assert replies.texts[0].startswith("Neu geladen.")
    assert dict(bot.server.bot_commands("ar"))["hello"] == "ar: Hallo sagen"
    assert dict(bot.server.bot_commands(""))["hello"] == "en: Hallo sagen"
    assert (await bot.user(1001).command("/hello")).texts[0] == "de:Some info"


async def test_people_get_answers_while_a_slow_reload_parses_the_content(make_harness, content_dir):
    """A reload of a large content set takes seconds: it runs beside the conversations, not instead of them."""
    started, release = threading.Event(), threading.Event()
    loads = []

    def slow_content(root, locales):          # stands in for parsing a large FAQ: blocking, CPU-bound work
        loads.append(root)
        if len(loads) > 1:                     # the first load is the start, the second one the reload
            started.set()
            release.wait(10)
        return Loaded(None)

    class Slow(Feature):
        name = "slow"

        def content_part(self):
            return FeatureContent(ContentKey("slow"), slow_content)

    def setup(app):
        with_actions()(app)
        app.add(Slow())

    bot = await make_harness(content_dir=content_dir, features=False, admin_ids={ADMIN}, setup=setup)
    reload = asyncio.create_task(bot.user(ADMIN).command("/reload"))
    assert await asyncio.to_thread(started.wait, 5)
    replies = await bot.user(1001).command("/start")          # answered while the reload still runs
    answered_during_reload = not release.is_set()
    release.set()
    assert answered_during_reload and replies.texts == ["de:Welcome friend", "de:Menu?"]
    assert (await reload).texts[0].startswith("Neu geladen.")
