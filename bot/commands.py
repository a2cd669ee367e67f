"""Query logic shared by every surface (CLI, Discord, Slack): filters → EventQuery."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.detect.places import country_code
from bot.models import EntryKind, Event, EventQuery
from bot.store import Store

_DURATION = re.compile(r"^(\d+)\s*([hdwmy])$", re.IGNORECASE)
_UNITS = {"h": 1 / 24, "d": 1, "w": 7, "m": 30, "y": 365}


def parse_since(text: str, now: datetime) -> datetime:
    """'30d', '12h', '2w', '6m', '1y' or an ISO date → a point in time; ValueError if neither."""
    match = _DURATION.match(text.strip())
    if match:
        return now - timedelta(days=int(match.group(1)) * _UNITS[match.group(2).lower()])
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"{text!r} is not a duration like 30d, 12h, 2w or a date like 2025-05-01"
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=now.tzinfo)


def build_query(
    *,
    now: datetime,
    company: str | None = None,
    country: str | None = None,
    kind: str | None = None,
    since: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> EventQuery:
    """Validate user filters into a query; ValueError names the bad filter."""
    try:
        kind_value = EntryKind(kind.lower()) if kind else None
    except ValueError:
        known = ", ".join(k.value for k in EntryKind)
        raise ValueError(f"kind {kind!r} is not one of {known}") from None
    return EventQuery(
        company=company.strip() if company else None,
        country=country_code(country) if country else None,
        kind=kind_value,
        since=parse_since(since, now) if since else None,
        limit=limit,
        offset=offset,
    )


async def find_events(store: Store, query: EventQuery) -> list[Event]:
    """The one query path: every surface calls this."""
    return await store.query_events(query)
