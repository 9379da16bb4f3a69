"""A conversation driver over the real engine and database: what ``python -m bot test-flows`` runs the
admins' conversation tests with (no Telegram in between); tests and benchmarks use it too."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.app import App
from bot.conversation import Conversations
from bot.engine import Button, Command, Input, Message, Press, Reply, State, Text, Who


@dataclass
class Turn:
    reply: Reply
    state: State

    @property
    def ids(self) -> list[str]:
        """Message ids the bot showed, in order."""
        return [o.text for o in self.reply.outputs if isinstance(o, Message)]

    @property
    def buttons(self) -> list[Button]:
        return [b for o in self.reply.outputs if isinstance(o, Message) for row in o.buttons for b in row]


@dataclass
class Driver:
    app: App
    user: str = "test"
    lang: str | None = None
    channel: str = "console"
    last_buttons: list[Button] = field(default_factory=list)
    last: Turn | None = None

    @property
    def who(self) -> Who:
        return Who(user_key=f"{self.channel}:{self.user}", channel=self.channel, locale_hint=self.lang)

    @property
    def conversations(self) -> Conversations:
        if self.app.conversations is None:
            raise RuntimeError("start the App (async with app: ...) before driving a conversation")
        return self.app.conversations

    async def send(self, event: Input) -> Turn:
        state, reply = await self.conversations.handle(self.who, event)
        await self.conversations.delivered(self.who, state)       # the replies reached the person
        turn = Turn(reply, state)
        if turn.buttons:
            self.last_buttons = turn.buttons
        self.last = turn
        return turn

    async def say(self, text: str) -> Turn:
        """Text as a user types it; '/name arg' is a command."""
        if text.startswith("/") and len(text) > 1:
            name, _, arg = text[1:].partition(" ")
            return await self.send(Command(name, arg))
        return await self.send(Text(text))

    def find(self, what: str) -> Button:
        """A button of the last question, by option value, label message id or literal label."""
        for b in self.last_buttons:
            if b.data.rsplit(":", 1)[-1] == what or b.label == what or b.data == what:
                return b
        shown = ", ".join(f"{b.data.rsplit(':', 1)[-1]} ({b.label})" for b in self.last_buttons) or "none"
        raise LookupError(f"no button '{what}' on the last question; buttons: {shown}")

    async def press(self, what: str) -> Turn:
        return await self.send(Press(self.find(what).data))

    async def state(self) -> State | None:
        return await self.conversations.states.get(self.who.user_key)
