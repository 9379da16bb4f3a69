"""Crash safety: the bot process is killed with SIGKILL at random moments — in the middle of
conversations, while a referral waits for Telegram's "retry after", while one is on its way to the mentors'
group — and started again each time, on the same database.

Six people (German, English, Arabic, Spanish, one who first picks a language) each go from /start through
"Can I take part?" to the hand-over: consent, contact details, "send". Some go back a question, look into the
FAQ first or read "about" in the menu. Each person answers what the bot asks and waits for the answer; when
none comes because the bot died, they do what a person would: press the same button again if it is still
there, else send /help to see where they stand. Afterwards:

- every person reached the confirmation of their referral, and never had to answer a question again that the
  bot had already moved past (the conversation resumed where it stood);
- the database holds exactly one referral per person, with exactly the answers they gave;
- every referral appears in its district's group exactly once.

The one case no Bot API client can rule out is allowed and named: Telegram took a message and the bot was
killed before it could write that down (Telegram has no idempotency key). Such a message must be the last one
the killed process got into a group; the copy sent after the restart is the one the outbox recorded.

The kills are planned with a seeded random generator (CRASH_TEST_SEED in the environment picks another plan).
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import sqlite3
import textwrap
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from bot.engine.flows import step_key
from bot.i18n.locales import load_locales
from bot.testing.harness import REPO
from bot.testing.records import SentMessage
from bot.tg.identity import user_key
from tests.support.subprocess_bot import BotProcess, ProcessBotApi, confirming, to_group

DRESDEN, LEIPZIG = "14612", "14713"
GROUPS = {DRESDEN: -1001000000111, LEIPZIG: -1001000000222}
SEED = int(os.environ.get("CRASH_TEST_SEED", "85"))
GRACE = 1.5           # seconds after a restart before a person without an answer tries again
ANSWER_TIMEOUT = 25.0  # no answer at all for this long while the bot runs: the bot hangs
MIN_UPTIME = 0.2      # seconds a restarted bot runs at least before the next kill

MENTORS = f"""
districts:
  "{DRESDEN}":
    project: Testprojekt Dresden
    telegram_chats: [{GROUPS[DRESDEN]}]
  "{LEIPZIG}":
    telegram_chats: [{GROUPS[LEIPZIG]}]
"""

# Questions the people may see, named "flow.step"; buttons carry the step's token (bot.engine.flows.step_key).
QUESTION_STEPS = [
    ("main", "menu"), ("faq", "browse"), ("human", "consent"),
    *(("eligibility", s) for s in ("where", "where_confirm", "status", "family", "work", "years", "german", "goal",
                                    "qualification", "gender", "next_mentor")),
    *(("handoff_contact", s) for s in ("ask_name_latin", "ask_via", "ask_languages", "ask_time", "ask_note", "summary")),
]
TOKENS = {step_key(flow, step): f"{flow}.{step}" for flow, step in QUESTION_STEPS}
# Questions without answer buttons are recognised by their text.
TEXT_QUESTIONS = {"handoff_contact.ask_name": "handoff-name-ask", "handoff_contact.ask_email": "handoff-email-ask"}
REF = re.compile(r"Neue Anfrage ([A-Z0-9]{6})")


# ---- what the people do -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Move:
    """One action at the question ``at`` (None: nothing asked yet)."""

    at: str | None
    kind: str               # "command" | "type" | "press" (an answer or action button) | "first" | "nav" | "lang"
    value: str

    @property
    def repeatable(self) -> bool:
        """Pressing it twice does no harm: an answer button from an older question only shows the current one.
        ("Back" twice would go back two questions.)"""
        return self.kind in ("press", "first", "lang")

    def data(self, message: SentMessage) -> str:
        """The callback data of this move's button on ``message`` (as first sent)."""
        if self.kind == "nav":
            return f"g:{self.value}"
        if self.kind == "lang":
            return f"l:{self.value}"
        for data in callback_data(original_markup(message)):
            kind, _, rest = data.partition(":")
            payload = rest.partition(":")[2]
            if kind in ("s", "a") and (payload == self.value or self.kind == "first" and payload.startswith(self.value)):
                return data
        raise AssertionError(f"no button {self.value!r} under {message!r}")

    def __str__(self) -> str:
        return f"{self.kind} {self.value!r} at {self.at}"


