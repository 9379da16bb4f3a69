"""What /mydata shows in the message: every stored item as "label: value" in the person's language.

GDPR art. 12 asks for an intelligible form. So no internal keys or codes: a question is shown as asked and
an answer as its button said; the district as the place's name; results of the check through their texts.
Labels come from, in this order: ``privacy-field-<key>`` / ``privacy-value-<key>-<value>`` (helper answers the
flows set), the question that saved the answer and its option labels, and ``mentor-field-<key>`` /
``mentor-value-<key>-<value>`` (results of the check, which the mentor notification labels too).
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from babel import Locale

from bot.engine.flows import ChoiceStep, InputStep
from bot.handoff.district import DISTRICTS

_TAG = re.compile(r"<[^>]+>")
_FIRST_SENTENCE = re.compile(r".+?[?？؟](?=\s|$)|.+")

#: answers shown through another one: the district key through its name
SHOWN_ELSEWHERE = {"district": "district_name"}


class Readable:
    def __init__(self, app, lang: str):
        self.app, self.lang = app, lang
        self.locales = app.content.locales
        self.steps: dict[str, Any] = {}
        for _, step in app.content.flows.questions():
            if isinstance(step, (ChoiceStep, InputStep)) and step.save:
                self.steps.setdefault(step.save, step)

    def text(self, msg_id: str, args: Mapping[str, Any] | None = None) -> str:
        return self.locales.text(self.lang, msg_id, args, label=True)

    def has(self, msg_id: str) -> bool:
        return self.locales.has(self.lang, msg_id)

    def label(self, key: str) -> str:
        for msg_id in (f"privacy-field-{key}", f"mentor-field-{key}"):
            if self.has(msg_id):
                return self.text(msg_id)
        step = self.steps.get(key)
        if step is not None:                              # the question as asked, its first sentence
            question = _TAG.sub("", self.text(step.ask)).strip().splitlines()[0]
            return _FIRST_SENTENCE.match(question).group(0).rstrip(":").strip()
        return self.text("privacy-field-other")

    def place(self, key: str) -> str:
        """A district key as the place's name (the districts content knows it), else the key."""
        districts = self.app.content.get(DISTRICTS)
        region = districts.catalog.get(key) if districts is not None else None
        return region.name if region is not None else key

    def value(self, key: str, value: Any) -> str:
        raw = str(value)
        if key == "district":
            return self.place(raw)
        for msg_id in (f"privacy-value-{key}-{raw}", f"mentor-value-{key}-{raw}"):
            if self.has(msg_id):
                return self.text(msg_id)
        step = self.steps.get(key)
        if isinstance(step, ChoiceStep):
            option = step.option(raw)
            if option is not None:
                return self.text(option.label)
        if self.has(f"privacy-value-{raw}"):              # yes / no that a flow set
            return self.text(f"privacy-value-{raw}")
        return raw                      # what the person typed, as typed

    def language(self, code: str | None) -> str:
        if not code:
            return "–"
        try:
            return Locale.parse(code).get_display_name(self.lang) or code
        except (ValueError, TypeError):
            return code

    def answers(self, answers: Mapping[str, Any]) -> list[str]:
        """One line per stored answer."""
        lines = []
        for key, value in answers.items():
            if value in (None, "") or SHOWN_ELSEWHERE.get(key) in answers:
                continue
            lines.append(f"• {self.label(key)}: {self.value(key, value)}")
        return lines
