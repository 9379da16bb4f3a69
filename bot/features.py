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
    from bot.faq.feature import register as faq; faq(app)
    from bot.handoff.district import register as district; district(app)
    from bot.admin import register as admin; admin(app)
    from bot.privacy.feature import register as privacy; privacy(app)
    from bot.handoff import register as handoff; handoff(app)
    from bot.health import register as health; health(app)
