"""Query logic shared by every surface (CLI, Discord, Slack): filters → EventQuery."""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pycountry

from bot.config import CommandSettings
from bot.detect.places import REGIONS, country_code, country_name
from bot.errors import BeachheadError, FeedError, FetchError
from bot.models import EntryKind, Event, EventQuery, SourceState, Stats, Subscription
from bot.sources.feed import parse_feed
from bot.store import Store

if TYPE_CHECKING:  # the fetcher is injected; importing it would pull aiohttp into pure renderers
    from bot.sources.fetch import Fetcher

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


# Chat commands ----------------------------------------------------------------------------------
# Discord and Slack translate their requests into calls on one Desk and render its answers; a
# filter, a limit or a refusal means the same on both.

MAX_DAYS = 3_650


class CommandError(BeachheadError):
    """A request the bot refuses; str() is one friendly line for the person who asked."""


@dataclass(frozen=True)
class Filters:
    """What /entries and /subscribe were asked for, as typed."""

    company: str | None = None
    country: str | None = None
    kind: str | None = None
    days: int = 30


@dataclass(frozen=True)
class EntriesPage:
    """One page of /entries: newest first, `page` counted from 0."""

    filters: Filters
    events: list[Event]
    page: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        """There is a page before this one."""
        return self.page > 0


@dataclass(frozen=True)
class Status:
    """What /status reports."""

    started: datetime
    now: datetime
    stats: Stats

    @property
    def uptime(self) -> timedelta:
        """How long the service has been running."""
        return self.now - self.started


def suggest(options: Iterable[str], current: str, limit: int = 25) -> list[str]:
    """Autocomplete: case-insensitive prefix matches first, then substring matches."""
    typed = current.strip().casefold()
    starts = [o for o in options if o.casefold().startswith(typed)]
    inside = [o for o in options if typed in o.casefold() and o not in starts]
    return (
        sorted(starts, key=str.casefold)[:limit]
        + sorted(inside, key=str.casefold)[: max(0, limit - len(starts))]
    )


@cache
def country_choices() -> dict[str, str]:
    """Label → code for every country and region, e.g. 'South Korea (KR)' → 'KR'."""
    codes = [str(c.alpha_2) for c in pycountry.countries] + list(REGIONS)
    return {f"{country_name(code)} ({code})": code for code in sorted(codes, key=country_name)}


def suggest_countries(current: str, limit: int = 25) -> list[tuple[str, str]]:
    """Countries whose name or code matches what is typed, as (label, code)."""
    by_label = country_choices()
    typed = current.strip()
    exact = [lbl for lbl, code in by_label.items() if typed and code == typed.upper()]
    rest = [lbl for lbl in suggest(by_label, typed, limit) if lbl not in exact]
    return [(lbl, by_label[lbl]) for lbl in [*exact, *rest][:limit]]


def parse_options(text: str, allowed: Iterable[str]) -> tuple[list[str], dict[str, str]]:
    """`company:"Google DeepMind" country:KR 90` → (['90'], {'company': ..., 'country': 'KR'})."""
    try:
        words = shlex.split(text)
    except ValueError:
        raise CommandError('unbalanced quotes; write company:"Google DeepMind"') from None
    keys = set(allowed)
    positional: list[str] = []
    named: dict[str, str] = {}
    for word in words:
        key, sep, value = word.partition(":")
        if sep and key.lower() in keys:
            named[key.lower()] = value
        elif sep and key.isidentifier() and not value.startswith("//"):
            raise CommandError(f"unknown option {key!r}; use {', '.join(sorted(keys))}")
        else:
            positional.append(word)
    return positional, named


def _days(value: int | str) -> int:
    try:
        days = int(value)
    except ValueError:
        raise CommandError(f"days must be a whole number, not {value!r}") from None
    if not 1 <= days <= MAX_DAYS:
        raise CommandError(f"days must be between 1 and {MAX_DAYS}")
    return days


def filters_from(
    company: str | None = None,
    country: str | None = None,
    kind: str | None = None,
    days: int | str = 30,
) -> Filters:
    """Validated filters; CommandError names the bad one."""
    try:
        query = build_query(now=datetime.now(UTC), company=company, country=country, kind=kind)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    return Filters(
        company=query.company,
        country=query.country,
        kind=query.kind.value if query.kind else None,
        days=_days(days),
    )


