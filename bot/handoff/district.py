"""The ``district`` action: finds out in which Saxon district a person lives.

The person types a postal code or a place name, or chooses one of the 13 districts from a list. A postal
code that spans two districts, or a place name that was only guessed (a typo), is asked back; a code or
place outside Saxony is explained, and the person confirms it before the action leaves by the exit
``outside``. On success the answers are::

    district         the official district key, e.g. "14612" (the hand-over routes by it)
    district_name    the region's name from flows/regions.yaml, e.g. "Dresden" (for texts: { $district_name })
    lives_in_saxony  "yes" | "no"

Exits: ``found`` (the person just told us), ``known``, ``outside``. A district already known (deep link from
a flyer, an earlier check) is used without asking (exit ``known``) unless the step says ``params: {ask: always}``.
Text typed at a question whose ``on_text`` leads to the action is looked up at once (e.g. a postal code typed
at "Is this where you live?"). The regions and the postal index are the feature's part of the content
(``content.get(DISTRICTS)``), loaded once per content version, so ``/reload`` re-reads flows/regions.yaml.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.content import ContentKey, FeatureContent, Loaded
from bot.engine import Action, ActionContext, ActionResult, Button, Event, Input, Message, Press, Text
from bot.feature import Feature, Host
from bot.files.problems import Problem, Severity
from bot.handoff.regions import (
    DEFAULT_REGIONS_PATH,
    LookupResult,
    LookupStatus,
    PostalIndex,
    Region,
    RegionCatalog,
    load_regions,
)
from bot.i18n import Locales

NAME = "district"
SCRATCH = "district"          # the action's private state in State.scratch
MAX_PLACES = 3                # places named on a button for a code that spans two districts

#: every message id the action shows (checked in all four languages by `python -m bot validate`)
MESSAGES = (
    "district-ask", "district-why", "district-list-button", "district-outside-button", "district-list-ask",
    "district-ambiguous-code", "district-ambiguous-place", "district-guess", "district-guess-none",
    "district-outside-code", "district-unknown-place", "district-invalid",
)


@dataclass(frozen=True)
class Districts:
    """One consistent version of the regions file and the postal index built with its aliases."""

    catalog: RegionCatalog
    index: PostalIndex

    def sorted_regions(self) -> list[Region]:
        """The list as people scan it: alphabetically, ignoring the word 'Landkreis'."""
        return sorted(self.catalog, key=lambda r: r.name.removeprefix("Landkreis ").casefold())


#: the regions and postal index of one content version: ``content.get(DISTRICTS)``
DISTRICTS: ContentKey[Districts] = ContentKey("districts")


def load_districts(root: Path, locales: Locales | None = None) -> Loaded[Districts | None]:
    """Content loader: flows/regions.yaml + the packaged postal codes -> ``Districts`` (None when the regions
    file has errors, which are among the problems)."""
    path, problems = root / "flows" / "regions.yaml", []
    if not path.is_file():          # a content folder without its own regions (e.g. a test) uses the shipped one
        problems.append(Problem("flows/regions.yaml", 1, "there is no regions file; using the built-in regions",
                                "copy flows/regions.yaml into the content folder", severity=Severity.WARNING))
        path = DEFAULT_REGIONS_PATH
    catalog, region_problems = load_regions(path, display="flows/regions.yaml")
    value = Districts(catalog, PostalIndex.load(catalog=catalog)) if catalog is not None else None
    for key, place in value.index.unknown_places if value else ():
        problems.append(Problem("flows/regions.yaml", place.line, f"region {key}: there is no place "
                                f"'{place.place}' in this region's postal data",
                                "den Ort so schreiben wie in bot/data/sachsen_plz.csv (z. B. 'Reichenbach/Vogtland'), "
                                "und nur bei seiner Region"))
    return Loaded(value, problems + region_problems, {mid: ("bot/handoff/district.py", 1) for mid in MESSAGES})


class DistrictAction:
    exits: tuple[str, ...] = ("found", "known", "outside")

    def __init__(self, districts: Callable[[], Districts | None]):
        self._districts = districts

    @property
    def data(self) -> Districts:
        data = self._districts()
        if data is None:
            raise RuntimeError("the districts content is not loaded (register the 'districts' content loader)")
        return data

    # ---- the action protocol ----------------------------------------------------------------------

    async def enter(self, ctx: ActionContext) -> ActionResult:
        if ctx.text:                # a place typed at a question whose 'on_text' leads here
            return self._lookup(ctx, ctx.text)
        known = ctx.state.answers.get("district")
        if ctx.params.get("ask") != "always" and known in self.data.catalog:
            return self._done(ctx, str(known), "known")
        return self._show(ctx, {"mode": "ask"})

    async def reshow(self, ctx: ActionContext) -> ActionResult:
        return self._show(ctx, ctx.state.scratch.get(SCRATCH) or {"mode": "ask"})

    async def on_input(self, ctx: ActionContext, event: Input) -> ActionResult:
        if isinstance(event, Text):
            return self._lookup(ctx, event.text)
        if not isinstance(event, Press):
            return await self.reshow(ctx)
        payload = event.data
        if payload == "list":
            return self._show(ctx, {"mode": "list"})
        if payload == "out":
            return self._outside(ctx)
        if payload.startswith("d:") and payload[2:] in self.data.catalog:
            return self._done(ctx, payload[2:], "found")
        return await self.reshow(ctx)

    # ---- steps ------------------------------------------------------------------------------------

    def _lookup(self, ctx: ActionContext, text: str) -> ActionResult:
        result = self.data.index.lookup(text)
        if result.status is LookupStatus.FOUND and not result.needs_confirmation and result.key is not None:
            return self._done(ctx, result.key, "found")
        if result.status in (LookupStatus.FOUND, LookupStatus.AMBIGUOUS):
            mode = "guess" if result.needs_confirmation else "ambiguous"
            choices = _choices(result, self.data.catalog)
            return self._show(ctx, {"mode": mode, "choices": choices, "code": result.postal_code or ""})
        if result.status is LookupStatus.OUTSIDE and result.via == "postal_code":
            return self._show(ctx, {"mode": "outside_code", "code": result.postal_code})
        if result.status is LookupStatus.OUTSIDE:
            return self._show(ctx, {"mode": "unknown_place"})
        return self._show(ctx, {"mode": "invalid"})

    def _show(self, ctx: ActionContext, view: dict) -> ActionResult:
        """Render one of the action's questions; ``view`` is kept in scratch so it can be shown again."""
        ctx.state.scratch[SCRATCH] = view
        mode = view.get("mode", "ask")
        list_button = (ctx.button("district-list-button", "list"),)
        outside_button = (ctx.button("district-outside-button", "out"),)
        rows: list[tuple[Button, ...]] = []
        args: dict = {}
        note = None
        if mode == "list":
            text = "district-list-ask"
            rows = [(ctx.button(r.name, f"d:{r.key}", literal=True),) for r in self.data.sorted_regions()]
            rows.append(outside_button)
        elif mode in ("ambiguous", "guess"):
            code = view.get("code", "")
            text = ("district-guess" if mode == "guess" else
                    "district-ambiguous-code" if code else "district-ambiguous-place")
            args = {"code": code} if code else {}
            rows = [(ctx.button(label, f"d:{key}", literal=True),) for key, label in view.get("choices", [])]
            rows.append((ctx.button("district-guess-none", "list"),))
            rows.append(outside_button)          # a town outside Saxony is often guessed as a Saxon one
        elif mode == "outside_code":
            text, args = "district-outside-code", {"code": view.get("code", "")}
            rows = [outside_button, list_button]
        elif mode == "unknown_place":
            text, rows = "district-unknown-place", [list_button, outside_button]
        elif mode == "invalid":
            text, rows = "district-invalid", [list_button, outside_button]
        else:
            text, note, rows = "district-ask", "district-why", [list_button, outside_button]
        if ctx.state.history:
            rows.append((Button("nav-back", "g:back"),))
        message = Message(text, args, tuple(rows), note=note, question=True)
        return ActionResult([message], done=False)

    def _done(self, ctx: ActionContext, key: str, exit_name: str) -> ActionResult:
        region = self.data.catalog[key]
        answers = ctx.state.answers
        answers.update({"district": key, "district_name": region.name, "lives_in_saxony": "yes"})
        ctx.state.scratch.pop(SCRATCH, None)
        # The district (one of 13) is no personal data; it lets staff count requests per region.
        return ActionResult(done=True, exit=exit_name, events=[
            Event("set", ctx.state.flow, ctx.step.id, f"district={key}"),
            Event("set", ctx.state.flow, ctx.step.id, "lives_in_saxony=yes"),
        ])

    def _outside(self, ctx: ActionContext) -> ActionResult:
        answers = ctx.state.answers
        for name in ("district", "district_name"):
            answers.pop(name, None)
        answers["lives_in_saxony"] = "no"
        ctx.state.scratch.pop(SCRATCH, None)
        return ActionResult(done=True, exit="outside",
                            events=[Event("set", ctx.state.flow, ctx.step.id, "lives_in_saxony=no")])


def _choices(result: LookupResult, catalog: RegionCatalog) -> list[tuple[str, str]]:
    """(district key, button label) for each candidate: 'Landkreis Bautzen (Knappensee, Lohsa)'."""
    choices = []
    for key, places in result.places_by_district:
        if key not in catalog:
            continue
        name = catalog[key].name
        shown = [p for p in places if p != name][:MAX_PLACES]
        choices.append((key, f"{name} ({', '.join(shown)})" if shown else name))
    return choices


class DistrictFeature(Feature):
    """The ``district`` action, the regions as part of the content, and the answers the action sets."""

    name = "district"

    def __init__(self, host: Host):
        self.host = host
        self.action = DistrictAction(self.current)

    def current(self) -> Districts | None:
        return self.host.content.get(DISTRICTS)

    def content_part(self) -> FeatureContent[Districts | None]:
        return FeatureContent(DISTRICTS, load_districts)

    def actions(self) -> Mapping[str, Action]:
        return {NAME: self.action}

    def provided_answers(self) -> Collection[str]:
        return ("district", "district_name", "lives_in_saxony")
