"""The hand-over's flow actions (see flows/human.yaml, flows/handoff_contact.yaml, flows/employer.yaml).

- ``consent``           privacy notice for the district's named project; stores version + time on "yes";
                        on "no" stores nothing and shows the region's public page (exit ``declined``)
- ``contact_summary``   shows the contact details; send, change one of them (exits ``fix_*``) or cancel
- ``referral_send``     stores the referral and its deliveries; this account's second one shortly after is
                        recognised (another account's request with the same contact is never shown)
- ``referral_existing`` an open referral of this person: shows its status (exit ``open``), else goes on
- ``referral_status``   "Meine Anfrage": the status of the latest referral, in the person's language
"""

from __future__ import annotations

import hashlib
from collections.abc import MutableMapping

from bot.engine import ActionContext, ActionResult, Button, Event, Input, Message, Press
from bot.engine.validators import display_phone
from bot.handoff.records import Referral
from bot.handoff.relay import PREFIX as RELAY
from bot.handoff.render import Labels, local_date, name_text, snapshot
from bot.handoff.service import HandoffService

#: answers the contact steps store; they leave the conversation once the referral is sent or cancelled
CONTACT_ANSWERS = ("contact_name", "contact_name_latin", "contact_via", "contact_phone", "contact_email",
                   "contact_languages", "contact_time", "contact_note", "handoff_review")


def forget_contact(answers: MutableMapping[str, object]) -> None:
    for key in CONTACT_ANSWERS:
        answers.pop(key, None)


def status_message(service: HandoffService, referral: Referral, lang: str) -> Message:
    return Message("handoff-status", {
        "ref": referral.id, "date": local_date(referral.created_at, lang), "status": referral.status,
        "region": service.region_name(referral.district), "page": service.region_page(referral.district)})


def _back(ctx: ActionContext) -> tuple[tuple[Button, ...], ...]:
    return ((Button("nav-back", "g:back"),),) if ctx.state.history else ()


class ConsentAction:
    exits: tuple[str, ...] = ("declined",)

    def __init__(self, service: HandoffService) -> None:
        self.service = service

    def version(self, lang: str) -> str:
        """'<declared version>:<lang>:<hash of the notice text>' – an edit without a new version still shows."""
        locales = self.service.locales
        declared = self.service.content.privacy_version
        sample = locales.text(lang, "handoff-privacy", {"project": "P", "region": "R", "days": 0, "closed": 0,
                                                        "version": declared})
        return f"{declared}:{lang}:{hashlib.sha256(sample.encode()).hexdigest()[:8]}"

    def notice(self, ctx: ActionContext) -> Message:
        district = str(ctx.state.answers.get("district", ""))
        args = {"project": self.service.project_name(district, ctx.lang),
                "region": self.service.region_name(district),
                "days": self.service.app.config.retention_days_open_referral,
                "closed": self.service.app.config.retention_days_closed_referral,
                "version": self.service.content.privacy_version}
        rows = ((ctx.button("handoff-consent-yes", "yes"),), (ctx.button("handoff-consent-no", "no"),), *_back(ctx))
        return Message("handoff-privacy", args, rows, question=True)

    async def enter(self, ctx: ActionContext) -> ActionResult:
        if ctx.state.answers.get("district") is None:
            return ActionResult([Message("handoff-region-unknown")], exit="declined")
        forget_contact(ctx.state.answers)          # a fresh pass through the contact questions
        return ActionResult([self.notice(ctx)], done=False)

    async def reshow(self, ctx: ActionContext) -> ActionResult:
        return ActionResult([self.notice(ctx)], done=False)

    async def on_input(self, ctx: ActionContext, event: Input) -> ActionResult:
        if isinstance(event, Press) and event.data == "yes":
            await self.service.consents.add(ctx.who.user_key, self.version(ctx.lang), ctx.lang, self.service.clock())
            return ActionResult(events=[Event("consent", ctx.state.flow, ctx.step.id, "yes")])
        if isinstance(event, Press) and event.data == "no":
            forget_contact(ctx.state.answers)
            district = str(ctx.state.answers.get("district", ""))
            message = Message("handoff-consent-declined", {"region": self.service.region_name(district),
                                                           "page": self.service.region_page(district)})
            return ActionResult([message], exit="declined", events=[Event("consent", ctx.state.flow, ctx.step.id, "no")])
        return ActionResult([Message("use-buttons"), self.notice(ctx)], done=False)


