"""Plugs the FAQ into the app: its content loader, its action and its command-line tools."""

from __future__ import annotations

from bot.faq.browse import FaqAction
from bot.faq.content import FaqContent, load_faq_content
from bot.faq.ngram import DEFAULT_CACHE

CONTENT = "faq"      # app.content.extras["faq"] is a bot.faq.content.FaqContent
ACTION = "faq"       # flows/faq.yaml: 'action: faq'


def register(app) -> None:
    cache_dir = app.config.faq_model_cache or DEFAULT_CACHE

    def load(root, locales):
        return load_faq_content(root, locales, max_check_age_days=app.config.faq_max_check_age_days,
                                cache_dir=cache_dir)

    app.content_loaders[CONTENT] = load

    def current() -> FaqContent | None:
        return app.content.extras.get(CONTENT) if app.content is not None else None

    app.actions[ACTION] = FaqAction(current)
