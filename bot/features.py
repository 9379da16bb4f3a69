"""Feature registry: each feature plugs its actions, validators, content loaders and Telegram handlers
into the app here — one line per feature, so the composition stays visible in one place."""

from __future__ import annotations


def register(app) -> None:
    """Called once by the command line and the Telegram runner before content is loaded.

    A feature's ``register(app)`` may add to ``app.actions`` (name -> Action), ``app.validators``,
    ``app.provided_answers``, ``app.content_loaders`` (name -> loader returning bot.app.Loaded; the
    result is ``app.content.extras[name]``, re-validated on /reload) and ``app.telegram_installers``
    (callables ``(telegram Application, app)`` that add handlers and jobs).
    """
    from bot.admin import register as admin
    from bot.faq.feature import register as faq
    from bot.handoff import register as handoff
    from bot.handoff.district import register as district
    from bot.health import register as health
    from bot.privacy.feature import register as privacy

    # The order matters: the hand-over reads the privacy feature's data sources when it registers.
    for feature in (faq, district, admin, privacy, handoff, health):
        feature(app)
