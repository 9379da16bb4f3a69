"""What the hand-over stores, as plain data: a referral with the contact and snapshot it keeps, a delivery
of the outbox, a consent record, and how times are written.

Its own module because the stores (referrals, outbox, consents) and everything that renders or delivers a
referral share these shapes, while only the stores speak SQL.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import TypedDict

#: outbox kind of the message to the person themselves (their chat, their language)
PERSON_KIND = "accepted"
#: open referral states; 'closed' ends the mentor's work, 'withdrawn' is the person's choice, 'expired' retention's
OPEN = ("new", "accepted", "contacted", "unreachable")
#: states whose personal data is gone; each is also the kind of notice the channels that got the referral receive
GONE = ("withdrawn", "expired")
#: how a closed referral ended, as the mentor tells it (order of the buttons)
OUTCOMES = ("employment", "apprenticeship", "qualification", "other_support", "not_reachable", "not_suitable")


class Contact(TypedDict, total=False):
    """How the person wants to be reached, as they gave it."""

    name: str
    name_latin: str
    via: str                        # 'telegram', 'phone' or 'email'
    phone: str | None
    email: str | None
    languages: str | None
    time: str | None                # when to call: an option value (handoff-time-<value>)
    note: str | None
    company: str | None             # employers only
    need: str | None                # employers only


class Snapshot(TypedDict, total=False):
    """What a referral stores of the conversation (bot.handoff.render.snapshot); empty once erased.
    Referrals stored before the languages led the mentors' message have no ``head``."""

    contact: Contact
    answers: dict[str, str | int | float]          # the eligibility answers as given
    head: list[list[str]]                          # (label, value) lines for mentors before the contact line
    lines: list[list[str]]                         # ... and after it
    answer_lines: list[list[str]]                  # the short answers, the check's result first
    same_contact_open: bool                        # another account has an open referral with this contact


class ConsentRecord(TypedDict):
    """One privacy notice a person agreed to (table consents), as /mydata shows it."""

    version: str                    # '<declared version>:<lang>:<hash of the notice text>'
    lang: str
    given_at: str
    withdrawn_at: str | None


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


@dataclass(frozen=True)
class Referral:
    id: str
    user_key: str
    kind: str
    district: str
    lang: str
    chat_id: int | None
    consent_version: str
    consent_at: str
    data: Snapshot
    status: str
    created_at: str
    updated_at: str
    accepted_by: str | None = None
    accepted_by_id: int | None = None
    accepted_at: str | None = None
    reminded_at: str | None = None
    escalated_at: str | None = None
    outcome: str | None = None
    outcome_at: str | None = None
    stat_id: str | None = None


@dataclass(frozen=True)
class Delivery:
    id: int
    referral_id: str
    kind: str
    channel: str
    idem: str
    state: str
    attempts: int
    next_at: str
    last_error: str
    message_id: int | None
    sent_at: str | None
    payload: str | None = None          # a relayed message (JSON) until it is delivered


def referral_of(row: sqlite3.Row) -> Referral:
    """A referral as read from its table row (the contact hash stays in SQL)."""
    values = dict(row)
    values.pop("contact_hash", None)
    values["data"] = json.loads(values["data"] or "{}")
    return Referral(**values)


def delivery_of(row: sqlite3.Row) -> Delivery:
    """A delivery as read from its outbox row."""
    values = dict(row)
    values.pop("created_at", None)
    return Delivery(**values)

