"""The people a test acts as: each action queues an update, waits until the bot handled it and returns
the bot's replies (:class:`Replies`).

:mod:`bot.testing.people` builds the updates; this module adds the waiting, against whatever runs the bot
(:class:`RunningBot`: in practice the :class:`~bot.testing.harness.Harness`, which hands these out).
"""

from __future__ import annotations

from typing import Any, Callable, Protocol

from bot.testing.people import FakeGroup, FakeUser
from bot.testing.records import Button, CallbackAnswer, SentMessage
from bot.testing.server import FakeBotApi
from bot.testing.updates import JsonDict


class RunningBot(Protocol):
    """What a person needs from the bot under test: its fake server and a way to wait for an update."""

    @property
    def server(self) -> FakeBotApi: ...

    @property
    def timeout(self) -> float: ...

    async def handled(self, update: JsonDict) -> None: ...


class Replies(list):
    """The bot's new messages after one user action (a list of :class:`SentMessage`)."""

    @property
    def texts(self) -> list[str]:
        return [m.plain for m in self]

    @property
    def text(self) -> str:
        """All new messages as the user reads them, joined by blank lines."""
        return "\n\n".join(self.texts)

    @property
    def last(self) -> SentMessage:
        if not self:
            raise AssertionError("the bot sent no message")
        return self[-1]

    @property
    def buttons(self) -> list[Button]:
        """Buttons of every new message, in order."""
        return [b for m in self for b in m.buttons]

    @property
    def labels(self) -> list[str]:
        return [b.text for b in self.buttons]


class User:
    """A simulated mentee in a private chat; every action waits for the bot and returns its replies."""

    def __init__(self, harness: RunningBot, fake: FakeUser) -> None:
        self.harness = harness
        self.fake = fake
        self.id = fake.id
        self.updates: list[JsonDict] = []

    @property
    def messages(self) -> list[SentMessage]:
        return self.fake.messages

    @property
    def last(self) -> SentMessage:
        if not self.messages:
            raise AssertionError("the bot has not written to this user")
        return self.messages[-1]

    @property
    def callback_answers(self) -> list[CallbackAnswer]:
        mine = {u["callback_query"]["id"] for u in self.updates if "callback_query" in u}
        return [a for a in self.harness.server.callback_answers if a.query_id in mine]

    async def _act(self, make: Callable[[], JsonDict]) -> Replies:
        before = len(self.fake.chat.messages)
        update = make()
        self.updates.append(update)
        await self.harness.handled(update)
        return Replies(self.fake.chat.messages[before:])

    async def send(self, text: str) -> Replies:
        return await self._act(lambda: self.fake.text(text))

    async def command(self, command: str) -> Replies:
        return await self.send(command if command.startswith("/") else f"/{command}")

    async def press(self, label: str, message: SentMessage | None = None) -> Replies:
        return await self._act(lambda: self.fake.press(label, message))

    async def press_data(self, data: str, message: SentMessage | None = None) -> Replies:
        return await self._act(lambda: self.fake.press_data(data, message))

    async def send_photo(self, caption: str | None = None) -> Replies:
        return await self._act(lambda: self.fake.photo(caption))

    async def send_voice(self) -> Replies:
        return await self._act(self.fake.voice)

    async def send_sticker(self) -> Replies:
        return await self._act(self.fake.sticker)

    async def send_document(self, **kwargs: Any) -> Replies:
        return await self._act(lambda: self.fake.document(**kwargs))

    async def send_location(self, latitude: float = 51.0504, longitude: float = 13.7373) -> Replies:
        return await self._act(lambda: self.fake.location(latitude, longitude))

    async def send_contact(self, phone_number: str = "+49 351 0000000", *, own: bool = True) -> Replies:
        return await self._act(lambda: self.fake.contact(phone_number, own=own))

    async def edit_last(self, new_text: str) -> Replies:
        """Edit this user's newest text message."""
        original = next(u for u in reversed(self.updates) if "message" in u and "text" in u["message"])
        return await self._act(lambda: self.fake.edit(original, new_text))


class Group:
    """A group chat with the bot (e.g. a mentor project's group)."""

    def __init__(self, harness: RunningBot, fake: FakeGroup) -> None:
        self.harness = harness
        self.fake = fake
        self.id = fake.id

    @property
    def messages(self) -> list[SentMessage]:
        return self.fake.messages

    def member(self, user_id: int, first_name: str = "Mentorin", **kwargs: Any) -> JsonDict:
        return self.fake.member(user_id, first_name, **kwargs)

    async def _act(self, make: Callable[[], JsonDict]) -> Replies:
        before = len(self.fake.chat.messages)
        update = make()
        await self.harness.handled(update)
        return Replies(self.fake.chat.messages[before:])

    async def send(self, user_id: int, text: str) -> Replies:
        return await self._act(lambda: self.fake.text(user_id, text))

    async def reply(self, user_id: int, to: SentMessage, text: str | None = None, **content: Any) -> Replies:
        return await self._act(lambda: self.fake.reply(user_id, to, text, **content))

    async def press(self, user_id: int, label: str, message: SentMessage | None = None) -> Replies:
        return await self._act(lambda: self.fake.press(user_id, label, message))

    async def press_data(self, user_id: int, data: str, message: SentMessage) -> Replies:
        return await self._act(lambda: self.fake.press_data(user_id, data, message))

    async def wait_for(self, predicate: Callable[[SentMessage], bool] = lambda m: True,
                       timeout: float | None = None) -> SentMessage:
        """The first message in this group matching ``predicate``, waiting for it if needed."""
        def found() -> SentMessage | None:
            return next((m for m in self.fake.chat.messages if predicate(m)), None)
        return await self.harness.server.wait_for(found, timeout or self.harness.timeout)
