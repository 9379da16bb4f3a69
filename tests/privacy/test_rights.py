"""/mydata shows everything stored about a person; /delete erases it after a confirmation."""

from __future__ import annotations

import datetime as dt
import json
import shutil

from bot.engine.io import Document
from bot.i18n import LANGUAGES
from bot.privacy.feature import PrivacyFeature
from bot.privacy.retention import run_retention
from bot.testing.driver import Driver
from tests.conftest import MAIN, MESSAGES, QUIZ, REPO


def privacy_content(content):
    root = content({"main": MAIN, "quiz": QUIZ, "mydata": (REPO / "flows/mydata.yaml").read_text(),
                    "delete": (REPO / "flows/delete.yaml").read_text()}, MESSAGES)
    for lang in LANGUAGES:
        shutil.copy(REPO / "locales" / lang / "privacy.ftl", root / "locales" / lang / "privacy.ftl")
    return root


async def answered(content, make_app, lang="en"):
    app = await make_app(privacy_content(content), setup=lambda app: app.add(PrivacyFeature(app)))
    d = Driver(app, lang=lang, user="amal")
    await d.say("/start")
    await d.press("quiz")
    await d.press("red")
    await d.say("34")
    return app, d


async def test_mydata_shows_the_answers_readably_and_as_a_json_file(content, make_app):
    app, d = await answered(content, make_app)
    turn = await d.say("/mydata")
    assert turn.ids[:3] == ["privacy-mydata", "privacy-mydata-end", "mail"]   # then back to the open question
    summary = turn.reply.outputs[0].args["items"]
    assert "• en:Color?: en:Red" in summary and "• en:Age?: 34" in summary
    file = next(o for o in turn.reply.outputs if isinstance(o, Document))
    data = json.loads(file.content)
    assert data["conversation"]["answers"] == {"color": "red", "age": "34"}
    assert data["conversation"]["language"] == "en"


async def test_delete_asks_first_and_no_keeps_everything(content, make_app):
    app, d = await answered(content, make_app)
    turn = await d.say("/delete")
    assert turn.ids == ["privacy-delete-ask"]
    turn = await d.press("no")
    assert turn.ids[0] == "privacy-delete-kept"
    assert (await d.state()).answers["color"] == "red"


async def test_delete_erases_the_conversation_but_keeps_anonymous_counts(content, make_app):
    app, d = await answered(content, make_app, lang="ar")
    async with app.db.conn.execute("SELECT COUNT(*) FROM events") as cur:
        events_before = (await cur.fetchone())[0]
    await d.say("/delete")
    turn = await d.press("yes")
    assert turn.ids == ["privacy-deleted"]
    assert await d.state() is None                                  # nothing left under this person's key
    async with app.db.conn.execute("SELECT COUNT(*) FROM events") as cur:
        assert (await cur.fetchone())[0] >= events_before           # statistics stay, they name nobody
    async with app.db.conn.execute("SELECT state FROM conversations") as cur:
        assert await cur.fetchall() == []
    turn = await d.say("hello")                                     # writing again starts fresh
    assert (await d.state()).answers == {}


async def test_retention_erases_old_conversations_only(content, make_app):
    app, d = await answered(content, make_app)
    fresh = Driver(app, lang="de", user="fresh")
    await fresh.say("/start")
    await app.db.write("UPDATE conversations SET updated_at = '2020-01-01T00:00:00+00:00' WHERE user_key = ?",
                       (d.who.user_key,))
    counts = await run_retention(app, dt.datetime.now(dt.timezone.utc))
    assert counts["conversation"] == 1
    assert await d.state() is None
    assert await fresh.state() is not None
