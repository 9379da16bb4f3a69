"""The conversation engine: (stored state, input) -> (new state, outputs). No I/O toward any channel.

Global commands work at every step: start / restart (start over), back (previous question), menu,
language, help, human (talk to a person). Button data:

- ``s:<step token>:<value>``  answer of a question (token = hash of flow/step, see ``step_key``)
- ``a:<step token>:<payload>`` press inside an action (FAQ result, consent, ...)
- ``l:<lang>``                language choice
- ``g:<command>``             global navigation (back, menu, restart, human)

A press whose token is not the current step's comes from an old message: the current step is shown again.
"""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import Callable, Mapping

from bot.engine.actions import Action, ActionContext, ActionResult
from bot.engine.flows import (
    ActionStep,
    BranchStep,
    CallStep,
    ChoiceStep,
    EndStep,
    Flow,
    FlowCatalog,
    InputStep,
    MessageStep,
    Option,
    SetStep,
    Step,
    step_key,
)
from bot.engine.io import Button, Command, Event, Input, Message, Press, Reply, Text, Unsupported, Who
from bot.engine.state import MAX_HISTORY, Frame, State
from bot.engine.typed import Match, TypedAnswers, normalize
from bot.engine.validators import BUILTIN, Validator, clean_text
from bot.i18n import LANGUAGES, Locales, language_name, negotiate

log = logging.getLogger(__name__)

MAIN_FLOW = "main"
HUMAN_FLOW = "human"
MAX_AUTO_STEPS = 100
SKIP = "_skip"
EXPLAIN = "_explain"
WHICH = "typed_which"        # state.scratch: the options offered after an ambiguous typed answer
VOICE_KINDS = ("voice", "audio", "video_note")
COMMANDS = ("start", "restart", "back", "menu", "language", "help", "human", "resume")


class FlowLoopError(RuntimeError):
    """Steps lead to each other without ever waiting for the user."""

    def __init__(self, flow: str, step: str, path: list[str]):
        super().__init__(f"flow '{flow}' loops without asking anything; last steps: {' -> '.join(path[-8:])}")
        self.flow, self.step = flow, step


class Engine:
    def __init__(self, flows: FlowCatalog, locales: Locales, actions: Mapping[str, Action] | None = None,
                 validators: Mapping[str, Validator] | None = None,
                 start_payload: Callable[[str], dict[str, str]] | None = None):
        self._live = (flows, locales)
        self.actions = dict(actions or {})
        self.validators = {**BUILTIN, **(validators or {})}
        self.start_payload = start_payload or (lambda payload: {})
        self._typed: TypedAnswers | None = None

    def typed_answers(self, locales: Locales) -> TypedAnswers:
        """The matcher of typed answers for these texts (built once per content version)."""
        if self._typed is None or self._typed.locales is not locales:
            self._typed = TypedAnswers(locales)
        return self._typed

    @property
    def flows(self) -> FlowCatalog:
        return self._live[0]

    @property
    def locales(self) -> Locales:
        return self._live[1]

    def swap(self, flows: FlowCatalog, locales: Locales) -> None:
        """Put validated content live in one assignment; conversations keep their pointers."""
        self._live = (flows, locales)

    async def handle(self, state: State | None, event: Input, who: Who) -> tuple[State, Reply]:
        """One input. ``state`` is taken over — changed in place and returned as the new state — so the
        caller passes a state it does not need afterwards (copying it cost 5 % of the CPU per update)."""
        flows, locales = self._live
        st = state if state is not None else State()
        turn = _Turn(self, flows, locales, st, who)
        try:
            await turn.dispatch(event)
        except FlowLoopError as exc:
            log.error("%s", exc)
            turn.reply.outputs.append(Message("error-flow-loop"))
            st.flow, st.step, st.stack = "", "", []
        return st, turn.reply


