"""In Telegram, with every feature: a referral made, then /delete — the mentors' group sees the withdrawal,
the database keeps nothing personal, and the logs never contained the person's data."""

from __future__ import annotations

import logging

from bot.privacy.logs import quiet_libraries
from bot.tg.identity import user_key
from tests.shipped_content import refer_in_english

DRESDEN = -1001000000002
MENTORS = f"""
districts:
  "14612":
    project: Arbeitsmarktmentoren Dresden (Beispielträger)
    telegram_chats: [{DRESDEN}]
"""
SECRETS = ("Samira Nasser", "samira.nasser@example.org", "Bitte nachmittags anrufen")


async def test_referral_then_delete_leaves_nothing_personal(make_harness, tmp_path, caplog):
    quiet_libraries()
    mentors = tmp_path / "mentors.yaml"
    mentors.write_text(MENTORS)
    with caplog.at_level(logging.DEBUG, logger="bot"):
        h = await make_harness(config={"mentors_file": mentors})
        group = h.group(DRESDEN)
        samira = h.user(880044221, language_code="en")
        await refer_in_english(samira, SECRETS[0], contact=SECRETS[1], note=SECRETS[2])
        notice = await group.wait_for(lambda m: "Samira" in m.plain)
        replies = await samira.command("/delete")
        assert "delete all your data" in replies.text
        replies = await samira.press("Yes, delete everything")
        assert "Your data is deleted" in replies.text
        await group.wait_for(lambda m: m.plain.startswith("🗑"))
        assert "Samira" not in notice.plain                     # the referral's text was removed from the chat
    key = user_key(h.app.config.user_key_secret, samira.id)
    db = h.app.db.conn
    assert await h.app.conversations.states.get(key) is None
    for table in ("referrals", "conversations"):
        async with db.execute(f"SELECT * FROM {table}") as cur:
            rows = " ".join(str(tuple(r)) for r in await cur.fetchall())
        for secret in (*SECRETS, key):
            assert secret not in rows, f"{secret!r} still in {table}"
    async with db.execute("SELECT COUNT(*) FROM events WHERE kind = 'referral'") as cur:
        assert (await cur.fetchone())[0] == 1                  # the anonymous count stays
    assert "personal data erased on request" in caplog.text     # the logs were captured
    for secret in (*SECRETS, "880044221"):
        assert secret not in caplog.text, f"{secret!r} was logged"
