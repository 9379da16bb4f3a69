"""``python -m bot outbox``: deliveries to the projects that are waiting or failed (no personal data shown).

    python -m bot outbox            pending and failed deliveries
    python -m bot outbox --all      also the sent and cancelled ones
    python -m bot outbox --retry    try every failed delivery again (the running bot picks them up)
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone

from bot.handoff.store import PERSON_KIND, HandoffStore

_STATES = {"pending": "wartet", "failed": "GESCHEITERT", "sent": "zugestellt", "cancelled": "verworfen"}


async def outbox_lines(store: HandoffStore, *, retry: bool = False, show_all: bool = False,
                       now: datetime | None = None) -> list[str]:
    now = now or datetime.now(timezone.utc)
    lines: list[str] = []
    if retry:
        count = await store.requeue_failed(now)
        lines.append(f"{count} gescheiterte Zustellung(en) werden erneut versucht.")
    states = ("pending", "failed", "sent", "cancelled") if show_all else ("pending", "failed")
    rows = await store.listing(states)
    failed = sum(d.state == "failed" for d, _ in rows)
    for delivery, district in rows:
        # Mentors' chats and addresses are staff configuration; the person's own chat id is not shown.
        channel = "Telegram (Person)" if delivery.kind == PERSON_KIND else delivery.channel
        line = (f"#{delivery.id} {_STATES.get(delivery.state, delivery.state)} Anfrage {delivery.referral_id} "
                f"({district}) {delivery.kind} -> {channel}, {delivery.attempts} Versuch(e)")
        if delivery.state == "pending":
            line += f", nächster {delivery.next_at[:19]}"
        if delivery.last_error:
            line += f" – {delivery.last_error}"
        lines.append(line)
    lines.append(f"{len(rows)} Zustellung(en), davon {failed} gescheitert." if rows else
                 "Keine offenen oder gescheiterten Zustellungen.")
    return lines


def main_outbox(args) -> int:
    from bot.config import load_config
    from bot.storage import Database

    async def go() -> list[str]:
        async with Database(load_config().database_path) as db:
            return await outbox_lines(HandoffStore(db), retry=args.retry, show_all=args.all)

    lines = asyncio.run(go())
    print("\n".join(lines))
    return 1 if any("GESCHEITERT" in line for line in lines) and not args.retry else 0


def add_parser(sub) -> None:
    p = sub.add_parser("outbox", help="deliveries to the regional projects that wait or failed")
    p.add_argument("--all", action="store_true", help="also list sent and cancelled deliveries")
    p.add_argument("--retry", action="store_true", help="try failed deliveries again")
    p.set_defaults(func=main_outbox)