@dataclass
class Desk:
    """The commands every chat platform offers, over one store."""

    store: Store
    fetcher: Fetcher
    clock: Callable[[], datetime]
    started: datetime
    settings: CommandSettings = field(default_factory=CommandSettings)
    # Called with a source added from chat, so the scheduler can start polling it.
    on_source_added: Callable[[SourceState], object] | None = None
    on_source_removed: Callable[[int], object] | None = None

    async def entries(self, filters: Filters, page: int = 0) -> EntriesPage:
        """One page of matching events, newest first."""
        size = self.settings.page_size
        query = build_query(
            now=self.clock(),
            company=filters.company,
            country=filters.country,
            kind=filters.kind,
            since=f"{filters.days}d",
            limit=size + 1,
            offset=max(0, page) * size,
        )
        found = await find_events(self.store, query)
        return EntriesPage(filters, found[:size], max(0, page), len(found) > size)

    async def event(self, event_id: int) -> Event:
        """One event in full."""
        found = await self.store.event(event_id)
        if found is None:
            raise CommandError(f"there is no event #{event_id}")
        return found

    async def subscriptions(self, target: str) -> list[Subscription]:
        """Active subscriptions posting to this target, from the config file and from chat."""
        return [s for s in await self.store.subscriptions() if s.target == target]

    async def subscribe(
        self, target: str, filters: Filters, min_confidence: float, *, by: str
    ) -> Subscription:
        """Route matching alerts to `target`; refuses an exact duplicate."""
        if not 0 <= min_confidence <= 1:
            raise CommandError("min_confidence must be between 0 and 1, e.g. 0.7")
        wanted = Subscription(
            name="chat",
            target=target,
            companies=(filters.company,) if filters.company else (),
            countries=(filters.country,) if filters.country else (),
            kinds=(EntryKind(filters.kind),) if filters.kind else (),
            min_confidence=min_confidence,
            origin="chat",
            created_by=by,
        )
        for existing in await self.subscriptions(target):
            same = (existing.companies, existing.countries, existing.kinds)
            if same == (wanted.companies, wanted.countries, wanted.kinds):
                raise CommandError(f"this channel already has that subscription (#{existing.id})")
        return await self.store.add_subscription(wanted, self.clock())

    async def unsubscribe(self, target: str, subscription_id: int) -> Subscription:
        """Stop a chat-made subscription of this channel."""
        found = await self.store.subscription(subscription_id)
        if found is None or found.target != target:
            raise CommandError(f"this channel has no subscription #{subscription_id}")
        if found.origin != "chat":
            raise CommandError(
                f"subscription #{subscription_id} comes from the config file; remove it there"
            )
        if not await self.store.deactivate_subscription(subscription_id):
            raise CommandError(f"subscription #{subscription_id} was already removed")
        return found

    async def sources(self) -> list[SourceState]:
        """Every source with its health."""
        return await self.store.sources()

    async def add_source(self, url: str, name: str | None, *, by: str, scope: str) -> SourceState:
        """Fetch once under the address guard, check it parses as a feed, then save it."""
        url = url.strip().strip("<>")
        known = await self.store.sources()
        if any(s.url == url for s in known):
            raise CommandError("that feed is already a source")
        cap = self.settings.max_sources_per_server
        if sum(1 for s in known if s.scope == scope) >= cap:
            raise CommandError(f"this server already added {cap} sources, the limit; remove one")
        try:
            result = await self.fetcher.fetch(url)
            feed = parse_feed(result.body or b"", source=url, content_type=result.content_type)
        except (FetchError, FeedError) as exc:
            raise CommandError(f"not added: {exc}") from None
        title = (name or feed.title or urlsplit(url).hostname or url).strip()[:200]
        added = await self.store.add_source(title, url, added_by=by, scope=scope, when=self.clock())
        if added is None:
            raise CommandError("that feed is already a source")
        if self.on_source_added is not None:
            self.on_source_added(added)
        return added

    async def remove_source(self, source_id: int, *, scope: str) -> SourceState:
        """Delete a source this server added from chat."""
        found = next((s for s in await self.store.sources() if s.id == source_id), None)
        if found is None:
            raise CommandError(f"there is no source #{source_id}")
        if found.origin != "chat":
            raise CommandError(f"source #{source_id} comes from the config file; remove it there")
        if found.scope != scope:
            raise CommandError(f"source #{source_id} was added elsewhere; only there can remove it")
        await self.store.remove_source(source_id)
        if self.on_source_removed is not None:
            self.on_source_removed(source_id)
        return found

    async def status(self) -> Status:
        """Uptime and counts."""
        return Status(started=self.started, now=self.clock(), stats=await self.store.stats())
