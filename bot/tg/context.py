"""The typed context handlers receive: ``context.app`` is the running :class:`bot.app.App`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

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


def _running(data: ChannelData) -> App:
    if data.app is None:
        raise RuntimeError("the channel has no app: build it with bot.tg.application.build_application(app)")
    return data.app


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], ChannelData]):
    @property
    def app(self) -> App:
        return _running(self.bot_data)


#: the python-telegram-bot application as bot.tg.application builds it: typed context and channel data
BotApplication = Application[ExtBot[None], BotContext, dict[Any, Any], dict[Any, Any], ChannelData, Any]


def app_of(application: BotApplication) -> App:
    return _running(application.bot_data)