def path(*steps: tuple[str, str, str]) -> list[Move]:
    """Moves from ``(question, kind, value)`` triples; the first move is /start."""
    return [Move(None, "command", "/start"), *(Move(at, kind, value) for at, kind, value in steps)]


def eligibility(postal_code: str, *answers: tuple[str, str]) -> list[tuple[str, str, str]]:
    return [("main.menu", "press", "check"), ("eligibility.where", "type", postal_code),
            ("eligibility.where_confirm", "press", "yes"),
            *((f"eligibility.{q}" if "." not in q else q, "nav" if v == "back" else "press", v) for q, v in answers)]


def contact(name: str, languages: str | None, time_: str, note: str | None, email: str | None = None,
            latin: str | None = None):
    steps = [("human.consent", "press", "yes"), ("handoff_contact.ask_name", "type", name)]
    if latin:                   # a name in another script: how it is written in Latin letters
        steps.append(("handoff_contact.ask_name_latin", "type", latin))
    steps.append(("handoff_contact.ask_via", "press", "email" if email else "telegram"))
    if email:
        steps.append(("handoff_contact.ask_email", "type", email))
    steps += [("handoff_contact.ask_languages", *(("type", languages) if languages else ("press", "_skip"))),
              ("handoff_contact.ask_time", "press", time_),
              ("handoff_contact.ask_note", *(("type", note) if note else ("press", "_skip"))),
              ("handoff_contact.summary", "press", "send")]
    return steps


@dataclass
class Persona:
    user_id: int
    telegram_lang: str | None   # what their Telegram app says
    lang: str                   # the language the bot speaks with them
    district: str
    moves: list[Move]
    end: str                    # the question shown after the last move
    stored: dict                # what the referral must hold: {"contact": {...}, "answers": {...}}


