"""The hand-over's content loader: the deployment's mentors file, the privacy notice version, and the message
ids the hand-over shows from code (so ``python -m bot validate`` checks them in all four languages)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.config import Config
from bot.content import ContentKey, Loaded
from bot.engine.flows import ActionStep, FlowCatalog
from bot.files import Problem
from bot.handoff.mentors import MentorsConfig, load_mentors
from bot.handoff.relay import PERSON_MESSAGES
from bot.handoff.render import Labels
from bot.i18n import LANGUAGES, Locales

VERSION_ID = "handoff-privacy-version"


@dataclass(frozen=True)
class HandoffContent:
    mentors: MentorsConfig
    privacy_version: str


#: the hand-over's part of the content: ``content.get(HANDOFF)``
HANDOFF: ContentKey[HandoffContent] = ContentKey("handoff")

#: messages shown from Python (besides the mentor-* family, which is rendered for mentors by code)
CODE_MESSAGES = (
    "handoff-privacy", VERSION_ID, "handoff-project-generic", "handoff-consent-yes", "handoff-consent-no",
    "handoff-consent-declined", "handoff-region-unknown", "handoff-summary", "handoff-summary-employer",
    "handoff-empty", "handoff-send", "handoff-fix-name", "handoff-fix-contact", "handoff-fix-languages",
    "handoff-fix-time", "handoff-fix-note", "handoff-cancel", "handoff-sent", "handoff-status",
    "handoff-status-none", "handoff-duplicate", "handoff-accepted",
)


def load_handoff_content(root: Path, locales: Locales, config: Config) -> Loaded[HandoffContent]:
    problems: list[Problem] = []
    mentors, mentor_problems = load_mentors(config.mentors_file, config.coordination_chat_id)
    problems += mentor_problems
    version = _privacy_version(locales, problems)
    if not any(locales.has(lang, "handoff-privacy") for lang in LANGUAGES):
        # A content folder without the hand-over (e.g. a test's): its actions are unused, nothing to check.
        return Loaded(HandoffContent(mentors, version), problems, {})
    ids = {mid: ("bot/handoff", 1) for mid in CODE_MESSAGES + PERSON_MESSAGES}
    ids.update({mid: ("bot/handoff/render.py", 1) for mid in locales.ids.get("de", {}) if mid.startswith("mentor-")})
    return Loaded(HandoffContent(mentors, version), problems, ids)


def _privacy_version(locales: Locales, problems: list[Problem]) -> str:
    """The declared version must be the same in every language: a notice changed in one language only is
    caught here, before people consent to different texts under one version."""
    versions = {lang: locales.text(lang, VERSION_ID, label=True).strip()
                for lang in LANGUAGES if locales.has(lang, VERSION_ID)}
    reference = versions.get("de", "")
    for lang, value in versions.items():
        if value != reference:
            file, line, _ = locales.ids[lang][VERSION_ID]
            problems.append(Problem(file, line, f"privacy notice version '{value}' in '{lang}' differs from "
                                    f"'{reference}' in 'de'",
                                    "update the notice in every language and give all four the same version"))
    return reference or "0"


def check_mentor_labels(flows: FlowCatalog, locales: Locales) -> list[Problem]:
    """Every answer a question saves reaches mentors as '<label>: <value>': the label must be a short German
    text (mentor-field-<answer>), not the whole question."""
    if not any(isinstance(step, ActionStep) and step.action == "referral_send" for _, step in flows.questions()):
        return []                   # content that never sends a referral: no answer reaches mentors
    return [Problem(step.origin.file, step.origin.line,
                    f"answer '{answer}' has no short label for the mentors' message",
                    f"add 'mentor-field-{answer} = <Stichwort, z. B. Deutsch>' to locales/<sprache>/handoff.ftl",
                    flow=flow_id, step=step.id)
            for answer, (flow_id, step) in Labels(flows, locales).unlabelled()]
