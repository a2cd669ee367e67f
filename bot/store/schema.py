"""The database schema as numbered migrations; the position in the list is the version."""

MIGRATIONS: list[str] = [
    # 1: sources, articles, events and their reports, subscriptions, the outbox, presences.
    """
    CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        url TEXT NOT NULL UNIQUE,
        interval INTEGER,
        origin TEXT NOT NULL DEFAULT 'config',
        added_by TEXT,
        etag TEXT,
        last_modified TEXT,
        first_polled TEXT,
        last_polled TEXT,
        last_success TEXT,
        last_error TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        company TEXT NOT NULL,
        company_listed INTEGER NOT NULL,
        country TEXT NOT NULL,
        city TEXT,
        kind TEXT NOT NULL,
        kinds TEXT NOT NULL,
        confidence REAL NOT NULL,
        headline TEXT NOT NULL,
        summary TEXT NOT NULL,
        evidence TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        planned INTEGER NOT NULL DEFAULT 0,
        alerted INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX events_company_country ON events (company, country, first_seen);
    CREATE INDEX events_first_seen ON events (first_seen);
    CREATE TABLE articles (
        key TEXT PRIMARY KEY,
        source_id INTEGER REFERENCES sources (id) ON DELETE SET NULL,
        url TEXT NOT NULL,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        published TEXT,
        fetched_at TEXT NOT NULL,
        event_id INTEGER REFERENCES events (id)
    );
    CREATE INDEX articles_event ON articles (event_id);
    CREATE TABLE event_reports (
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        published TEXT,
        added_at TEXT NOT NULL,
        PRIMARY KEY (event_id, url)
    );
    CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        target TEXT NOT NULL,
        companies TEXT NOT NULL DEFAULT '[]',
        countries TEXT NOT NULL DEFAULT '[]',
        kinds TEXT NOT NULL DEFAULT '[]',
        min_confidence REAL NOT NULL DEFAULT 0.5,
        username TEXT,
        avatar_url TEXT,
        origin TEXT NOT NULL DEFAULT 'config',
        created_by TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL
    );
    CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
        target TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt TEXT NOT NULL,
        message_id TEXT,
        last_error TEXT,
        created_at TEXT NOT NULL,
        sent_at TEXT,
        UNIQUE (event_id, subscription_id)
    );
    CREATE INDEX deliveries_due ON deliveries (status, next_attempt);
    CREATE TABLE presences (
        company TEXT NOT NULL,
        country TEXT NOT NULL,
        kind TEXT NOT NULL,
        city TEXT,
        since TEXT NOT NULL,
        planned INTEGER NOT NULL DEFAULT 0,
        event_id INTEGER REFERENCES events (id) ON DELETE SET NULL,
        PRIMARY KEY (company, country, kind)
    );
    """,
    # 2: chat-added sources remember the server or workspace that added them (per-server cap).
    """
    ALTER TABLE sources ADD COLUMN scope TEXT;
    CREATE INDEX sources_scope ON sources (scope);
    """,
    # 3: what a posted message shows and where it is (for edits), the in-flight claim that
    # bounds resends after a crash, and targets that no longer exist.
    """
    ALTER TABLE deliveries ADD COLUMN channel_id TEXT;
    ALTER TABLE deliveries ADD COLUMN shown_reports INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE deliveries ADD COLUMN edit_pending INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE deliveries ADD COLUMN edited_at TEXT;
    ALTER TABLE deliveries ADD COLUMN claimed_at TEXT;
    ALTER TABLE deliveries ADD COLUMN uncertain INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX deliveries_edits ON deliveries (edit_pending, next_attempt);
    CREATE INDEX deliveries_target ON deliveries (target, status);
    CREATE TABLE dead_targets (
        target TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        since TEXT NOT NULL
    );
    """,
    # 4: source health (backoff, pause), crash-safe article processing, one event per
    # first article (two polls of one source at once cannot create the same event twice).
    """
    ALTER TABLE sources ADD COLUMN next_poll TEXT;
    ALTER TABLE sources ADD COLUMN failing_since TEXT;
    ALTER TABLE sources ADD COLUMN paused_at TEXT;
    ALTER TABLE articles ADD COLUMN processed INTEGER NOT NULL DEFAULT 1;
    CREATE INDEX articles_source_title ON articles (source_id, lower(title));
    ALTER TABLE events ADD COLUMN origin_key TEXT;
    ALTER TABLE events ADD COLUMN routed INTEGER NOT NULL DEFAULT 1;
    CREATE UNIQUE INDEX events_origin ON events (origin_key);
    """,
    # 5: the newest dated report of an event without sorting all of them (clustering asks
    # for it for every report of a busy event).
    """
    CREATE INDEX event_reports_published ON event_reports (event_id, published);
    """,
    # 6: when a delivery's first request started, kept when a claim is dropped: a resend is
    # deduplicated by Discord's nonce only while every earlier attempt is inside its window.
    """
    ALTER TABLE deliveries ADD COLUMN first_claimed_at TEXT;
    UPDATE deliveries SET first_claimed_at = claimed_at WHERE claimed_at IS NOT NULL;
    """,
    # 7: the other countries a move names with its target ("in the UK and Germany"), so that
    # a report of either joins the event and a subscription to either gets it.
    """
    ALTER TABLE events ADD COLUMN also TEXT NOT NULL DEFAULT '[]';
    """,
]
