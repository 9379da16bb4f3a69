"""Units of work: what a coroutine writes is committed whole or not at all, whatever other coroutines on the
same connection do meanwhile."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import datetime, timezone

import pytest

from bot.engine import Press
from bot.engine.actions import ActionContext, ActionResult
from bot.engine.io import Message
from bot.engine.state import State
from bot.handoff.consents import ConsentStore
from bot.handoff.store import HandoffStore
from bot.storage import ConversationRepo, Database
from bot.storage.db import DatabaseError
from bot.testing.driver import Driver
from tests.conftest import MAIN, MESSAGES

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)


async def count(db: Database, table: str) -> int:
    rows = await db.conn.execute_fetchall(f"SELECT COUNT(*) FROM {table}")
    return rows[0][0]


@pytest.fixture
async def db(tmp_path):
    database = await Database(tmp_path / "units.sqlite3").open()
    yield database
    await database.close()


async def test_a_referral_failing_between_its_writes_leaves_nothing_while_another_turn_commits(db, monkeypatch):
    """The referral row is written, then its first delivery fails; meanwhile another person's state is saved
    and committed. Neither a referral without deliveries nor half of anything remains."""
    store, states = HandoffStore(db), ConversationRepo(db)
    written = asyncio.Event()

    async def failing_enqueue(ref, kind, channel, now):
        written.set()
        await asyncio.sleep(0.05)                 # other coroutines run and commit meanwhile
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store.outbox, "add", failing_enqueue)

    async def referral() -> None:
        with pytest.raises(sqlite3.OperationalError):
            await store.create(user_key="tg:a", kind="mentee", district="14612", lang="de", chat_id=1,
                               consent=("v1", NOW.isoformat()), data={"contact": {"name": "A"}}, contact_hash="",
                               now=NOW, deliveries=[("referral", "tg:-100"), ("referral", "mail:x@example.org")])

    async def other_person() -> None:
        await written.wait()
        await states.save("tg:b", State(flow="main", step="menu", lang="ar"))

    await asyncio.gather(referral(), other_person())
    assert await count(db, "referrals") == 0
    assert await count(db, "outbox") == 0
    assert (await states.get("tg:b")).lang == "ar"            # the other person's turn was committed


async def test_a_unit_inside_a_unit_is_undone_alone_when_it_fails(db):
    states = ConversationRepo(db)
    async with db.transaction():
        await states.save("tg:outer", State(lang="de"))
        with pytest.raises(RuntimeError):
            async with db.transaction():
                await states.save("tg:inner", State(lang="en"))
                raise RuntimeError("inner part fails")
    assert await states.get("tg:outer") is not None
    assert await states.get("tg:inner") is None


async def test_reads_outside_a_unit_see_committed_data_only_and_cannot_write(db):
    states = ConversationRepo(db)
    inside, release = asyncio.Event(), asyncio.Event()

    async def unit() -> None:
        async with db.transaction():
            await states.save("tg:a", State(lang="de"))
            assert await states.get("tg:a") is not None          # the unit reads its own write
            inside.set()
            await release.wait()

    task = asyncio.create_task(unit())
    await inside.wait()
    assert await states.get("tg:a") is None                      # not committed yet: not visible elsewhere
    with pytest.raises(sqlite3.OperationalError):                # a write outside a unit fails loudly
        await db.conn.execute("DELETE FROM conversations")
    release.set()
    await task
    assert await states.get("tg:a") is not None


# ---- a conversation turn ------------------------------------------------------------------------------------

FLOW = """
flow: pick
start: choose
steps:
  - id: choose
    action: consenting
    next: done
  - id: done
    end: info
"""


class Consenting:
    """Writes a consent, waits (other people's turns go on), then fails on 'boom' or finishes on 'ok'."""

    exits: tuple[str, ...] = ()

    def __init__(self, db_of):
        self.db_of = db_of

    async def enter(self, ctx: ActionContext) -> ActionResult:
        return ActionResult([Message("menu", buttons=((ctx.button("go-quiz", "ok"), ctx.button("go-info", "boom")),),
                                     question=True)], done=False)

    async def on_input(self, ctx: ActionContext, event) -> ActionResult:
        await ConsentStore(self.db_of()).add(ctx.who.user_key, "v1", "de", NOW)
        await asyncio.sleep(0.05)
        if isinstance(event, Press) and event.data == "boom":
            raise RuntimeError("the action fails after its first write")
        return ActionResult()


async def test_a_failing_turn_leaves_nothing_while_other_peoples_turns_commit(content, make_app):
    root = content({"main": MAIN.replace("call: quiz", "call: pick"), "pick": FLOW}, MESSAGES)
    holder = {}
    app = await make_app(root, setup=lambda a: a.actions.__setitem__("consenting", Consenting(lambda: holder["db"])))
    holder["db"] = app.db
    failing, others = Driver(app, lang="de", user="failing"), [Driver(app, lang="de", user=f"p{i}") for i in range(5)]
    for d in (failing, *others):
        await d.say("/start")
        await d.press("quiz")
    before = await app.conversations.states.get(failing.who.user_key)

    async def fail() -> None:
        with pytest.raises(RuntimeError):
            await failing.press("boom")

    await asyncio.gather(fail(), *(d.press("ok") for d in others))
    rows = await app.db.conn.execute_fetchall("SELECT user_key FROM consents")
    assert sorted(r[0] for r in rows) == sorted(d.who.user_key for d in others)
    after = await app.conversations.states.get(failing.who.user_key)
    assert (after.flow, after.step, after.answers) == (before.flow, before.step, before.answers)
    for d in others:
        assert (await app.conversations.states.get(d.who.user_key)).flow != "pick"


async def test_a_read_while_the_database_closes_is_told_the_database_is_not_open(tmp_path):
    """A handler still running while the bot shuts down gets the one sentence, not an AttributeError on None:
    closing drops the reading connection first and waits for it."""
    database = await Database(tmp_path / "closing.sqlite3").open()
    closing = asyncio.create_task(database.close())
    await asyncio.sleep(0)                  # close() now waits for the reading connection to close
    try:
        with pytest.raises(DatabaseError, match="not open"):
            await database.conn.execute_fetchall("SELECT COUNT(*) FROM conversations")
    finally:
        await closing
