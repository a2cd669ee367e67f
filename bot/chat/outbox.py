"""Drain due deliveries: send each, mark it sent once, retry with backoff, or fail it."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.chat import Sink
from bot.errors import DeliveryError
from bot.models import Platform
from bot.store import Store
from bot.targets import parse_target

log = logging.getLogger(__name__)
MAX_BACKOFF = timedelta(hours=1)


def backoff(attempts: int, rand: Callable[[], float] = random.random) -> timedelta:
    """Exponential backoff with full jitter: up to 5 s, 10 s, 20 s … capped at an hour."""
    ceiling = min(MAX_BACKOFF.total_seconds(), 5 * 2**attempts)
    return timedelta(seconds=max(1.0, ceiling * rand()))


@dataclass
class DrainResult:
    """What one drain did."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    broken_targets: set[str] = field(default_factory=set)


@dataclass
class Outbox:
    """Sends what the store says is due through the sink for each platform."""

    store: Store
    sinks: Mapping[Platform, Sink]
    clock: Callable[[], datetime]
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def drain(self) -> DrainResult:
        """Send every due delivery once; one drain at a time."""
        result = DrainResult()
        async with self._lock:
            while due := await self.store.due_deliveries(self.clock()):
                for delivery in due:
                    await self._deliver(
                        delivery.id,
                        delivery.event_id,
                        delivery.subscription_id,
                        delivery.attempts,
                        result,
                    )
                if len(due) < 100:
                    break
        return result

    async def _deliver(
        self,
        delivery_id: int,
        event_id: int,
        subscription_id: int,
        attempts: int,
        result: DrainResult,
    ) -> None:
        event = await self.store.event(event_id)
        subscription = await self.store.subscription(subscription_id)
        if event is None or subscription is None:
            await self.store.mark_failed(delivery_id, "event or subscription no longer exists")
            result.failed += 1
            return
        target = parse_target(subscription.target)
        sink = self.sinks.get(target.platform)
        if sink is None:
            await self.store.mark_failed(delivery_id, f"no sink configured for {target.platform}")
            result.failed += 1
            return
        try:
            message_id = await sink.send(event, subscription, delivery_id)
        except DeliveryError as exc:
            if exc.permanent:
                log.error(
                    "delivery failed for good: event=%s target=%s reason=%s",
                    event_id,
                    target.redacted,
                    exc,
                )
                await self.store.mark_failed(delivery_id, str(exc))
                result.failed += 1
                result.broken_targets.add(target.redacted)
            else:
                retry_at = self.clock() + backoff(attempts)
                log.warning(
                    "delivery will be retried: event=%s target=%s reason=%s at=%s",
                    event_id,
                    target.redacted,
                    exc,
                    retry_at.isoformat(),
                )
                await self.store.mark_retry(delivery_id, str(exc), retry_at)
                result.retried += 1
            return
        await self.store.mark_sent(delivery_id, message_id, self.clock())
        log.info("alert delivered: event=%s target=%s", event_id, target.redacted)
        result.sent += 1
