"""The bot's features, composed in one place: which features there are, and what each one gets.

``prepare_app(config)`` (the Telegram bot) and ``register(app)`` (the console, ``validate``, flow tests) are
called once, before content is loaded; tests may compose an app of fewer features with ``app.add``.
"""

from __future__ import annotations

from bot.admin.feature import AdminFeature
from bot.app import App
from bot.config import Config
from bot.faq.feature import FaqFeature
from bot.feature import Feature
from bot.handoff.district import DistrictFeature
from bot.handoff.feature import HandoffFeature
from bot.privacy.feature import PrivacyFeature
from bot.tg.heartbeat import HealthFeature
from bot.tg.texts import ChannelTexts


def all_features(app: App) -> list[Feature]:
    """Every feature of the bot, made for this app."""
    handoff = HandoffFeature(app)
    # A conversation whose referral is still open is kept by retention until the referral expires.
    privacy = PrivacyFeature(app, keep=handoff.service.open_user_keys)
    return [FaqFeature(app), DistrictFeature(app), AdminFeature(app), privacy, handoff, HealthFeature(app.config)]


def register(app: App) -> None:
    """Add every feature to an app (the channel's texts are added by whoever runs a channel)."""
    app.add(*all_features(app))


def prepare_app(config: Config, *, features: bool = True) -> App:
    """A new app for the Telegram channel: every feature (``features=False``: none, for tests of the
    channel alone) and the channel's own texts; its content is not loaded yet."""
    app = App(config)
    if features:
        register(app)
    app.add(ChannelTexts())
    return app
