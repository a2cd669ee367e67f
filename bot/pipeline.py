"""Poll one source end to end: fetch → parse → detect → cluster → store → route."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.cluster import match_event
from bot.config import SchedulerSettings
from bot.detect import Detector
from bot.detect.detector import summarize
from bot.detect.knowledge import Presence, PresenceBook
from bot.errors import FeedError, FetchError
from bot.models import Article, Report, SourceState
from bot.route import route
from bot.sources.feed import parse_feed
from bot.sources.fetch import Fetcher
from bot.store import Store

log = logging.getLogger(__name__)


@dataclass
class PollResult:
    """What one poll of one source did."""

    source: str
    ok: bool = True
    error: str | None = None
    not_modified: bool = False
    articles: int = 0
    new_articles: int = 0
    new_events: int = 0
    reports_added: int = 0
    deliveries: int = 0


@dataclass
class Pipeline:
    """Everything one poll needs, injected: no globals, the clock included."""

    store: Store
    fetcher: Fetcher
    detector: Detector
    scheduling: SchedulerSettings
    clock: Callable[[], datetime]
    learned: PresenceBook = field(default_factory=PresenceBook)
    # Fetches run concurrently, but deciding "new event or another report" must not: two
    # feeds carrying the same story would both see no event yet and both create one.
    _deciding: asyncio.Lock = field(default_factory=asyncio.Lock)
    # Fetching outruns deciding; without a bound every fetched feed waits for the lock
    # holding its body and articles, so memory grew with the number of sources (bench/poll.py).
    _backlog: asyncio.Semaphore | None = field(default=None, init=False)

    async def load_learned(self) -> None:
        """Presences the bot detected in earlier runs."""
        for presence in await self.store.presences():
            self.learned.add(presence)

    async def poll(self, source: SourceState) -> PollResult:
        """Fetch and process one source; errors are recorded, never raised."""
        if self._backlog is None:
            self._backlog = asyncio.Semaphore(2 * self.fetcher.network.max_connections)
        async with self._backlog:
            return await self._poll(source)

    async def _poll(self, source: SourceState) -> PollResult:
        result = PollResult(source=source.name)
        now = self.clock()
        try:
            fetched = await self.fetcher.fetch(
                source.url, etag=source.etag, last_modified=source.last_modified
            )
            if fetched.not_modified or fetched.body is None:
                result.not_modified = True
            else:
                feed = parse_feed(
                    fetched.body, source=source.name, content_type=fetched.content_type
                )
                if feed.problem:
                    log.warning(
                        "feed damaged, kept what parsed: source=%s problem=%s",
                        source.name,
                        feed.problem,
                    )
                async with self._deciding:
                    await self.process(source, feed.articles, result, now)
        except (FetchError, FeedError) as exc:
            result.ok, result.error = False, str(exc)
            log.warning("poll failed: source=%s error=%s", source.name, exc)
            await self.store.record_fetch(source.id, now, error=str(exc))
            return result
        await self.store.record_fetch(
            source.id, now, etag=fetched.etag, last_modified=fetched.last_modified
        )
        log.info(
            "polled: source=%s articles=%d new=%d events=%d reports=%d deliveries=%d%s",
            source.name,
            result.articles,
            result.new_articles,
            result.new_events,
            result.reports_added,
            result.deliveries,
            " (not modified)" if result.not_modified else "",
        )
        return result

    async def process(
        self, source: SourceState, articles: list[Article], result: PollResult, now: datetime
    ) -> None:
        """Store new articles and turn detected entries into events and deliveries."""
        backfill_cutoff = now - timedelta(days=self.scheduling.backfill_days)
        first_poll = source.first_polled is None
        subscriptions = await self.store.subscriptions()
        window = timedelta(days=self.scheduling.cluster_days)
        result.articles += len(articles)
        for article in await self.store.add_articles(articles, source.id, now):
            result.new_articles += 1
            entry = self.detector.detect(article)
            if entry is None:
                continue
            when = article.published or now
            report = Report(
                url=article.url,
                title=article.title,
                source=source.name,
                published=article.published,
            )
            candidates = await self.store.recent_events(entry.company, entry.country, when - window)
            known = match_event(entry, candidates, when, window)
            if known is not None:
                if await self.store.add_report(known.id, report, now):
                    result.reports_added += 1
                await self.store.link_article(article.key, known.id)
                continue
            if self.learned.covers(
                entry.company, entry.country, entry.kind, when, planned=entry.planned
            ):
                log.info(
                    "already present, not a new entry: company=%s country=%s kind=%s",
                    entry.company,
                    entry.country,
                    entry.kind,
                )
                continue
            alerted = not (first_poll and when < backfill_cutoff)
            event = await self.store.create_event(
                entry, summarize(article, entry), report, now, alerted=alerted
            )
            await self.store.link_article(article.key, event.id)
            presence = Presence(
                entry.company,
                entry.country,
                entry.kind,
                when.date(),
                entry.city or "",
                planned=entry.planned,
            )
            self.learned.add(presence)
            await self.store.add_presence(presence, event.id)
            result.new_events += 1
            log.info(
                "event detected: event=%s company=%s country=%s kind=%s alerted=%s",
                event.id,
                entry.company,
                entry.country,
                entry.kind,
                alerted,
            )
            if alerted:
                result.deliveries += await self.store.enqueue(
                    event.id, route(event, subscriptions), now
                )
