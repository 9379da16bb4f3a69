"""``python -m bot outbox``: referrals nobody took in time (per district), and deliveries to the projects that
are waiting or failed (no personal data shown).

    python -m bot outbox            pending and failed deliveries
    python -m bot outbox --all      also the sent and cancelled ones
    python -m bot outbox --retry    try every failed delivery again (the running bot picks them up)
"""

from __future__ import annotations

import argparse
import asyncio
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from bot.config import Config, load_config
from bot.handoff.records import PERSON_KIND
from bot.handoff.regions import load_regions
from bot.handoff.store import HandoffStore
from bot.storage import Database

_STATES = {"pending": "wartet", "failed": "GESCHEITERT", "sent": "zugestellt", "cancelled": "verworfen"}


async def overdue_lines(store: HandoffStore, now: datetime, after: timedelta,
                        region_name: Callable[[str], str] = str) -> list[str]:
    """Referrals nobody took within ESCALATE_AFTER_HOURS, per district (e-mail-only districts show up here
    too: they cannot press 'accept', so the coordination checks them by phone)."""
    waiting: dict[str, list[datetime]] = defaultdict(list)
    for referral in await store.waiting(now - after):
        waiting[referral.district].append(datetime.fromisoformat(referral.created_at))
    if not waiting:
        return [f"Keine Anfrage wartet länger als {after.total_seconds() / 3600:.0f} h auf Übernahme."]
    lines = [f"Überfällig (nicht übernommen nach {after.total_seconds() / 3600:.0f} h), je Landkreis:"]
    for district, created in sorted(waiting.items(), key=lambda item: min(item[1])):
        oldest = (now - min(created)).total_seconds() / 3600
        lines.append(f"• {region_name(district)} ({district}): {len(created)} Anfrage(n), älteste seit {oldest:.0f} h")
    return lines


async def outbox_lines(store: HandoffStore, *, retry: bool = False, show_all: bool = False,
                       now: datetime | None = None, overdue_after: timedelta | None = None,
                       region_name: Callable[[str], str] = str) -> list[str]:
    now = now or datetime.now(timezone.utc)
    lines: list[str] = []
    if overdue_after is not None:
        lines += await overdue_lines(store, now, overdue_after, region_name) + [""]
    if retry:
        count = await store.outbox.requeue_failed(now)
        lines.append(f"{count} gescheiterte Zustellung(en) werden erneut versucht.")
    states = ("pending", "failed", "sent", "cancelled") if show_all else ("pending", "failed")
    rows = await store.outbox.listing(states)
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


def main_outbox(args: argparse.Namespace) -> int:
    config = load_config()

    async def go() -> list[str]:
        async with Database(config.database_path) as db:
            return await outbox_lines(HandoffStore(db), retry=args.retry, show_all=args.all,
                                      overdue_after=timedelta(hours=config.escalate_after_hours),
                                      region_name=_region_names(config))

    lines = asyncio.run(go())
    print("\n".join(lines))
    return 1 if any("GESCHEITERT" in line for line in lines) and not args.retry else 0


def _region_names(config: Config) -> Callable[[str], str]:
    path = config.content_dir / "flows" / "regions.yaml"
    regions = load_regions(path)[0] if path.is_file() else None
    names = {region.key: region.name for region in regions or []}
    return lambda key: names.get(key, key)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("outbox", help="deliveries to the regional projects that wait or failed")
    p.add_argument("--all", action="store_true", help="also list sent and cancelled deliveries")
    p.add_argument("--retry", action="store_true", help="try failed deliveries again")
    p.set_defaults(func=main_outbox)
