"""The load side: a bot process under measurement, and simulated users driving it through the fake
Bot API server (:class:`bot.testing.server.FakeBotApi`) in this process.

Each simulated user sends its next update only once the bot has completely handled the previous one
(the bot process reports every handled update), as a person waits for the answer before tapping on.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.scenario import Script, Step
from bot.testing.people import FakeUser
from bot.testing.records import SentMessage
from bot.testing.server import FakeBotApi

REPO = Path(__file__).resolve().parent.parent
STEP_TIMEOUT = 30.0           # seconds one update may take before the run counts as broken


class ScriptError(RuntimeError):
    """A scripted step does not fit what the bot showed (a flow changed: update bench/scenario.py)."""


@dataclass
class Child:
    """A running ``python -m bench.child`` process and what it reported."""

    kind: str
    process: asyncio.subprocess.Process
    stderr_path: Path
    latencies_ns: list[int] = field(default_factory=list)
    done: dict[str, Any] = field(default_factory=dict)
    _waiting: dict[int, asyncio.Future] = field(default_factory=dict)
    _memory: asyncio.Queue = field(default_factory=asyncio.Queue)
    _ready: asyncio.Event = field(default_factory=asyncio.Event)
    _reader: asyncio.Task | None = None

    @classmethod
    async def start(cls, kind: str, server: FakeBotApi, workdir: Path, *, cpu: int | None = None,
                    db: Path | None = None, mentors: Path | None = None, profile: Path | None = None) -> Child:
        args = [sys.executable, "-m", "bench.child", kind, "--token", server.token, "--base-url", server.base_url]
        if db is not None:
            args += ["--db", str(db)]
        if mentors is not None:
            args += ["--mentors", str(mentors)]
        if cpu is not None:
            args += ["--cpu", str(cpu)]
        if profile is not None:
            args += ["--profile", str(profile)]
        stderr_path = workdir / f"{kind}-{time.monotonic_ns()}.stderr"
        with open(stderr_path, "wb") as stderr:
            process = await asyncio.create_subprocess_exec(
                *args, cwd=REPO, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=stderr,
                env={**os.environ, "PYTHONPATH": str(REPO)})
        child = cls(kind, process, stderr_path)
        child._reader = asyncio.create_task(child._read())
        ready = asyncio.create_task(child._ready.wait())
        ended = asyncio.create_task(process.wait())
        await asyncio.wait({ready, ended}, timeout=60, return_when=asyncio.FIRST_COMPLETED)
        ended.cancel()
        if not child._ready.is_set():
            ready.cancel()
            await child.kill()
            raise RuntimeError(f"the {kind} process did not start:\n{child.errors()}")
        return child

    async def _read(self) -> None:
        assert self.process.stdout is not None
        async for raw in self.process.stdout:
            kind, _, rest = raw.decode().rstrip("\n").partition(" ")
            if kind == "h":
                update_id, ns = rest.split()
                self.latencies_ns.append(int(ns))
                waiter = self._waiting.pop(int(update_id), None)
                if waiter is not None and not waiter.done():
                    waiter.set_result(None)
            elif kind == "mem":
                rss, heap = rest.split()
                self._memory.put_nowait((int(rss), int(heap)))
            elif kind == "ready":
                self._ready.set()
            elif kind == "done":
                self.done = json.loads(rest)

    def handled(self, update: dict) -> asyncio.Future:
        """A future that completes when the bot has handled ``update``."""
        future = asyncio.get_running_loop().create_future()
        self._waiting[update["update_id"]] = future
        return future

    def trace(self) -> None:
        """Start tracing Python allocations in the bot process (for :meth:`memory`)."""
        self._send("trace")

    async def memory(self) -> tuple[int, int]:
        """(RSS, Python heap traced by tracemalloc) of the bot process, measured now."""
        self._send("mem")
        return await asyncio.wait_for(self._memory.get(), 30)

    def _send(self, line: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{line}\n".encode())

    async def stop(self) -> dict[str, Any]:
        """Shut the process down cleanly; returns its final figures (CPU seconds, peak RSS, ...)."""
        self._send("stop")
        await self.process.stdin.drain()
        try:
            await asyncio.wait_for(self.process.wait(), 30)
        except TimeoutError:
            await self.kill()
        if self._reader is not None:
            await self._reader
        return self.done

    async def kill(self) -> None:
        if self.process.returncode is None:
            self.process.kill()
            await self.process.wait()

    def errors(self) -> str:
        """What the process logged at WARNING or above (nothing when all went well)."""
        return self.stderr_path.read_text(errors="replace").strip()


def find_press(messages: list[SentMessage], value: str) -> tuple[SentMessage, str]:
    """The newest keyboard's button for an option ``value``: (message, callback data)."""
    message = next((m for m in reversed(messages) if not m.deleted and any(not b.is_url for b in m.buttons)), None)
    if message is None:
        raise ScriptError(f"cannot press {value!r}: the bot showed no buttons")
    datas = [b.data for b in message.buttons if not b.is_url]
    if value:
        found = [d for d in datas if d == value or d.rsplit(":", 1)[-1] == value]
    else:        # "hit": the first "Did you mean" suggestion, or "it helped" under an answer shown at once
        found = [d for d in datas if ":e:" in d] or [d for d in datas if ":y:" in d]
    if not found:
        shown = ", ".join(d.rsplit(":", 1)[-1] for d in datas)
        said = " | ".join(m.plain[:70].replace("\n", " ") for m in messages[-3:])
        raise ScriptError(f"no button {value or 'with a FAQ result'!r} on the newest keyboard; it has: {shown} "
                          f"(the bot's last messages: {said})")
    return message, found[0]


