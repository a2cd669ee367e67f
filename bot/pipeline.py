"""Poll one source end to end: fetch → parse → detect → cluster → store → route."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from concurrent.futures import BrokenExecutor, Executor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import TypeVar

from bot.cluster import match_event
from bot.config import SchedulerSettings
from bot.detect import Detector
from bot.detect.detector import summarize
from bot.detect.knowledge import Presence, PresenceBook
from bot.detect.places import related_markets
from bot.errors import FeedError, FetchError
from bot.logs import fields
from bot.metrics import Metrics
from bot.models import Article, MarketEntry, Report, SourceState, Subscription
from bot.route import route
from bot.sources.feed import ParsedFeed, parse_feed
from bot.sources.fetch import Fetcher
from bot.store import Store

log = logging.getLogger(__name__)
T = TypeVar("T")
# The worker process's detector, installed once when the process starts.
_worker_detector: Detector | None = None


def start_worker(detector: Detector) -> None:
    """Process-pool initializer: the worker keeps the service's detector."""
    global _worker_detector  # noqa: PLW0603 - one per worker process, set once at its start
    _worker_detector = detector


def detect_in_worker(articles: list[Article]) -> list[MarketEntry | None]:
    """Detection in the worker process, with the detector `start_worker` installed."""
    if _worker_detector is None:
        raise RuntimeError("worker process started without start_worker")
    return _detect_all(_worker_detector, articles)


