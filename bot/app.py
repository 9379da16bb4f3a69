"""Composition root: builds content, engine, storage and features, and wires them together."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from bot.config import Config, ConfigError
from bot.content import Problem
from bot.conversation import Conversations
from bot.engine import Engine, FlowCatalog, load_flows
from bot.engine.validate import validate_flows
from bot.engine.validators import BUILTIN
from bot.i18n import LANGUAGES, Locales, load_locales
from bot.privacy.sources import ConversationData
from bot.storage import Database
from bot.storage.meta import user_key_secret_matches

log = logging.getLogger(__name__)


@dataclass
class Loaded:
    """What a feature's content loader returns: its content, its problems, and the message ids it uses
    (with file and line) so the validator checks them in every language and does not call them unused."""

    value: Any
    problems: list[Problem] = field(default_factory=list)
    message_ids: dict[str, tuple[str, int]] = field(default_factory=dict)


#: a feature's content loader: (content root, the loaded locales) -> Loaded
ContentLoader = Callable[[Path, Locales], Loaded]
#: a feature's check across flows and texts (e.g. every answer mentors read has a short label) -> problems
ContentCheck = Callable[[FlowCatalog, Locales], list[Problem]]


class ContentError(RuntimeError):
    def __init__(self, problems: list[Problem]):
        super().__init__("the content files have errors:\n" + "\n".join(str(p) for p in problems if p.is_error))
        self.problems = problems


@dataclass(frozen=True)
class Content:
    """One consistent, validated version of everything admins edit."""

    root: Path
    flows: FlowCatalog
    locales: Locales
    extras: dict[str, Any] = field(default_factory=dict)   # feature content (FAQ index, regions, ...)


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
        self.actions: dict[str, Any] = {}
        self.validators = dict(BUILTIN)
        self.provided_answers: set[str] = {"district"}     # answers set outside questions (deep links, actions)
        # Extension points filled by bot.features.register():
        self.content_loaders: dict[str, ContentLoader] = {}   # name -> loader; result in content.extras[name]
        self.content_checks: list[ContentCheck] = []
        self.telegram_installers: list[Callable[[Any, "App"], None]] = []   # (telegram Application, app)
        self.admin_commands: dict[str, str] = {}            # /command -> short German help, for /help of admins
        # Where personal data lives (bot.privacy.PersonalData): /mydata, /delete and retention go through these.
        self.personal_data: list[Any] = [ConversationData(self.db)]
        self.content: Content | None = None
        self.engine: Engine | None = None
        self.conversations: Conversations | None = None
        self._reloading = asyncio.Lock()

    # ---- content --------------------------------------------------------------------------------------

    def load_content(self, root: Path | None = None) -> tuple[Content | None, list[Problem]]:
        """Load and validate every content file; returns all problems (errors and warnings)."""
        root = Path(root or self.root)
        flows, problems = load_flows(root / "flows", display_root=root)
        locales, locale_problems = load_locales(root / "locales", display_root=root)
        problems += locale_problems
        extras: dict[str, Any] = {}
        extra_ids: dict[str, tuple[str, int]] = {}
        for name, loader in self.content_loaders.items():
            loaded = loader(root, locales)
            extras[name] = loaded.value
            problems += loaded.problems
            extra_ids.update(loaded.message_ids)
        for check in self.content_checks:
            problems += check(flows, locales)
        problems += validate_flows(flows, locales, actions=self.actions, validators=self.validators,
                                   provided=self.provided_answers, extra_ids=extra_ids)
        errors = [p for p in problems if p.is_error]
        content = None if errors else Content(root, flows, locales, extras)
        return content, problems

    async def start(self) -> "App":
        content, problems = self.load_content()
        if content is None:
            raise ContentError(problems)
        self.content = content
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
            self.content = content
            self.engine.swap(content.flows, content.locales)
            log.info("content reloaded")
        else:
            log.warning("reload refused: %d errors; the running version stays", sum(p.is_error for p in problems))
        return problems

    async def stop(self) -> None:
        await self.db.close()

    async def __aenter__(self) -> "App":
        return await self.start()

    async def __aexit__(self, *exc) -> None:
        await self.stop()
