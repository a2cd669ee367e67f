"""Storage: one Protocol, documented once; `sqlite.py` implements it.

Every write that guards against duplicates does so with a UNIQUE constraint, so two
polls of the same source at once (or two processes) cannot create a second copy.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from bot.detect.knowledge import Presence
from bot.models import (
    Article,
    Delivery,
    Event,
    EventQuery,
    MarketEntry,
    Report,
    SourceState,
    Subscription,
)


class Store(Protocol):
    """What the pipeline, the outbox and the commands need from a database."""

    async def sync_sources(self, sources: Sequence[tuple[str, str, int | None]]) -> None:
        """Make config sources (name, url, interval) present; chat-added ones stay."""

    async def sources(self) -> list[SourceState]:
        """Every source with its fetch state."""

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

    async def add_article(self, article: Article, source_id: int, fetched_at: datetime) -> bool:
        """Store an article once ever; False if its key was already seen."""

    async def add_articles(
        self, articles: Sequence[Article], source_id: int, fetched_at: datetime
    ) -> list[Article]:
        """Store a feed's articles at once; returns those never seen before, in order."""

    async def recent_events(self, company: str, country: str, since: datetime) -> list[Event]:
        """Events of this company in this country reported at or after `since`, oldest first,
        each carrying only its newest report (what clustering needs; `event` gives all)."""

    async def create_event(
        self, entry: MarketEntry, summary: str, report: Report, when: datetime, *, alerted: bool
    ) -> Event:
        """Record a new event with its first report."""

    async def add_report(self, event_id: int, report: Report, when: datetime) -> bool:
        """Attach another outlet's report; False if that URL was already attached."""

    async def link_article(self, article_key: str, event_id: int) -> None:
        """Note which event an article reported."""

    async def presences(self) -> list[Presence]:
        """Presences learned from detected events."""

    async def add_presence(self, presence: Presence, event_id: int) -> None:
        """Learn that a company now operates in a country this way."""

    async def sync_subscriptions(self, subscriptions: Sequence[Subscription]) -> None:
        """Make the config file's subscriptions current; chat-made ones stay."""

    async def subscriptions(self) -> list[Subscription]:
        """Every active subscription, with ids."""

    async def enqueue(
        self, event_id: int, subscriptions: Sequence[Subscription], when: datetime
    ) -> int:
        """Write pending deliveries before anything is sent; returns how many were new."""

    async def due_deliveries(self, now: datetime, limit: int = 100) -> list[Delivery]:
        """Pending deliveries whose time has come, oldest first."""

    async def mark_sent(self, delivery_id: int, message_id: str | None, when: datetime) -> None:
        """A delivery reached its target."""

    async def mark_retry(self, delivery_id: int, error: str, next_attempt: datetime) -> None:
        """A delivery failed for now; try again at `next_attempt`."""

    async def mark_failed(self, delivery_id: int, error: str) -> None:
        """A delivery can never succeed (the target is gone or refuses us)."""

    async def event(self, event_id: int) -> Event | None:
        """One event with all its reports."""

    async def query_events(self, query: EventQuery) -> list[Event]:
        """Events matching a filter, newest first."""

    async def subscription(self, subscription_id: int) -> Subscription | None:
        """One subscription by id."""
