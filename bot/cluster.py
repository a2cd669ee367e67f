"""Is this entry a new event or another report of a known one? Pure; handed `now`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.detect.places import same_market
from bot.models import Event, MarketEntry


def match_event(
    entry: MarketEntry,
    candidates: Sequence[Event],
    published: datetime | None,
    seen: datetime,
    window: timedelta,
) -> Event | None:
    """The known event this entry reports again: same company and target within `window`.

    Time is the outlets' when both sides carry publication dates (a backfill of old news
    clusters by when it happened); an undated report joins what we saw within the window."""
    for event in candidates:
        if event.entry.company.casefold() != entry.company.casefold():
            continue
        if not same_market(event.entry.country, entry.country):  # "Europe" and "Finland" match
            continue
        dated = [r.published for r in event.reports if r.published]
        if published is not None and dated:
            near = min(abs(published - d) for d in dated) <= window
        else:
            near = abs(seen - event.first_seen) <= window
        if near:
            return event
    return None
