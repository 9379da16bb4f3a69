"""Moving through a flow: from step to step until one waits for the person, and showing that step.

A ``Walk`` is the half of one turn that does not care what the person typed or pressed: it runs the
steps that need no answer (messages, branches, calls, set, end), enters actions, leaves a finished
flow for the one that called it, recovers when edited content removed the open step, and renders the
open question with its buttons. ``bot.engine.turn`` builds on it to interpret the input itself.

Button data written here (read back by the turn):

- ``s:<step token>:<value>``  answer of a question (token = hash of flow/step, see ``step_key``)
- ``a:<step token>:<payload>`` press inside an action (FAQ result, consent, ...)
- ``g:<command>``             global navigation (back, menu, restart, human)
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Literal, Protocol

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
    SetStep,
    Step,
    step_key,
)
from bot.engine.io import Button, Event, Input, Message, Reply, Who
from bot.engine.state import Frame, State
from bot.i18n import Locales

log = logging.getLogger(__name__)

MAIN_FLOW = "main"
HUMAN_FLOW = "human"
MAX_AUTO_STEPS = 100
SKIP = "_skip"
EXPLAIN = "_explain"

class FlowLoopError(RuntimeError):
    """Steps lead to each other without ever waiting for the user."""

    def __init__(self, flow: str, step: str, path: list[str]):
        super().__init__(f"flow '{flow}' loops without asking anything; last steps: {' -> '.join(path[-8:])}")
        self.flow, self.step = flow, step


class HasActions(Protocol):
    """What a walk needs from its engine: the actions flows may name (read only)."""

    @property
    def actions(self) -> Mapping[str, Action]: ...


class Walk:
    """The moving part of one turn: the state it changes, the reply it fills, the content it reads."""

    def __init__(self, engine: HasActions, flows: FlowCatalog, locales: Locales, state: State, who: Who) -> None:
        self.engine, self.flows, self.locales, self.st, self.who = engine, flows, locales, state, who
        self.reply = Reply()

    async def go_menu(self) -> None:
        main = self.main()
        self.st.stack = []
        self.st.scratch = {}
        await self.advance(MAIN_FLOW, main.menu or main.start)

    async def current(self) -> tuple[Flow, Step | None] | None:
        """The open step (None when idle), or None overall after recovering from a stale pointer."""
        if self.st.idle:
            return self.main(), None
        flow = self.flows.flow(self.st.flow)
        step = flow.step(self.st.step) if flow else None
        if flow is not None and step is not None and step.waits:
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
            await self.run_action(flow, step, "reshow")
        elif isinstance(step, (ChoiceStep, InputStep)):
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
                result = await self.run_action(flow, step, "enter", text=text)
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
            if flow is None or step is None:
                continue
            self.st.flow = flow.id
            if frame.resume == "self":
                return step.id
            if isinstance(step, CallStep) and step.next:
                return step.next
        self.st.flow, self.st.step = "", ""
        return None

    async def run_action(self, flow: Flow, step: ActionStep, how: Literal["enter", "reshow"],
                         text: str | None = None) -> str | None:
        """Enter an action step or show it again. Returns the next step id when an entered action is done;
        None when it keeps the conversation (or, shown again, finished and moved on itself)."""
        action = self.engine.actions.get(step.action)
        ctx = ActionContext(self.st, step, self.who, step_key(flow.id, step.id), text=text)
        result: ActionResult
        if action is None:
            result = self._unavailable(step)
        elif how == "enter":
            result = await action.enter(ctx)
        else:
            reshow = getattr(action, "reshow", None)    # optional: actions whose reshow differs from entering
            result = await (reshow(ctx) if reshow else action.enter(ctx))
        return await self._finish(flow, step, result, entered=how == "enter")

    async def action_input(self, flow: Flow, step: ActionStep, event: Input) -> None:
        """Give the person's text or button press to the action that keeps the conversation."""
        action = self.engine.actions.get(step.action)
        ctx = ActionContext(self.st, step, self.who, step_key(flow.id, step.id))
        result = self._unavailable(step) if action is None else await action.on_input(ctx, event)
        await self._finish(flow, step, result, entered=False)

    def _unavailable(self, step: ActionStep) -> ActionResult:
        """Content names an action this deployment lacks: say so and go on as if it had finished."""
        log.error("action %s is not available; skipping step %s", step.action, step.id)
        return ActionResult([Message("action-unavailable", self.args())])

    async def _finish(self, flow: Flow, step: ActionStep, result: ActionResult, entered: bool) -> str | None:
        self.reply.outputs.extend(result.outputs)
        self.reply.events.extend(result.events)
        if not result.done:
            return None
        target = step.exits.get(result.exit, step.next) if result.exit else step.next
        if entered:
            return target
        await self.advance(flow.id, target)
        return None

    # ---- helpers --------------------------------------------------------------------------------------

    def main(self) -> Flow:
        return self.flows.flows[MAIN_FLOW]

    def args(self) -> dict[str, Any]:
        return {k: v for k, v in self.st.answers.items() if isinstance(v, (str, int, float))}

    def say(self, msg_id: str, **args: Any) -> None:
        self.reply.outputs.append(Message(msg_id, {**self.args(), **args}))

    def stale(self) -> None:
        self.reply.stale = True
        self.say("stale-button")

    def event(self, kind: str, flow: str = "", step: str = "", value: str = "") -> None:
        self.reply.events.append(Event(kind, flow, step, value or ""))
