"""Is this entry a new event or another report of a known one? Pure; handed `now`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.models import Event, MarketEntry


def event_time(event: Event) -> datetime:
    """When an event was last reported (its newest report, else when we first saw it)."""
    published = [r.published for r in event.reports if r.published]
    return max([event.first_seen, *published])


def match_event(
    entry: MarketEntry, candidates: Sequence[Event], when: datetime, window: timedelta
) -> Event | None:
    """The known event this entry reports again: same company and target within `window`."""
    for event in candidates:
        same = (
            event.entry.company.casefold() == entry.company.casefold()
            and event.entry.country == entry.country
        )
        if same and abs(when - event_time(event)) <= window:
            return event
    return None
