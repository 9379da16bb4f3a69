"""The feature seam: a feature says what it adds, the app takes it in once, and the feature reads its own part
of the content through its typed key — the version that is live, also after /reload."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.config import Config
from bot.content import ContentKey, FeatureContent, Loaded
from bot.engine import Action
from bot.feature import Feature
from bot.features import prepare_app
from bot.files import Problem
from bot.handoff.feature import HandoffFeature
from bot.i18n import Locales
from tests.conftest import MAIN, MESSAGES, QUIZ, REPO

GREETING: ContentKey[str] = ContentKey("greeting")


def load_greeting(root: Path, locales: Locales) -> Loaded[str]:
    """flows/greeting.txt: one line; an empty file is an error with file:line, as staff see it in validate."""
    text = (root / "flows" / "greeting.txt").read_text(encoding="utf-8").strip()
    problems = [] if text else [Problem("flows/greeting.txt", 1, "the greeting is empty", "write one line")]
    return Loaded(text, problems)


class Greeting(Feature):
    name = "greeting"

    def content_part(self) -> FeatureContent[str]:
        return FeatureContent(GREETING, load_greeting)


class Named(Feature):
    """A feature that adds one action, or a content part, under a given name."""

    def __init__(self, name: str, action: str | None = None, part: str | None = None):
        self.name, self.action, self.part = name, action, part

    def actions(self) -> Mapping[str, Action]:
        return {self.action: _Nothing()} if self.action else {}

    def content_part(self) -> FeatureContent[None] | None:
        return FeatureContent(ContentKey(self.part), lambda root, locales: Loaded(None)) if self.part else None


class _Nothing:
    exits: tuple[str, ...] = ()


async def test_a_feature_reads_the_live_version_of_its_part_and_a_broken_reload_keeps_it(content, make_app):
    root = content({"main": MAIN, "quiz": QUIZ}, MESSAGES)
    greeting = root / "flows" / "greeting.txt"
    greeting.write_text("Hello\n", encoding="utf-8")
    app = await make_app(root, setup=lambda app: app.add(Greeting()))
    assert app.content.get(GREETING) == "Hello"

    greeting.write_text("\n", encoding="utf-8")
    problems = await app.reload()
    assert [str(p) for p in problems if p.is_error] == [str(Problem("flows/greeting.txt", 1, "the greeting is empty",
                                                                    "write one line"))]
    assert app.content.get(GREETING) == "Hello", "a reload with errors changes nothing"

    greeting.write_text("Hallo\n", encoding="utf-8")
    assert not [p for p in await app.reload() if p.is_error]
    assert app.content.get(GREETING) == "Hallo"

    other = ContentKey("greeting")          # the same name is not the same part: keys compare by identity
    assert app.content.get(other) is None
    with pytest.raises(LookupError, match="greeting"):
        app.content.require(other)


def test_two_features_cannot_claim_the_same_action_or_content_part(tmp_path):
    app = prepare_app(Config(content_dir=tmp_path, database_path=tmp_path / "bot.sqlite3"), features=False)
    app.add(Named("first", action="pick", part="words"))
    with pytest.raises(ValueError, match="feature second: the action 'pick' exists already"):
        app.add(Named("second", action="pick"))
    with pytest.raises(ValueError, match="feature third: a content part 'words' exists already"):
        app.add(Named("third", part="words"))
    assert [f.name for f in app.features] == ["telegram", "first"]


def test_the_bot_is_composed_of_its_features_and_the_hand_over_uses_one_service(tmp_path):
    app = prepare_app(Config(content_dir=REPO, database_path=tmp_path / "bot.sqlite3"))
    assert [f.name for f in app.features] == ["faq", "district", "admin", "privacy", "handoff", "health", "telegram"]
    # /mydata shows the sources in this order: the conversation first, then what the hand-over keeps
    assert [source.name for source in app.personal_data] == ["conversation", "referrals", "messages_to_project"]
    service = app.feature(HandoffFeature).service
    assert all(getattr(app.actions[name], "service", None) is service
               for name in ("consent", "contact_summary", "referral_send", "referral_existing", "referral_status"))
    assert {"/stats", "/audit", "/outbox", "/reload"} <= set(app.admin_commands)
