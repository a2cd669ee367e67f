"""Drain due deliveries: send each, mark it sent once, retry with backoff, or fail it."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.chat import Sink
from bot.errors import DeliveryError
from bot.logs import fields
from bot.metrics import Metrics
from bot.models import Delivery, Platform
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
    metrics: Metrics = field(default_factory=Metrics)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def drain(self) -> DrainResult:
        """Send every due delivery once; one drain at a time."""
        result = DrainResult()
        async with self._lock:
            while due := await self.store.due_deliveries(self.clock()):
                for delivery in due:
                    await self._deliver(delivery, result)
                if len(due) < 100:
                    break
        return result

    async def _deliver(self, delivery: Delivery, result: DrainResult) -> None:
        event = await self.store.event(delivery.event_id)
        subscription = await self.store.subscription(delivery.subscription_id)
        target = parse_target(delivery.target if subscription is None else subscription.target)
        facts = {
            "event_id": delivery.event_id,
            "subscription": subscription.name if subscription else None,
            "target": target.redacted,
            "attempt": delivery.attempts + 1,
        }
        sink = self.sinks.get(target.platform)
        if event is None or subscription is None or sink is None:
            reason = (
                "event or subscription no longer exists"
                if event is None or subscription is None
                else f"no sink configured for {target.platform}"
            )
            log.error("delivery failed for good: %s", reason, extra=fields(**facts))
            await self.store.mark_failed(delivery.id, reason)
            self.metrics.delivery_failed(target.platform.value)
            result.failed += 1
            return
        started = time.perf_counter()
        try:
            message_id = await sink.send(event, subscription, delivery.id)
        except DeliveryError as exc:
            if exc.permanent:
                log.error("delivery failed for good: %s", exc, extra=fields(**facts))
                await self.store.mark_failed(delivery.id, str(exc))
                self.metrics.delivery_failed(target.platform.value)
                result.failed += 1
                result.broken_targets.add(target.redacted)
            else:
                retry_at = self.clock() + backoff(delivery.attempts)
                log.warning(
                    "delivery will be retried: %s",
                    exc,
                    extra=fields(**facts, retry_at=retry_at.isoformat()),
                )
                await self.store.mark_retry(delivery.id, str(exc), retry_at)
                self.metrics.delivery_retried(target.platform.value)
                result.retried += 1
            return
        send_seconds = time.perf_counter() - started
        sent_at = self.clock()
        await self.store.mark_sent(delivery.id, message_id, sent_at)
        queued = delivery.created_at
        latency = (sent_at - queued).total_seconds() if queued else None
        self.metrics.delivered(target.platform.value, latency, send_seconds)
        log.info("alert delivered", extra=fields(**facts))
        result.sent += 1
