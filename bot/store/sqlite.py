"""The Store on SQLite through aiosqlite: WAL mode, migrations, unique constraints."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

from bot.detect.knowledge import Presence, parse_since
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
    Subscription,
)
from bot.store.schema import MIGRATIONS

# Rows per INSERT: 7 parameters each stays far below SQLite's 32,766-parameter limit.
ARTICLE_CHUNK = 500


def _ts(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@asynccontextmanager
async def open_store(path: Path) -> AsyncIterator[SQLiteStore]:
    """Open (creating and migrating) the database; StoreError says why it cannot be used."""
    try:
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        db = await aiosqlite.connect(path, timeout=10)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"{path}: cannot open database: {exc}") from None
    try:
        db.row_factory = aiosqlite.Row
        store = SQLiteStore(db)
        try:
            await store.migrate()
        except sqlite3.DatabaseError as exc:
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
            )
            for r in rows
        ]

    async def record_fetch(
        self,
        source_id: int,
        when: datetime,
        *,
        error: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> None:
        """Remember a poll: validators and success, or the error and one more failure."""
        stamp = _ts(when)
        if error is not None:
            await self._write(
                "UPDATE sources SET last_polled = ?, last_error = ?, failures = failures + 1, "
                "first_polled = COALESCE(first_polled, ?) WHERE id = ?",
                (stamp, error[:500], stamp, source_id),
            )
            return
        await self._write(
            "UPDATE sources SET last_polled = ?, last_success = ?, last_error = NULL, "
            "failures = 0, etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified), "
            "first_polled = COALESCE(first_polled, ?) WHERE id = ?",
            (stamp, stamp, etag, last_modified, stamp, source_id),
        )

    # articles and events -----------------------------------------------------
    async def add_article(self, article: Article, source_id: int, fetched_at: datetime) -> bool:
        """Store an article once ever; False if its key was already seen."""
        return bool(await self.add_articles([article], source_id, fetched_at))

    async def add_articles(
        self, articles: Sequence[Article], source_id: int, fetched_at: datetime
    ) -> list[Article]:
        """Store a feed's articles in one statement; the ones never seen before, in order."""
        new: set[str] = set()
        stamp = _ts(fetched_at)
        # One INSERT … RETURNING per chunk: the UNIQUE key decides what is new, atomically.
        for start in range(0, len(articles), ARTICLE_CHUNK):
            chunk = articles[start : start + ARTICLE_CHUNK]
            values = ", ".join(["(?, ?, ?, ?, ?, ?, ?)"] * len(chunk))
            params = [
                value
                for a in chunk
                for value in (
                    a.key, source_id, a.url, a.title, a.summary, _ts(a.published), stamp
                )
            ]  # fmt: skip
            # execute_fetchall steps the statement to the end in one go: a RETURNING cursor
            # left open would make another poll's commit fail ("SQL statements in progress").
            rows = await self.db.execute_fetchall(
                "INSERT OR IGNORE INTO articles "  # noqa: S608 - placeholders only
                f"(key, source_id, url, title, summary, published, fetched_at) VALUES {values} "
                "RETURNING key",
                params,
            )
            new.update(r[0] for r in rows)
        await self.db.commit()
        fresh: list[Article] = []
        for article in articles:
            if article.key in new:
                new.discard(article.key)  # a key repeated within one feed is new once
                fresh.append(article)
        return fresh

    async def link_article(self, article_key: str, event_id: int) -> None:
        """Note which event an article reported."""
        await self._write("UPDATE articles SET event_id = ? WHERE key = ?", (event_id, article_key))

    async def create_event(
        self, entry: MarketEntry, summary: str, report: Report, when: datetime, *, alerted: bool
    ) -> Event:
        """Record a new event with its first report."""
        cursor = await self.db.execute(
            "INSERT INTO events (company, company_listed, country, city, kind, kinds, confidence, "
            "headline, summary, evidence, first_seen, last_seen, planned, alerted) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            ),
        )
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

    async def recent_events(self, company: str, country: str, since: datetime) -> list[Event]:
        """Events of this company in this country first seen at or after `since`."""
        rows = await self._rows(
            "SELECT * FROM events WHERE company = ? AND country = ? AND last_seen >= ? "
            "ORDER BY first_seen",
            (company, country, _ts(since)),
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
            where.append("country = ?")
            params.append(query.country)
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
            reports = await self._rows(
                "SELECT * FROM event_reports WHERE event_id = ? "
                "ORDER BY published IS NULL, published DESC, rowid DESC LIMIT 1",
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
            [
                (
                    s.name,
                    s.target,
                    json.dumps(list(s.companies)),
                    json.dumps(list(s.countries)),
                    json.dumps([k.value for k in s.kinds]),
                    s.min_confidence,
                    s.username,
                    s.avatar_url,
                    now,
                )
                for s in subscriptions
            ],
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
        )

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
        await self.db.commit()
        return self.db.total_changes - before

    async def due_deliveries(self, now: datetime, limit: int = 100) -> list[Delivery]:
        """Pending deliveries whose time has come, oldest first."""
        rows = await self._rows(
            "SELECT * FROM deliveries WHERE status = 'pending' AND next_attempt <= ? "
            "ORDER BY id LIMIT ?",
            (_ts(now), limit),
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
                last_error=r["last_error"],
            )
            for r in rows
        ]

    async def mark_sent(self, delivery_id: int, message_id: str | None, when: datetime) -> None:
        """A delivery reached its target."""
        await self._write(
            "UPDATE deliveries SET status = 'sent', message_id = ?, sent_at = ?, "
            "attempts = attempts + 1, last_error = NULL WHERE id = ?",
            (message_id, _ts(when), delivery_id),
        )

    async def mark_retry(self, delivery_id: int, error: str, next_attempt: datetime) -> None:
        """A delivery failed for now; try again at `next_attempt`."""
        await self._write(
            "UPDATE deliveries SET attempts = attempts + 1, last_error = ?, next_attempt = ? "
            "WHERE id = ?",
            (error[:500], _ts(next_attempt), delivery_id),
        )

    async def mark_failed(self, delivery_id: int, error: str) -> None:
        """A delivery can never succeed (the target is gone or refuses us)."""
        await self._write(
            "UPDATE deliveries SET status = 'failed', attempts = attempts + 1, last_error = ? "
            "WHERE id = ?",
            (error[:500], delivery_id),
        )
