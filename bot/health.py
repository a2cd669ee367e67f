"""The operator's endpoint: /healthz (is the service working?) and /metrics (Prometheus)."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Protocol

from aiohttp import web

from bot.errors import ConfigError, StoreError
from bot.logs import fields
from bot.metrics import CONTENT_TYPE, Metrics
from bot.models import SourceState

log = logging.getLogger(__name__)


class Running(Protocol):
    """What health needs of the scheduler (APScheduler's `running` property)."""

    @property
    def running(self) -> bool:
        """Whether jobs are being run."""


class HealthStore(Protocol):
    """What health and metrics read from the store."""

    async def ping(self) -> None:
        """Answer a trivial query or raise StoreError."""

    async def pending_deliveries(self) -> int:
        """Deliveries still to be sent."""

    async def sources(self) -> list[SourceState]:
        """Every source with its fetch state."""


@dataclass
class Health:
    """Checks the scheduler and the store; refreshes the gauges the store knows best."""

    store: HealthStore
    scheduler: Running
    metrics: Metrics
    timeout: float = 3.0

    async def problems(self) -> list[str]:
        """Why the service is unhealthy; empty when it is healthy."""
        reasons = []
        if not self.scheduler.running:
            reasons.append("scheduler is not running")
        try:
            async with asyncio.timeout(self.timeout):
                await self.store.ping()
        except TimeoutError:
            reasons.append(f"database did not answer within {self.timeout:g} s")
        except StoreError as exc:
            reasons.append(str(exc))
        return reasons

    async def refresh(self) -> None:
        """Set the outbox and per-source gauges from the store (they survive restarts there)."""
        try:
            async with asyncio.timeout(self.timeout):
                self.metrics.set_pending(await self.store.pending_deliveries())
                for source in await self.store.sources():
                    if source.last_success is not None:
                        self.metrics.source_succeeded(source.name, source.last_success.timestamp())
        except (TimeoutError, StoreError, sqlite3.Error, ValueError) as exc:
            # Serve the counters we have; /healthz says what is wrong with the store.
            log.debug("metrics refresh skipped: %s", exc)

    async def healthz(self, _: web.Request) -> web.Response:
        """200 {"ok": true} or 503 {"ok": false, "reasons": [...]}."""
        reasons = await self.problems()
        if reasons:
            return web.json_response({"ok": False, "reasons": reasons}, status=503)
        return web.json_response({"ok": True, "reasons": []})

    async def metrics_page(self, _: web.Request) -> web.Response:
        """Every metric in the Prometheus text format."""
        await self.refresh()
        response = web.Response(body=self.metrics.exposition())
        response.headers["Content-Type"] = CONTENT_TYPE
        return response


def health_app(health: Health) -> web.Application:
    """The aiohttp application serving /healthz and /metrics."""
    app = web.Application()
    app.router.add_get("/healthz", health.healthz)
    app.router.add_get("/metrics", health.metrics_page)
    return app


@asynccontextmanager
async def serve_health(health: Health, host: str, port: int) -> AsyncIterator[str]:
    """Listen on host:port (0 = any free port) until the block ends; yields the base URL."""
    runner = web.AppRunner(health_app(health), access_log=None, handle_signals=False)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except OSError as exc:
            raise ConfigError(
                f"health: cannot listen on {host}:{port}: {exc.strerror or exc}; "
                "change [health] port or host, or set enabled = false"
            ) from None
        bound_host, bound_port = runner.addresses[0][:2]
        url = f"http://{_url_host(bound_host)}:{bound_port}"
        log.info("health endpoint listening", extra=fields(url=url, paths="/healthz /metrics"))
        yield url
    finally:
        await runner.cleanup()


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
