"""Pytest fixtures for end-to-end tests over the fake Bot API. In a conftest.py::

    from bot.testing.fixtures import harness, make_harness  # noqa: F401
"""

from __future__ import annotations

import pytest

from bot.testing.harness import Harness


@pytest.fixture
async def make_harness(tmp_path):
    """``h = await make_harness(**Harness kwargs)``: a started harness, closed after the test.
    Several harnesses in one test get separate folders (and databases)."""
    started: list[Harness] = []

    async def make(**kwargs) -> Harness:
        folder = tmp_path / f"harness{len(started)}"
        folder.mkdir()
        harness = Harness(folder, **kwargs)
        await harness.start()
        started.append(harness)
        return harness

    yield make
    for harness in reversed(started):
        await harness.close()


@pytest.fixture
async def harness(make_harness) -> Harness:
    """The bot with the shipped content, polling a fresh fake Bot API server."""
    return await make_harness()
