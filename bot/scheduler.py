"""APScheduler jobs: one poll job per source with jitter, never overlapping itself."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

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
) -> AsyncIOScheduler:
    """A scheduler polling each source at its interval and draining the outbox often."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    now = datetime.now(UTC)
    for source in sources:
        add_poll_job(scheduler, source, settings, poll)
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
) -> None:
    """Poll `source` now and then every interval; also used for sources added from chat."""
    scheduler.add_job(
        poll,
        IntervalTrigger(seconds=source.interval or settings.interval, jitter=settings.jitter),
        args=[source.id],
        id=f"poll-{source.id}",
        name=f"poll {source.name}",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=None,
        next_run_time=datetime.now(UTC),
        replace_existing=True,
    )


def remove_poll_job(scheduler: AsyncIOScheduler, source_id: int) -> None:
    """Stop polling a removed source."""
    if scheduler.get_job(f"poll-{source_id}") is not None:
        scheduler.remove_job(f"poll-{source_id}")
