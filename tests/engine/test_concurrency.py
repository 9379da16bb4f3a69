"""Many people at once on one SQLite connection: every input is handled, none fails."""

import asyncio
import random

from bot.app import App
from bot.config import Config
from bot.engine import Press
from bot.features import register
from bot.testing.driver import Driver
from tests.conftest import REPO


async def test_two_hundred_people_at_once_all_get_answers(tmp_path):
    app = App(Config(content_dir=REPO, database_path=tmp_path / "busy.sqlite3"))
    register(app)
    await app.start()
    rng = random.Random(7)
    answered = []

    async def person(n: int) -> None:
        d = Driver(app, user=f"p{n}", lang=rng.choice(["de", "en", "ar", "es"]))
        turn = await d.say("/start")
        for _ in range(12):
            if d.last_buttons and rng.random() < 0.8:
                turn = await d.send(Press(rng.choice(d.last_buttons).data))
            else:
                turn = await d.say(rng.choice(["01067", "Leipzig", "hallo", "integrationskurs kosten", "/menu"]))
            assert turn.reply.outputs
        answered.append(n)

    try:
        await asyncio.gather(*(person(n) for n in range(200)))
    finally:
        await app.stop()
    assert len(answered) == 200
