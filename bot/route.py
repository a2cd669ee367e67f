"""Event × Subscriptions → which subscriptions get it; pure."""

from __future__ import annotations

from collections.abc import Iterable

from bot.detect.places import within
from bot.models import Event, Subscription


def wants(subscription: Subscription, event: Event) -> bool:
    """Does this subscription's filter accept the event? Empty lists accept anything."""
    entry = event.entry
    if entry.confidence < subscription.min_confidence:
        return False
    if subscription.companies and entry.company.casefold() not in {
        c.casefold() for c in subscription.companies
    }:
        return False
    # a region takes the countries in it: a subscription to "EU" wants Mistral's Berlin office
    wanted = set().union(*(within(code) for code in subscription.countries))
    if wanted and not wanted.intersection(entry.markets):
        return False
    kinds = set(entry.kinds) | {entry.kind}
    return not (subscription.kinds and not kinds & set(subscription.kinds))


def route(event: Event, subscriptions: Iterable[Subscription]) -> list[Subscription]:
    """The subscriptions that should receive this event."""
    return [s for s in subscriptions if wants(s, event)]
