"""The test kit that ships with the bot. It needs nothing beyond the bot's own dependencies (no pytest).

- ``driver``: runs a conversation on the real engine and database, without Telegram. The admins'
  ``python -m bot test-flows`` runs the tests in flows/tests/ with it.
- ``server`` and what it is built from (``chats``, ``delivery``, ``methods`` and its groups
  ``methods_*`` with ``method_table``, ``protocol``, ``records``, ``updates``, ``html``, ``markdown``,
  ``validation``, ``signal``, ``people``): a fake Telegram Bot API
  server on 127.0.0.1. Point the real bot at it (``TELEGRAM_BASE_URL``) to try it without a Telegram
  account or token (docs/telegram.md).
- ``harness``: starts the real bot against that server in one process and acts as the people in it
  (its default content is the checkout's flows/ and locales/; ``content_dir=`` names another folder);
  built from ``actors`` (the people a test acts as, each action waiting for the bot's replies) and
  ``lifecycle`` (start and stop a python-telegram-bot Application inside a running event loop).

The repository's tests and benchmark build on this kit. Their own helpers do not ship: pytest fixtures in
tests/conftest.py, the bot as a subprocess in tests/support/, the echo bot in bench/.
"""
