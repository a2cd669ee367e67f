import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.errors import StoreError
from bot.models import Article, EntryKind, EventQuery, Subscription
from bot.store.schema import MIGRATIONS
from bot.store.sqlite import open_store
from tests.chat.test_render import make_event

NOW = datetime(2025, 5, 26, 6, tzinfo=UTC)


async def test_schema_version_wal_and_reopen(tmp_path: Path):
    path = tmp_path / "b.db"
    async with open_store(path) as store:
        await store.sync_sources([("Feed", "https://a.example/feed", None)])
    async with open_store(path) as store:
        assert [s.name for s in await store.sources()] == ["Feed"]
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


async def test_corrupt_file_is_a_clear_store_error(tmp_path: Path):
    path = tmp_path / "b.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="database unusable"):
        async with open_store(path):
            pass


async def test_article_is_stored_once_ever(tmp_path: Path):
    async with open_store(tmp_path / "b.db") as store:
        await store.sync_sources([("Feed", "https://a.example/feed", None)])
        (source,) = await store.sources()
        article = Article(key="url:a.example/1", url="https://a.example/1", title="t")
        assert await store.add_article(article, source.id, NOW)
        # Not yet marked processed (as after a crash mid-way): offered again.
        assert await store.add_article(article, source.id, NOW)
        await store.mark_processed([article.key])
        assert not await store.add_article(article, source.id, NOW)
        # The same story under another id (guid scheme changed, re-dated copy): same title,
        # same source, so not new either; another source's copy of it is its own article.
        moved = Article(key="guid:tag:a.example,2025:1", url="https://a.example/1?x", title="T")
        assert not await store.add_article(moved, source.id, NOW)
        await store.sync_sources([("Other", "https://b.example/feed", None)])
        other = (await store.sources())[1]
        assert await store.add_article(
            moved.model_copy(update={"key": "url:b.example/1"}), other.id, NOW
        )


async def test_add_articles_returns_only_new_ones_in_feed_order(tmp_path: Path):
    def art(n: int) -> Article:
        return Article(key=f"guid:{n}", url=f"https://a.example/{n}", title=f"t{n}")

    async with open_store(tmp_path / "b.db") as store:
        await store.sync_sources([("Feed", "https://a.example/feed", None)])
        (source,) = await store.sources()
        first = await store.add_articles([art(3), art(1), art(3)], source.id, NOW)
        assert [a.key for a in first] == ["guid:3", "guid:1"]  # a repeat inside a feed: once
        await store.mark_processed(["guid:3"])
        again = await store.add_articles([art(2), art(1), art(3), art(4)], source.id, NOW)
        # guid:1 was stored but never marked processed (a crash): it comes back, once.
        assert [a.key for a in again] == ["guid:2", "guid:1", "guid:4"]
        many = [art(n) for n in range(10, 1_210)]  # more rows than one INSERT carries
        assert len(await store.add_articles(many, source.id, NOW)) == 1_200
        await store.mark_processed([a.key for a in many])
        assert await store.add_articles(many, source.id, NOW) == []
        assert await store.add_article(art(4), source.id, NOW)  # still unprocessed
        await store.mark_processed(["guid:4"])
        assert not await store.add_article(art(4), source.id, NOW)


async def test_recent_events_carry_the_newest_report_for_clustering(tmp_path: Path):
    event = make_event(reports=1)
    async with open_store(tmp_path / "b.db") as store:
        stored = await store.create_event(event.entry, "s", event.reports[0], NOW, alerted=True)
        for day in (3, 9, 1):
            report = event.reports[0].model_copy(
                update={"url": f"https://x.example/{day}", "published": NOW + timedelta(days=day)}
            )
            await store.add_report(stored.id, report, NOW)
        (recent,) = await store.recent_events("OpenAI", {"KR"}, NOW - timedelta(days=1))
        assert [r.url for r in recent.reports] == ["https://x.example/9"]
        full = await store.event(stored.id)
        assert full is not None and len(full.reports) == 4


async def test_an_event_is_found_by_a_country_listed_with_its_target(tmp_path: Path):
    event = make_event(reports=1)
    both = event.entry.model_copy(update={"country": "GB", "city": None, "also": ("DE",)})
    async with open_store(tmp_path / "b.db") as store:
        stored = await store.create_event(both, "s", event.reports[0], NOW, alerted=True)
        assert stored.entry.also == ("DE",)
        since = NOW - timedelta(days=1)
        assert [e.id for e in await store.recent_events("OpenAI", {"DE", "EU"}, since)] == [
            stored.id
        ]
        assert await store.recent_events("OpenAI", {"FR"}, since) == []
        found = await store.query_events(EventQuery(country="DE"))
        assert [e.id for e in found] == [stored.id]
        assert await store.query_events(EventQuery(country="FR")) == []
        # a region finds the countries in it, as target or listed
        assert [e.id for e in await store.query_events(EventQuery(country="EU"))] == [stored.id]
        assert await store.query_events(EventQuery(country="GCC")) == []


async def test_events_stored_before_listed_countries_read_as_listing_none(tmp_path: Path):
    path = tmp_path / "v6.db"
    with sqlite3.connect(path) as db:
        db.executescript(";".join(MIGRATIONS[:6]) + "; PRAGMA user_version = 6;")
        db.execute(
            "INSERT INTO events (company, company_listed, country, kind, kinds, confidence, "
            "headline, summary, evidence, first_seen, last_seen) VALUES ('OpenAI', 1, 'KR', "
            "'office', '[\"office\"]', 0.9, 'h', 's', 'e', ?, ?)",
            (NOW.isoformat(), NOW.isoformat()),
        )
    async with open_store(path) as store:
        (old,) = await store.recent_events("OpenAI", {"KR"}, NOW - timedelta(days=1))
        assert old.entry.also == ()


