"""The admin feature: /stats and /audit in Telegram, and the message ids they show."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from bot.admin.telegram import install
from bot.content import ContentKey, FeatureContent, Loaded
from bot.feature import Feature, Host, TelegramApplication
from bot.i18n import Locales

#: message ids of locales/<lang>/admin.ftl that the code uses (checked in every language by `validate`)
ADMIN_MESSAGES = (
    "admin-stats-bad-date", "admin-stats-title", "admin-period-all", "admin-period-range",
    "admin-period-from", "admin-period-to", "admin-stats-none", "admin-stats-started", "admin-stats-outcomes",
    "admin-stats-referrals", "admin-stats-referral-line", "admin-stats-acceptance", "admin-stats-acceptance-none",
    "admin-duration-minutes", "admin-duration-hours", "admin-stats-faq", "admin-stats-faq-line",
    "admin-stats-helped", "admin-stats-helped-none", "admin-stats-dropoff", "admin-stats-dropoff-langs",
    "admin-funnel-title", "admin-funnel-started", "admin-funnel-checked", "admin-funnel-referred",
    "admin-funnel-accepted", "admin-funnel-contacted", "admin-audit-title", "admin-audit-empty", "admin-audit-line",
    "admin-stats-review", "admin-stats-review-none", "admin-stats-review-line", "admin-stats-review-more",
    "admin-review-date", "admin-review-budget-year", "admin-review-age",
    "admin-stats-funnel", "admin-stats-contact", "admin-stats-contact-none", "admin-stats-overdue",
    "admin-stats-placements", "admin-stats-months", "admin-stats-month-line", "admin-stats-month-contact",
    "admin-stats-month-outcomes", "admin-funnel-placed", "admin-chart-axis-count", "admin-chart-axis-stage",
    "admin-step-faq", "admin-step-consent", "admin-step-contact_summary", "admin-step-privacy_erase",
)

#: admin commands and their short German help (shown to admins)
COMMANDS = {
    "/stats": "Statistik und Trichter-Bild; optional Zeitraum: /stats 2025-01-01 2025-01-31",
    "/audit": "die letzten Aktionen des Teams (wer, was, wann)",
}


#: the admin feature's part of the content holds nothing but the message ids its commands use
TEXTS: ContentKey[None] = ContentKey("admin")


def load_admin_texts(root: Path, locales: Locales) -> Loaded[None]:
    """Content loader: nothing to read but the message ids, so `validate` checks them in all four languages."""
    ids = {}
    for msg_id in ADMIN_MESSAGES:
        known = locales.ids.get("de", {}).get(msg_id)
        ids[msg_id] = (known[0], known[1]) if known else ("locales/de/admin.ftl", 1)
    return Loaded(None, [], ids)


class AdminFeature(Feature):
    """/stats and /audit for the program staff, and the texts they show."""

    name = "admin"

    def __init__(self, host: Host):
        self.host = host

    def content_part(self) -> FeatureContent[None]:
        return FeatureContent(TEXTS, load_admin_texts)

    def admin_commands(self) -> Mapping[str, str]:
        return COMMANDS

    def install(self, application: TelegramApplication) -> None:
        install(application, self.host)
