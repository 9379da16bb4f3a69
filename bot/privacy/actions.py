"""The actions behind /mydata and /delete (flows/mydata.yaml, flows/delete.yaml)."""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Mapping

from bot.engine.actions import ActionContext, ActionResult
from bot.engine.io import Document, Event, Input, Message, Output
from bot.feature import DescribedPersonalData, Host
from bot.privacy.readable import Readable

log = logging.getLogger(__name__)

ERASE_FLAG = "erase"      # set in state.scratch: the conversation store deletes the row instead of saving it


class ExportMyData:
    """Shows everything stored about the person: a readable message and the full JSON file."""

    exits: tuple[str, ...] = ()

    def __init__(self, app: Host):
        self.app = app

    async def enter(self, ctx: ActionContext) -> ActionResult:
        key = ctx.who.user_key
        data: dict[str, object] = {}
        for source in self.app.personal_data:
            part = await source.export(key)
            if part:
                data[source.name] = part
        # The conversation in progress may not be saved yet: show the answers as they are now.
        stored = data.get("conversation")
        conversation = dict(stored) if isinstance(stored, Mapping) else {}
        conversation["answers"] = dict(ctx.state.answers)
        conversation["language"] = ctx.state.lang
        data["conversation"] = conversation
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d")
        body = json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8")
        outputs: list[Output] = [Message("privacy-mydata", {"items": await self.readable(ctx)}),
                   Document(f"mydata-{stamp}.json", body, "privacy-mydata-file")]
        return ActionResult(outputs, events=[Event("privacy", value="export")])

    async def readable(self, ctx: ActionContext) -> str:
        """The message's part: the answers as they are now, the language, then what other features keep."""
        reader = Readable(self.app, ctx.lang)
        lines = reader.answers(ctx.state.answers)
        items = [reader.text("privacy-mydata-answers"), *lines] if lines else []
        items.append(reader.text("privacy-mydata-language", {"language": reader.language(ctx.state.lang)}))
        for source in self.app.personal_data:
            if isinstance(source, DescribedPersonalData):
                items += await source.readable(ctx.who.user_key, reader)
        return "\n".join(items)

    async def on_input(self, ctx: ActionContext, event: Input) -> ActionResult:
        return await self.enter(ctx)


class EraseMyData:
    """Erases everything through every source (the hand-over source tells the mentors), then forgets the
    conversation itself. Only anonymous statistics remain."""

    exits: tuple[str, ...] = ()

    def __init__(self, app: Host):
        self.app = app

    async def enter(self, ctx: ActionContext) -> ActionResult:
        for source in self.app.personal_data:
            await source.erase(ctx.who.user_key)
        ctx.state.answers.clear()
        ctx.state.history.clear()
        ctx.state.stack.clear()            # nothing to come back to: the old conversation is gone
        ctx.state.scratch[ERASE_FLAG] = True
        log.info("personal data erased on request")
        return ActionResult([], events=[Event("privacy", value="erase")])

    async def on_input(self, ctx: ActionContext, event: Input) -> ActionResult:
        return await self.enter(ctx)