PERSONAS = [
    Persona(1001, "de", "de", DRESDEN, path(
        *eligibility("01067", ("status", "protection"), ("german", "a2"), ("goal", "job"),
                     ("qualification", "vocational"), ("gender", "female"), ("next_mentor", "mentor")),
        *contact("Amina", "Arabisch, Deutsch", "morning", "Ich bin Pflegehelferin.")),
        "main.menu", {"contact": {"name": "Amina", "via": "telegram", "languages": "Arabisch, Deutsch",
                                  "time": "morning", "note": "Ich bin Pflegehelferin."},
                      "answers": {"status": "protection", "german_level": "a2", "gender": "female"}}),
    # goes back one question and changes the answer
    Persona(1002, "en", "en", LEIPZIG, path(
        *eligibility("04109", ("status", "asylum"), ("work", "yes"), ("german", "b1"), ("goal", "back"),
                     ("german", "b2"), ("goal", "apprenticeship"), ("qualification", "university"),
                     ("gender", "male"), ("next_mentor", "mentor")),
        *contact("John", None, "evening", None)),
        "main.menu", {"contact": {"name": "John", "languages": None, "time": "evening", "note": None},
                      "answers": {"status": "asylum", "work_permit": "yes", "german_level": "b2",
                                  "goal": "apprenticeship"}}),
    # reads an FAQ answer first and asks for a mentor from there; comes back to "how do you want to go on?"
    Persona(1003, "ar", "ar", DRESDEN, path(
        *eligibility("01069", ("status", "duldung"), ("work", "yes"), ("german", "a1"), ("goal", "course"),
                     ("qualification", "none"), ("gender", "female"), ("next_mentor", "faq")),
        ("faq.browse/topics", "first", "t:"), ("faq.browse/questions", "first", "e:"),
        ("faq.browse/answer", "press", "mentor"),
        *contact("ليلى", "العربية", "any", None, latin="Laila"), ("eligibility.next_mentor", "press", "menu")),
        "main.menu", {"contact": {"name": "ليلى", "name_latin": "Laila", "languages": "العربية", "time": "any"},
                      "answers": {"status": "duldung", "german_level": "a1", "qualification": "none"}}),
    # reads "about" in the menu first; EU citizen; leaves an e-mail address
    Persona(1004, "es", "es", LEIPZIG, path(
        ("main.menu", "press", "about"),
        *eligibility("04109", ("status", "eu"), ("years", "up_to_5"), ("german", "b1"), ("goal", "job"),
                     ("qualification", "university"), ("next_mentor", "mentor")),
        *contact("Sofía", "Español, inglés", "afternoon", "Busco trabajo.", email="sofia@example.org")),
        "main.menu", {"contact": {"name": "Sofía", "via": "email", "email": "sofia@example.org",
                                  "languages": "Español, inglés", "note": "Busco trabajo."},
                      "answers": {"status": "eu", "years_saxony": "up_to_5", "german_level": "b1"}}),
    # no language in their Telegram app: picks English first
    Persona(1005, None, "en", DRESDEN, [
        Move(None, "command", "/start"), Move("language", "lang", "en"),
        *path(*eligibility("01067", ("status", "protection"), ("german", "c1"), ("goal", "recognition"),
                           ("qualification", "university"), ("gender", "no_answer"), ("next_mentor", "mentor")),
              *contact("Samir", "English", "any", None))[1:]],
        "main.menu", {"contact": {"name": "Samir", "languages": "English"},
                      "answers": {"status": "protection", "german_level": "c1", "goal": "recognition"}}),
    Persona(1006, "de", "de", LEIPZIG, path(
        *eligibility("04109", ("status", "other_permit"), ("family", "no"), ("years", "up_to_5"), ("work", "yes"),
                     ("german", "a2"), ("goal", "job"), ("qualification", "none"), ("next_mentor", "mentor")),
        *contact("Yusuf", None, "any", "<b>Danke</b> & tschüss")),
        "main.menu", {"contact": {"name": "Yusuf", "note": "<b>Danke</b> & tschüss"},
                      "answers": {"status": "other_permit", "family_protected": "no", "years_saxony": "up_to_5"}}),
]


# ---- reading the chat the way the person does ----------------------------------------------------------------

def original_markup(message: SentMessage) -> dict | None:
    """The keyboard the message came with (answering a question removes its buttons later)."""
    return message.edits[0].reply_markup if message.edits else message.reply_markup


def callback_data(markup: dict | None) -> list[str]:
    return [b.get("callback_data", "") for row in (markup or {}).get("inline_keyboard", []) for b in row]


class Texts:
    """The few texts a person recognises without buttons, in each language."""

    def __init__(self) -> None:
        locales, _ = load_locales(REPO / "locales")
        first = lambda lang, mid: locales.text(lang, mid).strip().splitlines()[0]  # noqa: E731
        langs = ("de", "en", "ar", "es")
        self.help = {lang: first(lang, "help-text") for lang in langs}
        self.questions = {lang: {q: first(lang, mid) for q, mid in TEXT_QUESTIONS.items()} for lang in langs}

    def question(self, message: SentMessage, lang: str) -> str | None:
        """Which question ``message`` asks ("flow.step"), or None for any other message."""
        data = callback_data(original_markup(message))
        for item in data:
            kind, _, rest = item.partition(":")
            if kind == "l":
                return "language"
            if kind in ("s", "a"):
                name = TOKENS.get(rest.partition(":")[0], f"an unexpected question ({message.plain[:60]!r})")
                return name + faq_screen(data) if name == "faq.browse" else name
        text = message.edits[0].plain if message.edits else message.plain
        return next((q for q, start in self.questions[lang].items() if text.startswith(start)), None)

    def is_help(self, message: SentMessage, lang: str) -> bool:
        return message.plain.startswith(self.help[lang])


