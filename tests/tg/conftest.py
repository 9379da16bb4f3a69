"""Channel tests run the real Application against the fake Bot API with a small content folder."""

import pytest

from tests.tg.content import Recorder, channel_content, with_actions


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def content_dir(tmp_path):
    return channel_content(tmp_path / "content")


@pytest.fixture
async def tg(make_harness, content_dir, recorder):
    """The bot on the test content (no features), with the recorder and failing actions registered."""
    return await make_harness(content_dir=content_dir, features=False, setup=with_actions(recorder))
