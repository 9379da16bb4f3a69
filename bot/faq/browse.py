"""The FAQ screens as one action (``action: faq`` in flows/faq.yaml): browse, search, answer, feedback.

Entered without text it shows the topics; entered with text (the main menu's ``on_text``) it searches.
While the FAQ is open, every typed text is a new search. Screens::

    topics ──t:<topic>──▶ questions of a topic ──e:<entry>──▶ answer (+ sources, checked date)
       ▲                        ▲                                 │ y:<entry> / n:<entry>  "did this help?"
       └──── topics ────────────┴──────────── back ───────────────┤ mentor  → exit 'mentor' (call: human)
    search ─┬─ sure ──────────────────────────▶ answer            │ g:menu  → main menu (engine)
            ├─ unsure ─▶ "Did you mean …?" ──e:<entry>──▶ answer ── back ─▶ "Did you mean …?"
            ├─ Latin-script Arabic ─▶ please write in Arabic letters (+ mentor, topics)
            └─ nothing plausible ─▶ "I don't know" (+ mentor, topics)

Where the user is lives in ``state.scratch["faq"]`` so /help, /language or a restart of the bot can
show the same screen again (``reshow``). Anonymous events for the statistics:
``faq_view`` (value: entry id), ``faq_helped`` (``<entry id>:yes|no``, once per entry and conversation),
``faq_search`` (``answer``, ``suggest``, ``declined`` or ``arabizi``; never the typed text).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, TypedDict, cast

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.io import Button, Event, Input, Message, Press, Text
from bot.faq.arabizi import is_arabizi
from bot.faq.content import FaqContent, checked_on, sources_text
from bot.faq.search import ANSWER, NONE, SUGGEST

MAX_QUERY = 300          # characters of a typed question that are searched (a message may be much longer)
SCRATCH = "faq"
_EVENT = {ANSWER: "answer", SUGGEST: "suggest", NONE: "declined"}

ContentFn = Callable[[], "FaqContent | None"]

#: one row of buttons
Row = tuple[Button, ...]
View = Literal["topics", "topic", "entry", "feedback", "results", "none", "arabizi"]
#: where "back" leads from an answer
Back = Literal["topic", "results"]


class Scratch(TypedDict, total=False):
    """Where the user is in the FAQ, kept in ``state.scratch["faq"]`` (stored with the conversation)."""

    view: View
    topic: str               # the topic whose questions are (or were last) shown
    entry: str               # the answer shown
    back: Back
    hits: list[str]          # entry ids of "Did you mean …?"
    helped: bool             # the last "did this help?" press
    voted: list[str]         # entries already voted on in this conversation (the newest 50)


class FaqAction:
    """Browsing and searching the FAQ inside one action step; the only exit besides 'next' is 'mentor'."""

    exits: tuple[str, ...] = ("mentor",)

    def __init__(self, content: ContentFn) -> None:
        self._content = content

    # ---- the action protocol ------------------------------------------------------------------------

    async def enter(self, ctx: ActionContext) -> ActionResult:
        faq = self._content()
        ctx.state.scratch[SCRATCH] = {"view": "topics"}
        if faq is None or not faq.catalog.entries:
            return ActionResult([Message("faq-empty")], done=True)
        if ctx.text:
            return self._search(ctx, faq, ctx.text)
        return self._topics(ctx, faq)

    async def reshow(self, ctx: ActionContext) -> ActionResult:
        faq = self._content()
        if faq is None or not faq.catalog.entries:
            return ActionResult([Message("faq-empty")], done=True)
        return self._view(ctx, faq, self._scratch(ctx))

    async def on_input(self, ctx: ActionContext, event: Input) -> ActionResult:
        faq = self._content()
        if faq is None or not faq.catalog.entries:
            return ActionResult([Message("faq-empty")], done=True)
        if isinstance(event, Text):
            return self._search(ctx, faq, event.text)
        if not isinstance(event, Press):
            return self._view(ctx, faq, self._scratch(ctx))
        kind, _, arg = event.data.partition(":")
        scratch = self._scratch(ctx)
        if kind == "t" and arg in {t.id for t in faq.catalog.topics}:
            scratch.update({"view": "topic", "topic": arg})
            return self._questions(ctx, faq, arg)
        if kind == "e" and arg in faq.catalog:
            return self._answer(ctx, faq, arg, came_from=scratch.get("view"))
        if kind in ("y", "n") and arg in faq.catalog:
            return self._feedback(ctx, arg, helped=kind == "y")
        if kind == "topics":
            scratch.update({"view": "topics"})
            return self._topics(ctx, faq)
        if kind == "back":
            return self._back(ctx, faq, scratch)
        if kind == "mentor":
            return ActionResult(done=True, exit="mentor")
        # an entry or topic that no longer exists (content was edited): say so, show the topics
        scratch.update({"view": "topics"})
        result = self._topics(ctx, faq)
        result.outputs.insert(0, Message("faq-gone"))
        return result

    # ---- screens ------------------------------------------------------------------------------------

    def _topics(self, ctx: ActionContext, faq: FaqContent) -> ActionResult:
        rows: list[Row] = [(ctx.button(t.title_id, f"t:{t.id}"),)
                           for t in faq.catalog.topics if faq.catalog.entries_of(t.id)]
        rows.append(_menu_button())
        return _waiting(Message("faq-topics", buttons=tuple(rows), question=True))

    def _questions(self, ctx: ActionContext, faq: FaqContent, topic_id: str) -> ActionResult:
        rows: list[Row] = [(ctx.button(e.question_id, f"e:{e.id}"),) for e in faq.catalog.entries_of(topic_id)]
        rows += [(ctx.button("nav-back", "topics"),), _menu_button()]
        return _waiting(Message("faq-topic-questions", buttons=tuple(rows), question=True))

    def _answer(self, ctx: ActionContext, faq: FaqContent, entry_id: str, came_from: View | None) -> ActionResult:
        scratch = self._scratch(ctx)
        back_to: Back
        if came_from == "results":
            back_to = "results"
        elif came_from in ("entry", "feedback"):         # a second answer from the same list
            back_to = scratch.get("back", "topic")
        else:
            back_to = "topic"
        scratch.update({"view": "entry", "entry": entry_id, "topic": faq.catalog.entry(entry_id).topic,
                        "back": back_to})
        message = self._answer_message(ctx, faq, entry_id)
        return _waiting(message, events=[Event("faq_view", "faq", ctx.step.id, entry_id)])

    def _answer_message(self, ctx: ActionContext, faq: FaqContent, entry_id: str) -> Message:
        entry = faq.catalog.entry(entry_id)
        rows: list[Row] = [
            (ctx.button("faq-helped-yes", f"y:{entry_id}"), ctx.button("faq-helped-no", f"n:{entry_id}")),
            (ctx.button("nav-back", "back"),),
            (ctx.button("faq-mentor", "mentor"),),
            _menu_button(),
        ]
        args = {"sources": sources_text(entry), "count": len(entry.sources), "checked": checked_on(entry, ctx.lang)}
        return Message(entry.answer_id, args, tuple(rows), note="faq-answer-footer", question=True)

    def _feedback(self, ctx: ActionContext, entry_id: str, helped: bool) -> ActionResult:
        scratch = self._scratch(ctx)
        voted = list(scratch.get("voted", []))
        rows: list[Row] = []
        if not helped:
            rows.append((ctx.button("faq-mentor", "mentor"),))
        rows += [(ctx.button("nav-back", "back"),), _menu_button()]
        scratch.update({"view": "feedback", "entry": entry_id, "helped": helped})
        if entry_id in voted:                      # one vote per entry and conversation
            return _waiting(Message("faq-already-voted", buttons=tuple(rows), question=True))
        scratch["voted"] = [*voted, entry_id][-50:]
        event = Event("faq_helped", "faq", ctx.step.id, f"{entry_id}:{'yes' if helped else 'no'}")
        return _waiting(Message("faq-thanks-yes" if helped else "faq-thanks-no", buttons=tuple(rows), question=True),
                        events=[event])

    def _search(self, ctx: ActionContext, faq: FaqContent, text: str) -> ActionResult:
        scratch = self._scratch(ctx)
        if is_arabizi(text):
            scratch.update({"view": "arabizi"})
            return _waiting(self._decline_message(ctx, "faq-search-arabizi"), events=[Event("faq_search", "faq", ctx.step.id, "arabizi")])
        result = faq.index.search(text[:MAX_QUERY], ctx.lang, limit=3)
        event = Event("faq_search", "faq", ctx.step.id, _EVENT[result.band])
        if result.band == ANSWER:
            answered = self._answer(ctx, faq, result.hits[0].entry_id, came_from=None)
            answered.events.insert(0, event)
            return answered
        if result.band == SUGGEST:
            scratch.update({"view": "results", "hits": list(result.entry_ids)})
            return _waiting(self._results_message(ctx, faq, scratch["hits"]), events=[event])
        scratch.update({"view": "none"})
        return _waiting(self._decline_message(ctx, "faq-search-none"), events=[event])

    def _results_message(self, ctx: ActionContext, faq: FaqContent, hits: list[str]) -> Message:
        """"Did you mean …?": the entries' questions as buttons, then a mentor and the topics."""
        rows: list[Row] = [(ctx.button(faq.catalog.entry(h).question_id, f"e:{h}"),)
                           for h in hits if h in faq.catalog]
        rows += [(ctx.button("faq-mentor", "mentor"),), (ctx.button("faq-all-topics", "topics"),), _menu_button()]
        return Message("faq-search-suggest", buttons=tuple(rows), question=True)

    def _decline_message(self, ctx: ActionContext, msg_id: str) -> Message:
        """No answer (``faq-search-none``) or a request to write in Arabic letters: a mentor or the topics."""
        rows = [(ctx.button("faq-mentor", "mentor"),), (ctx.button("faq-all-topics", "topics"),), _menu_button()]
        return Message(msg_id, buttons=tuple(rows), question=True)

    def _back(self, ctx: ActionContext, faq: FaqContent, scratch: Scratch) -> ActionResult:
        if scratch.get("back") == "results" and scratch.get("hits"):
            scratch.update({"view": "results"})
            return _waiting(self._results_message(ctx, faq, scratch["hits"]))
        topic = scratch.get("topic")
        if topic in {t.id for t in faq.catalog.topics}:
            scratch.update({"view": "topic"})
            return self._questions(ctx, faq, topic)
        scratch.update({"view": "topics"})
        return self._topics(ctx, faq)

    def _view(self, ctx: ActionContext, faq: FaqContent, scratch: Scratch) -> ActionResult:
        """The screen the user is on, shown again (after /help, a language change, a restart)."""
        view = scratch.get("view")
        entry = scratch.get("entry")
        if view in ("entry", "feedback") and entry is not None and entry in faq.catalog:
            return _waiting(self._answer_message(ctx, faq, entry))
        if view == "results" and scratch.get("hits"):
            return _waiting(self._results_message(ctx, faq, scratch["hits"]))
        if view == "none":
            return _waiting(self._decline_message(ctx, "faq-search-none"))
        if view == "arabizi":
            return _waiting(self._decline_message(ctx, "faq-search-arabizi"))
        if view == "topic" and scratch.get("topic") in {t.id for t in faq.catalog.topics}:
            return self._questions(ctx, faq, scratch["topic"])
        scratch.update({"view": "topics"})
        return self._topics(ctx, faq)

    @staticmethod
    def _scratch(ctx: ActionContext) -> Scratch:
        scratch = ctx.state.scratch.get(SCRATCH)
        if not isinstance(scratch, dict):
            scratch = ctx.state.scratch[SCRATCH] = {"view": "topics"}
        # the dict this action wrote (kept as JSON with the conversation); every read below checks its values
        return cast(Scratch, scratch)


def _menu_button() -> Row:
    return (Button("faq-to-menu", "g:menu"),)


def _waiting(message: Message, events: list[Event] | None = None) -> ActionResult:
    return ActionResult([message], done=False, events=list(events or []))
