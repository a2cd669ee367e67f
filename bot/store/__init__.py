"""Storage: one Protocol, documented once; `sqlite.py` implements it.

Every write that guards against duplicates does so with a UNIQUE constraint, so two
polls of the same source at once (or two processes) cannot create a second copy.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
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
    Stats,
    Subscription,
)


class Store(Protocol):
    """What the pipeline, the outbox and the commands need from a database."""

    async def sync_sources(self, sources: Sequence[tuple[str, str, int | None]]) -> None:
        """Make config sources (name, url, interval) present; chat-added ones stay."""

    async def sources(self) -> list[SourceState]:
        """Every source with its fetch state."""

    async def add_source(
        self, name: str, url: str, *, added_by: str, scope: str, when: datetime
    ) -> SourceState | None:
        """Add a source from a chat command; None if that URL is already a source."""

    async def remove_source(self, source_id: int) -> bool:
        """Delete a source; its articles and events stay."""

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

    async def pause_source(self, source_id: int, when: datetime) -> None:
        """The source kept failing: poll it only at the longest backoff until it recovers."""

    async def add_article(self, article: Article, source_id: int, fetched_at: datetime) -> bool:
        """Store an article once ever; False if it was seen already: its key, or the same
        title from the same source. True again for an article whose processing was cut off."""

    async def mark_processed(self, article_keys: Sequence[str]) -> None:
        """Everything these articles lead to (events, reports, deliveries) is stored."""

    async def add_articles(
        self, articles: Sequence[Article], source_id: int, fetched_at: datetime
    ) -> list[Article]:
        """Store a feed's articles at once; returns those never seen before, in order."""

    async def recent_events(
        self, company: str, countries: Collection[str], since: datetime
    ) -> list[Event]:
        """Events of this company in any of these countries reported at or after `since`,
        oldest first, each carrying only its newest report (what clustering needs; `event`
        gives all)."""

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
        article's key) already started, if there is one (UNIQUE: never two)."""

    async def unrouted_events(self) -> list[Event]:
        """Alerted events whose deliveries were never written (the process died between)."""

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

    async def add_subscription(self, subscription: Subscription, when: datetime) -> Subscription:
        """Store a subscription made by a chat command; it is named `chat-ID`."""

    async def deactivate_subscription(self, subscription_id: int) -> bool:
        """Stop routing to a subscription; its past deliveries stay on record."""

    async def stats(self) -> Stats:
        """Counts of sources, events and deliveries for the status command."""

    async def enqueue(
        self, event_id: int, subscriptions: Sequence[Subscription], when: datetime
    ) -> int:
        """Write pending deliveries before anything is sent; returns how many were new."""

    async def due_targets(self, now: datetime) -> list[str]:
        """Targets with something due, the one waiting longest first."""

    async def pending_deliveries(self) -> int:
        """How many deliveries are still to be sent (due now or later)."""

    async def ping(self) -> None:
        """Answer a trivial query, or raise StoreError saying why the database cannot."""

    async def due_deliveries(
        self, now: datetime, limit: int = 500, *, target: str | None = None
    ) -> list[Delivery]:
        """Sends (pending) and edits (sent, edit pending) whose time has come, oldest first;
        only those of `target` when given."""

    async def claim(self, delivery_id: int, when: datetime) -> None:
        """Note, durably, that a request for this delivery is about to start."""

    async def note_interrupted(self, delivery_id: int) -> None:
        """An earlier attempt was cut off mid-request; count it as uncertain, drop the claim."""

    async def mark_sent(
        self,
        delivery_id: int,
        message_id: str | None,
        channel_id: str | None,
        shown_reports: int,
        when: datetime,
    ) -> None:
        """A delivery reached its target; an edit stays pending if reports arrived meanwhile."""

    async def mark_edited(self, delivery_id: int, shown_reports: int, when: datetime) -> None:
        """The posted message now shows `shown_reports` reports."""

    async def drop_edit(self, delivery_id: int, reason: str) -> None:
        """An edit that can never be made (message deleted, target gone); the post stays sent."""

    async def request_edits(self, event_id: int, when: datetime) -> int:
        """A report joined an event: its posted messages need an edit; returns how many."""

    async def mark_retry(
        self, delivery_id: int, error: str, next_attempt: datetime, *, uncertain: bool = False
    ) -> None:
        """A delivery failed for now; try again at `next_attempt`."""

    async def hold_target(self, target: str, after_id: int, until: datetime) -> None:
        """Keep later deliveries to `target` waiting until `until`, so order is kept."""

    async def mark_failed(self, delivery_id: int, error: str) -> bool:
        """A pending delivery can never succeed (the target is gone or refuses us); False if
        it was no longer pending."""

    async def fail_target(self, target_prefix: str, error: str, *, exact: bool = True) -> int:
        """Fail every pending delivery (and drop every pending edit) of a target, or of every
        target starting with `target_prefix` when `exact` is False; returns how many failed."""

    async def dead_targets(self) -> dict[str, str]:
        """Targets that told us they no longer exist, with the reason."""

    async def add_dead_target(self, target: str, reason: str, when: datetime) -> None:
        """Never use this target again."""

    async def event(self, event_id: int) -> Event | None:
        """One event with all its reports."""

    async def query_events(self, query: EventQuery) -> list[Event]:
        """Events matching a filter, newest first."""

    async def subscription(self, subscription_id: int) -> Subscription | None:
        """One subscription by id."""