def _detect_all(detector: Detector, articles: list[Article]) -> list[MarketEntry | None]:
    return [detector.detect(article) for article in articles]


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


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
    skipped: bool = False


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
    # A process for the CPU-bound stages (parsing, detection) when polling enough sources to
    # use the second core; it holds its own copy of `detector` (see `start_worker`).
    worker: Executor | None = None

    async def load_learned(self) -> None:
        """Presences the bot detected in earlier runs."""
        for presence in await self.store.presences():
            self.learned.add(presence)

    async def _in_worker(self, call: Callable[[], T], here: Callable[[], T]) -> T:
        """`call` in the worker process if there is one, else (or once it died) `here`."""
        if self.worker is not None:
            try:
                return await asyncio.get_running_loop().run_in_executor(self.worker, call)
            except BrokenExecutor:
                log.warning("worker process died; parsing and detecting in the service from now on")
                self.worker = None
        return here()

    async def _parse(self, body: bytes, source: str, content_type: str | None) -> ParsedFeed:
        call = partial(parse_feed, body, source=source, content_type=content_type)
        return await self._in_worker(call, call)

    async def _detect(self, articles: list[Article], now: datetime) -> list[MarketEntry | None]:
        # An undated feed item is news as of now: known presences apply as of now.
        dated = [a if a.published else a.model_copy(update={"published": now}) for a in articles]
        if not dated:
            return []
        return await self._in_worker(
            partial(detect_in_worker, dated), partial(_detect_all, self.detector, dated)
        )

    def due(self, source: SourceState, now: datetime) -> bool:
        """May `source` be polled now? A backoff or a server's wait puts `next_poll` ahead;
        half an interval of slack keeps the scheduler's own rhythm from skipping a turn."""
        if source.next_poll is None:
            return True
        interval = source.interval or self.scheduling.interval
        return source.next_poll <= now + timedelta(seconds=interval / 2)

    def retry_delay(self, source: SourceState, failures: int, asked: float | None) -> timedelta:
        """Exponential backoff per source: interval × 2^(failures-1), at least what the server
        asked for (Retry-After), at most max_backoff."""
        interval = source.interval or self.scheduling.interval
        delay = interval * 2 ** min(failures - 1, 30)
        if asked is not None:
            delay = max(delay, asked)
        return timedelta(seconds=min(delay, self.scheduling.max_backoff))

    async def poll(self, source: SourceState, *, force: bool = False) -> PollResult:
        """Fetch and process one source; errors are recorded, never raised. A source still
        backing off is skipped unless `force`."""
        if self._backlog is None:
            self._backlog = asyncio.Semaphore(2 * self.fetcher.network.max_connections)
        async with self._backlog:
            return await self._poll(source, force=force)

    async def _poll(self, source: SourceState, *, force: bool) -> PollResult:
        result = PollResult(source=source.name)
        now = self.clock()
        if not force and not self.due(source, now):
            result.skipped = True
            log.debug(
                "not due, backing off",
                extra=fields(source=source.name, next_poll=_iso(source.next_poll)),
            )
            return result
        started = time.perf_counter()
        try:
            fetched = await self.fetcher.fetch(
                source.url, etag=source.etag, last_modified=source.last_modified
            )
            problem = None
            if fetched.not_modified or fetched.body is None:
                result.not_modified = True
            else:
                feed = await self._parse(fetched.body, source.name, fetched.content_type)
                problem = feed.problem
                if feed.problem:
                    log.warning(
                        "feed damaged, kept what parsed",
                        extra=fields(source=source.name, problem=feed.problem),
                    )
                result.articles += len(feed.articles)
                # New or left half-done by a crash; the unique key makes a second store a no-op.
                fresh = await self.store.add_articles(feed.articles, source.id, now)
                entries = await self._detect(fresh, now)
                async with self._deciding:
                    await self.process(source, fresh, entries, result, now)
        except (FetchError, FeedError) as exc:
            await self._failed(source, exc, result, now)
            self.metrics.poll_done(source.name, "error", time.perf_counter() - started)
            return result
        except Exception as exc:
            # A bug met by one feed's content must not stop the other sources' polls.
            log.exception("poll crashed", extra=fields(source=source.name))
            wrapped = FeedError(f"{source.name}: internal error ({type(exc).__name__}: {exc})")
            await self._failed(source, wrapped, result, now)
            self.metrics.poll_done(source.name, "error", time.perf_counter() - started)
            return result
        max_age = fetched.max_age
        interval = source.interval or self.scheduling.interval
        next_poll = (
            now + timedelta(seconds=min(max_age, self.scheduling.max_backoff))
            if max_age is not None and max_age > interval
            else None
        )
        await self.store.record_fetch(
            source.id,
            now,
            etag=fetched.etag,
            last_modified=fetched.last_modified,
            next_poll=next_poll,
            problem=problem,
        )
        if source.paused_at is not None:
            log.info(
                "source recovered, polling resumes",
                extra=fields(source=source.name, paused_since=_iso(source.paused_at)),
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

    async def _failed(
        self, source: SourceState, exc: FetchError | FeedError, result: PollResult, now: datetime
    ) -> None:
        """Record a failure, back off, and pause a source failing for too long. The log says
        so once per source: a warning per failure until it is paused, one error when it is,
        and quiet (debug) while it stays paused."""
        result.ok, result.error = False, str(exc)
        kind = exc.kind if isinstance(exc, FetchError) else "feed"
        asked = exc.retry_after if isinstance(exc, FetchError) else None
        failures = source.failures + 1
        delay = self.retry_delay(source, failures, asked)
        failing_since = source.failing_since or now
        pausing = source.paused_at is None and (now - failing_since).total_seconds() >= (
            self.scheduling.pause_after
        )
        if pausing or source.paused_at is not None:
            delay = timedelta(seconds=self.scheduling.max_backoff)
        await self.store.record_fetch(source.id, now, error=str(exc), next_poll=now + delay)
        self.metrics.fetch_failed(source.name, kind)
        if pausing:
            await self.store.pause_source(source.id, now)
            log.error(
                "source paused: failing since %s, now polled every %s s until it recovers",
                _iso(failing_since),
                self.scheduling.max_backoff,
                extra=fields(source=source.name, failures=failures, error=str(exc)),
            )
        elif source.paused_at is not None:
            log.debug("paused source still failing", extra=fields(source=source.name))
        else:
            log.warning(
                "poll failed",
                extra=fields(
                    source=source.name,
                    kind=kind,
                    error=str(exc),
                    failures=failures,
                    retry_in=int(delay.total_seconds()),
                ),
            )

    async def route_unrouted(self) -> int:
        """Write the deliveries of events a crash left without them; returns how many."""
        subscriptions = await self.store.subscriptions()
        written = 0
        for event in await self.store.unrouted_events():
            written += await self.store.enqueue(event.id, route(event, subscriptions), self.clock())
        if written:
            log.warning(
                "deliveries written for events a crash had cut off", extra=fields(n=written)
            )
        return written

    async def process(
        self,
        source: SourceState,
        fresh: list[Article],
        entries: list[MarketEntry | None],
        result: PollResult,
        now: datetime,
    ) -> None:
        """Turn the entries detected in a feed's stored new articles into events and
        deliveries."""
        first_poll = source.first_polled is None
        subscriptions = await self.store.subscriptions()
        result.new_articles += len(fresh)
        for article, entry in zip(fresh, entries, strict=True):
            if entry is not None:
                await self._entry(
                    source,
                    article,
                    entry,
                    subscriptions=subscriptions,
                    result=result,
                    now=now,
                    first_poll=first_poll,
                )
        # Only now are the articles done: a crash before this line processes the feed's new
        # articles again, and unique constraints make the second pass add nothing twice.
        await self.store.mark_processed([a.key for a in fresh])

    async def _entry(
        self,
        source: SourceState,
        article: Article,
        entry: MarketEntry,
        *,
        subscriptions: list[Subscription],
        result: PollResult,
        now: datetime,
        first_poll: bool,
    ) -> None:
        """Cluster, store and route the entry one new article reports."""
        backfill_cutoff = now - timedelta(days=self.scheduling.backfill_days)
        window = timedelta(days=self.scheduling.cluster_days)
        when = article.published or now
        report = Report(
            url=article.url,
            title=article.title,
            source=source.name,
            published=article.published,
        )
        markets = frozenset().union(*map(related_markets, entry.markets))
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
            return
        if self.learned.covers(
            entry.company,
            entry.country,
            entry.kind,
            when,
            planned=entry.planned,
            road=self.detector.knowledge.on_the_road(entry.company),
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
            return
        alerted = not (first_poll and when < backfill_cutoff)
        event = await self.store.create_event(
            entry, summarize(article, entry), report, now, alerted=alerted, origin_key=article.key
        )
        await self.store.link_article(article.key, event.id)
        # Each country of a move into several ("robotaxis in the UK and Germany") is entered.
        for market in entry.markets:
            presence = Presence(
                entry.company,
                market,
                entry.kind,
                when.date(),
                (entry.city or "") if market == entry.country else "",
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