def faq_screen(data: list[str]) -> str:
    payloads = [d.split(":", 2)[2] for d in data if d.startswith("a:") and d.count(":") >= 2]
    for prefix, screen in (("t:", "/topics"), ("y:", "/answer"), ("e:", "/questions")):
        if any(p.startswith(prefix) for p in payloads):
            return screen
    return "/other"


# ---- one person --------------------------------------------------------------------------------------------

@dataclass
class Mentee:
    persona: Persona
    server: ProcessBotApi
    bot: BotProcess
    texts: Texts
    j: int = 0                                  # moves done (confirmed by the bot's next question)
    scanned: int = 0                            # messages of the chat already looked at
    current: SentMessage | None = None          # the message asking the question on screen
    acted_generation: int = 0
    probing: bool = False
    probe_answered: bool = False
    recoveries: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        p = self.persona
        self.fake = self.server.user(p.user_id, language_code=p.telegram_lang, first_name=f"Person{p.user_id}")

    @property
    def name(self) -> str:
        return f"person {self.persona.user_id} ({self.persona.lang})"

    @property
    def messages(self) -> list[SentMessage]:
        return self.fake.chat.messages

    def expected(self, j: int) -> str:
        moves = self.persona.moves
        return moves[j].at if j < len(moves) else self.persona.end

    async def walk(self) -> None:
        self.act(self.persona.moves[0])
        while self.j < len(self.persona.moves):
            move = self.persona.moves[self.j]
            if await self.answer_to(move) == "redo":
                self.act(move)
                continue
            self.j += 1
            if self.j < len(self.persona.moves):
                self.act(self.persona.moves[self.j])

    def act(self, move: Move, *, retry: bool = False) -> None:
        self.acted_generation = self.bot.generation
        self.probing = self.probe_answered = False
        if move.kind in ("command", "type"):
            self.fake.text(move.value)
        else:
            self.fake.press_data(move.data(self.current), self.current)
        if retry:
            self.recoveries.append(f"pressed again: {move}")

    def recover(self, move: Move) -> None:
        """No answer after a restart: press the same button again while it is there, else ask for /help."""
        if move.repeatable and self.current is not None and move.data(self.current) in callback_data(
                self.current.reply_markup):
            self.act(move, retry=True)
            return
        self.acted_generation = self.bot.generation
        self.fake.text("/help")
        self.probing, self.probe_answered = True, False
        self.recoveries.append(f"/help after: {move}")

    def lost(self) -> bool:
        """The bot was restarted since the person acted and has been polling for a while: no answer will come."""
        ready = self.bot.ready_at
        return (self.bot.generation > self.acted_generation and ready is not None
                and time.monotonic() - ready > GRACE)

    async def answer_to(self, move: Move) -> str:
        """'ok' once the bot asks the next question; 'redo' when /help showed that the move never arrived."""
        want, before = self.expected(self.j + 1), move.at
        deadline = time.monotonic() + ANSWER_TIMEOUT
        while True:
            result = self.scan(move, want, before)
            if result:
                return result
            if self.lost():
                self.recover(move)
                deadline = time.monotonic() + ANSWER_TIMEOUT
            if self.bot.ready_at is None:
                deadline = time.monotonic() + ANSWER_TIMEOUT      # the bot is starting: nobody answers
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.name}: no answer to {move} within {ANSWER_TIMEOUT} s; last messages: "
                            f"{self.messages[-3:]}\n{self.bot.log_tail()}")
            try:
                await self.server.wait_for(lambda: len(self.messages) > self.scanned or self.lost(), timeout=0.5)
            except TimeoutError:
                pass

    def scan(self, move: Move, want: str, before: str | None) -> str | None:
        while self.scanned < len(self.messages):
            message = self.messages[self.scanned]
            self.scanned += 1
            if self.probing and self.texts.is_help(message, self.persona.lang):
                self.probe_answered = True
                continue
            question = self.texts.question(message, self.persona.lang)
            if question is None:
                continue
            if question == want:
                self.current = message
                return "ok"
            if self.probe_answered and question == before:      # /help shows where the bot stands
                self.current = message
                return "redo"
            if question == before and not self.probe_answered:  # a late "here is the current question"
                continue
            raise AssertionError(
                f"{self.name}: after {move} the bot asked {question}, expected {want}: the conversation did not "
                f"resume where it stood. Recent messages: {self.messages[-4:]}")
        return None

    async def make_sure_confirmed(self, db: Path) -> str:
        """The person's referral number is in their chat; if the confirmation was lost with a kill they look it
        up under "My request" in the menu, as anyone unsure would."""
        ref = await wait_for_referral(db, user_key(self.bot.user_key_secret, self.persona.user_id))
        status = Move("main.menu", "press", "status")
        for _ in range(5):
            if any(ref in m.plain for m in self.messages):
                return ref
            self.recoveries.append("looked up 'My request'")
            self.act(status)
            while await self.answer_to(status) == "redo":
                self.act(status)
        raise AssertionError(f"{self.name} never learnt their referral number {ref}")


