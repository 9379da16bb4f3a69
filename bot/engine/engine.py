"""The conversation engine: (stored state, input) -> (new state, outputs). No I/O toward any channel.

Global commands work at every step: start / restart (start over), back (previous question), menu,
language, help, human (talk to a person). The work of one input is split along one seam:

- ``bot.engine.turn``: what the input means (commands, button data, typed answers) at the open step;
- ``bot.engine.walk``: moving from step to step until one waits for the person, and showing it.

This module holds what outlives a turn: the live content (swapped in one assignment on reload), the
actions and validators plugged in at start, and the matcher of typed answers built per content version.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from bot.engine.actions import Action
from bot.engine.flows import FlowCatalog
from bot.engine.io import Input, Message, Reply, Who
from bot.engine.state import State
from bot.engine.turn import Turn
from bot.engine.typed import TypedAnswers
from bot.engine.validators import BUILTIN, Validator
from bot.engine.walk import HUMAN_FLOW, MAIN_FLOW, FlowLoopError
from bot.i18n import Locales

__all__ = ["Engine", "FlowLoopError", "HUMAN_FLOW", "MAIN_FLOW"]

log = logging.getLogger(__name__)

class Engine:
    """Turns inputs into replies for every conversation; one instance per running bot."""

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
        turn = Turn(self, flows, locales, st, who)
        try:
            await turn.dispatch(event)
        except FlowLoopError as exc:
            log.error("%s", exc)
            turn.reply.outputs.append(Message("error-flow-loop"))
            st.flow, st.step, st.stack = "", "", []
        return st, turn.reply
