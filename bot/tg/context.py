"""The typed context handlers receive: ``context.app`` is the running :class:`bot.app.App`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from telegram.ext import Application, CallbackContext, ExtBot

from bot.app import App

if TYPE_CHECKING:
    from bot.tg.webhook import WebhookServer


@dataclass
class ChannelData:
    """Application-wide data of the channel (PTB's ``bot_data``), typed instead of a dict."""

    app: App | None = None
    told_private: set[int] = field(default_factory=set)     # group chats already asked to write privately
    webhook: WebhookServer | None = None                     # the webhook server, when updates come that way


class BotContext(CallbackContext[ExtBot, dict, dict, ChannelData]):
    @property
    def app(self) -> App:
        return self.bot_data.app


def app_of(application: Application) -> App:
    return application.bot_data.app
