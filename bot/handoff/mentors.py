"""Where referrals go: the deployment's mentors file (MENTORS_FILE), never content in the repository.

Format (see mentors.example.yaml and docs/connect-project.md)::

    coordination:                  # program coordination: escalations (optional)
      telegram_chat: -1001000000000
      emails: [koordination@example.org]
    default:                       # districts without an entry of their own (optional)
      telegram_chats: [-1001000000001]
    districts:
      "14612":
        project: Beispielträger Dresden         # name the person is told in the privacy notice
        telegram_chats: [-1001000000002]        # project group(s) and/or a mentor's private chat (= user id)
        mentor_ids: [100000003]                 # who may act on referrals in private chats
        emails: [mentoring-dresden@example.org]
        office: "Beispielstraße 1, 01067 Dresden"  # offered to mentees as "meet us at our office"

Every problem names file:line and how to fix it, like the content files.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

from email_validator import EmailNotValidError, validate_email

from bot.files import Problem, Severity, line_of, load_yaml
from bot.handoff.regions import OFFICIAL_DISTRICTS

_DISTRICT_FIELDS = ("project", "telegram_chats", "mentor_ids", "emails", "office")
_COORD_FIELDS = ("telegram_chat", "emails")


@dataclass(frozen=True)
class Channels:
    """Where one district's referrals are delivered and who may act on them."""

    telegram_chats: tuple[int, ...] = ()
    emails: tuple[str, ...] = ()
    mentor_ids: frozenset[int] = frozenset()
    project: str | None = None
    office: str | None = None             # where mentees can meet the project (offered as a message template)

    @property
    def empty(self) -> bool:
        return not self.telegram_chats and not self.emails

    def addresses(self) -> list[str]:
        """Channel addresses as stored in the outbox: 'tg:<chat id>', 'mail:<address>'."""
        return [f"tg:{c}" for c in self.telegram_chats] + [f"mail:{e}" for e in self.emails]

    def may_act(self, chat_id: int, user_id: int) -> bool | None:
        """True/False when the chat settles it; None when group membership must be asked of Telegram."""
        if chat_id not in self.telegram_chats:
            return False
        if chat_id > 0:                       # a private chat: its owner or a configured mentor
            return user_id == chat_id or user_id in self.mentor_ids
        return None


@dataclass(frozen=True)
class MentorsConfig:
    districts: Mapping[str, Channels] = field(default_factory=dict)
    default: Channels = Channels()
    coordination_chat: int | None = None
    coordination_emails: tuple[str, ...] = ()
    source: str = ""

    def channels(self, district: str) -> Channels:
        own = self.districts.get(district)
        if own is None or own.empty:
            base = self.default
            return Channels(base.telegram_chats, base.emails, base.mentor_ids | (own.mentor_ids if own else frozenset()),
                            own.project if own else None, own.office if own else base.office)
        return own

    def staff_chats(self) -> frozenset[int]:
        """Every Telegram chat of the file: the districts' and the default chats, and the coordination's."""
        chats = {c for channels in (*self.districts.values(), self.default) for c in channels.telegram_chats}
        if self.coordination_chat is not None:
            chats.add(self.coordination_chat)
        return frozenset(chats)

    def coordination(self) -> list[str]:
        chats = [f"tg:{self.coordination_chat}"] if self.coordination_chat is not None else []
        return chats + [f"mail:{e}" for e in self.coordination_emails]


