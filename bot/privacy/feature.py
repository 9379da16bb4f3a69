"""The privacy feature: the conversation as a personal-data source, /mydata and /delete, the retention job."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from telegram.ext import CallbackContext

from bot.content import ContentKey, FeatureContent, Loaded
from bot.engine import Action
from bot.feature import Feature, Host, PersonalData, TelegramApplication
from bot.i18n import Locales
from bot.privacy.actions import EraseMyData, ExportMyData
from bot.privacy.retention import run_retention
from bot.privacy.sources import ConversationData, KeepUsers

#: the privacy feature's part of the content holds nothing but the message ids /mydata uses
TEXTS: ContentKey[None] = ContentKey("privacy")


def message_ids(root: Path, locales: Locales) -> Loaded[None]:
    """The privacy-* messages /mydata shows from code (labels looked up by answer key), so that
    ``python -m bot validate`` checks them in all four languages and does not call them unused."""
    ids = {mid: ("bot/privacy/readable.py", 1) for mid in locales.ids.get("de", {}) if mid.startswith("privacy-")}
    return Loaded(None, [], ids)


class PrivacyFeature(Feature):
    name = "privacy"

    def __init__(self, app: Host, keep: KeepUsers | None = None):
        """``app``: /mydata and /delete go through every source of personal data the app's features add."""
        self.app = app
        self.conversations = ConversationData(app.db, keep)
        self._actions: dict[str, Action] = {"privacy_export": ExportMyData(app), "privacy_erase": EraseMyData(app)}

    def content_part(self) -> FeatureContent[None]:
        return FeatureContent(TEXTS, message_ids)

    def actions(self) -> Mapping[str, Action]:
        return self._actions

    def personal_data(self) -> Sequence[PersonalData]:
        return (self.conversations,)

    def install(self, application: TelegramApplication) -> None:
        """Run the retention job once a day (and shortly after start)."""
        async def job(context: CallbackContext) -> None:
            await run_retention(self.app)

        if application.job_queue is not None:
            application.job_queue.run_repeating(job, interval=24 * 3600, first=60, name="retention")
