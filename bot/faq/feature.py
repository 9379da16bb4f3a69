"""The FAQ as a feature: its part of the content (entries and search index) and its action."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from bot.content import FeatureContent, Loaded
from bot.engine import Action
from bot.faq.browse import FaqAction
from bot.faq.content import FAQ, FaqContent, load_faq_content
from bot.faq.ngram import DEFAULT_CACHE
from bot.feature import Feature, Host
from bot.i18n import Locales

ACTION = "faq"       # flows/faq.yaml: 'action: faq'


class FaqFeature(Feature):
    name = "faq"

    def __init__(self, host: Host):
        self.host = host
        self.action = FaqAction(self.current)

    def current(self) -> FaqContent | None:
        """The FAQ of the current content version (None in a bot without FAQ files)."""
        return self.host.content.get(FAQ)

    def load(self, root: Path, locales: Locales) -> Loaded[FaqContent]:
        config = self.host.config
        return load_faq_content(root, locales, max_check_age_days=config.faq_max_check_age_days,
                                cache_dir=config.faq_model_cache or DEFAULT_CACHE)

    def content_part(self) -> FeatureContent[FaqContent]:
        return FeatureContent(FAQ, self.load)

    def actions(self) -> Mapping[str, Action]:
        return {ACTION: self.action}
