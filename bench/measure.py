"""The single measurements around the load runs: content loading, FAQ search, cold start, memory with
many stored users, and the small helpers they share (percentiles, CPU time of a process, CPU cores)."""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import sys
import time
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from bench.child import USER_KEY_SECRET
from bench.scenario import LANGUAGES
from bot.config import Config
from bot.engine import State
from bot.faq.content import FAQ
from bot.faq.eval_sets import EVAL_DIR, HELDOUT_DIR, load_eval, percentile
from bot.features import prepare_app
from bot.storage import ConversationRepo, Database
from bot.testing.server import FakeBotApi, fake_bot_api
from bot.tg.identity import user_key

REPO = Path(__file__).resolve().parent.parent
EVAL_DIRS = (EVAL_DIR, HELDOUT_DIR, EVAL_DIR / "blind")
#: where referrals go during the benchmark: groups on the fake server (ids are placeholders)
PROJECT_GROUPS = {"default": -1009000000001, "14612": -1009000000002, "14713": -1009000000003}


def ms(ns_values: list[int]) -> tuple[float, float, float]:
    """p50, p95, p99 in milliseconds of nanosecond values."""
    return tuple(percentile(ns_values, q) / 1e6 for q in (0.50, 0.95, 0.99))   # type: ignore[return-value]


# ---- CPU -----------------------------------------------------------------------------------------------

def cores() -> tuple[int | None, int | None]:
    """(core for the process under measurement, core for the load side); None where pinning is impossible.
    The measured process gets the last core; everything else (this process) another one if there is one."""
    if not hasattr(os, "sched_getaffinity"):
        return None, None
    available = sorted(os.sched_getaffinity(0))
    measured = available[-1]
    load = available[0] if len(available) > 1 else measured
    return measured, load


def pin(core: int | None) -> None:
    if core is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {core})


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a (child) process has used so far."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ---- content ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ContentFigures:
    first_s: float            # the first load in a fresh process (what start-up pays)
    reload_s: float           # median of later loads (what /reload pays)
    errors: int
    faq_ms: tuple[float, float]   # p50, p99 per search
    faq_queries: int
    questions: dict[str, list[str]]   # per language: answerable questions the search answers (for the scripts)


def content_figures(workdir: Path, reloads: int = 3) -> ContentFigures:
    """App.load_content (flows, locales, FAQ index, regions, validation) and the FAQ search over the
    evaluation questions of tests/faq_eval (all folders), each question searched once on a fresh index."""
    app = prepare_app(Config(content_dir=REPO, database_path=workdir / "content.sqlite3",
                             user_key_secret=USER_KEY_SECRET))
    start = time.perf_counter()
    content, problems = app.load_content()
    first = time.perf_counter() - start
    times = []
    for _ in range(reloads):
        start = time.perf_counter()
        content, problems = app.load_content()
        times.append(time.perf_counter() - start)
    errors = sum(p.is_error for p in problems)
    if content is None:
        raise RuntimeError("the content has errors; run python -m bot validate:\n" +
                           "\n".join(str(p) for p in problems if p.is_error))
    index = content.require(FAQ).index
    items = [item for folder in EVAL_DIRS if folder.is_dir() for item in load_eval(folder)[0]]
    gc.collect()
    searched = []
    for item in items:
        start = time.perf_counter_ns()
        result = index.search(item.question, item.lang, limit=3)
        searched.append((time.perf_counter_ns() - start, item, result.hits))
    questions: dict[str, list[str]] = {}
    for _, item, hits in searched:
        if item.expect is not None and hits and "{" not in item.question:
            questions.setdefault(item.lang, []).append(item.question)
    p50, _, p99 = ms([ns for ns, _, _ in searched])
    return ContentFigures(first, statistics.median(times), errors, (p50, p99), len(searched), questions)


# ---- cold start ------------------------------------------------------------------------------------------

