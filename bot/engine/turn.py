"""One input of one person: what a command, a button press or a typed text means at the open step.

``Turn`` extends ``Walk`` (which moves through the flow and shows questions) with the reading of the
input: global commands that work at every step (start / restart, back, menu, language, help, human),
button data (``s:`` answers, ``a:`` action presses, ``l:<lang>`` language choice, ``g:`` navigation),
and typed answers matched against the options. A press whose token is not the current step's comes
from an old message: the current step is shown again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict
from typing import Any, Protocol

from bot.engine.flows import ActionStep, ChoiceStep, Flow, FlowCatalog, InputStep, Option, step_key
from bot.engine.io import Button, Command, Input, Message, Press, Text, Unsupported, Who
from bot.engine.state import MAX_HISTORY, Frame, State
from bot.engine.typed import Match, TypedAnswers, normalize
from bot.engine.validators import Validator, clean_text
from bot.engine.walk import EXPLAIN, MAIN_FLOW, SKIP, HasActions, Walk
from bot.i18n import LANGUAGES, Locales, language_name, negotiate

WHICH = "typed_which"        # state.scratch: the options offered after an ambiguous typed answer
VOICE_KINDS = ("voice", "audio", "video_note")


class EngineParts(HasActions, Protocol):
    """What a turn reads from its engine: the parts plugged in when the engine was made (read only)."""

    @property
    def validators(self) -> Mapping[str, Validator]: ...

    @property
    def start_payload(self) -> Callable[[str], Mapping[str, str]]: ...

    def typed_answers(self, locales: Locales) -> TypedAnswers: ...


class Turn(Walk):
    """One input being processed: read at the open step, then the walk moves on from there."""

    engine: EngineParts

    def __init__(self, engine: EngineParts, flows: FlowCatalog, locales: Locales, state: State, who: Who) -> None:
        super().__init__(engine, flows, locales, state, who)

    # ---- entry ------------------------------------------------------------------------------------------

    async def dispatch(self, event: Input) -> None:
        if isinstance(event, Press) and event.data.startswith("l:"):
            await self.choose_language(event.data[2:])
            return
        lang = self.st.lang
        if lang is None:
            payload = self.engine.start_payload(event.arg) if isinstance(event, Command) and event.name == "start" else {}
            lang = payload.get("lang") or negotiate(self.who.locale_hint)
            if lang is None:
                self.show_language_picker(first=True)
                return
            self.st.lang = lang
        if isinstance(event, Command):
            await self.command(event)
        elif isinstance(event, Press):
            await self.press(event.data)
        elif isinstance(event, Text):
            await self.text(event.text, lang)
        elif isinstance(event, Unsupported):
            await self.unsupported(event.kind)

    async def command(self, cmd: Command) -> None:
        name = cmd.name.lower()
        if name in ("start", "restart"):
            await self.start_over(cmd.arg if name == "start" else "")
        elif name == "menu":
            await self.go_menu()
        elif name == "back":
            await self.back()
        elif name == "language":
            self.show_language_picker(first=False)
        elif name == "help":
            self.say("help-text")
            await self.reshow()
        elif name == "resume":           # a channel (re)connects: show where the conversation stands
            await self.reshow()
        elif name == "human" or self.flows.by_command(name) is not None:
            await self.open_command_flow(name)
        else:
            self.say("unknown-command")
            await self.reshow()

    async def unsupported(self, kind: str) -> None:
        """One short answer that points to the open question, whose buttons stay usable; only without an
        open question is the menu shown again."""
        self.say("unsupported-voice" if kind in VOICE_KINDS else "unsupported-input")
        current = await self.current()
        if current is not None and current[1] is None:
            await self.go_menu()

    # ---- global commands ------------------------------------------------------------------------------

    async def start_over(self, payload: str) -> None:
        keep_lang = self.st.lang
        fresh = State(lang=keep_lang)
        self.st.__dict__.update(fresh.__dict__)
        preset = self.engine.start_payload(payload) if payload else {}
        if preset.get("lang"):
            self.st.lang = preset["lang"]
        self.st.answers.update({k: v for k, v in preset.items() if k != "lang"})
        self.event("start")
        await self.advance(MAIN_FLOW, self.main().start)

    async def back(self) -> None:
        while self.st.history:
            entry = self.st.history.pop()
            flow = self.flows.flow(entry.get("flow"))
            step = flow.step(entry.get("step")) if flow else None
            if flow is not None and isinstance(step, (ChoiceStep, InputStep)):
                self.st.flow, self.st.step = flow.id, step.id
                self.st.stack = [Frame(**f) for f in entry.get("stack", [])]
                if entry.get("save"):
                    self.st.answers.pop(entry["save"], None)
                self.st.version = flow.digest
                self.show(flow, step)
                return
        self.say("back-nothing")
        await self.reshow()

    async def open_command_flow(self, name: str) -> None:
        """/human and flows with ``command:`` open from anywhere; afterwards the open question comes back."""
        target = self.flows.by_command(name)
        if target is None:
            self.say("human-unavailable")
            await self.reshow()
            return
        if not self.st.idle and self.st.flow != target.id:
            self.st.stack.append(Frame(self.st.flow, self.st.step, resume="self"))
        await self.advance(target.id, target.start)

    async def choose_language(self, code: str) -> None:
        if code not in LANGUAGES:
            self.reply.stale = True
            self.show_language_picker(first=self.st.lang is None)
            return
        first = self.st.lang is None
        self.st.lang = code
        self.reply.accepted = Button(language_name(code), literal=True)
        if first and self.st.idle and not self.st.answers:
            self.event("start")
            await self.advance(MAIN_FLOW, self.main().start)
            return
        self.say("language-changed", language=language_name(code))
        await self.reshow()

    def show_language_picker(self, first: bool) -> None:
        rows = tuple((Button(language_name(c), f"l:{c}", literal=True),) for c in LANGUAGES)
        self.reply.outputs.append(Message("language-choose", buttons=rows, all_languages=first, question=True))

    # ---- inputs at the current step -------------------------------------------------------------------

    async def press(self, data: str) -> None:
        kind, _, rest = data.partition(":")
        if kind == "g" and rest in ("back", "menu", "restart", "human", "help", "language"):
            await self.command(Command(rest))
            return
        current = await self.current()
        if current is None:
            return
        flow, step = current
        token, _, value = rest.partition(":")
        if step is None or token != step_key(flow.id, step.id) or kind not in ("s", "a"):
            self.stale()
            await self.reshow()
            return
        if kind == "a" and isinstance(step, ActionStep):
            await self.action_input(flow, step, Press(value))
        elif kind == "s" and isinstance(step, ChoiceStep) and step.explain and value == EXPLAIN:
            self.show(flow, step, explained=True)
        elif kind == "s" and isinstance(step, ChoiceStep) and (option := step.option(value)) is not None:
            self.reply.accepted = Button(option.label)
            await self.answer(flow, step, value, step.next_for(option))
        elif kind == "s" and isinstance(step, InputStep) and step.skip and value == SKIP:
            self.reply.accepted = Button(step.skip)
            await self.answer(flow, step, None, step.next)
        else:
            self.stale()
            await self.reshow()

    async def text(self, raw: str, lang: str) -> None:
        current = await self.current()
        if current is None:
            return
        flow, step = current
        if step is None:                                   # idle: free text goes to the menu's text handler
            main = self.main()
            menu = main.step(main.menu)
            if isinstance(menu, ChoiceStep) and menu.on_text and clean_text(raw):
                await self.advance(MAIN_FLOW, menu.on_text, text=clean_text(raw))
            else:
                self.say("not-understood")
                await self.go_menu()
            return
        if isinstance(step, ChoiceStep):
            offered = self.st.scratch.pop(WHICH, None)
            match = self.engine.typed_answers(self.locales).match(step, raw, lang, loose=not step.on_text,
                                                                  args=self.args())
            chosen = self.numbered_candidate(flow, step, raw, offered)
            if chosen is not None:
                match = Match(chosen)
            if match.option is not None:
                self.reply.accepted = Button(match.option.label)
                await self.answer(flow, step, match.option.value, step.next_for(match.option))
            elif step.on_text and clean_text(raw):
                await self.advance(flow.id, step.on_text, text=clean_text(raw))
            elif match.candidates:
                self.ask_which(flow, step, match.candidates)
            else:
                self.say("use-buttons")
                self.show(flow, step)
        elif isinstance(step, InputStep):
            validator = self.engine.validators.get(step.input)
            value = validator(raw, step.min, step.max) if validator else None
            if value is None:
                self.say(step.invalid)
                self.show(flow, step)
            else:
                await self.answer(flow, step, value, step.next)
        elif isinstance(step, ActionStep):
            await self.action_input(flow, step, Text(raw))

    def ask_which(self, flow: Flow, step: ChoiceStep, candidates: Sequence[Option]) -> None:
        """A typed answer fits two or three options: the person taps the one meant (the question stays open)."""
        key = step_key(flow.id, step.id)
        rows = tuple((Button(o.label, f"s:{key}:{o.value}"),) for o in candidates)
        self.reply.outputs.append(Message("typed-which", self.args(), rows, question=True))
        # A number typed next counts the buttons shown here, not all options of the step.
        self.st.scratch[WHICH] = {"step": key, "values": [o.value for o in candidates]}

    @staticmethod
    def numbered_candidate(flow: Flow, step: ChoiceStep, raw: str,
                           offered: Mapping[str, Any] | None) -> Option | None:
        """The option a typed number names among those offered by ``ask_which`` just before (else None)."""
        typed = normalize(raw)
        if not offered or offered.get("step") != step_key(flow.id, step.id) or not typed.isdigit():
            return None
        values = offered.get("values", [])
        n = int(typed)
        wanted = values[n - 1] if 1 <= n <= len(values) else None
        return next((o for o in step.options if o.value == wanted), None)

    async def answer(self, flow: Flow, step: ChoiceStep | InputStep, value: str | None,
                     next_step: str | None) -> None:
        self.st.scratch.pop(WHICH, None)          # answered: a later number counts all options again
        self.st.history.append({"flow": flow.id, "step": step.id, "save": step.save,
                                "stack": [asdict(f) for f in self.st.stack]})
        del self.st.history[:-MAX_HISTORY]
        if step.save:
            if value is None:
                self.st.answers.pop(step.save, None)
            else:
                self.st.answers[step.save] = value
        # Only button answers are counted: typed text may be personal.
        self.event("answer", flow.id, step.id, (value or "") if isinstance(step, ChoiceStep) else "")
        await self.advance(flow.id, next_step)
