"""Erased means erased on disk: after /delete (and more traffic from other people) the person's name and
contact are in no byte of the database file, its -wal or its -shm file."""

from __future__ import annotations

import json
from pathlib import Path

from tests.shipped_content import refer_in_english

DRESDEN = -1001000000002
MENTORS = f"""
districts:
  "14612":
    project: Arbeitsmarktmentoren Dresden (Beispielträger)
    telegram_chats: [{DRESDEN}]
"""
NAME = "Quirinella Zabdrowski"
MAIL = "quirinella.zabdrowski@example.org"
NOTE = "Ich spiele Xylophon im Orchester Wurzelbach"


def on_disk(database: Path) -> bytes:
    """Every byte SQLite keeps for this database."""
    parts = [database, database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


async def refer(user, name: str, mail: str, note: str) -> None:
    await refer_in_english(user, name, contact=mail, note=note)


async def test_after_delete_and_more_traffic_the_name_is_in_no_byte_of_the_database_files(make_harness, tmp_path):
    mentors = tmp_path / "mentors.yaml"
    mentors.write_text(MENTORS)
    h = await make_harness(config={"mentors_file": mentors})
    database = Path(h.app.config.database_path)
    group = h.group(DRESDEN)
    person = h.user(880055001, language_code="en")
    await refer(person, NAME, MAIL, NOTE)
    await group.wait_for(lambda m: NAME in m.plain)
    stored = on_disk(database)
    assert NAME.encode() in stored and MAIL.encode() in stored        # the test looks at the right files
    mydata = await person.command("/mydata")                          # /mydata says what is kept, the chat id too
    assert f"Your Telegram chat number (so the bot can write to you): {person.id}" in mydata.text
    document = next(m for m in mydata if m.kind == "document")
    assert json.loads(document.file.data)["referrals"]["referrals"][0]["telegram_chat_id"] == person.id

    await person.command("/delete")
    assert "Your data is deleted" in (await person.press("Yes, delete everything")).text
    await group.wait_for(lambda m: m.plain.startswith("🗑"))
    other = h.user(880055002, language_code="en")                   # life goes on: other people write
    await refer(other, "Otto Beispiel", "otto@example.org", "Bitte vormittags")
    await group.wait_for(lambda m: "Otto Beispiel" in m.plain)
    await h.settle()

    stored = on_disk(database)
    for secret in (NAME, MAIL, NOTE):
        assert secret.encode() not in stored, f"{secret!r} is still on disk"
    assert b"Otto Beispiel" in stored


async def test_after_the_retention_job_an_expired_referral_is_in_no_byte_of_the_database_files(make_harness,
                                                                                              tmp_path):
    import datetime as dt

    from bot.privacy.retention import run_retention

    mentors = tmp_path / "mentors.yaml"
    mentors.write_text(MENTORS)
    h = await make_harness(config={"mentors_file": mentors})
    database = Path(h.app.config.database_path)
    group = h.group(DRESDEN)
    await refer(h.user(880055011, language_code="en"), NAME, MAIL, NOTE)
    notice = await group.wait_for(lambda m: NAME in m.plain)
    assert NAME.encode() in on_disk(database)

    counts = await run_retention(h.app, dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=181))
    assert counts["referrals"] == 1
    await group.wait_for(lambda m: m.message_id == notice.message_id and NAME not in m.plain)
    await refer(h.user(880055012, language_code="en"), "Otto Beispiel", "otto@example.org", "Bitte vormittags")
    await group.wait_for(lambda m: "Otto Beispiel" in m.plain)
    await h.settle()

    stored = on_disk(database)
    for secret in (NAME, MAIL, NOTE):
        assert secret.encode() not in stored, f"{secret!r} is still on disk after retention"
