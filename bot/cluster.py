"""Is this entry a new event or another report of a known one? Pure; handed `now`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.detect.places import same_market
from bot.models import EntryKind, Event, MarketEntry

# Being in a market (an office, an entity, local staff) and computing there are different ways
# in: the same firm's Seoul office and its first Korean data centre, weeks apart, are two events.
SITES = frozenset({EntryKind.OFFICE, EntryKind.ENTITY, EntryKind.HIRING})


def match_event(
    entry: MarketEntry,
    candidates: Sequence[Event],
    published: datetime | None,
    seen: datetime,
    window: timedelta,
) -> Event | None:
    """The known event this entry reports again: same company, target and way in, within
    `window`; of several, the one of the same kind, then the nearest in time.

    Time is the outlets' when both sides carry publication dates (a backfill of old news
    clusters by when it happened); an undated report joins what we saw within the window."""
    best: tuple[tuple[bool, timedelta], Event] | None = None
    for event in candidates:
        if event.entry.company.casefold() != entry.company.casefold():
            continue
        if not shares_a_market(event.entry, entry):
            continue
        if other_way_in(event.entry, entry):
            continue
        dated = [r.published for r in event.reports if r.published]
        if published is not None and dated:
            gap = min(abs(published - d) for d in dated)
        else:
            gap = abs(seen - event.first_seen)
        fit = (event.entry.kind is not entry.kind, gap)
        if gap <= window and (best is None or fit < best[0]):
            best = (fit, event)
    return best[1] if best else None


def shares_a_market(first: MarketEntry, second: MarketEntry) -> bool:
    """Do the two name a market in common? "Europe" and "Finland" do, and so do a launch "in
    the UK and Germany" and another outlet's "in Germany"."""
    return any(same_market(one, other) for one in first.markets for other in second.markets)


def other_way_in(first: MarketEntry, second: MarketEntry) -> bool:
    """One entry a data centre and the other a site, with no kind in common: an office
    report that also names a data centre ("with a local data centre to follow") is either."""
    if {first.kind, *first.kinds} & {second.kind, *second.kinds}:
        return False
    pair = {first.kind, second.kind}
    return EntryKind.DATACENTER in pair and bool(pair & SITES)
