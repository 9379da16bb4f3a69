"""Support code shared by the tests, not shipped with the bot."""
