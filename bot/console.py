"""The offline console: the real engine and a real SQLite file, in a terminal or driven through stdin.

Buttons are shown as numbered options; type the number to press one. Commands start with '/'.
"""

from __future__ import annotations

import sys
from typing import TextIO

from bot.app import App
from bot.engine import Command, Document, Message, Press, Text, Who
from bot.engine.render import render_message


class Console:
    def __init__(self, app: App, user: str = "demo", lang: str | None = None, out: TextIO | None = None):
        self.app = app
        self.who = Who(user_key=f"console:{user}", channel="console", locale_hint=lang)
        self.lang = lang
        self.out = out or sys.stdout
        self.buttons: list = []
        self.current_lang: str | None = lang

    async def send(self, event) -> None:
        state, reply = await self.app.conversations.handle(self.who, event)
        self.current_lang = state.lang
        buttons = []
        for output in reply.outputs:
            if isinstance(output, Message):
                shown = render_message(output, state.lang, self.app.content.locales, html_mode=False)
                print(f"\nbot: {shown.text}", file=self.out)
                for row in shown.buttons:
                    for button in row:
                        if button.url:
                            print(f"   - {button.label}: {button.url}", file=self.out)
                        else:
                            buttons.append(button)
                            print(f"   [{len(buttons)}] {button.label}", file=self.out)
            elif isinstance(output, Document):
                print(f"\nbot: [file {output.filename}, {len(output.content)} bytes]", file=self.out)
        if buttons:
            self.buttons = buttons
        await self.app.conversations.delivered(self.who, state)

    async def begin(self) -> None:
        state = await self.app.conversations.states.get(self.who.user_key)
        if state is None:
            await self.send(Command("start", self.lang or ""))
        elif self.lang and state.lang != self.lang:
            await self.send(Press(f"l:{self.lang}"))
        else:
            await self.send(Command("resume"))

    async def line(self, raw: str) -> None:
        text = raw.rstrip("\n")
        stripped = text.strip()
        if stripped.startswith("/") and len(stripped) > 1:
            name, _, arg = stripped[1:].partition(" ")
            await self.send(Command(name.lower(), arg.strip()))
        elif stripped.isdigit() and self.buttons and 1 <= int(stripped) <= len(self.buttons):
            await self.send(Press(self.buttons[int(stripped) - 1].data))
        else:
            await self.send(Text(text))

    async def run(self, stdin: TextIO, echo: bool) -> None:
        await self.begin()
        while True:
            if not echo:
                print("> ", end="", file=self.out, flush=True)
            raw = stdin.readline()
            if not raw:
                break
            if echo:
                print(f"\n> {raw.rstrip()}", file=self.out)
            await self.line(raw)
