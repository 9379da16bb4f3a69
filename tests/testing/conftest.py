from bot.testing.fixtures import harness, make_harness  # noqa: F401