async def test_events_reports_query_and_outbox(tmp_path: Path):
    event = make_event()
    async with open_store(tmp_path / "b.db") as store:
        stored = await store.create_event(event.entry, "s", event.reports[0], NOW, alerted=True)
        assert await store.add_report(stored.id, event.reports[1], NOW)
        assert not await store.add_report(stored.id, event.reports[1], NOW)
        found = await store.query_events(EventQuery(country="KR", kind=EntryKind.ENTITY))
        assert [e.id for e in found] == [stored.id] and len(found[0].reports) == 2
        assert await store.query_events(EventQuery(kind=EntryKind.DATACENTER)) == []
        assert await store.query_events(EventQuery(since=NOW + timedelta(days=1))) == []
        await store.sync_subscriptions([Subscription(name="c", target="console")])
        (sub,) = await store.subscriptions()
        assert await store.enqueue(stored.id, [sub], NOW) == 1
        assert await store.enqueue(stored.id, [sub], NOW) == 0  # unique (event, subscription)
        (due,) = await store.due_deliveries(NOW)
        await store.mark_retry(due.id, "HTTP 500", NOW + timedelta(minutes=1))
        assert await store.due_deliveries(NOW) == []
        (due,) = await store.due_deliveries(NOW + timedelta(minutes=2))
        await store.mark_sent(due.id, "123", None, 2, NOW)
        assert await store.due_deliveries(NOW + timedelta(days=1)) == []


async def test_a_report_joining_a_posted_event_makes_an_edit_due(tmp_path: Path):
    event = make_event(reports=3)
    async with open_store(tmp_path / "b.db") as store:
        stored = await store.create_event(event.entry, "s", event.reports[0], NOW, alerted=True)
        await store.sync_subscriptions([Subscription(name="c", target="console")])
        await store.enqueue(stored.id, await store.subscriptions(), NOW)
        (due,) = await store.due_deliveries(NOW)
        # Nothing posted yet: the send itself will show the new report, no edit needed.
        await store.add_report(stored.id, event.reports[1], NOW)
        assert await store.request_edits(stored.id, NOW) == 0
        # A send that rendered one report while a second arrived leaves an edit owed.
        await store.mark_sent(due.id, "m1", "c1", 1, NOW)
        (edit,) = await store.due_deliveries(NOW)
        assert edit.is_edit and (edit.message_id, edit.channel_id) == ("m1", "c1")
        await store.mark_edited(edit.id, 2, NOW)
        assert await store.due_deliveries(NOW) == []
        # A third report after the edit: the posted message is due for another edit.
        await store.add_report(stored.id, event.reports[2], NOW)
        assert await store.request_edits(stored.id, NOW + timedelta(seconds=1)) == 1
        assert await store.due_deliveries(NOW) == []  # not before the report arrived
        (edit,) = await store.due_deliveries(NOW + timedelta(seconds=1))
        assert edit.is_edit and edit.shown_reports == 2


async def test_config_subscriptions_removed_from_file_are_deactivated(tmp_path: Path):
    async with open_store(tmp_path / "b.db") as store:
        await store.sync_subscriptions(
            [Subscription(name="a", target="console"), Subscription(name="b", target="console")]
        )
        await store.sync_subscriptions([Subscription(name="b", target="console")])
        assert [s.name for s in await store.subscriptions()] == ["b"]


async def test_a_v1_database_gains_source_scopes_and_keeps_its_rows(tmp_path: Path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        db.executescript(MIGRATIONS[0] + "; PRAGMA user_version = 1;")
        db.execute(
            "INSERT INTO sources (name, url, created_at) VALUES ('Old', 'https://o.example/f', ?)",
            (NOW.isoformat(),),
        )
    async with open_store(path) as store:
        (old,) = await store.sources()
        assert (old.name, old.origin, old.scope) == ("Old", "config", None)
        added = await store.add_source(
            "New", "https://n.example/f", added_by="discord:1 (ada)", scope="discord:9", when=NOW
        )
        assert added is not None and (added.origin, added.scope) == ("chat", "discord:9")
        again = await store.add_source(
            "Dup", "https://n.example/f", added_by="x", scope="y", when=NOW
        )
        assert again is None
        assert await store.remove_source(added.id) and not await store.remove_source(added.id)


async def test_chat_subscriptions_survive_config_sync_and_stats_count_the_outbox(tmp_path: Path):
    async with open_store(tmp_path / "b.db") as store:
        made = await store.add_subscription(
            Subscription(name="chat", target="slack:C0NEWSDESK", created_by="slack:U1 (ada)"),
            NOW,
        )
        assert (made.name, made.origin) == (f"chat-{made.id}", "chat")
        await store.sync_subscriptions([Subscription(name="cfg", target="console")])
        assert [s.name for s in await store.subscriptions()] == [made.name, "cfg"]
        event = make_event()
        stored = await store.create_event(
            event.entry, event.summary, event.reports[0], NOW, alerted=True
        )
        await store.enqueue(stored.id, await store.subscriptions(), NOW)
        first, _ = await store.due_deliveries(NOW)
        await store.mark_failed(first.id, "gone")
        stats = await store.stats()
        assert (stats.events, stats.deliveries_pending, stats.deliveries_failed) == (1, 1, 1)
        assert await store.deactivate_subscription(made.id)
        assert not await store.deactivate_subscription(made.id)
        assert [s.name for s in await store.subscriptions()] == ["cfg"]
