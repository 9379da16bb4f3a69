"""SQLite through aiosqlite: the only package that speaks SQL. One repository per table family."""

from bot.storage.db import Database
from bot.storage.conversations import ConversationRepo
from bot.storage.events import EventRepo

__all__ = ["Database", "ConversationRepo", "EventRepo"]
