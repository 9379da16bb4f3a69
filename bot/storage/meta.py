"""Facts about the database itself (table ``meta``), such as which user key secret its pseudonyms were made with."""

from __future__ import annotations

import hashlib
import hmac

from bot.storage.db import Database

USER_KEY = "user_key_fingerprint"


def fingerprint(secret: str) -> str:
    """A keyed fingerprint of the secret: tells whether it changed, and reveals nothing about it."""
    return hmac.new(secret.encode(), b"amm:user-key-fingerprint", hashlib.sha256).hexdigest()[:32]


async def user_key_secret_matches(db: Database, secret: str) -> bool:
    """True when the database was created with this secret. A database without a fingerprint (new, or older
    than the check) gets this secret's."""
    async with db.conn.execute("SELECT value FROM meta WHERE key = ?", (USER_KEY,)) as cur:
        row = await cur.fetchone()
    if row is None:
        await db.write("INSERT INTO meta (key, value) VALUES (?, ?)", (USER_KEY, fingerprint(secret)))
        return True
    return hmac.compare_digest(row[0], fingerprint(secret))
