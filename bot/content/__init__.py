"""The content as the running bot holds it: one validated version of flows, translations and every
feature's part (FAQ index, regions, mentors file, ...), swapped as a whole on /reload.

Reading single files with file:line problems is :mod:`bot.files`; this package sits above the engine and
the translations, whose loaders it runs.
"""

from bot.content.load import load_content
from bot.content.model import Content, ContentCheck, ContentError, ContentKey, ContentLoader, FeatureContent, Loaded

__all__ = ["Content", "ContentCheck", "ContentError", "ContentKey", "ContentLoader", "FeatureContent", "Loaded",
           "load_content"]
