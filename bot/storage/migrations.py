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
        ts     TEXT NOT NULL,                 -- to the hour since migration 9
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
    """
    CREATE VIEW faq_feedback AS               -- answers of "did this help?" per FAQ entry and language
    SELECT substr(value, 1, instr(value, ':') - 1)         AS entry,   -- events value '<entry id>:yes|no'
           lang,
           SUM(substr(value, instr(value, ':') + 1) = 'yes') AS helped,
           SUM(substr(value, instr(value, ':') + 1) = 'no')  AS not_helped
    FROM events
    WHERE kind = 'faq_helped'
    GROUP BY entry, lang;
    """,
    # 3: hand-over: consents, referrals, outbox         -- owned by bot/handoff
    """
    CREATE TABLE consents (                   -- who agreed to which privacy notice, when (GDPR art. 7 (1))
        id           INTEGER PRIMARY KEY,
        user_key     TEXT NOT NULL,           -- pseudonymous key, as in conversations
        version      TEXT NOT NULL,           -- privacy notice version: '<declared id>:<lang>:<text hash>'
        lang         TEXT NOT NULL,
        given_at     TEXT NOT NULL,
        withdrawn_at TEXT
    );
    CREATE INDEX consents_user ON consents(user_key);
    CREATE TABLE referrals (                  -- a hand-over to a regional project; personal data, with consent
        id              TEXT PRIMARY KEY,     -- short reference shown to mentee and mentors, e.g. 'K7Q2MX'
        user_key        TEXT NOT NULL,        -- '' once withdrawn
        kind            TEXT NOT NULL,        -- mentee | employer
        district        TEXT NOT NULL,        -- official district key, e.g. '14612'
        lang            TEXT NOT NULL,        -- the person's language (for messages to them)
        chat_id         INTEGER,              -- the person's Telegram chat (to tell them it was accepted)
        consent_version TEXT NOT NULL,
        consent_at      TEXT NOT NULL,
        data            TEXT NOT NULL,        -- JSON: answers and contact details ('{}' once withdrawn)
        contact_hash    TEXT NOT NULL DEFAULT '',  -- keyed hash of phone / e-mail, to recognise a second request
        status          TEXT NOT NULL,        -- new | accepted | contacted | unreachable | closed | withdrawn
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        accepted_by     TEXT,                 -- the mentor's Telegram name (staff, not a mentee)
        accepted_by_id  INTEGER,
        accepted_at     TEXT,
        reminded_at     TEXT,
        escalated_at    TEXT
    );
    CREATE INDEX referrals_user ON referrals(user_key);
    CREATE INDEX referrals_status ON referrals(status, created_at);
    CREATE TABLE outbox (                     -- deliveries, committed before they are attempted
        id          INTEGER PRIMARY KEY,
        referral_id TEXT NOT NULL REFERENCES referrals(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL,            -- referral | reminder | escalation | withdrawn | accepted
        channel     TEXT NOT NULL,            -- 'tg:<chat id>' or 'mail:<address>'
        idem        TEXT NOT NULL UNIQUE,     -- idempotency key: one delivery per referral, kind and channel
        state       TEXT NOT NULL,            -- pending | sent | failed | cancelled
        attempts    INTEGER NOT NULL DEFAULT 0,
        next_at     TEXT NOT NULL,
        last_error  TEXT NOT NULL DEFAULT '',
        message_id  INTEGER,                  -- Telegram message id once sent (to update its buttons)
        sent_at     TEXT,
        created_at  TEXT NOT NULL
    );
    CREATE INDEX outbox_due ON outbox(state, next_at);
    """,
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
    # 5: messages between mentors and mentees through the bot   -- owned by bot/handoff/relay.py
    """
    ALTER TABLE outbox ADD COLUMN payload TEXT;   -- JSON of a relayed message, only until it is delivered
    -- Relayed contents are kept no longer than delivery needs: sent, failed or cancelled erases them.
    CREATE TRIGGER outbox_payload_erased AFTER UPDATE OF state ON outbox
        WHEN NEW.state != 'pending' AND NEW.payload IS NOT NULL
        BEGIN UPDATE outbox SET payload = NULL WHERE id = NEW.id; END;
    CREATE TABLE relay_links (                -- the bot's messages in a project chat that belong to a referral
        chat_id     INTEGER NOT NULL,
        message_id  INTEGER NOT NULL,
        referral_id TEXT NOT NULL,
        PRIMARY KEY (chat_id, message_id)
    );
    CREATE TABLE relay_compose (              -- a person writing to their mentor right now (pseudonymous key)
        user_key    TEXT PRIMARY KEY,
        referral_id TEXT NOT NULL,
        until       TEXT NOT NULL
    );
    CREATE TRIGGER relay_compose_ends AFTER UPDATE OF status ON referrals
        WHEN NEW.status IN ('closed', 'withdrawn')
        BEGIN DELETE FROM relay_compose WHERE referral_id = NEW.id; END;
    """,
    # 6: how a referral ended (placement outcome, set by a mentor after closing) and the referral's anonymous
    # statistics id (events.conv of its mentor events; cleared with the personal data, so nothing joins after)
    """
    ALTER TABLE referrals ADD COLUMN outcome TEXT;      -- employment | apprenticeship | qualification | ...
    ALTER TABLE referrals ADD COLUMN outcome_at TEXT;
    ALTER TABLE referrals ADD COLUMN stat_id TEXT;
    """,
    # 7: channel updates already applied, to recognise one delivered again (replays come within 24 hours)
    """
    CREATE TABLE applied_updates (
        update_id  INTEGER PRIMARY KEY,       -- the channel's update number (Telegram: update_id)
        applied_at REAL NOT NULL              -- unix time; older rows are only kept until the next clean-up
    );
    CREATE INDEX applied_updates_at ON applied_updates(applied_at);
    """,
    # 8: facts about the database itself
    """
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,               -- e.g. 'user_key_fingerprint': keyed hash of USER_KEY_SECRET
        value TEXT NOT NULL
    );
    """,
    # 9: anonymous events cannot be tied to a referral: times to the hour, referral counts in no conversation
    """
    UPDATE events SET ts = substr(ts, 1, 13) || ':00:00+00:00' WHERE length(ts) >= 13;
    UPDATE events SET conv = 'm' || lower(hex(randomblob(7))) WHERE kind = 'referral';
    """,
    # 10: a referral that expires (retention) ends the person's writing to the mentor, like closing it
    """
    DROP TRIGGER relay_compose_ends;
    CREATE TRIGGER relay_compose_ends AFTER UPDATE OF status ON referrals
        WHEN NEW.status IN ('closed', 'withdrawn', 'expired')
        BEGIN DELETE FROM relay_compose WHERE referral_id = NEW.id; END;
    """,
]
