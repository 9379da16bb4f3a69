"""The base of a feature's repository: the database it writes through and the connection it reads with."""

from __future__ import annotations

import aiosqlite

from bot.storage.db import Database


class Repository:
    """Writes go through ``self.db`` (``db.write`` or ``async with db.transaction()``); reads use ``self.conn``."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @property
    def conn(self) -> aiosqlite.Connection:
        return self.db.conn
