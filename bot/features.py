"""Feature registry: each feature adds its actions, validators and content to the app."""

from __future__ import annotations


def register(app) -> None:
    """Called once by the command line and the Telegram runner before content is loaded."""
    return None
