"""Source health, identity and concurrency through the real pipeline, store and feed site.

The clock is the test's: a source's backoff, pause and the server's Retry-After /
Cache-Control are checked by moving it, while every fetch is a real request to loopback.
"""

from __future__ import annotations

import asyncio
import io
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import service
from bot.chat.replies import discord_sources
from bot.models import SourceState
from bot.sources.fetch import max_age, seconds_header
from tests.ops_support import ENTRY_CITIES, ops_settings

T0 = datetime(2025, 6, 1, 12, tzinfo=UTC)
CITIES = ENTRY_CITIES[:8]


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def at(self, seconds: float) -> None:
        self.now = T0 + timedelta(seconds=seconds)


def item(
    city: str,
    country: str,
    *,
    guid: str | None = None,
    link: str | None = None,
    date: str = "Mon, 02 Jun 2025 06:00:00 GMT",
) -> str:
    slug = city.lower()
    guid = guid if guid is not None else f"http://news.example.com/{slug}"
    link = link if link is not None else f"http://news.example.com/{slug}?utm_source=rss"
    return (
        f"<item><title>OpenAI to open its first office in {city}, {country}</title>"
        f"<link>{link}</link><guid>{guid}</guid><pubDate>{date}</pubDate>"
        f"<description>OpenAI announced its decision to establish its first office in {city}."
        "</description></item>"
    )


def feed(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Desk</title>'
        f"<link>https://news.example.com/</link>{''.join(items)}</channel></rss>"
    )


def settings(tmp_path: Path, server, paths: list[str], **scheduler: object):
    return ops_settings(
        tmp_path,
        server,
        paths,
        scheduler={"backfill_days": 3650, "jitter": 0, "interval": 600, **scheduler},
        subscriptions=[{"name": "desk", "target": "console"}],
    )


async def source_named(svc, name: str) -> SourceState:
    return next(s for s in await svc.store.sources() if s.name == name)


def test_retry_after_and_max_age_headers_are_read():
    now = datetime(2025, 6, 1, 12, tzinfo=UTC)
    assert seconds_header("120") == 120
    assert seconds_header("Sun, 01 Jun 2025 12:30:00 GMT", now) == 1800
    assert seconds_header("Sun, 01 Jun 2025 11:00:00 GMT", now) == 0
    assert seconds_header("soon") is None and seconds_header(None) is None
    assert max_age("public, max-age=3600") == 3600
    assert max_age('max-age="60", must-revalidate') == 60
    assert max_age("no-store, max-age=3600") is None and max_age("private") is None


async def test_a_failing_source_backs_off_honours_retry_after_and_is_paused_once(
    tmp_path: Path, feed_site, caplog: pytest.LogCaptureFixture
):
    site, server = feed_site
    site.add("down.xml", b"", status=503, headers={"Retry-After": "1800"})
    site.add("good.xml", feed(item("Seoul", "South Korea")))
    clock = Clock()
    config = settings(tmp_path, server, ["down.xml", "good.xml"], pause_after=7200)
    caplog.set_level(logging.DEBUG, logger="bot.pipeline")
    async with service(config, stdout=io.StringIO(), clock=clock) as svc:

        async def poll_at(seconds: float) -> bool:
            clock.at(seconds)
            result = await svc.pipeline.poll(await source_named(svc, "down.xml"))
            return not result.skipped

        assert await poll_at(0)
        down = await source_named(svc, "down.xml")
        assert down.failures == 1 and "HTTP 503" in (down.last_error or "")
        assert "retry after 1800 s" in (down.last_error or "")
        assert down.next_poll == T0 + timedelta(seconds=1800)  # Retry-After beat 600 s
        assert not await poll_at(600)  # the server asked for half an hour
        assert site.hits["/down.xml"] == 1

        site.add("down.xml", b"", status=500)  # no Retry-After from now on
        polled = [s for s in (1800, 2400, 3000, 5400, 10200, 20000, 31800) if await poll_at(s)]
        # Doubling from the interval: 1,200 s after the 2nd failure, 2,400 after the 3rd,
        # 4,800 after the 4th; at 10,200 s it has failed for over pause_after (7,200 s):
        # paused, so polled only every max_backoff (21,600 s).
        assert polled == [1800, 3000, 5400, 10200, 31800]
        down = await source_named(svc, "down.xml")
        assert down.failures == 6 and down.failing_since == T0
        assert down.paused_at == T0 + timedelta(seconds=10200)
        assert down.next_poll == T0 + timedelta(seconds=31800 + 21600)

        listing = discord_sources(await svc.store.sources())["description"]
        assert r"PAUSED since 2025\-06\-01 14:50 UTC after failing ×6" in listing
        assert "HTTP 500" in listing

        # The good source is untouched by its neighbour's trouble.
        clock.at(0)
        good = await svc.pipeline.poll(await source_named(svc, "good.xml"))
        assert good.ok and good.new_events == 1

        site.add("down.xml", feed(item("Tokyo", "Japan")))
        assert await poll_at(31800 + 21600)
        down = await source_named(svc, "down.xml")
        assert (down.failures, down.paused_at, down.last_error, down.next_poll) == (
            0,
            None,
            None,
            None,
        )
        assert await poll_at(31800 + 21600 + 600)  # back to every interval

    records = [r for r in caplog.records if getattr(r, "fields", {}).get("source") == "down.xml"]
    warnings = [r for r in records if r.getMessage() == "poll failed"]
    paused = [r for r in records if r.getMessage().startswith("source paused")]
    assert len(warnings) == 4  # one per failure before the pause, none after it
    assert len(paused) == 1 and paused[0].levelno == logging.ERROR
    assert [r.getMessage() for r in records].count("source recovered, polling resumes") == 1


