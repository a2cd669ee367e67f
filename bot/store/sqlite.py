"""The Store on SQLite through aiosqlite: WAL mode, migrations, unique constraints."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import AsyncIterator, Collection, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.detect.knowledge import Presence, parse_since
from bot.detect.places import within
from bot.errors import StoreError
from bot.models import (
    Article,
    Delivery,
    DeliveryStatus,
    EntryKind,
    Event,
    EventQuery,
    MarketEntry,
    Report,
    SourceState,
    Stats,
    Subscription,
)
from bot.store.schema import MIGRATIONS

# Rows per INSERT: 7 parameters each stays far below SQLite's 32,766-parameter limit.
ARTICLE_CHUNK = 500


def _sql_lower(text: str) -> str:
    """SQLite's lower(): ASCII letters only (no ICU), so Python and SQL agree."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ts(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value else None


def _in_markets(codes: Collection[str]) -> tuple[str, list[str]]:
    """A WHERE clause and its parameters: events whose target, or a country listed with it,
    is one of `codes`."""
    marks = ", ".join("?" * len(codes))
    clause = (
        f"(country IN ({marks}) "  # noqa: S608 - placeholders only
        f"OR EXISTS (SELECT 1 FROM json_each(also) WHERE value IN ({marks})))"
    )
    return clause, [*codes, *codes]


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _filter_columns(s: Subscription) -> tuple[Any, ...]:
    """target, companies, countries, kinds, min_confidence, username, avatar_url as stored."""
    return (
        s.target,
        json.dumps(list(s.companies)),
        json.dumps(list(s.countries)),
        json.dumps([k.value for k in s.kinds]),
        s.min_confidence,
        s.username,
        s.avatar_url,
    )


@asynccontextmanager
async def open_store(path: Path, *, lock_timeout: float = 10.0) -> AsyncIterator[SQLiteStore]:
    """Open (creating and migrating) the database; StoreError says why it cannot be used.

    At start-up the file is checked (`PRAGMA quick_check`) and a write lock is taken once,
    so a damaged file or another process holding the database fails here, in one line,
    not at the first write mid-poll. `lock_timeout` is how long to wait for that lock."""
    try:
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        db = await aiosqlite.connect(path, timeout=lock_timeout)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"{path}: cannot open database: {exc}") from None
    try:
        db.row_factory = aiosqlite.Row
        store = SQLiteStore(db)
        try:
            await store.migrate()
            await store.check()
        except sqlite3.DatabaseError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError(
                    f"{path}: database is locked by another process (is another beachhead "
                    f"running on it?); waited {lock_timeout:g} s"
                ) from None
            raise StoreError(
                f"{path}: database unusable ({exc}); restore a backup or move it away"
            ) from None
        yield store
    finally:
        await db.close()


