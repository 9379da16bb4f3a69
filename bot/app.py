"""The running app: content, engine, storage and the features composed into them.

:mod:`bot.features` says which features the bot has; :meth:`App.add` takes what each one contributes
(bot.feature.Feature) into the typed registries below, which the engine, the validator and the Telegram
channel read. The app is the features' :class:`bot.feature.Host`.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from bot.config import Config, ConfigError
from bot.content import Content, ContentCheck, ContentError, FeatureContent, load_content
from bot.conversation import Conversations
from bot.engine import Action, Engine
from bot.engine.validators import BUILTIN, Validator
from bot.feature import Feature, PersonalData
from bot.files import Problem
from bot.i18n import LANGUAGES
from bot.storage import Database
from bot.storage.meta import user_key_secret_matches

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Feature)


def start_payload(payload: str) -> dict[str, str]:
    """Deep links from flyers: t.me/<bot>?start=<district key>_<lang>, e.g. 14612_ar. Unknown parts are ignored."""
    result: dict[str, str] = {}
    for part in payload.replace("-", "_").split("_"):
        if part in LANGUAGES:
            result["lang"] = part
        elif part.isdigit() and len(part) == 5 and part.startswith("14"):
            result["district"] = part
    return result


class App:
    def __init__(self, config: Config):
        self.config = config
        self.root = Path(config.content_dir)
        self.db = Database(config.database_path)
        self.features: list[Feature] = []
        # What the features contribute, gathered by add():
        self.actions: dict[str, Action] = {}
        self.validators: dict[str, Validator] = dict(BUILTIN)
        self.provided_answers: set[str] = {"district"}     # deep links set it (start_payload)
        self.content_parts: list[FeatureContent[Any]] = []
        self.content_checks: list[ContentCheck] = []
        self.admin_commands: dict[str, str] = {}            # /command -> short German help, in the admins' menu
        self.personal_data: list[PersonalData] = []         # /mydata, /delete and retention go through these
        self._content: Content | None = None
        self.engine: Engine | None = None
        self.conversations: Conversations | None = None
        self._reloading = asyncio.Lock()

    # ---- composition ----------------------------------------------------------------------------------

    def add(self, *features: Feature) -> None:
        """Take in what each feature contributes (before start). A name taken twice is a programming error."""
        for feature in features:
            part = feature.content_part()
            if part is not None:
                if any(p.key.name == part.key.name for p in self.content_parts):
                    raise ValueError(f"feature {feature.name}: a content part '{part.key.name}' exists already")
                self.content_parts.append(part)
            actions = feature.actions()
            for name in actions:
                if name in self.actions:
                    raise ValueError(f"feature {feature.name}: the action '{name}' exists already")
            self.actions.update(actions)
            self.content_checks.extend(feature.content_checks())
            self.validators.update(feature.validators())
            self.provided_answers.update(feature.provided_answers())
            self.admin_commands.update(feature.admin_commands())
            self.personal_data.extend(feature.personal_data())
            self.features.append(feature)

    def feature(self, kind: type[F]) -> F:
        """The app's feature of this class (e.g. to reach its service from the command line or a test)."""
        for feature in self.features:
            if isinstance(feature, kind):
                return feature
        raise LookupError(f"the app has no {kind.__name__} feature")

    # ---- content --------------------------------------------------------------------------------------

    @property
    def content(self) -> Content:
        """The current content version; replaced as a whole by :meth:`reload`."""
        if self._content is None:
            raise RuntimeError("the content is not loaded yet: start the app first")
        return self._content

    def load_content(self, root: Path | None = None) -> tuple[Content | None, list[Problem]]:
        """Load and validate every content file; returns all problems (errors and warnings)."""
        return load_content(Path(root or self.root), self.content_parts, self.content_checks, actions=self.actions,
                            validators=self.validators, provided=self.provided_answers)

    async def start(self) -> App:
        content, problems = self.load_content()
        if content is None:
            raise ContentError(problems)
        self._content = content
        self.engine = Engine(content.flows, content.locales, self.actions, self.validators, start_payload)
        await self.db.open()
        if not await user_key_secret_matches(self.db, self.config.user_key_secret):
            await self.db.close()
            raise ConfigError(f"USER_KEY_SECRET is not the secret the database {self.config.database_path} was "
                              f"created with, so nobody's data would be theirs any more: set the previous secret "
                              f"again (README, 'Rotating USER_KEY_SECRET').")
        self.conversations = Conversations(self.engine, self.db)
        return self

    async def reload(self) -> list[Problem]:
        """Validate the files again; swap them in only when there is no error. Returns the problems.

        Parsing and validating take a while (the FAQ index, every flow in four languages): they run in a
        worker thread so conversations go on meanwhile; one reload at a time."""
        async with self._reloading:
            content, problems = await asyncio.to_thread(self.load_content)
        if content is not None:
            self._content = content
            if self.engine is not None:
                self.engine.swap(content.flows, content.locales)
            log.info("content reloaded")
        else:
            log.warning("reload refused: %d errors; the running version stays", sum(p.is_error for p in problems))
        return problems

    async def stop(self) -> None:
        await self.db.close()

    async def __aenter__(self) -> App:
        return await self.start()

    async def __aexit__(self, kind: type[BaseException] | None, error: BaseException | None,
                        traceback: TracebackType | None) -> None:
        await self.stop()