async def test_cache_control_max_age_spaces_polls_out_up_to_the_longest_backoff(
    tmp_path: Path, feed_site
):
    site, server = feed_site
    site.add(
        "cached.xml", feed(item("Seoul", "South Korea")), headers={"Cache-Control": "max-age=3600"}
    )
    site.add("short.xml", feed(item("Tokyo", "Japan")), headers={"Cache-Control": "max-age=60"})
    site.add(
        "forever.xml", feed(item("Paris", "France")), headers={"Cache-Control": "max-age=999999999"}
    )
    clock = Clock()
    config = settings(tmp_path, server, ["cached.xml", "short.xml", "forever.xml"])
    async with service(config, stdout=io.StringIO(), clock=clock) as svc:
        for name in ("cached.xml", "short.xml", "forever.xml"):
            assert not (await svc.pipeline.poll(await source_named(svc, name))).skipped
        clock.at(600)
        skipped = {
            name: (await svc.pipeline.poll(await source_named(svc, name))).skipped
            for name in ("cached.xml", "short.xml", "forever.xml")
        }
        assert skipped == {"cached.xml": True, "short.xml": False, "forever.xml": True}
        clock.at(3600)
        assert not (await svc.pipeline.poll(await source_named(svc, "cached.xml"))).skipped
        forever = await source_named(svc, "forever.xml")
        assert forever.next_poll == T0 + timedelta(seconds=config.scheduler.max_backoff)
    assert site.hits["/cached.xml"] == 2 and site.hits["/forever.xml"] == 1


async def test_a_changed_guid_scheme_a_redated_item_or_a_moved_host_is_not_a_new_item(
    tmp_path: Path, feed_site
):
    site, server = feed_site
    site.add("desk.xml", feed(item("Seoul", "South Korea"), item("Tokyo", "Japan")))
    clock = Clock()
    config = settings(tmp_path, server, ["desk.xml"])
    async with service(config, stdout=io.StringIO(), clock=clock) as svc:
        first = await svc.pipeline.poll(await source_named(svc, "desk.xml"))
        assert (first.new_articles, first.new_events, first.deliveries) == (2, 2, 2)
        site.add(
            "desk.xml",
            feed(
                # http → https, tracking parameters changed, re-dated a week later
                item(
                    "Seoul",
                    "South Korea",
                    guid="https://news.example.com/seoul",
                    link="https://news.example.com/seoul?utm_campaign=x&fbclid=y",
                    date="Mon, 09 Jun 2025 06:00:00 GMT",
                ),
                # the publisher moved to a new host and id scheme; the story is the same
                item(
                    "Tokyo",
                    "Japan",
                    guid="tag:www.news-example.org,2025:tokyo",
                    link="https://www.news-example.org/2025/tokyo",
                ),
            ),
        )
        clock.at(86_400)
        again = await svc.pipeline.poll(await source_named(svc, "desk.xml"))
        assert (again.ok, again.new_articles, again.new_events, again.deliveries) == (True, 0, 0, 0)


async def test_seen_items_are_remembered_long_after_they_leave_the_feed(tmp_path: Path, feed_site):
    site, server = feed_site
    story = item("Seoul", "South Korea")
    site.add("desk.xml", feed(story))
    clock = Clock()
    config = settings(tmp_path, server, ["desk.xml"])
    async with service(config, stdout=io.StringIO(), clock=clock) as svc:
        assert (await svc.pipeline.poll(await source_named(svc, "desk.xml"))).deliveries == 1
        site.add("desk.xml", feed(item("Tokyo", "Japan")))
        clock.at(600)
        await svc.pipeline.poll(await source_named(svc, "desk.xml"))
        # 400 days later (far past the 14-day clustering window) the old story reappears.
        site.add("desk.xml", feed(story, item("Tokyo", "Japan")))
        clock.at(400 * 86_400)
        back = await svc.pipeline.poll(await source_named(svc, "desk.xml"))
        assert (back.ok, back.new_articles, back.new_events, back.deliveries) == (True, 0, 0, 0)
        assert (await svc.store.stats()).events == 2


async def test_two_polls_of_one_source_at_once_in_two_processes_make_no_duplicate(
    tmp_path: Path, feed_site
):
    """Two services on one database file (two connections, as two processes would have),
    polling the same source at the same moment: unique constraints keep one of everything."""
    site, server = feed_site
    site.add("desk.xml", feed(*(item(c, k) for c, k in CITIES)), delay=0.05)
    clock = Clock()
    config = settings(tmp_path, server, ["desk.xml"])
    async with (
        service(config, stdout=io.StringIO(), clock=clock) as one,
        service(config, stdout=io.StringIO(), clock=clock) as two,
    ):
        source = await source_named(one, "desk.xml")
        results = await asyncio.gather(
            one.pipeline.poll(source),
            two.pipeline.poll(source),
            one.pipeline.poll(source),
            two.pipeline.poll(source),
        )
        assert all(r.ok for r in results), [r.error for r in results]
        stats = await one.store.stats()
        assert stats.events == len(CITIES)
        rows = await one.store._rows("SELECT event_id, subscription_id FROM deliveries")
        assert len(rows) == len(CITIES) == len({tuple(r) for r in rows})
        reports = await one.store._rows("SELECT COUNT(*) FROM event_reports")
        assert reports[0][0] == len(CITIES)
    assert site.hits["/desk.xml"] == 4