@dataclass
class Timing:
    """What the load side saw: when each update was sent and how long until the bot had handled it."""

    started: float = 0.0
    finished: float = 0.0
    updates: int = 0
    response_ns: list[int] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)     # conversations that went off script

    @property
    def seconds(self) -> float:
        return self.finished - self.started


class SimulatedUser:
    """One person in a private chat with the bot, playing a :class:`Script`.

    Against the echo bot the same updates are sent (a press becomes a callback query with the option
    value under the echo's last message), so both bots get the same number and kinds of updates."""

    def __init__(self, server: FakeBotApi, child: Child, user_id: int, script: Script, *, echo: bool) -> None:
        self.fake: FakeUser = server.user(user_id, language_code=script.lang, first_name="Mentee")
        self.child = child
        self.script = script
        self.echo = echo

    def _update(self, step: Step) -> dict:
        kind, value = step
        if kind == "send":
            return self.fake.text(value)
        if self.echo:
            return self.fake.press_data(value or "hit")
        message, data = find_press(self.fake.chat.messages, value)
        return self.fake.press_data(data, message)

    async def play(self, timing: Timing, *, pause: float = 0.0, steps: tuple[Step, ...] | None = None) -> None:
        """Every step in turn; ``pause``: seconds between one answer and the next step (0: at once)."""
        for number, step in enumerate(steps or self.script.steps, start=1):
            try:
                update = self._update(step)
            except ScriptError as exc:
                raise ScriptError(f"{self.script.lang} user, step {number} {step}: {exc}") from None
            sent = time.perf_counter_ns()
            try:
                await asyncio.wait_for(self.child.handled(update), STEP_TIMEOUT)
            except TimeoutError:
                raise RuntimeError(f"the {self.child.kind} did not handle step {number} {step} within "
                                   f"{STEP_TIMEOUT:.0f} s:\n{self.child.errors()}") from None
            timing.response_ns.append(time.perf_counter_ns() - sent)
            timing.updates += 1
            if pause:
                await asyncio.sleep(pause * random.uniform(0.5, 1.5))


async def drive(users: list[SimulatedUser], *, pause: float = 0.0, stagger: float = 0.0) -> Timing:
    """All users at once (each waiting for the bot's answers); ``stagger``: spread their first steps
    over that many seconds. A user whose conversation goes off script stops (``timing.broken``)."""
    timing = Timing(started=time.perf_counter())

    async def one(user: SimulatedUser, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        try:
            await user.play(timing, pause=pause)
        except ScriptError as exc:        # the others go on; the caller decides what it means
            timing.broken.append(str(exc))

    rng = random.Random(7)
    await asyncio.gather(*(one(u, rng.uniform(0, stagger) if stagger else 0.0) for u in users))
    timing.finished = time.perf_counter()
    return timing
