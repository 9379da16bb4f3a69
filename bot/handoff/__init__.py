"""Hand-over of mentees and employers to the regional mentor projects: regions, consent, referrals, outbox,
notifiers, mentor buttons, escalation.

Plugged in by ``register(app)`` (bot/features.py). Other features reach the service with ``service_for(app)``;
the privacy feature calls ``withdraw(app, user_key)`` and ``export(app, user_key)`` (also registered as the
``referrals`` source in ``app.personal_data``).
"""

from __future__ import annotations

import weakref
from typing import Any

_SERVICES: "weakref.WeakKeyDictionary[Any, Any]" = weakref.WeakKeyDictionary()


def service_for(app):
    """The app's HandoffService (created on first use)."""
    from bot.handoff.service import HandoffService
    service = _SERVICES.get(app)
    if service is None:
        service = _SERVICES[app] = HandoffService(app)
    return service


async def withdraw(app, user_key: str) -> int:
    """Erase a person's referral data and tell the district's mentors it was withdrawn; returns how many."""
    return await service_for(app).withdraw(user_key)


async def export(app, user_key: str) -> dict | None:
    """What the hand-over stores about a person, as JSON-able data (None when nothing)."""
    return await service_for(app).export(user_key)


def register(app) -> None:
    from bot.handoff.actions import (
        ConsentAction,
        ContactSummaryAction,
        ReferralExistingAction,
        ReferralSendAction,
        ReferralStatusAction,
    )
    from bot.handoff.content import check_mentor_labels, load_handoff_content
    from bot.handoff.relay import RelayData
    from bot.handoff.relay_telegram import install as install_relay
    from bot.handoff.service import CONTENT, ReferralData
    from bot.handoff.telegram import install

    service = service_for(app)
    app.content_loaders[CONTENT] = lambda root, locales: load_handoff_content(root, locales, app.config)
    app.content_checks.append(check_mentor_labels)
    app.actions.update({
        "consent": ConsentAction(service),
        "contact_summary": ContactSummaryAction(service),
        "referral_send": ReferralSendAction(service),
        "referral_existing": ReferralExistingAction(service),
        "referral_status": ReferralStatusAction(service),
    })
    app.provided_answers.add("district")
    app.telegram_installers.append(install)
    app.telegram_installers.append(install_relay)
    app.admin_commands["/outbox"] = "Zustellungen an die Projekte, die hängen oder gescheitert sind"
    personal = getattr(app, "personal_data", None)
    if personal is not None:
        personal.append(ReferralData(service))
        personal.append(RelayData(service))
        for source in personal:        # keep the conversation of someone whose referral is still open
            if getattr(source, "name", "") == "conversation" and getattr(source, "keep", "") is None:
                source.keep = service.open_user_keys
