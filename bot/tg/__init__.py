"""The Telegram channel (python-telegram-bot): the only package that calls PTB.

- :mod:`bot.tg.application` builds the ``Application`` (handlers, rate limiter, per-user ordering);
- :mod:`bot.tg.run` runs it (long polling, or a webhook when ``WEBHOOK_URL`` is set);
- :mod:`bot.tg.webhook` is the webhook server (refuses requests without the secret before reading them);
- :mod:`bot.tg.handlers` turns updates into engine inputs, :mod:`bot.tg.send` renders the replies;
- :mod:`bot.tg.texts` lists the channel's own Fluent messages (``locales/*/telegram.ftl``).
"""

import os

# Opt in to python-telegram-bot's coming behaviour (time periods as timedelta). Without it, PTB's own
# flood-control code emits a deprecation warning on every "429 retry after", which the test suite
# (warnings are errors) would turn into a failed reply.
os.environ.setdefault("PTB_TIMEDELTA", "true")