#: environment variables the bot's process keeps (everything it configures itself comes from the benchmark)
_KEEP_ENV = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "VIRTUAL_ENV", "SSL_CERT_FILE")


async def cold_start(workdir: Path, core: int | None) -> float:
    """Seconds from starting ``python -m bot run`` (the production command, fresh database) to the
    first reply to a /start that was already waiting at the Bot API."""
    run = uuid.uuid4().hex[:8]
    async with fake_bot_api(record_requests=False) as server:
        server.user(4242, language_code="de").text("/start")
        env = {k: os.environ[k] for k in _KEEP_ENV if k in os.environ}
        env.update(PYTHONPATH=str(REPO), TELEGRAM_BOT_TOKEN=server.token, TELEGRAM_BASE_URL=server.base_url,
                   DATABASE_PATH=str(workdir / f"cold-{run}.sqlite3"), CONTENT_DIR=str(REPO),
                   USER_KEY_SECRET=USER_KEY_SECRET, LOG_LEVEL="WARNING")
        stderr_path = workdir / f"cold-{run}.stderr"
        with open(stderr_path, "wb") as stderr:
            start = time.perf_counter()
            process = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "run", cwd=workdir, env=env,
                                                           stdout=asyncio.subprocess.DEVNULL, stderr=stderr)
        if core is not None and hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(process.pid, {core})
        try:
            await server.wait_for(lambda: server.messages(4242), timeout=60)
            return time.perf_counter() - start
        except TimeoutError:
            raise RuntimeError("python -m bot run did not answer /start within 60 s:\n"
                               + stderr_path.read_text(errors="replace")) from None
        finally:
            if process.returncode is None:
                process.terminate()
                try:
                    await asyncio.wait_for(process.wait(), 15)
                except TimeoutError:
                    process.kill()
                    await process.wait()


# ---- stored users ----------------------------------------------------------------------------------------

def stored_user_id(number: int) -> int:
    """Telegram ids of users written straight into the database (memory measurement)."""
    return 50_000_000 + number


async def stored_state(db_path: Path, telegram_id: int) -> State:
    """A real user's state after a whole conversation: the model for users stored directly."""
    db = await Database(db_path).open()
    try:
        state = await ConversationRepo(db).get(user_key(USER_KEY_SECRET, telegram_id))
    finally:
        await db.close()
    if state is None:
        raise RuntimeError("the load run stored no conversation state")
    return state


async def store_users(db_path: Path, model: State, count: int, first: int = 0) -> None:
    """Write ``count`` conversations through the real ConversationRepo, as if they had happened
    (user ``number`` speaks ``LANGUAGES[number % 4]``, as in :meth:`bench.scenario.Scripts.returning`).
    The channel's scratch data goes: its update numbers belong to the run the model came from."""
    db = await Database(db_path).open()
    try:
        repo = ConversationRepo(db)
        async with db.transaction():
            for number in range(first, first + count):
                await repo.save(user_key(USER_KEY_SECRET, stored_user_id(number)),
                                replace(model, conv=uuid.uuid4().hex[:16], lang=LANGUAGES[number % len(LANGUAGES)],
                                        scratch={}))
    finally:
        await db.close()


def database_bytes(db_path: Path) -> int:
    return sum(p.stat().st_size for p in (db_path, Path(f"{db_path}-wal")) if p.exists())


# ---- the fake server's side of a run -----------------------------------------------------------------------

def write_mentors_file(workdir: Path) -> Path:
    """Referrals go to project groups on the fake server, as in production (no e-mail: no SMTP here)."""
    lines = [f"default:\n  telegram_chats: [{PROJECT_GROUPS['default']}]\n", "districts:\n"]
    lines += [f'  "{key}":\n    telegram_chats: [{chat}]\n' for key, chat in PROJECT_GROUPS.items() if key != "default"]
    path = workdir / "mentors.yaml"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def add_project_groups(server: FakeBotApi) -> None:
    for key, chat in PROJECT_GROUPS.items():
        server.group(chat, f"Projekt {key}")
