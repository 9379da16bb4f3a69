"""The seam between the app and its features (FAQ, districts, hand-over, privacy, admin, health, ...).

A feature is an object that says what it adds to the bot; :mod:`bot.features` lists the features and
:class:`bot.app.App` composes what they add. A feature gets what it needs when it is made (the running app
as a :class:`Host`, services of other features), so its actions and Telegram handlers reach their services
through the feature's own typed attributes, never through string keys of a shared dict.

Every method has a default that adds nothing: a feature overrides what it contributes. The database schema
is one numbered list of migrations (bot/storage/migrations.py), each marked with the feature that owns it,
because SQLite's single ``user_version`` orders them across features; features do not add migrations here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from telegram.ext import Application

from bot.config import Config
from bot.content import Content, ContentCheck, FeatureContent
from bot.engine import Action
from bot.engine.validators import Validator
from bot.storage import Database

#: the python-telegram-bot application features add handlers and jobs to (its context types are the
#: channel's, bot.tg.context; the seam does not depend on the channel)
TelegramApplication = Application[Any, Any, Any, Any, Any, Any]


class Reader(Protocol):
    """How a source of personal data words its part of /mydata in the person's language
    (bot.privacy.readable.Readable)."""

    lang: str

    def text(self, msg_id: str, args: Mapping[str, Any] | None = None) -> str: ...

    def value(self, key: str, value: object) -> str:
        """A stored answer as the person saw it (the option's label, the district's name, ...)."""
        ...

    def answers(self, answers: Mapping[str, object]) -> list[str]:
        """One '• label: value' line per stored answer."""
        ...


#: what a source of personal data exports: plain JSON-able data
Exported = Mapping[str, object] | Sequence[object]


class PersonalData(Protocol):
    """Where a feature keeps personal data: /mydata exports through every source, /delete and the retention
    job erase through every source (bot.privacy)."""

    name: str   # a short section name in the export, e.g. "conversation", "referrals"

    async def export(self, user_key: str) -> Exported | None:
        """Everything stored about this person, as plain JSON-able data (None when nothing)."""
        ...

    async def erase(self, user_key: str) -> int:
        """Erase this person's data; tell whoever must know (e.g. mentors: referral withdrawn). Returns rows."""
        ...

    async def expire(self, now: dt.datetime, config: Config) -> int:
        """Retention: erase what is older than the configured periods. Returns the number of people affected."""
        ...


@runtime_checkable
class DescribedPersonalData(PersonalData, Protocol):
    """A source that also words its part of the /mydata message (the others appear only in the file)."""

    async def readable(self, user_key: str, reader: Reader) -> list[str]:
        """One line per item, labelled in the person's language."""
        ...


class Host(Protocol):
    """What a feature may use of the running app (bot.app.App is the one host)."""

    @property
    def config(self) -> Config: ...

    @property
    def db(self) -> Database: ...

    @property
    def content(self) -> Content:
        """The current content version (replaced as a whole by /reload): read it at use, do not keep it."""
        ...

    @property
    def personal_data(self) -> Sequence[PersonalData]:
        """Every source of personal data the features added (for /mydata, /delete and retention)."""
        ...


class Feature(Protocol):
    """What one feature adds to the bot. Subclass it to inherit the defaults (nothing added)."""

    #: a short name, for messages about the feature (e.g. "faq", "handoff")
    name: str

    def content_part(self) -> FeatureContent[Any] | None:
        """The feature's part of the content and its loader (validated with the rest, reloaded by /reload)."""
        return None

    def content_checks(self) -> Sequence[ContentCheck]:
        """Checks across flows and texts that only this feature knows (run by ``validate`` and /reload)."""
        return ()

    def actions(self) -> Mapping[str, Action]:
        """Actions flows may name (``action: <name>``)."""
        return {}

    def validators(self) -> Mapping[str, Validator]:
        """Input validators flows may name, besides the engine's built-in ones."""
        return {}

    def provided_answers(self) -> Collection[str]:
        """Answers set outside questions (deep links, actions), which conditions and texts may use."""
        return ()

    def admin_commands(self) -> Mapping[str, str]:
        """Telegram commands for admins (``/outbox``) with a short German help, gathered in
        ``App.admin_commands`` (no screen lists them yet)."""
        return {}

    def personal_data(self) -> Sequence[PersonalData]:
        """Where the feature keeps personal data."""
        return ()

    def install(self, application: TelegramApplication) -> None:
        """Add the feature's Telegram handlers and jobs (before the channel's catch-all handlers)."""
        return None
