"""The hand-over as a feature: its service, content, actions, Telegram handlers and personal-data sources."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

from bot.content import ContentCheck, FeatureContent, Loaded
from bot.engine import Action
from bot.feature import Feature, Host, PersonalData, TelegramApplication
from bot.handoff.actions import (
    ConsentAction,
    ContactSummaryAction,
    ReferralExistingAction,
    ReferralSendAction,
    ReferralStatusAction,
)
from bot.handoff.content import HANDOFF, HandoffContent, check_mentor_labels, load_handoff_content
from bot.handoff.notifier import TelegramNotifier
from bot.handoff.notify import deliver
from bot.handoff.records import Delivery, Referral
from bot.handoff.referral_data import ReferralData
from bot.handoff.relay_store import RelayData
from bot.handoff.relay_telegram import install as install_relay
from bot.handoff.service import HandoffService
from bot.handoff.telegram import install as install_mentor_handlers
from bot.i18n import Locales


class HandoffFeature(Feature):
    name = "handoff"

    def __init__(self, host: Host):
        self.host = host
        self.service = HandoffService(host, self.deliver)
        #: the mentors' Telegram chats, once the feature is installed on a Telegram bot
        self.notifier: TelegramNotifier | None = None
        service = self.service
        self._actions: dict[str, Action] = {
            "consent": ConsentAction(service),
            "contact_summary": ContactSummaryAction(service),
            "referral_send": ReferralSendAction(service),
            "referral_existing": ReferralExistingAction(service),
            "referral_status": ReferralStatusAction(service),
        }

    async def deliver(self, delivery: Delivery, referral: Referral) -> int | None:
        """The outbox's sender: through this process's Telegram bot (if any) or by e-mail."""
        return await deliver(self.service, self.notifier, delivery, referral)

    def load(self, root: Path, locales: Locales) -> Loaded[HandoffContent]:
        return load_handoff_content(root, locales, self.host.config)

    def content_part(self) -> FeatureContent[HandoffContent]:
        return FeatureContent(HANDOFF, self.load)

    def content_checks(self) -> Sequence[ContentCheck]:
        return (check_mentor_labels,)

    def actions(self) -> Mapping[str, Action]:
        return self._actions

    def provided_answers(self) -> Collection[str]:
        return ("district",)

    def admin_commands(self) -> Mapping[str, str]:
        return {"/outbox": "Zustellungen an die Projekte, die hängen oder gescheitert sind"}

    def personal_data(self) -> Sequence[PersonalData]:
        return (ReferralData(self.service), RelayData(self.service.app.db))

    def install(self, application: TelegramApplication) -> None:
        self.notifier = TelegramNotifier(application.bot, lambda: self.host.content.locales)
        install_mentor_handlers(application, self.service, self.notifier)
        install_relay(application, self.service)