class _Reader:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def error(self, line: int, message: str, hint: str) -> None:
        self.problems.append(Problem(self.file, line, message, hint))

    def warn(self, line: int, message: str, hint: str) -> None:
        self.problems.append(Problem(self.file, line, message, hint, severity=Severity.WARNING))

    @staticmethod
    def items(node: Mapping[str, Any], key: str) -> Iterator[tuple[object, int]]:
        """The value of ``key`` as (item, line) pairs: one value or a list of values."""
        raw = node.get(key)
        if raw is None:
            return
        for i, item in enumerate(raw if isinstance(raw, list) else [raw]):
            yield item, (line_of(raw, i) if isinstance(raw, list) else line_of(node, key))

    def chat_ids(self, node: Mapping[str, Any], key: str) -> tuple[int, ...]:
        out: list[int] = []
        for item, at in self.items(node, key):
            if isinstance(item, bool) or not (isinstance(item, int) or (isinstance(item, str)
                                                                        and item.lstrip("-").isdigit())):
                self.error(at, f"'{item}' is not a Telegram chat id",
                           "Chat-IDs sind Zahlen (Gruppen beginnen mit -100); siehe docs/connect-project.md")
                continue
            out.append(int(item))
        return tuple(out)

    def emails(self, node: Mapping[str, Any], key: str) -> tuple[str, ...]:
        out: list[str] = []
        for item, at in self.items(node, key):
            try:
                out.append(validate_email(str(item), check_deliverability=False).normalized)
            except EmailNotValidError as exc:
                self.error(at, f"'{item}' is not an e-mail address ({exc})", "Adresse wie name@example.org eintragen")
        return tuple(out)

    def fields(self, node: object, allowed: tuple[str, ...], where: str, line: int) -> TypeGuard[Mapping[str, Any]]:
        """Whether ``node`` is a block of fields; unknown fields are reported but do not make it False."""
        if not isinstance(node, Mapping):
            self.error(line, f"{where} must be a block of fields", f"erlaubte Felder: {', '.join(allowed)}")
            return False
        for key in node:
            if key not in allowed:
                self.error(line_of(node, key), f"{where}: unknown field '{key}'",
                           f"erlaubte Felder: {', '.join(allowed)} (Tippfehler?)")
        return True

    def channels(self, node: object, where: str, line: int) -> Channels:
        if not self.fields(node, _DISTRICT_FIELDS, where, line):
            return Channels()
        project, office = node.get("project"), node.get("office")
        if office is not None and (not isinstance(office, str) or not office.strip()):
            self.error(line_of(node, "office"), f"{where}: office must be an address in one line",
                       'z. B. office: "Musterstraße 1, 01067 Dresden (Raum 2)"')
            office = None
        return Channels(self.chat_ids(node, "telegram_chats"), self.emails(node, "emails"),
                        frozenset(self.chat_ids(node, "mentor_ids")), str(project).strip() if project else None,
                        office.strip() if office else None)

    def read(self, data: object) -> MentorsConfig:
        if data is None:
            data = {}
        if not self.fields(data, ("coordination", "default", "districts"), "the mentors file", 1):
            return MentorsConfig(source=self.file)
        districts: dict[str, Channels] = {}
        raw = data.get("districts") or {}
        if not isinstance(raw, Mapping):
            self.error(line_of(data, "districts"), "'districts' must map district keys to channels",
                       'je Region eine Zeile "14612": und darunter eingerückt telegram_chats:, emails:')
            raw = {}
        for key, node in raw.items():
            key = str(key)
            if key not in OFFICIAL_DISTRICTS:
                self.error(line_of(raw, key), f"unknown district key '{key}'",
                           "einer der 13 amtlichen Kreisschlüssel Sachsens: " + ", ".join(OFFICIAL_DISTRICTS))
                continue
            districts[key] = self.channels(node, f"district {key}", line_of(raw, key))
        default = self.channels(data["default"], "default", line_of(data, "default")) if data.get("default") else Channels()
        coord_chat: int | None = None
        coord_mails: tuple[str, ...] = ()
        if data.get("coordination") is not None:
            coord = data["coordination"]
            if self.fields(coord, _COORD_FIELDS, "coordination", line_of(data, "coordination")):
                chats = self.chat_ids(coord, "telegram_chat")
                coord_chat = chats[0] if chats else None
                coord_mails = self.emails(coord, "emails")
        config = MentorsConfig(districts, default, coord_chat, coord_mails, self.file)
        for key, name in OFFICIAL_DISTRICTS.items():
            if config.channels(key).empty:
                self.warn(line_of(raw, key) if key in raw else line_of(data), f"no channel for {key} ({name[0]})",
                          "telegram_chats: oder emails: ergänzen, sonst erreichen Anfragen aus dieser Region "
                          "nur die Koordination (nach der Eskalationszeit)")
        return config


def load_mentors(path: Path | str | None, coordination_chat: int | None = None) -> tuple[MentorsConfig, list[Problem]]:
    """Read the mentors file; no file configured gives an empty configuration (referrals are stored and
    escalated to the coordination chat, if one is configured). ``coordination_chat`` (COORDINATION_CHAT_ID)
    is used when the file names none."""
    if path is None:
        return MentorsConfig(coordination_chat=coordination_chat), []
    yf, problem = load_yaml(path)
    if problem is not None:
        return MentorsConfig(coordination_chat=coordination_chat), [problem]
    assert yf is not None                       # load_yaml gives a file or a problem
    reader = _Reader(yf.path)
    config = reader.read(yf.data)
    if config.coordination_chat is None and coordination_chat is not None:
        config = MentorsConfig(config.districts, config.default, coordination_chat, config.coordination_emails,
                               config.source)
    return config, reader.problems
