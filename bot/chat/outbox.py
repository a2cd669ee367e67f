"""Drain the outbox: one lane per target, in order, paced, retried, each message posted once.

Guarantees (see README, "Delivery guarantees"):
- A delivery row exists before any request is made (the pipeline enqueues it), and a claim
  is written to it just before each request. A row still claimed when a lane picks it up
  was cut off mid-request (the process died): its outcome is unknown, so it counts as
  *uncertain*, like a timeout or a dropped connection.
- A sink that can tell whether the earlier attempt landed (Slack bot: metadata look-up;
  Discord bot: the same nonce within Discord's window; console: harmless) resends freely.
  Any other sink resends an uncertain delivery once; if that resend is uncertain too, the
  delivery is failed with a reason instead of risking a third copy.
- Targets are independent lanes: a rate-limited or broken target never delays another.
  Inside a lane deliveries go in id order; a wait up to `max_wait` is slept in the lane,
  a longer one is written to `next_attempt` (the lane and its later deliveries wait in the
  database, not in a sleeping task).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.chat import Posted, Sink
from bot.chat.http import InvalidBudget
from bot.errors import DeliveryError
from bot.logs import fields
from bot.metrics import Metrics
from bot.models import Delivery, Platform
from bot.store import Store
from bot.targets import parse_target

log = logging.getLogger(__name__)
MAX_BACKOFF = timedelta(hours=1)
# Retries slept inside a lane before a delivery is rescheduled instead: a server answering
# 429 "retry after 0" forever must not keep a lane spinning.
MAX_TRIES_IN_LANE = 8
DISCORD = (Platform.DISCORD, Platform.DISCORD_WEBHOOK)


def backoff(
    attempts: int, rand: Callable[[], float] = random.random, base: float = 5.0
) -> timedelta:
    """Exponential backoff with full jitter: up to 5 s, 10 s, 20 s … capped at an hour."""
    ceiling = min(MAX_BACKOFF.total_seconds(), base * 2**attempts)
    return timedelta(seconds=max(base / 5, ceiling * rand()))


@dataclass(frozen=True)
class Window:
    """At most `count` requests in any `seconds`."""

    count: int
    seconds: float


# Published (or well-known) per-channel limits, kept with a margin by the pacer.
PACES: dict[Platform, tuple[Window, ...]] = {
    # Bot messages: 5 per 5 s per channel; discord.py also follows the rate-limit headers.
    Platform.DISCORD: (Window(5, 5.0),),
    # Webhooks: 5 per 2 s per webhook, and about 30 a minute per channel.
    Platform.DISCORD_WEBHOOK: (Window(5, 2.0), Window(30, 60.0)),
    # chat.postMessage: about one message a second per channel; incoming webhooks the same.
    Platform.SLACK: (Window(1, 1.0),),
    Platform.SLACK_WEBHOOK: (Window(1, 1.0),),
    Platform.CONSOLE: (),
}


def scaled(
    paces: Mapping[Platform, tuple[Window, ...]], factor: float
) -> dict[Platform, tuple[Window, ...]]:
    """The same limits with every window multiplied by `factor` (tests run them faster)."""
    return {p: tuple(Window(w.count, w.seconds * factor) for w in ws) for p, ws in paces.items()}


class Pacer:
    """Spaces requests to one target so no window ever holds more than its count.

    Times are taken when a request *finishes*, so however long the next one takes to
    arrive, the platform cannot see more than `count` arrivals inside a window."""

    def __init__(
        self, windows: tuple[Window, ...], monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self.windows = windows
        self.monotonic = monotonic
        self.finished: deque[float] = deque(maxlen=max((w.count for w in windows), default=1))

    def delay(self) -> float:
        """Seconds to wait before the next request may start."""
        now = self.monotonic()
        wait = 0.0
        for window in self.windows:
            if len(self.finished) >= window.count:
                wait = max(wait, self.finished[-window.count] + window.seconds - now)
        return wait

    async def wait(self) -> None:
        """Sleep until the next request may start."""
        while (wait := self.delay()) > 0:  # noqa: ASYNC110 - a deadline, not an event
            await asyncio.sleep(wait)

    def done(self) -> None:
        """A request to this target finished (whatever its outcome)."""
        self.finished.append(self.monotonic())


@dataclass
class DrainResult:
    """What one drain did."""

    sent: int = 0
    edited: int = 0
    retried: int = 0
    failed: int = 0
    broken_targets: set[str] = field(default_factory=set)


@dataclass
class Outbox:
    """Sends what the store says is due through the sink for each platform."""

    store: Store
    sinks: Mapping[Platform, Sink]
    clock: Callable[[], datetime]
    # The longest single wait slept in a lane; longer waits are rescheduled in the store.
    max_wait: float = 30.0
    paces: Mapping[Platform, tuple[Window, ...]] = field(default_factory=lambda: dict(PACES))
    backoff_base: float = 5.0
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    metrics: Metrics = field(default_factory=Metrics)
    # Shared with the sinks' HTTP sessions, which count Discord's 401, 403 and 429 answers.
    invalid: InvalidBudget = field(default_factory=InvalidBudget)
    _pacers: dict[str, Pacer] = field(default_factory=dict)
    _lanes: dict[str, asyncio.Task[None]] = field(default_factory=dict)
    # target (or "platform:" prefix) → why it was stopped
    _stopped: dict[str, str] = field(default_factory=dict)
    _dead_loaded: bool = False

    async def drain(self) -> DrainResult:
        """Send every due delivery; one concurrent lane per target, each in order.

        A drain started while another runs adds lanes for targets that have none and
        waits for those; a target's running lane picks up its new deliveries itself."""
        result = DrainResult()
        if not self._dead_loaded:
            self._stopped.update(await self.store.dead_targets())
            self._dead_loaded = True
        started: list[asyncio.Task[None]] = []
        for target in await self.store.due_targets(self.clock()):
            lane = self._lanes.get(target)
            if lane is None or lane.done():
                lane = asyncio.create_task(self._lane(target, result))
                self._lanes[target] = lane
                started.append(lane)
        if started:
            await asyncio.gather(*started)
        return result

    async def _lane(self, target: str, result: DrainResult) -> None:
        try:
            while due := await self.store.due_deliveries(self.clock(), target=target):
                for delivery in due:
                    if not await self._one(delivery, result):
                        return
        except Exception:
            log.exception("delivery lane crashed: target=%s", parse_target(target).redacted)
            raise

    def _stop_reason(self, target: str) -> tuple[str, str, bool] | None:
        """(key, reason, exact) when the target or its whole platform was stopped."""
        if target in self._stopped:
            return target, self._stopped[target], True
        for key, reason in self._stopped.items():
            if key.endswith(":") and target.startswith(key):
                return key, reason, False
        return None

    def _resend_is_safe(self, sink: Sink, delivery: Delivery) -> bool:
        """The sink drops a repeat of every earlier attempt: all of them, the first included,
        started within its deduplication window."""
        window = sink.dedupe_window
        if window is None:
            return False
        if window == timedelta.max:
            return True
        first = delivery.first_claimed_at
        return first is not None and self.clock() - first <= window

    async def _one(self, delivery: Delivery, result: DrainResult) -> bool:
        """Deliver or edit one row; False stops the lane (target stopped or waiting)."""
        target = parse_target(delivery.target)
        if stopped := self._stop_reason(delivery.target):
            key, reason, exact = stopped
            result.failed += await self.store.fail_target(
                key, f"target stopped: {reason}", exact=exact
            )
            return False
        event = await self.store.event(delivery.event_id)
        subscription = await self.store.subscription(delivery.subscription_id)
        sink = self.sinks.get(target.platform)
        problem = (
            "event or subscription no longer exists"
            if event is None or subscription is None
            else f"no sink configured for {target.platform}"
            if sink is None
            else None
        )
        if problem or event is None or subscription is None or sink is None:
            await self._fail_row(delivery, problem or "", result)
            return True
        if delivery.is_edit and (not sink.can_edit or delivery.message_id is None):
            # Slack incoming webhooks and the console cannot change what they posted.
            await self.store.mark_edited(delivery.id, len(event.reports), self.clock())
            return True
        if delivery.interrupted:
            await self.store.note_interrupted(delivery.id)
            delivery = delivery.model_copy(update={"uncertain": delivery.uncertain + 1})
            log.warning(
                "delivery was interrupted mid-request, its outcome is unknown: "
                "delivery=%s target=%s",
                delivery.id,
                target.redacted,
            )
        pacer = self._pacers.setdefault(delivery.target, Pacer(self.paces.get(target.platform, ())))
        tries = 0
        while True:
            if target.platform in DISCORD and (spent := self.invalid.wait()) > 0:
                return await self._over_budget(delivery, spent, result)
            if (
                not delivery.is_edit
                and delivery.uncertain >= 2
                and not self._resend_is_safe(sink, delivery)
            ):
                await self._fail_row(
                    delivery,
                    "outcome unknown twice (interrupted or timed out mid-request); it may "
                    "already be posted, so it is not sent a third time",
                    result,
                )
                return True
            await pacer.wait()
            started = time.perf_counter()
            try:
                posted = Posted()
                if delivery.is_edit:
                    await sink.edit(event, subscription, delivery)
                else:
                    now = self.clock()
                    await self.store.claim(delivery.id, now)
                    first = delivery.first_claimed_at or now
                    delivery = delivery.model_copy(
                        update={"claimed_at": now, "first_claimed_at": first}
                    )
                    posted = await sink.send(event, subscription, delivery)
            except DeliveryError as exc:
                pacer.done()
                if exc.permanent:
                    return await self._permanent(delivery, exc, result)
                tries += 1
                wait, delivery = await self._note_retry(delivery, exc, tries)
                if wait <= self.max_wait:
                    await self.sleep(wait)
                    continue
                retry_at = self.clock() + timedelta(seconds=wait)
                await self.store.hold_target(delivery.target, delivery.id, retry_at)
                log.warning(
                    "delivery rescheduled: delivery=%s target=%s reason=%s at=%s",
                    delivery.id,
                    target.redacted,
                    exc,
                    retry_at.isoformat(),
                )
                result.retried += 1
                return False
            pacer.done()
            sent_in = time.perf_counter() - started
            await self._record_success(delivery, posted, len(event.reports), result, sent_in)
            return True

    async def _over_budget(self, delivery: Delivery, wait: float, result: DrainResult) -> bool:
        """Hold this Discord target until the invalid-request budget frees up."""
        retry_at = self.clock() + timedelta(seconds=wait)
        await self.store.hold_target(delivery.target, delivery.id - 1, retry_at)
        log.error(
            "Discord invalid-request budget spent, Discord deliveries wait",
            extra=fields(
                target=parse_target(delivery.target).redacted,
                spent=self.invalid.limit,
                until=retry_at.isoformat(timespec="seconds"),
            ),
        )
        result.retried += 1
        return False

    async def _note_retry(
        self, delivery: Delivery, exc: DeliveryError, tries: int
    ) -> tuple[float, Delivery]:
        """Write the retry (and whether the attempt may have landed); returns the wait."""
        if exc.retry_after is not None:
            wait = max(0.0, exc.retry_after)
        else:
            attempt = delivery.attempts + tries - 1
            wait = backoff(attempt, base=self.backoff_base).total_seconds()
        if tries >= MAX_TRIES_IN_LANE:  # retried in the lane often enough: reschedule
            wait = max(wait, self.max_wait + backoff(tries, base=self.backoff_base).total_seconds())
        uncertain = exc.uncertain and not delivery.is_edit
        await self.store.mark_retry(
            delivery.id, str(exc), self.clock() + timedelta(seconds=wait), uncertain=uncertain
        )
        self.metrics.delivery_retried(parse_target(delivery.target).platform.value)
        log.info(
            "retrying in %.2f s: delivery=%s target=%s reason=%s",
            wait,
            delivery.id,
            parse_target(delivery.target).redacted,
            exc,
        )
        return wait, delivery.model_copy(
            update={"uncertain": delivery.uncertain + int(uncertain), "claimed_at": None}
        )

    async def _record_success(
        self,
        delivery: Delivery,
        posted: Posted,
        shown: int,
        result: DrainResult,
        send_seconds: float,
    ) -> None:
        target = parse_target(delivery.target).redacted
        if delivery.is_edit:
            await self.store.mark_edited(delivery.id, shown, self.clock())
            log.info("alert updated: event=%s target=%s", delivery.event_id, target)
            result.edited += 1
            return
        sent_at = self.clock()
        await self.store.mark_sent(
            delivery.id, posted.message_id, posted.channel_id, shown, sent_at
        )
        queued = delivery.created_at
        latency = (sent_at - queued).total_seconds() if queued else None
        self.metrics.delivered(parse_target(delivery.target).platform.value, latency, send_seconds)
        log.info(
            "alert delivered",
            extra=fields(event_id=delivery.event_id, delivery=delivery.id, target=target),
        )
        result.sent += 1

    async def _fail_row(self, delivery: Delivery, reason: str, result: DrainResult) -> None:
        target = parse_target(delivery.target).redacted
        if delivery.is_edit:
            await self.store.drop_edit(delivery.id, reason)
            log.warning(
                "edit dropped: delivery=%s target=%s reason=%s", delivery.id, target, reason
            )
            return
        if await self.store.mark_failed(delivery.id, reason):
            log.error(
                "delivery failed",
                extra=fields(event_id=delivery.event_id, target=target, reason=reason),
            )
            self.metrics.delivery_failed(parse_target(delivery.target).platform.value)
            result.failed += 1

    async def _permanent(self, delivery: Delivery, exc: DeliveryError, result: DrainResult) -> bool:
        """A refusal no retry can fix: fail the row, and stop the target when it is to blame."""
        reason = str(exc)
        if exc.scope == "delivery":
            await self._fail_row(delivery, reason, result)
            return True
        target = parse_target(delivery.target)
        if exc.scope == "platform":
            key, exact, shown = f"{target.platform}:", False, f"{target.platform}:*"
        else:
            key, exact, shown = delivery.target, True, target.redacted
        self._stopped[key] = reason
        if exc.scope == "gone":
            await self.store.add_dead_target(delivery.target, reason, self.clock())
        failed = 0
        if delivery.is_edit:
            await self.store.drop_edit(delivery.id, reason)
        else:
            failed += await self.store.mark_failed(delivery.id, reason)
        failed += await self.store.fail_target(key, f"target stopped: {reason}", exact=exact)
        result.failed += failed
        for _ in range(failed):
            self.metrics.delivery_failed(target.platform.value)
        result.broken_targets.add(shown)
        if failed or delivery.is_edit:
            log.error(
                "target stopped, its deliveries failed",
                extra=fields(target=shown, reason=reason, failed=failed),
            )
        return False
