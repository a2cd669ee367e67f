"""Poll one source end to end: fetch → parse → detect → cluster → store → route."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.cluster import match_event
from bot.config import SchedulerSettings
from bot.detect import Detector
from bot.detect.detector import summarize
from bot.detect.knowledge import Presence, PresenceBook
from bot.detect.places import related_markets
from bot.errors import FeedError, FetchError
from bot.logs import fields
from bot.metrics import Metrics
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
    edits: int = 0


@dataclass
class Pipeline:
    """Everything one poll needs, injected: no globals, the clock included."""

    store: Store
    fetcher: Fetcher
    detector: Detector
    scheduling: SchedulerSettings
    clock: Callable[[], datetime]
    metrics: Metrics = field(default_factory=Metrics)
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
        started = time.perf_counter()
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
                        "feed damaged, kept what parsed",
                        extra=fields(source=source.name, problem=feed.problem),
                    )
                async with self._deciding:
                    await self.process(source, feed.articles, result, now)
        except (FetchError, FeedError) as exc:
            result.ok, result.error = False, str(exc)
            kind = exc.kind if isinstance(exc, FetchError) else "feed"
            log.warning("poll failed", extra=fields(source=source.name, kind=kind, error=str(exc)))
            await self.store.record_fetch(source.id, now, error=str(exc))
            self.metrics.fetch_failed(source.name, kind)
            self.metrics.poll_done(source.name, "error", time.perf_counter() - started)
            return result
        await self.store.record_fetch(
            source.id, now, etag=fetched.etag, last_modified=fetched.last_modified
        )
        outcome = "not_modified" if result.not_modified else "ok"
        self.metrics.poll_done(source.name, outcome, time.perf_counter() - started)
        self.metrics.articles(source.name, result.articles, result.new_articles)
        self.metrics.source_succeeded(source.name, now.timestamp())
        log.info(
            "polled",
            extra=fields(
                source=source.name,
                outcome=outcome,
                articles=result.articles,
                new=result.new_articles,
                events=result.new_events,
                reports=result.reports_added,
                deliveries=result.deliveries,
            ),
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
            markets = related_markets(entry.country)
            candidates = await self.store.recent_events(entry.company, markets, when - window)
            known = match_event(entry, candidates, article.published, now, window)
            if known is not None:
                if await self.store.add_report(known.id, report, now):
                    result.reports_added += 1
                    # Messages already posted for this event are edited to add the source.
                    result.edits += await self.store.request_edits(known.id, now)
                    self.metrics.report_attached()
                    log.info(
                        "report joined known event",
                        extra=fields(source=source.name, event_id=known.id, url=article.url),
                    )
                await self.store.link_article(article.key, known.id)
                continue
            if self.learned.covers(
                entry.company, entry.country, entry.kind, when, planned=entry.planned
            ):
                log.info(
                    "already present, not a new entry",
                    extra=fields(
                        source=source.name,
                        company=entry.company,
                        country=entry.country,
                        kind=entry.kind.value,
                        url=article.url,
                    ),
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
            self.metrics.event_detected(entry.kind.value)
            log.info(
                "event detected",
                extra=fields(
                    source=source.name,
                    event_id=event.id,
                    company=entry.company,
                    country=entry.country,
                    city=entry.city,
                    kind=entry.kind.value,
                    confidence=round(entry.confidence, 2),
                    alerted=alerted,
                    url=article.url,
                ),
            )
            if alerted:
                result.deliveries += await self.store.enqueue(
                    event.id, route(event, subscriptions), now
                )