class SQLiteStore:
    """Store Protocol on one aiosqlite connection (writes are serialised by it)."""

    def __init__(self, db: aiosqlite.Connection) -> None:
        self.db = db

    async def migrate(self) -> None:
        """Bring the schema to the latest version."""
        await self.db.execute("PRAGMA journal_mode=WAL")
        await self.db.execute("PRAGMA foreign_keys=ON")
        await self.db.execute("PRAGMA synchronous=NORMAL")
        async with self.db.execute("PRAGMA user_version") as cursor:
            row = await cursor.fetchone()
        version = int(row[0]) if row else 0
        if version > len(MIGRATIONS):
            raise StoreError(
                f"database schema v{version} is newer than this Beachhead (v{len(MIGRATIONS)})"
            )
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            await self.db.executescript(f"BEGIN;{script};PRAGMA user_version={number};COMMIT;")

    async def check(self) -> None:
        """Raise sqlite3.DatabaseError if the file is damaged or another process holds the
        write lock (waiting up to the connection's timeout for it)."""
        rows = await self._rows("PRAGMA quick_check")
        verdict = [str(r[0]) for r in rows]
        if verdict != ["ok"]:
            raise sqlite3.DatabaseError("; ".join(verdict)[:300])
        await self.db.execute("BEGIN IMMEDIATE")
        await self.db.rollback()

    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[aiosqlite.Row]:
        async with self.db.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def _write(self, sql: str, params: Sequence[Any] = ()) -> int:
        cursor = await self.db.execute(sql, params)
        await self.db.commit()
        return cursor.rowcount

    # sources -----------------------------------------------------------------
    async def sync_sources(self, sources: Sequence[tuple[str, str, int | None]]) -> None:
        """Make config sources (name, url, interval) present; chat-added ones stay."""
        now = _ts(datetime.now(UTC))
        await self.db.executemany(
            "INSERT INTO sources (name, url, interval, origin, created_at) "
            "VALUES (?, ?, ?, 'config', ?) "
            "ON CONFLICT (url) DO UPDATE SET name = excluded.name, interval = excluded.interval",
            [(name, url, interval, now) for name, url, interval in sources],
        )
        await self.db.commit()

    async def sources(self) -> list[SourceState]:
        """Every source with its fetch state."""
        rows = await self._rows("SELECT * FROM sources ORDER BY id")
        return [
            SourceState(
                id=r["id"],
                name=r["name"],
                url=r["url"],
                interval=r["interval"],
                etag=r["etag"],
                last_modified=r["last_modified"],
                first_polled=_dt(r["first_polled"]),
                last_success=_dt(r["last_success"]),
                last_error=r["last_error"],
                failures=r["failures"],
                next_poll=_dt(r["next_poll"]),
                failing_since=_dt(r["failing_since"]),
                paused_at=_dt(r["paused_at"]),
                origin=r["origin"],
                added_by=r["added_by"],
                scope=r["scope"],
            )
            for r in rows
        ]

    async def add_source(
        self, name: str, url: str, *, added_by: str, scope: str, when: datetime
    ) -> SourceState | None:
        """Add a source from a chat command; None if that URL is already a source."""
        cursor = await self.db.execute(
            "INSERT OR IGNORE INTO sources (name, url, origin, added_by, scope, created_at) "
            "VALUES (?, ?, 'chat', ?, ?, ?)",
            (name, url, added_by, scope, _ts(when)),
        )
        await self.db.commit()
        if cursor.rowcount != 1:
            return None
        return next(s for s in await self.sources() if s.id == cursor.lastrowid)

    async def remove_source(self, source_id: int) -> bool:
        """Delete a source; its articles and events stay."""
        return await self._write("DELETE FROM sources WHERE id = ?", (source_id,)) == 1

    async def record_fetch(
        self,
        source_id: int,
        when: datetime,
        *,
        error: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        next_poll: datetime | None = None,
        problem: str | None = None,
    ) -> None:
        """Remember a poll: validators and success (with any `problem` the feed had), or the
        error and one more failure; `next_poll` is the earliest time to poll again."""
        stamp = _ts(when)
        if error is not None:
            await self._write(
                "UPDATE sources SET last_polled = ?, last_error = ?, failures = failures + 1, "
                "first_polled = COALESCE(first_polled, ?), "
                "failing_since = COALESCE(failing_since, ?), next_poll = ? WHERE id = ?",
                (stamp, error[:500], stamp, stamp, _ts(next_poll), source_id),
            )
            return
        await self._write(
            "UPDATE sources SET last_polled = ?, last_success = ?, last_error = ?, "
            "failures = 0, failing_since = NULL, paused_at = NULL, next_poll = ?, "
            "etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), "
            "first_polled = COALESCE(first_polled, ?) WHERE id = ?",
            (
                stamp,
                stamp,
                problem[:500] if problem else None,
                _ts(next_poll),
                etag,
                last_modified,
                stamp,
                source_id,
            ),
        )

    async def pause_source(self, source_id: int, when: datetime) -> None:
        """The source kept failing: poll it only at the longest backoff until it recovers."""
        await self._write(
            "UPDATE sources SET paused_at = COALESCE(paused_at, ?) WHERE id = ?",
            (_ts(when), source_id),
        )

    # articles and events -----------------------------------------------------
    async def add_article(self, article: Article, source_id: int, fetched_at: datetime) -> bool:
        """Store an article once ever; False if it was seen already (see `add_articles`)."""
        return bool(await self.add_articles([article], source_id, fetched_at))

    async def add_articles(
        self, articles: Sequence[Article], source_id: int, fetched_at: datetime
    ) -> list[Article]:
        """Store a feed's articles at once; returns, in order, those to process: never seen
        by key nor (a guid scheme change, a re-dated copy) by the same title from the same
        source, and those whose processing was cut off before (see `mark_processed`)."""
        stamp = _ts(fetched_at)
        fresh: list[Article] = []
        for start in range(0, len(articles), ARTICLE_CHUNK):
            chunk = articles[start : start + ARTICLE_CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = await self._rows(
                f"SELECT key, processed FROM articles WHERE key IN ({marks})",  # noqa: S608
                [a.key for a in chunk],
            )
            unfinished = {r["key"] for r in rows if r["processed"] == 0}
            stored = {r["key"] for r in rows}
            rows = await self._rows(
                "SELECT lower(title) AS t FROM articles WHERE source_id = ? "  # noqa: S608
                f"AND lower(title) IN ({marks})",
                [source_id, *(_sql_lower(a.title) for a in chunk)],
            )
            titles = {r["t"] for r in rows}
            candidates: list[Article] = []
            for article in chunk:
                title = _sql_lower(article.title)
                if article.key in stored or (title.strip() and title in titles):
                    continue
                titles.add(title)
                stored.add(article.key)  # a key repeated within one feed is new once
                candidates.append(article)
            inserted: set[str] = set()
            if candidates:
                values = ", ".join(["(?, ?, ?, ?, ?, ?, ?, 0)"] * len(candidates))
                params = [
                    value
                    for a in candidates
                    for value in (
                        a.key, source_id, a.url, a.title, a.summary, _ts(a.published), stamp
                    )
                ]  # fmt: skip
                # One INSERT … RETURNING per chunk: the UNIQUE key still decides, atomically,
                # what is new when two processes poll the same source at once.
                # execute_fetchall steps the statement to the end in one go: a RETURNING
                # cursor left open would make another poll's commit fail.
                returned = await self.db.execute_fetchall(
                    "INSERT OR IGNORE INTO articles (key, source_id, url, title, summary, "  # noqa: S608
                    f"published, fetched_at, processed) VALUES {values} RETURNING key",
                    params,
                )
                inserted = {r[0] for r in returned}
            for article in chunk:
                if article.key in inserted or article.key in unfinished:
                    inserted.discard(article.key)
                    unfinished.discard(article.key)
                    fresh.append(article)
        await self.db.commit()
        return fresh

    async def mark_processed(self, article_keys: Sequence[str]) -> None:
        """Everything these articles lead to (events, reports, deliveries) is stored."""
        for start in range(0, len(article_keys), ARTICLE_CHUNK):
            chunk = article_keys[start : start + ARTICLE_CHUNK]
            marks = ", ".join("?" * len(chunk))
            await self.db.execute(
                f"UPDATE articles SET processed = 1 WHERE key IN ({marks})",  # noqa: S608
                chunk,
            )
        await self.db.commit()

    async def link_article(self, article_key: str, event_id: int) -> None:
        """Note which event an article reported."""
        await self._write("UPDATE articles SET event_id = ? WHERE key = ?", (event_id, article_key))

    async def create_event(
        self,
        entry: MarketEntry,
        summary: str,
        report: Report,
        when: datetime,
        *,
        alerted: bool,
        origin_key: str | None = None,
    ) -> Event:
        """Record a new event with its first report; the event `origin_key` (the first
        article's key) already started, if there is one."""
        cursor = await self.db.execute(
            "INSERT INTO events (company, company_listed, country, city, kind, kinds, confidence, "
            "headline, summary, evidence, first_seen, last_seen, planned, alerted, origin_key, "
            "routed, also) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (origin_key) DO NOTHING",
            (
                entry.company,
                int(entry.company_listed),
                entry.country,
                entry.city,
                entry.kind.value,
                json.dumps([k.value for k in entry.kinds]),
                entry.confidence,
                entry.headline,
                summary,
                entry.evidence,
                _ts(when),
                _ts(when),
                int(entry.planned),
                int(alerted),
                origin_key,
                int(not alerted),
                json.dumps(entry.also),
            ),
        )
        if cursor.rowcount != 1:
            rows = await self._rows("SELECT id FROM events WHERE origin_key = ?", (origin_key,))
            await self.db.commit()
            existing = await self.event(int(rows[0]["id"]))
            assert existing is not None
            return existing
        event_id = int(cursor.lastrowid or 0)
        await self._insert_report(event_id, report, when)
        await self.db.commit()
        found = await self.event(event_id)
        assert found is not None
        return found

    async def _insert_report(self, event_id: int, report: Report, when: datetime) -> int:
        cursor = await self.db.execute(
            "INSERT OR IGNORE INTO event_reports (event_id, url, title, source, published, "
            "added_at) VALUES (?, ?, ?, ?, ?, ?)",
            (event_id, report.url, report.title, report.source, _ts(report.published), _ts(when)),
        )
        return cursor.rowcount

    async def add_report(self, event_id: int, report: Report, when: datetime) -> bool:
        """Attach another outlet's report; False if that URL was already attached."""
        added = await self._insert_report(event_id, report, when)
        await self.db.execute("UPDATE events SET last_seen = ? WHERE id = ?", (_ts(when), event_id))
        await self.db.commit()
        return added == 1

    async def recent_events(
        self, company: str, countries: Collection[str], since: datetime
    ) -> list[Event]:
        """Events of this company in any of these countries (as target or listed with it)
        last seen at or after `since`."""
        markets, codes = _in_markets(countries)
        rows = await self._rows(
            f"SELECT * FROM events WHERE company = ? AND {markets} "  # noqa: S608
            "AND last_seen >= ? ORDER BY first_seen",
            (company, *codes, _ts(since)),
        )
        # Only the newest report: all clustering needs, and a busy event has thousands.
        return [await self._event(r, newest_only=True) for r in rows]

    async def event(self, event_id: int) -> Event | None:
        """One event with all its reports."""
        rows = await self._rows("SELECT * FROM events WHERE id = ?", (event_id,))
        return await self._event(rows[0]) if rows else None

    async def query_events(self, query: EventQuery) -> list[Event]:
        """Events matching a filter, newest first."""
        where: list[str] = ["1 = 1"]
        params: list[str | int | None] = []
        if query.company:
            where.append("company = ? COLLATE NOCASE")
            params.append(query.company)
        if query.country:
            # a region takes the countries in it: "EU" finds Mistral's Berlin office
            markets, codes = _in_markets(sorted(within(query.country)))
            where.append(markets)
            params += codes
        if query.kind:
            where.append("EXISTS (SELECT 1 FROM json_each(kinds) WHERE value = ?)")
            params.append(query.kind.value)
        if query.since:
            where.append("first_seen >= ?")
            params.append(_ts(query.since))
        rows = await self._rows(
            f"SELECT * FROM events WHERE {' AND '.join(where)} "  # noqa: S608 - fixed fragments
            "ORDER BY first_seen DESC, id DESC LIMIT ? OFFSET ?",
            [*params, query.limit, query.offset],
        )
        return [await self._event(r) for r in rows]

    async def _event(self, row: aiosqlite.Row, *, newest_only: bool = False) -> Event:
        if newest_only:
            # Two index lookups instead of sorting every report: the newest dated report,
            # else (no report has a date) the latest added.
            reports = await self._rows(
                "SELECT * FROM event_reports WHERE event_id = ? AND published IS NOT NULL "
                "ORDER BY published DESC LIMIT 1",
                (row["id"],),
            ) or await self._rows(
                "SELECT * FROM event_reports WHERE event_id = ? ORDER BY rowid DESC LIMIT 1",
                (row["id"],),
            )
        else:
            reports = await self._rows(
                "SELECT * FROM event_reports WHERE event_id = ? ORDER BY added_at, rowid",
                (row["id"],),
            )
        kinds = tuple(EntryKind(k) for k in json.loads(row["kinds"]))
        entry = MarketEntry(
            company=row["company"],
            company_listed=bool(row["company_listed"]),
            country=row["country"],
            city=row["city"],
            also=tuple(json.loads(row["also"])),
            kind=EntryKind(row["kind"]),
            kinds=kinds,
            confidence=row["confidence"],
            evidence=row["evidence"],
            headline=row["headline"],
            planned=bool(row["planned"]),
        )
        return Event(
            id=row["id"],
            entry=entry,
            summary=row["summary"],
            first_seen=datetime.fromisoformat(row["first_seen"]),
            reports=tuple(
                Report(
                    url=r["url"],
                    title=r["title"],
                    source=r["source"],
                    published=_dt(r["published"]),
                )
                for r in reports
            ),
        )

    # presences ---------------------------------------------------------------
    async def presences(self) -> list[Presence]:
        """Presences learned from detected events."""
        rows = await self._rows("SELECT * FROM presences")
        return [
            Presence(
                company=r["company"],
                country=r["country"],
                kind=EntryKind(r["kind"]),
                since=parse_since(r["since"][:10]),
                city=r["city"] or "",
                planned=bool(r["planned"]),
            )
            for r in rows
        ]

    async def add_presence(self, presence: Presence, event_id: int) -> None:
        """Learn that a company now operates in a country this way."""
        await self._write(
            "INSERT INTO presences (company, country, kind, city, since, planned, event_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (company, country, kind) DO UPDATE SET "
            "planned = MIN(planned, excluded.planned)",
            (
                presence.company,
                presence.country,
                presence.kind.value,
                presence.city,
                presence.since.isoformat() if presence.since else "",
                int(presence.planned),
                event_id,
            ),
        )

    # subscriptions and deliveries --------------------------------------------
    async def sync_subscriptions(self, subscriptions: Sequence[Subscription]) -> None:
        """Make the config file's subscriptions current; chat-made ones stay."""
        now = _ts(datetime.now(UTC))
        names = [s.name for s in subscriptions]
        await self.db.execute(
            f"UPDATE subscriptions SET active = 0 WHERE origin = 'config' "  # noqa: S608
            f"AND name NOT IN ({','.join('?' * len(names))})",
            names,
        )
        await self.db.executemany(
            "INSERT INTO subscriptions (name, target, companies, countries, kinds, min_confidence, "
            "username, avatar_url, origin, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'config', ?) "
            "ON CONFLICT (name) DO UPDATE SET target = excluded.target, "
            "companies = excluded.companies, countries = excluded.countries, "
            "kinds = excluded.kinds, min_confidence = excluded.min_confidence, "
            "username = excluded.username, avatar_url = excluded.avatar_url, active = 1",
            [(s.name, *_filter_columns(s), now) for s in subscriptions],
        )
        await self.db.commit()

    @staticmethod
    def _subscription(r: aiosqlite.Row) -> Subscription:
        return Subscription(
            id=r["id"],
            name=r["name"],
            target=r["target"],
            companies=tuple(json.loads(r["companies"])),
            countries=tuple(json.loads(r["countries"])),
            kinds=tuple(EntryKind(k) for k in json.loads(r["kinds"])),
            min_confidence=r["min_confidence"],
            username=r["username"],
            avatar_url=r["avatar_url"],
            origin=r["origin"],
            created_by=r["created_by"],
        )

    async def add_subscription(self, subscription: Subscription, when: datetime) -> Subscription:
        """Store a subscription made by a chat command; it is named `chat-ID`."""
        s = subscription
        cursor = await self.db.execute(
            "INSERT INTO subscriptions (name, target, companies, countries, kinds, min_confidence, "
            "username, avatar_url, origin, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'chat', ?, ?)",
            (f"pending-{uuid.uuid4().hex}", *_filter_columns(s), s.created_by, _ts(when)),
        )
        new_id = int(cursor.lastrowid or 0)
        await self.db.execute(
            "UPDATE subscriptions SET name = ? WHERE id = ?", (f"chat-{new_id}", new_id)
        )
        await self.db.commit()
        found = await self.subscription(new_id)
        assert found is not None
        return found

    async def deactivate_subscription(self, subscription_id: int) -> bool:
        """Stop routing to a subscription; its past deliveries stay on record."""
        return (
            await self._write(
                "UPDATE subscriptions SET active = 0 WHERE id = ? AND active = 1",
                (subscription_id,),
            )
            == 1
        )

    async def stats(self) -> Stats:
        """Counts of sources, events and deliveries for the status command."""
        rows = await self._rows(
            "SELECT (SELECT COUNT(*) FROM sources) AS sources, "
            "(SELECT COUNT(*) FROM sources WHERE first_polled IS NOT NULL) AS sources_polled, "
            "(SELECT COUNT(*) FROM sources WHERE failures > 0) AS sources_failing, "
            "(SELECT COUNT(*) FROM events) AS events, "
            "(SELECT COUNT(*) FROM deliveries WHERE status = 'pending') AS deliveries_pending, "
            "(SELECT COUNT(*) FROM deliveries WHERE status = 'failed') AS deliveries_failed, "
            "(SELECT COUNT(*) FROM deliveries WHERE status = 'sent') AS deliveries_sent"
        )
        return Stats(**dict(rows[0]))

    async def subscriptions(self) -> list[Subscription]:
        """Every active subscription, with ids."""
        rows = await self._rows("SELECT * FROM subscriptions WHERE active = 1 ORDER BY id")
        return [self._subscription(r) for r in rows]

    async def subscription(self, subscription_id: int) -> Subscription | None:
        """One subscription by id."""
        rows = await self._rows("SELECT * FROM subscriptions WHERE id = ?", (subscription_id,))
        return self._subscription(rows[0]) if rows else None

    async def enqueue(
        self, event_id: int, subscriptions: Sequence[Subscription], when: datetime
    ) -> int:
        """Write pending deliveries before anything is sent; returns how many were new."""
        before = self.db.total_changes
        await self.db.executemany(
            "INSERT OR IGNORE INTO deliveries (event_id, subscription_id, target, next_attempt, "
            "created_at) VALUES (?, ?, ?, ?, ?)",
            [(event_id, s.id, s.target, _ts(when), _ts(when)) for s in subscriptions],
        )
        added = self.db.total_changes - before
        await self.db.execute("UPDATE events SET routed = 1 WHERE id = ?", (event_id,))
        await self.db.commit()
        return added

    async def unrouted_events(self) -> list[Event]:
        """Alerted events whose deliveries were never written (the process died between)."""
        rows = await self._rows("SELECT * FROM events WHERE routed = 0 ORDER BY id")
        return [await self._event(r) for r in rows]

    _DUE = "next_attempt <= ? AND (status = 'pending' OR (status = 'sent' AND edit_pending = 1))"

    async def due_targets(self, now: datetime) -> list[str]:
        """Targets with something due, the one waiting longest first."""
        rows = await self._rows(
            f"SELECT target FROM deliveries WHERE {self._DUE} "  # noqa: S608
            "GROUP BY target ORDER BY MIN(id)",
            (_ts(now),),
        )
        return [r["target"] for r in rows]

    async def due_deliveries(
        self, now: datetime, limit: int = 500, *, target: str | None = None
    ) -> list[Delivery]:
        """Sends (pending) and edits (sent, edit pending) whose time has come, oldest first."""
        only = " AND target = ?" if target is not None else ""
        params: list[str | int | None] = [_ts(now), *([target] if target is not None else [])]
        rows = await self._rows(
            f"SELECT * FROM deliveries WHERE {self._DUE}{only} "  # noqa: S608
            "ORDER BY id LIMIT ?",
            [*params, limit],
        )
        return [
            Delivery(
                id=r["id"],
                event_id=r["event_id"],
                subscription_id=r["subscription_id"],
                target=r["target"],
                status=DeliveryStatus(r["status"]),
                attempts=r["attempts"],
                message_id=r["message_id"],
                channel_id=r["channel_id"],
                last_error=r["last_error"],
                shown_reports=r["shown_reports"],
                edit_pending=bool(r["edit_pending"]),
                claimed_at=_dt(r["claimed_at"]),
                first_claimed_at=_dt(r["first_claimed_at"]),
                uncertain=r["uncertain"],
                created_at=_dt(r["created_at"]),
            )
            for r in rows
        ]

    async def pending_deliveries(self) -> int:
        """How many deliveries are still to be sent (due now or later)."""
        rows = await self._rows("SELECT count(*) FROM deliveries WHERE status = 'pending'")
        return int(rows[0][0])

    async def ping(self) -> None:
        """Answer a trivial query, or raise StoreError saying why the database cannot."""
        try:
            await self._rows("SELECT 1 FROM sources LIMIT 1")
        except (sqlite3.Error, ValueError) as exc:  # ValueError: the connection is closed
            raise StoreError(f"database does not answer: {exc}") from None

    async def claim(self, delivery_id: int, when: datetime) -> None:
        """Note, durably, that a request for this delivery is about to start."""
        await self._write(
            "UPDATE deliveries SET claimed_at = ?, attempts = attempts + 1, "
            "first_claimed_at = COALESCE(first_claimed_at, ?) WHERE id = ?",
            (_ts(when), _ts(when), delivery_id),
        )

    async def note_interrupted(self, delivery_id: int) -> None:
        """An earlier attempt was cut off mid-request; count it as uncertain, drop the claim."""
        await self._write(
            "UPDATE deliveries SET uncertain = uncertain + 1, claimed_at = NULL "
            "WHERE id = ? AND claimed_at IS NOT NULL",
            (delivery_id,),
        )

    # An edit is still owed when the event has more reports than the message shows.
    _EDIT_OWED = (
        "((SELECT COUNT(*) FROM event_reports r WHERE r.event_id = deliveries.event_id) > ?)"
    )

    async def mark_sent(
        self,
        delivery_id: int,
        message_id: str | None,
        channel_id: str | None,
        shown_reports: int,
        when: datetime,
    ) -> None:
        """A delivery reached its target; an edit stays pending if reports arrived meanwhile."""
        await self._write(
            "UPDATE deliveries SET status = 'sent', message_id = ?, channel_id = ?, sent_at = ?, "  # noqa: S608
            "claimed_at = NULL, last_error = NULL, shown_reports = ?, next_attempt = ?, "
            f"edit_pending = {self._EDIT_OWED} WHERE id = ?",
            (
                message_id,
                channel_id,
                _ts(when),
                shown_reports,
                _ts(when),
                shown_reports,
                delivery_id,
            ),
        )

    async def mark_edited(self, delivery_id: int, shown_reports: int, when: datetime) -> None:
        """The posted message now shows `shown_reports` reports."""
        await self._write(
            "UPDATE deliveries SET edited_at = ?, claimed_at = NULL, last_error = NULL, "  # noqa: S608
            f"shown_reports = ?, edit_pending = {self._EDIT_OWED} WHERE id = ?",
            (_ts(when), shown_reports, shown_reports, delivery_id),
        )

    async def drop_edit(self, delivery_id: int, reason: str) -> None:
        """An edit that can never be made (message deleted, target gone); the post stays sent."""
        await self._write(
            "UPDATE deliveries SET edit_pending = 0, claimed_at = NULL, last_error = ? "
            "WHERE id = ?",
            (reason[:500], delivery_id),
        )

    async def request_edits(self, event_id: int, when: datetime) -> int:
        """A report joined an event: its posted messages need an edit; returns how many."""
        return await self._write(
            "UPDATE deliveries SET edit_pending = 1, next_attempt = MAX(next_attempt, ?) "
            "WHERE event_id = ? AND status = 'sent'",
            (_ts(when), event_id),
        )

    async def mark_retry(
        self, delivery_id: int, error: str, next_attempt: datetime, *, uncertain: bool = False
    ) -> None:
        """A delivery failed for now; try again at `next_attempt`."""
        await self._write(
            "UPDATE deliveries SET last_error = ?, next_attempt = ?, claimed_at = NULL, "
            "uncertain = uncertain + ? WHERE id = ?",
            (error[:500], _ts(next_attempt), int(uncertain), delivery_id),
        )

    async def hold_target(self, target: str, after_id: int, until: datetime) -> None:
        """Keep later deliveries to `target` waiting until `until`, so order is kept."""
        await self._write(
            "UPDATE deliveries SET next_attempt = MAX(next_attempt, ?) WHERE target = ? "
            "AND id > ? AND (status = 'pending' OR edit_pending = 1)",
            (_ts(until), target, after_id),
        )

    async def mark_failed(self, delivery_id: int, error: str) -> bool:
        """A pending delivery can never succeed (the target is gone or refuses us); False if
        it was no longer pending."""
        changed = await self._write(
            "UPDATE deliveries SET status = 'failed', claimed_at = NULL, last_error = ? "
            "WHERE id = ? AND status = 'pending'",
            (error[:500], delivery_id),
        )
        return changed == 1

    async def fail_target(self, target_prefix: str, error: str, *, exact: bool = True) -> int:
        """Fail every pending delivery (and drop every pending edit) of a target, or of every
        target starting with `target_prefix` when `exact` is False; returns how many failed."""
        match = "target = ?" if exact else "substr(target, 1, length(?)) = ?"
        params: list[str] = [target_prefix] if exact else [target_prefix, target_prefix]
        failed = await self._write(
            "UPDATE deliveries SET status = 'failed', claimed_at = NULL, last_error = ? "  # noqa: S608
            f"WHERE status = 'pending' AND {match}",
            [error[:500], *params],
        )
        await self._write(
            "UPDATE deliveries SET edit_pending = 0, last_error = ? "  # noqa: S608
            f"WHERE status = 'sent' AND edit_pending = 1 AND {match}",
            [error[:500], *params],
        )
        return failed

    async def dead_targets(self) -> dict[str, str]:
        """Targets that told us they no longer exist, with the reason."""
        return {r["target"]: r["reason"] for r in await self._rows("SELECT * FROM dead_targets")}

    async def add_dead_target(self, target: str, reason: str, when: datetime) -> None:
        """Never use this target again."""
        await self._write(
            "INSERT OR IGNORE INTO dead_targets (target, reason, since) VALUES (?, ?, ?)",
            (target, reason[:500], _ts(when)),
        )