class _Turn:
    """One input being processed."""

    def __init__(self, engine: Engine, flows: FlowCatalog, locales: Locales, state: State, who: Who):
        self.engine, self.flows, self.locales, self.st, self.who = engine, flows, locales, state, who
        self.reply = Reply()

    # ---- entry ------------------------------------------------------------------------------------------

    async def dispatch(self, event: Input) -> None:
        if isinstance(event, Press) and event.data.startswith("l:"):
            await self.choose_language(event.data[2:])
            return
        if self.st.lang is None:
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
            await self.text(event.text)
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

    async def go_menu(self) -> None:
        main = self.main()
        self.st.stack = []
        self.st.scratch = {}
        await self.advance(MAIN_FLOW, main.menu or main.start)

    async def back(self) -> None:
        while self.st.history:
            entry = self.st.history.pop()
            flow = self.flows.flow(entry.get("flow"))
            step = flow.step(entry.get("step")) if flow else None
            if isinstance(step, (ChoiceStep, InputStep)):
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
            await self.run_action(flow, step, "input", Press(value))
        elif kind == "s" and isinstance(step, ChoiceStep) and step.explain and value == EXPLAIN:
            self.show(flow, step, explained=True)
        elif kind == "s" and isinstance(step, ChoiceStep) and step.option(value):
            option = step.option(value)
            self.reply.accepted = Button(option.label)
            await self.answer(flow, step, value, step.next_for(option))
        elif kind == "s" and isinstance(step, InputStep) and step.skip and value == SKIP:
            self.reply.accepted = Button(step.skip)
            await self.answer(flow, step, None, step.next)
        else:
            self.stale()
            await self.reshow()

    async def text(self, raw: str) -> None:
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
            match = self.engine.typed_answers(self.locales).match(step, raw, self.st.lang, loose=not step.on_text,
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
            await self.run_action(flow, step, "input", Text(raw))

    def ask_which(self, flow: Flow, step: ChoiceStep, candidates) -> None:
        """A typed answer fits two or three options: the person taps the one meant (the question stays open)."""
        key = step_key(flow.id, step.id)
        rows = tuple((Button(o.label, f"s:{key}:{o.value}"),) for o in candidates)
        self.reply.outputs.append(Message("typed-which", self.args(), rows, question=True))
        # A number typed next counts the buttons shown here, not all options of the step.
        self.st.scratch[WHICH] = {"step": key, "values": [o.value for o in candidates]}

    @staticmethod
    def numbered_candidate(flow: Flow, step: ChoiceStep, raw: str, offered) -> Option | None:
        """The option a typed number names among those offered by ``ask_which`` just before (else None)."""
        typed = normalize(raw)
        if not offered or offered.get("step") != step_key(flow.id, step.id) or not typed.isdigit():
            return None
        values = offered.get("values", [])
        n = int(typed)
        wanted = values[n - 1] if 1 <= n <= len(values) else None
        return next((o for o in step.options if o.value == wanted), None)

    async def answer(self, flow: Flow, step: ChoiceStep | InputStep, value, next_step: str | None) -> None:
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
        self.event("answer", flow.id, step.id, value if isinstance(step, ChoiceStep) else "")
        await self.advance(flow.id, next_step)

    # ---- moving through a flow ------------------------------------------------------------------------

    async def current(self) -> tuple[Flow, Step | None] | None:
        """The open step (None when idle), or None overall after recovering from a stale pointer."""
        if self.st.idle:
            return self.main(), None
        flow = self.flows.flow(self.st.flow)
        step = flow.step(self.st.step) if flow else None
        if step is not None and step.waits:
            return flow, step
        await self.recover(flow)
        return None

    async def recover(self, flow: Flow | None) -> None:
        # The flow was edited and this step is gone: start that flow again (or the menu) with a short note.
        log.info("recovering a conversation whose step no longer exists (flow %s)", self.st.flow)
        self.say("recovered-note")
        if flow is not None:
            await self.advance(flow.id, flow.start)
        else:
            await self.go_menu()

    async def reshow(self) -> None:
        current = await self.current()
        if current is None:
            return
        flow, step = current
        if step is None:
            await self.go_menu()
        elif isinstance(step, ActionStep):
            await self.run_action(flow, step, "reshow", None)
        else:
            self.show(flow, step)

    def show(self, flow: Flow, step: ChoiceStep | InputStep, explained: bool = False) -> None:
        """The question with its buttons; ``explained``: the explanation of the options instead of the question,
        with the same answer buttons (one message: the person reads it and taps)."""
        key = step_key(flow.id, step.id)
        rows: list[tuple[Button, ...]] = []
        if isinstance(step, ChoiceStep):
            rows = [(Button(o.label, f"s:{key}:{o.value}"),) for o in step.options]
            if step.explain and not explained:
                rows.append((Button("explain-button", f"s:{key}:{EXPLAIN}"),))
        elif step.skip:
            rows = [(Button(step.skip, f"s:{key}:{SKIP}"),)]
        if self.st.history:
            rows.append((Button("nav-back", "g:back"),))
        if explained and isinstance(step, ChoiceStep) and step.explain:
            self.reply.outputs.append(Message(step.explain, self.args(), tuple(rows), question=True))
            return
        self.reply.outputs.append(Message(step.ask, self.args(), tuple(rows), note=step.why, question=True))

    async def advance(self, flow_id: str, step_id: str | None, text: str | None = None) -> None:
        path: list[str] = []
        flow = self.flows.flow(flow_id)
        while True:
            if flow is None:
                log.error("flow %s does not exist; back to the menu", flow_id)
                flow, step_id = self.main(), self.main().menu or self.main().start
                self.st.stack = []
            if step_id is None:
                step_id = self._return()
                if self.st.flow in ("", MAIN_FLOW):
                    self.st.history.clear()          # back at the menu: Back never reopens a finished flow
                if step_id is None:
                    return
                flow = self.flows.flow(self.st.flow)
                continue
            step = flow.step(step_id)
            if step is None:
                log.error("step %s missing in flow %s; starting the flow again", step_id, flow.id)
                step = flow.step(flow.start)
                if step is None:
                    raise FlowLoopError(flow.id, step_id, path)
            path.append(f"{flow.id}.{step.id}")
            if len(path) > MAX_AUTO_STEPS:
                raise FlowLoopError(flow.id, step.id, path)
            self.st.flow, self.st.step, self.st.version = flow.id, step.id, flow.digest
            self.event("step", flow.id, step.id)
            if isinstance(step, MessageStep):
                self.say(step.say)
                step_id = step.next
            elif isinstance(step, (ChoiceStep, InputStep)):
                self.show(flow, step)
                return
            elif isinstance(step, BranchStep):
                step_id = next((c.next for c in step.cases if c.when.evaluate(self.st.answers)), step.otherwise)
            elif isinstance(step, SetStep):
                self.st.answers.update(step.values)
                for key, value in step.values.items():
                    self.event("set", flow.id, step.id, f"{key}={value}")
                step_id = step.next
            elif isinstance(step, CallStep):
                self.st.stack.append(Frame(flow.id, step.id))
                flow = self.flows.flow(step.call)
                step_id = flow.start if flow else None
                if flow is None:
                    self.st.stack.pop()
                    flow, step_id = self.flows.flow(self.st.flow), step.next
            elif isinstance(step, ActionStep):
                result = await self.run_action(flow, step, "enter", None, text=text)
                text = None
                if result is None:
                    return
                step_id = result
            elif isinstance(step, EndStep):
                if step.say:
                    self.say(step.say)
                step_id = None

    def _return(self) -> str | None:
        """Leave the finished flow: continue after the call that started it, or become idle."""
        while self.st.stack:
            frame = self.st.stack.pop()
            flow = self.flows.flow(frame.flow)
            step = flow.step(frame.step) if flow else None
            if step is None:
                continue
            self.st.flow = flow.id
            if frame.resume == "self":
                return step.id
            if isinstance(step, CallStep) and step.next:
                return step.next
        self.st.flow, self.st.step = "", ""
        return None

    async def run_action(self, flow: Flow, step: ActionStep, how: str, event, text: str | None = None):
        """Run an action; returns the next step id when it is done, None when it keeps the conversation."""
        action = self.engine.actions.get(step.action)
        if action is None:
            log.error("action %s is not available; skipping step %s", step.action, step.id)
            self.say("action-unavailable")
            return step.next if how == "enter" else await self.advance(flow.id, step.next)
        ctx = ActionContext(self.st, step, self.who, step_key(flow.id, step.id), text=text)
        if how == "enter":
            result: ActionResult = await action.enter(ctx)
        elif how == "reshow":
            reshow = getattr(action, "reshow", None)
            result = await (reshow(ctx) if reshow else action.enter(ctx))
        else:
            result = await action.on_input(ctx, event)
        self.reply.outputs.extend(result.outputs)
        self.reply.events.extend(result.events)
        if not result.done:
            return None
        target = step.exits.get(result.exit, step.next) if result.exit else step.next
        if how == "enter":
            return target
        await self.advance(flow.id, target)
        return None

    # ---- helpers --------------------------------------------------------------------------------------

    def main(self) -> Flow:
        return self.flows.flows[MAIN_FLOW]

    def args(self) -> dict:
        return {k: v for k, v in self.st.answers.items() if isinstance(v, (str, int, float))}

    def say(self, msg_id: str, **args) -> None:
        self.reply.outputs.append(Message(msg_id, {**self.args(), **args}))

    def stale(self) -> None:
        self.reply.stale = True
        self.say("stale-button")

    def event(self, kind: str, flow: str = "", step: str = "", value: str = "") -> None:
        self.reply.events.append(Event(kind, flow, step, value or ""))