# ---- the database -------------------------------------------------------------------------------------------

def query(db: Path, sql: str, *args) -> list[tuple]:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


async def wait_for_referral(db: Path, key: str) -> str:
    for _ in range(100):
        rows = query(db, "SELECT id FROM referrals WHERE user_key = ?", key)
        if rows:
            assert len(rows) == 1, f"{len(rows)} referrals for one person"
            return rows[0][0]
        await asyncio.sleep(0.05)
    raise AssertionError("the person reached the end, but no referral is stored for them")


# ---- the kills ----------------------------------------------------------------------------------------------

@dataclass(eq=False)
class Kill:
    label: str
    counted: bool = False           # due after some bot actions since the last start (these go one by one)
    due: float | None = None        # time.monotonic() when to kill, once known


@dataclass
class Killer:
    """Kills the bot when a planned moment comes, starts it again at once, and notes what was going on."""

    server: ProcessBotApi
    bot: BotProcess
    rng: random.Random
    db: Path
    plan: list[tuple[Kill, Callable[[], float | None]]] = field(default_factory=list)
    done: list[dict] = field(default_factory=list)
    since_restart: int = 0              # server.visible when the bot last came back

    def after_bot_actions(self, gap: int) -> None:
        """Kill a few milliseconds after the bot's ``gap``-th visible action (reply, edit, button answer) since
        it last came back. These kills come one after another."""
        kill = Kill(f"{gap} bot actions after the last start", counted=True)
        jitter = self.rng.uniform(0, 0.03)
        self.plan.append((kill, lambda: self._after(kill, gap, jitter)))

    def _after(self, kill: Kill, gap: int, jitter: float) -> float | None:
        first_waiting = next(k for k, _ in self.plan if k.counted and k not in self.killed)
        if kill is first_waiting and self.server.visible >= self.since_restart + gap:
            return time.monotonic() + jitter
        return None

    def while_waiting_to_retry(self, nth: int) -> None:
        """The ``nth`` referral notification to a group meets flood control (429, retry after 1 s; PTB's rate
        limiter then holds back every request of the bot): kill while it waits to try again."""
        rule = self.server.refuse(to_group, retry_after=1, nth=nth)
        delay = self.rng.uniform(0.1, 0.8)
        kill = Kill(f"while referral notification #{nth} waits for its retry")
        self.plan.append((kill, lambda: rule.hits[0] + delay if rule.hits else None))

    def while_on_its_way(self, nth: int) -> None:
        """The ``nth`` referral notification to a group is slow to reach Telegram: kill while it is on its way."""
        rule = self.server.hold(to_group, seconds=3.0, nth=nth)
        delay = self.rng.uniform(0.05, 0.5)
        kill = Kill(f"while referral notification #{nth} is on its way")
        self.plan.append((kill, lambda: rule.hits[0] + delay if rule.hits else None))

    def while_confirming(self, after: int) -> None:
        """Once the bot has made ``after`` visible actions, its next getUpdates that would confirm the updates it
        is handling is slow to reach Telegram: kill meanwhile, so Telegram hands those updates out again."""
        applies = confirming(self.server)
        rule = self.server.hold(lambda method, params: self.server.visible >= after and applies(method, params),
                                seconds=3.0)
        delay = self.rng.uniform(0.1, 0.6)
        kill = Kill(f"while the bot confirms the updates it got after bot action {after}")
        self.plan.append((kill, lambda: rule.hits[0] + delay if rule.hits else None))

    @property
    def killed(self) -> list[Kill]:
        return [d["kill"] for d in self.done]

    async def run(self, finished: asyncio.Event) -> None:
        while len(self.done) < len(self.plan) and not finished.is_set():
            pending = [(k, due) for k, due in self.plan if k not in self.killed]
            for kill, due in pending:
                if kill.due is None:
                    kill.due = due()
            ready = [k for k, _ in pending if k.due is not None]
            if ready and self.bot.ready_at is not None:
                kill = min(ready, key=lambda k: k.due)
                # a kill that came due while the bot was starting waits until it has been up a moment
                wait = max(kill.due, self.bot.ready_at + MIN_UPTIME) - time.monotonic()
                if wait <= 0:
                    await self.kill(kill)
                    continue
            try:
                await self.server.wait_for(lambda: finished.is_set(), timeout=0.02)
            except TimeoutError:
                pass

    async def kill(self, kill: Kill) -> None:
        waiting = query(self.db, "SELECT COUNT(*) FROM outbox WHERE state = 'pending'")[0][0]
        self.done.append({"kill": kill, "held": self.server.held, "deliveries_pending": waiting,
                          "visible": self.server.visible})
        await self.bot.kill()
        await self.bot.start()
        self.since_restart = self.server.visible

    def report(self) -> str:
        return "\n".join(f"  kill {d['kill'].label}: bot action {d['visible']}, referral notifications waiting in "
                         f"the outbox {d['deliveries_pending']}, requests held on their way {d['held']}" for d in self.done)


