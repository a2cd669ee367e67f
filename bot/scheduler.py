"""APScheduler jobs: one poll job per source, spread out, never overlapping itself."""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import SchedulerSettings
from bot.models import SourceState

log = logging.getLogger(__name__)


def build_scheduler(
    sources: list[SourceState],
    settings: SchedulerSettings,
    poll: Callable[[int], Awaitable[object]],
    drain: Callable[[], Awaitable[object]],
    drain_every: int = 15,
    *,
    rand: Callable[[], float] = random.random,
) -> AsyncIOScheduler:
    """A scheduler polling each source at its interval and draining the outbox often.

    Jitter spreads each source's first poll over up to `jitter` seconds; after that a source
    polls exactly every interval. (APScheduler's own jitter is added to every gap, so gaps
    drift to interval + jitter/2 on average and a new item could wait interval + jitter.)"""
    scheduler = AsyncIOScheduler(timezone=UTC)
    now = datetime.now(UTC)
    for source in sources:
        offset = rand() * min(settings.jitter, source.interval or settings.interval)
        add_poll_job(scheduler, source, settings, poll, first=now + timedelta(seconds=offset))
    scheduler.add_job(
        drain,
        IntervalTrigger(seconds=drain_every),
        id="outbox",
        name="drain outbox",
        max_instances=1,
        coalesce=True,
        next_run_time=now,
    )
    return scheduler


def add_poll_job(
    scheduler: AsyncIOScheduler,
    source: SourceState,
    settings: SchedulerSettings,
    poll: Callable[[int], Awaitable[object]],
    first: datetime | None = None,
) -> None:
    """Poll `source` at `first` (default now), then exactly every interval; also used for
    sources added from chat."""
    scheduler.add_job(
        poll,
        IntervalTrigger(seconds=source.interval or settings.interval),
        args=[source.id],
        id=f"poll-{source.id}",
        name=f"poll {source.name}",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=None,
        next_run_time=first or datetime.now(UTC),
        replace_existing=True,
    )


def remove_poll_job(scheduler: AsyncIOScheduler, source_id: int) -> None:
    """Stop polling a removed source."""
    if scheduler.get_job(f"poll-{source_id}") is not None:
        scheduler.remove_job(f"poll-{source_id}")
