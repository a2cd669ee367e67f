"""Prometheus metrics on a registry of their own: one Metrics object, handed to each stage.

Names and labels (all prefixed `beachhead_`):
  polls_total{source,outcome}            outcome: ok | not_modified | error. The 304 ratio is
                                         polls_total{outcome="not_modified"} / polls_total.
  poll_duration_seconds{source}          one poll end to end (fetch, parse, detect, store)
  fetch_errors_total{source,kind}        kind: timeout, connect, http_4xx, http_5xx, too_large,
                                         redirects, blocked, client, feed (not a usable feed)
  articles_seen_total{source}            items in fetched feeds
  articles_new_total{source}             items never seen before
  events_detected_total{kind}            new market-entry events
  reports_attached_total                 later reports joined to a known event
  deliveries_sent_total{platform}
  deliveries_retried_total{platform}     failed for now, retried with backoff
  deliveries_failed_total{platform}      failed for good
  deliveries_pending                     pending rows in the outbox (read from the store)
  delivery_latency_seconds{platform}     from the event being queued to the message being sent
  delivery_send_seconds{platform}        one call to the chat platform
  source_last_success_timestamp_seconds{source}  Unix time of the last successful poll
"""

from __future__ import annotations

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from bot import __version__

PREFIX = "beachhead"
# Polls take milliseconds to tens of seconds; alerts wait seconds to hours (retries).
POLL_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 60)
LATENCY_BUCKETS = (0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 21600)
SEND_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20)
CONTENT_TYPE = CONTENT_TYPE_LATEST


class Metrics:
    """Every metric Beachhead keeps; each instance has its own registry (tests build many)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        Gauge(f"{PREFIX}_build_info", "Version of Beachhead", ["version"], registry=r).labels(
            __version__
        ).set(1)
        self.polls = Counter(
            f"{PREFIX}_polls", "Polls of a source by outcome", ["source", "outcome"], registry=r
        )
        self.poll_seconds = Histogram(
            f"{PREFIX}_poll_duration_seconds",
            "Time for one poll of one source",
            ["source"],
            buckets=POLL_BUCKETS,
            registry=r,
        )
        self.fetch_errors = Counter(
            f"{PREFIX}_fetch_errors", "Failed polls by kind", ["source", "kind"], registry=r
        )
        self.articles_seen = Counter(
            f"{PREFIX}_articles_seen", "Items in fetched feeds", ["source"], registry=r
        )
        self.articles_new = Counter(
            f"{PREFIX}_articles_new", "Items never seen before", ["source"], registry=r
        )
        self.events = Counter(
            f"{PREFIX}_events_detected", "New market-entry events", ["kind"], registry=r
        )
        self.reports = Counter(
            f"{PREFIX}_reports_attached", "Later reports joined to a known event", registry=r
        )
        self.sent = Counter(
            f"{PREFIX}_deliveries_sent", "Alerts delivered", ["platform"], registry=r
        )
        self.retried = Counter(
            f"{PREFIX}_deliveries_retried", "Deliveries to retry later", ["platform"], registry=r
        )
        self.failed = Counter(
            f"{PREFIX}_deliveries_failed", "Deliveries failed for good", ["platform"], registry=r
        )
        self.pending = Gauge(
            f"{PREFIX}_deliveries_pending", "Pending deliveries in the outbox", registry=r
        )
        self.latency = Histogram(
            f"{PREFIX}_delivery_latency_seconds",
            "From an alert being queued to it being sent",
            ["platform"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.send_seconds = Histogram(
            f"{PREFIX}_delivery_send_seconds",
            "One call to a chat platform",
            ["platform"],
            buckets=SEND_BUCKETS,
            registry=r,
        )
        self.last_success = Gauge(
            f"{PREFIX}_source_last_success_timestamp_seconds",
            "Unix time of the last successful poll of a source",
            ["source"],
            registry=r,
        )

    # pipeline ------------------------------------------------------------------
    def poll_done(self, source: str, outcome: str, seconds: float) -> None:
        """One poll finished: ok, not_modified or error."""
        self.polls.labels(source, outcome).inc()
        self.poll_seconds.labels(source).observe(seconds)

    def fetch_failed(self, source: str, kind: str) -> None:
        """A poll failed; `kind` is FetchError.kind or "feed"."""
        self.fetch_errors.labels(source, kind).inc()

    def articles(self, source: str, seen: int, new: int) -> None:
        """Items a poll found, and how many of them were new."""
        self.articles_seen.labels(source).inc(seen)
        self.articles_new.labels(source).inc(new)

    def event_detected(self, kind: str) -> None:
        """A new event was created."""
        self.events.labels(kind).inc()

    def report_attached(self) -> None:
        """Another outlet's report joined a known event."""
        self.reports.inc()

    def source_succeeded(self, source: str, unix_time: float) -> None:
        """The last successful poll of a source happened at this time."""
        self.last_success.labels(source).set(unix_time)

    # outbox --------------------------------------------------------------------
    def delivered(self, platform: str, latency: float | None, send_seconds: float) -> None:
        """An alert reached its target `latency` seconds after it was queued."""
        self.sent.labels(platform).inc()
        self.send_seconds.labels(platform).observe(send_seconds)
        if latency is not None:
            self.latency.labels(platform).observe(max(0.0, latency))

    def delivery_retried(self, platform: str) -> None:
        """A delivery failed for now."""
        self.retried.labels(platform).inc()

    def delivery_failed(self, platform: str) -> None:
        """A delivery failed for good."""
        self.failed.labels(platform).inc()

    def set_pending(self, count: int) -> None:
        """How many deliveries wait in the outbox."""
        self.pending.set(count)

    def exposition(self) -> bytes:
        """The registry in the Prometheus text format."""
        return generate_latest(self.registry)