# ---- the test -----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def texts() -> Texts:
    return Texts()


async def test_killed_at_random_moments_every_conversation_resumes_and_every_referral_arrives_once(tmp_path, texts):
    rng = random.Random(SEED)
    mentors = tmp_path / "mentors.yaml"
    mentors.write_text(textwrap.dedent(MENTORS), encoding="utf-8")
    started = time.monotonic()
    async with ProcessBotApi() as server:
        for group in GROUPS.values():
            server.group(group)
        bot = BotProcess(server, tmp_path, mentors_file=mentors)
        killer = Killer(server, bot, rng, bot.database)
        killer.while_waiting_to_retry(nth=rng.choice((1, 2)))
        killer.while_on_its_way(nth=rng.choice((3, 4, 5)))
        killer.while_confirming(after=rng.randrange(60, 200))
        for _ in range(rng.randint(0, 2)):
            killer.after_bot_actions(rng.randrange(20, 100))
        mentees = [Mentee(p, server, bot, texts) for p in PERSONAS]
        finished = asyncio.Event()
        try:
            await bot.start()
            killing = asyncio.create_task(killer.run(finished))

            async def person(i: int, mentee: Mentee) -> None:
                if i:           # people arrive one after another, so deliveries and conversations overlap
                    previous = mentees[i - 1]
                    await server.wait_for(lambda: previous.j >= 4 or previous.j == len(previous.persona.moves), 60)
                await mentee.walk()

            await asyncio.gather(*(person(i, m) for i, m in enumerate(mentees)))
            refs = {m.persona.user_id: await m.make_sure_confirmed(bot.database) for m in mentees}
            # the kills planned around deliveries come while the outbox still works
            await wait_until_delivered(server, bot.database, refs, mentees)
            finished.set()
            await killing
            await wait_until_delivered(server, bot.database, refs, mentees)
            assert await bot.stop() == 0, bot.log_tail()
        finally:
            finished.set()
            await bot.kill()
        elapsed = time.monotonic() - started

    again = sum(1 for n in server.deliveries.values() if n > 1)
    report = (f"seed {SEED}: {len(bot.kills)} kills in {elapsed:.1f} s, start-ups "
              f"{[round(s, 1) for s in bot.startup_seconds]} s, updates handed out again after a kill: {again}\n"
              + killer.report()
              + "\n" + "\n".join(f"  {m.name}: {m.recoveries}" for m in mentees if m.recoveries))
    print(report)

    assert len(bot.kills) >= 3, report
    assert again, f"no update was handed out again after a kill\n{report}"
    assert any(k["deliveries_pending"] for k in killer.done), \
        f"no kill hit a referral on its way to the mentors\n{report}"

    # exactly one referral per person, holding exactly what they answered
    rows = query(bot.database, "SELECT id, user_key, district, data FROM referrals")
    assert len(rows) == len(PERSONAS), rows
    by_key = {key: (ref, district, json.loads(data)) for ref, key, district, data in rows}
    for mentee in mentees:
        p = mentee.persona
        ref, district, data = by_key[user_key(bot.user_key_secret, p.user_id)]
        assert ref == refs[p.user_id] and district == p.district
        for part, expected in p.stored.items():
            assert {k: data[part].get(k) for k in expected} == expected, (mentee.name, data[part])

    # every referral in its district's group exactly once (but for a message Telegram took from a dying bot)
    recorded = dict(query(bot.database, "SELECT referral_id, message_id FROM outbox WHERE kind = 'referral' "
                                        "AND state = 'sent'"))
    for mentee in mentees:
        ref, group = refs[mentee.persona.user_id], GROUPS[mentee.persona.district]
        other = GROUPS[LEIPZIG if mentee.persona.district == DRESDEN else DRESDEN]
        assert not [m for m in server.messages(other) if ref in m.plain], f"{ref} reached the wrong group"
        copies = [m for m in server.messages(group) if REF.search(m.plain) and ref in m.plain]
        assert recorded.get(ref) in [m.message_id for m in copies], f"the outbox did not record {ref}'s message"
        orphans = [m for m in copies if m.message_id != recorded[ref]]
        for orphan in orphans:
            assert last_group_message_before_a_restart(server, bot, orphan), (
                f"referral {ref} reached its group {len(copies)} times\n{report}")
            print(f"  referral {ref}: Telegram took a copy from a bot killed before it could note that")
        assert len(copies) - len(orphans) == 1

    logs = bot.logs()
    assert "Traceback" not in logs and " ERROR " not in logs, logs[-3000:]


async def wait_until_delivered(server: ProcessBotApi, db: Path, refs: dict[int, str], mentees: list[Mentee]) -> None:
    """Every referral is in its group and the outbox holds nothing more to send."""
    def delivered() -> bool:
        if not all(any(refs[m.persona.user_id] in msg.plain for msg in server.messages(GROUPS[m.persona.district]))
                   for m in mentees):
            return False
        return query(db, "SELECT COUNT(*) FROM outbox WHERE state = 'pending'")[0][0] == 0
    await server.wait_for(delivered, timeout=30)


def last_group_message_before_a_restart(server: ProcessBotApi, bot: BotProcess, message: SentMessage) -> bool:
    """Telegram took ``message``, and the process that sent it was killed before it sent any other group
    message: it died between Telegram's answer and writing that answer down."""
    stored = next(t for t, m in server.stored if m is message)
    restarts = [t for t in bot.started_at if t > stored]
    if not restarts:
        return False
    groups = set(GROUPS.values())
    return not [m for t, m in server.stored if stored < t < restarts[0] and m.chat_id in groups]