class ContactSummaryAction:
    exits: tuple[str, ...] = ("fix_name", "fix_contact", "fix_languages", "fix_time", "fix_note", "cancel")

    def __init__(self, service: HandoffService) -> None:
        self.service = service

    def summary(self, ctx: ActionContext) -> Message:
        answers, lang, locales = ctx.state.answers, ctx.lang, self.service.locales
        empty = locales.text(lang, "handoff-empty", label=True)
        via = answers.get("contact_via", "telegram")
        phone = answers.get("contact_phone")
        contact = {"phone": display_phone(phone) if phone else None, "email": answers.get("contact_email")}.get(via)
        if not contact:
            contact = locales.text(lang, "handoff-via-telegram", label=True)
        time = answers.get("contact_time")
        district = str(answers.get("district", ""))
        employer = answers.get("handoff_kind") == "employer"
        name = name_text({"name": answers.get("contact_name") or "", "name_latin": answers.get("contact_name_latin") or ""})
        args = {"name": name or empty, "contact": contact,
                "languages": answers.get("contact_languages") or empty,
                "time": locales.text(lang, f"handoff-time-{time}", label=True) if time else empty,
                "note": answers.get("contact_note") or empty,
                "project": self.service.project_name(district, lang), "region": self.service.region_name(district)}
        if employer:
            args["company"] = answers.get("employer_company") or empty
            args.pop("languages")
        fixes = ["name", "contact"] + ([] if employer else ["languages"]) + ["time", "note"]
        rows: list[tuple[Button, ...]] = [(ctx.button("handoff-send", "send"),)]
        rows += [(ctx.button(f"handoff-fix-{a}", f"fix_{a}"), ctx.button(f"handoff-fix-{b}", f"fix_{b}"))
                 for a, b in zip(fixes[::2], fixes[1::2])]
        if len(fixes) % 2:
            rows.append((ctx.button(f"handoff-fix-{fixes[-1]}", f"fix_{fixes[-1]}"),))
        rows.append((ctx.button("handoff-cancel", "cancel"),))
        return Message("handoff-summary-employer" if employer else "handoff-summary", args, tuple(rows), question=True)

    async def enter(self, ctx: ActionContext) -> ActionResult:
        return ActionResult([self.summary(ctx)], done=False)

    async def reshow(self, ctx: ActionContext) -> ActionResult:
        return await self.enter(ctx)

    async def on_input(self, ctx: ActionContext, event: Input) -> ActionResult:
        if isinstance(event, Press):
            if event.data == "send":
                return ActionResult()
            if event.data == "cancel":
                forget_contact(ctx.state.answers)
                return ActionResult(exit="cancel")
            if event.data in self.exits:
                return ActionResult(exit=event.data)
        return ActionResult([Message("use-buttons"), self.summary(ctx)], done=False)


class ReferralSendAction:
    exits: tuple[str, ...] = ()

    def __init__(self, service: HandoffService) -> None:
        self.service = service

    async def enter(self, ctx: ActionContext) -> ActionResult:
        service, answers, lang = self.service, ctx.state.answers, ctx.lang
        district = str(answers.get("district", ""))
        kind = "employer" if answers.get("handoff_kind") == "employer" else "mentee"
        via = answers.get("contact_via")
        contact_hash = service.contact_hash(answers.get("contact_phone") if via == "phone" else None,
                                            answers.get("contact_email") if via == "email" else None)
        earlier = await service.recent_open(ctx.who.user_key)
        if earlier is not None:
            forget_contact(answers)
            return ActionResult([Message("handoff-duplicate"), status_message(service, earlier, lang)])
        consent = await service.consents.latest(ctx.who.user_key)
        if consent is None or service.region(district) is None:
            forget_contact(answers)
            return ActionResult([Message("handoff-region-unknown")])
        data = snapshot(answers, kind, lang, Labels(service.app.content.flows, service.locales))
        # Another account's request with this contact is neither shown nor a reason to refuse (anyone who
        # knows a number could otherwise learn of it or block it); the project only gets a neutral hint.
        if await service.contact_open_elsewhere(contact_hash, ctx.who.user_key):
            data["same_contact_open"] = True
        referral = await service.create(user_key=ctx.who.user_key, kind=kind, district=district, lang=lang,
                                        chat_id=ctx.who.chat_id, consent=consent, data=data, contact_hash=contact_hash)
        forget_contact(answers)
        # Counted under the referral's own statistics id, outside the conversation: the conversation's events
        # must not lead to the referral.
        await service.stat("referral", district, referral)
        # a receipt: if the bot dies before it reaches the person, their next input shows it again
        message = Message("handoff-sent", {"ref": referral.id, "project": service.project_name(district, lang),
                                           "region": service.region_name(district)}, receipt=True)
        return ActionResult([message])

    async def on_input(self, ctx: ActionContext, event: Input) -> ActionResult:
        return ActionResult()


class ReferralExistingAction:
    exits: tuple[str, ...] = ("open",)

    def __init__(self, service: HandoffService) -> None:
        self.service = service

    async def enter(self, ctx: ActionContext) -> ActionResult:
        earlier = await self.service.recent_open(ctx.who.user_key)
        if earlier is None:
            return ActionResult()
        return ActionResult([status_message(self.service, earlier, ctx.lang)], exit="open")

    async def on_input(self, ctx: ActionContext, event: Input) -> ActionResult:
        return ActionResult()


class ReferralStatusAction:
    exits: tuple[str, ...] = ()

    def __init__(self, service: HandoffService) -> None:
        self.service = service

    async def enter(self, ctx: ActionContext) -> ActionResult:
        referrals = await self.service.store.for_user(ctx.who.user_key)
        if not referrals:
            return ActionResult([Message("handoff-status-none")])
        status = status_message(self.service, referrals[0], ctx.lang)
        if ctx.who.channel == "telegram" and self.service.relay.open_for_writing(referrals[0]):
            write = Button("relay-btn-write-mentor", f"{RELAY}:write:{referrals[0].id}")
            status = Message(status.text, status.args, ((write,),))
        return ActionResult([status])

    async def on_input(self, ctx: ActionContext, event: Input) -> ActionResult:
        return ActionResult()
