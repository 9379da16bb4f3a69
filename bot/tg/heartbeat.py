"""The liveness feature: a job of the Telegram bot's loop writes the heartbeat that ``python -m bot health``
reads (bot.health, kept free of Telegram so the check starts fast)."""

from __future__ import annotations

import logging

from telegram.ext import CallbackContext

from bot.config import Config
from bot.feature import Feature, TelegramApplication
from bot.health import FIRST, INTERVAL, beat, heartbeat_path

log = logging.getLogger(__name__)


class HealthFeature(Feature):
    """A job of the Telegram bot's loop writes the heartbeat (the console demo has none)."""

    name = "health"

    def __init__(self, config: Config):
        self.path = heartbeat_path(config.database_path)

    def install(self, application: TelegramApplication) -> None:
        path = self.path

        async def heartbeat(context: CallbackContext) -> None:
            try:
                beat(path)
            except OSError as exc:
                log.warning("could not write the heartbeat file: %s", exc.strerror or exc)

        if application.job_queue is not None:
            # Jobs are scheduled before the content is loaded and the scheduler starts after it: a first beat
            # due before that start would be skipped, so it comes FIRST seconds after build (cold start ~2 s).
            application.job_queue.run_repeating(heartbeat, interval=INTERVAL, first=FIRST, name="heartbeat")
