"""SQLite through aiosqlite: the only package that speaks SQL. One repository per table family."""

from bot.storage.conversations import ConversationRepo
from bot.storage.db import Database
from bot.storage.events import EventRepo
from bot.storage.repository import Repository
from bot.storage.updates import AppliedUpdates

__all__ = ["AppliedUpdates", "Database", "ConversationRepo", "EventRepo", "Repository"]
