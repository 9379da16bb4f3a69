"""Tools for program staff: admin rights and audit log, diagrams, statistics, Telegram admin commands."""

from __future__ import annotations

from pathlib import Path

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


def load_admin_texts(root: Path, locales):
    """Content loader: nothing to read but the message ids, so `validate` checks them in all four languages."""
    from bot.app import Loaded

    ids = {}
    for msg_id in ADMIN_MESSAGES:
        known = locales.ids.get("de", {}).get(msg_id)
        ids[msg_id] = (known[0], known[1]) if known else ("locales/de/admin.ftl", 1)
    return Loaded(None, [], ids)


def register(app) -> None:
    from bot.admin.telegram import install

    app.content_loaders["admin"] = load_admin_texts
    app.admin_commands.update(COMMANDS)
    app.telegram_installers.append(install)
