"""Versioned schema. Append a new entry to MIGRATIONS; never edit one that has shipped.

PRAGMA user_version holds the number of migrations applied.
"""

MIGRATIONS: list[str] = [
    # 1: conversations and anonymous events
    """
    CREATE TABLE conversations (
        user_key   TEXT PRIMARY KEY,          -- pseudonymous (keyed hash of the Telegram id), never the id itself
        state      TEXT NOT NULL,             -- JSON: flow, step, answers, stack, history, lang, version
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE events (                     -- anonymous statistics: no user key, no free text
        id     INTEGER PRIMARY KEY,
        ts     TEXT NOT NULL,
        conv   TEXT NOT NULL,                 -- random id of one conversation, not linked to a person
        lang   TEXT NOT NULL DEFAULT '',
        kind   TEXT NOT NULL,
        flow   TEXT NOT NULL DEFAULT '',
        step   TEXT NOT NULL DEFAULT '',
        value  TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX events_kind_ts ON events(kind, ts);
    """,
    # 2: FAQ "did this help?" (anonymous)              -- owned by bot/faq
    "-- reserved for the FAQ feature",
    # 3: hand-over: consents, referrals, outbox         -- owned by bot/handoff
    "-- reserved for the hand-over feature",
    # 4: admin audit log
    """
    CREATE TABLE admin_log (
        id       INTEGER PRIMARY KEY,
        ts       TEXT NOT NULL,
        admin_id INTEGER NOT NULL,                -- staff, configured by id; not a mentee
        action   TEXT NOT NULL,
        detail   TEXT NOT NULL DEFAULT ''
    );
    """,
]
