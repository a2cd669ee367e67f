"""/healthz and /metrics against a real store, a real scheduler and the loopback feed site."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import socket
import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
from aiohttp.test_utils import TestServer
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.app import OneShot, run_forever, run_once, service
from bot.config import HealthSettings, Settings
from bot.errors import ConfigError
from bot.health import Health, serve_health
from bot.metrics import Metrics
from bot.scheduler import build_scheduler
from bot.store.sqlite import open_store
from tests.ops_support import ENTRY_FEED, eventually, get, ops_settings, samples, value


@asynccontextmanager
async def serving_health(
    tmp_path: Path, server: TestServer
) -> AsyncIterator[tuple[Settings, AsyncIOScheduler, str]]:
    """A service with a running scheduler and its health endpoint: (settings, scheduler, url)."""
    settings = ops_settings(tmp_path, server, [])
    async with service(settings, stdout=io.StringIO()) as svc:
        scheduler = build_scheduler([], settings.scheduler, svc.poll_one, svc.outbox.drain)
        scheduler.start()
        try:
            health = Health(svc.store, scheduler, svc.metrics)
            async with serve_health(health, "127.0.0.1", 0) as url:
                yield settings, scheduler, url
        finally:
            if scheduler.running:
                scheduler.shutdown(wait=False)


async def test_healthz_is_200_while_the_scheduler_runs_and_503_when_it_stops(
    tmp_path: Path, feed_site
):
    _, server = feed_site
    async with serving_health(tmp_path, server) as (_, scheduler, url):
        status, body = await get(url + "/healthz")
        assert (status, json.loads(body)) == (200, {"ok": True, "reasons": []})

        scheduler.shutdown(wait=False)
        status, body = await get(url + "/healthz")
        assert status == 503
        assert json.loads(body) == {"ok": False, "reasons": ["scheduler is not running"]}


async def test_healthz_is_503_naming_the_database_when_the_store_cannot_answer(
    tmp_path: Path, feed_site
):
    _, server = feed_site
    async with serving_health(tmp_path, server) as (settings, _, url):
        assert (await get(url + "/healthz"))[0] == 200
        # Someone breaks the database under the running service.
        with sqlite3.connect(settings.database) as other:
            other.execute("PRAGMA foreign_keys=OFF")
            other.execute("DROP TABLE sources")
        status, body = await get(url + "/healthz")
        answer = json.loads(body)
        assert status == 503 and answer["ok"] is False
        (reason,) = answer["reasons"]
        assert "database does not answer" in reason and "sources" in reason
        # Metrics are still served (the counters live in the process).
        status, text = await get(url + "/metrics")
        assert status == 200 and "beachhead_polls_total" in text


async def test_a_port_in_use_is_a_configuration_error_naming_it(tmp_path: Path, feed_site):
    _, server = feed_site
    settings = ops_settings(tmp_path, server, [])
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        async with service(settings, stdout=io.StringIO()) as svc:
            health = Health(svc.store, OneShot(), svc.metrics)
            with pytest.raises(ConfigError, match=f"127.0.0.1:{port}"):
                async with serve_health(health, "127.0.0.1", port):
                    pass


async def test_the_service_serves_health_and_metrics_after_a_real_poll(
    tmp_path: Path, feed_site, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO)
    site, server = feed_site
    site.add("entry.xml", ENTRY_FEED)
    settings = ops_settings(
        tmp_path,
        server,
        ["entry.xml", "missing.xml"],
        health={"host": "127.0.0.1", "port": 0},
    )
    stop = asyncio.Event()
    started = time.time()
    task = asyncio.create_task(run_forever(settings, stop=stop))
    try:

        async def listening() -> bool:
            assert not task.done(), task.result()
            return any(r.getMessage() == "health endpoint listening" for r in caplog.records)

        await eventually(listening)
        record = next(r for r in caplog.records if r.getMessage() == "health endpoint listening")
        url = record.fields["url"]  # type: ignore[attr-defined]
        metrics: dict = {}

        async def delivered() -> bool:
            nonlocal metrics
            status, text = await get(url + "/metrics")
            assert status == 200
            metrics = samples(text)
            sent = value(metrics, "beachhead_deliveries_sent_total", platform="console")
            errors = value(metrics, "beachhead_polls_total", source="missing.xml", outcome="error")
            return sent == 1 and errors == 1

        await eventually(delivered)
        status, body = await get(url + "/healthz")
        assert (status, json.loads(body)["ok"]) == (200, True)
    finally:
        stop.set()
        assert await asyncio.wait_for(task, 30) == 0

    m = metrics
    assert value(m, "beachhead_polls_total", source="entry.xml", outcome="ok") == 1
    assert value(m, "beachhead_fetch_errors_total", source="missing.xml", kind="http_4xx") == 1
    assert value(m, "beachhead_articles_seen_total", source="entry.xml") == 2
    assert value(m, "beachhead_articles_new_total", source="entry.xml") == 2
    assert value(m, "beachhead_events_detected_total", kind="office") == 1
    assert value(m, "beachhead_delivery_latency_seconds_count", platform="console") == 1
    assert value(m, "beachhead_delivery_send_seconds_count", platform="console") == 1
    assert value(m, "beachhead_deliveries_pending") == 0
    assert value(m, "beachhead_poll_duration_seconds_count", source="entry.xml") == 1
    last = value(m, "beachhead_source_last_success_timestamp_seconds", source="entry.xml")
    assert last is not None and started - 1 <= last <= time.time()
    assert value(m, "beachhead_source_last_success_timestamp_seconds", source="missing.xml") is None
    # After shutdown nothing listens any more.
    with pytest.raises(aiohttp.ClientConnectionError):
        await get(url + "/healthz")


async def test_not_modified_polls_make_the_304_ratio_and_once_serves_nothing_by_default(
    tmp_path: Path, feed_site, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO)
    site, server = feed_site
    site.add("entry.xml", ENTRY_FEED)
    settings = ops_settings(tmp_path, server, ["entry.xml"])
    metrics = Metrics()
    assert await run_once(settings, stdout=io.StringIO(), metrics=metrics) == 0
    assert await run_once(settings, stdout=io.StringIO(), metrics=metrics) == 0
    m = samples(metrics.exposition().decode())
    ok = value(m, "beachhead_polls_total", source="entry.xml", outcome="ok")
    not_modified = value(m, "beachhead_polls_total", source="entry.xml", outcome="not_modified")
    assert (ok, not_modified) == (1, 1) and site.not_modified["/entry.xml"] == 1
    assert value(m, "beachhead_articles_seen_total", source="entry.xml") == 2
    assert value(m, "beachhead_deliveries_sent_total", platform="console") == 1
    assert not any(r.getMessage() == "health endpoint listening" for r in caplog.records)


async def test_failed_and_retried_deliveries_and_the_pending_gauge(
    tmp_path: Path, feed_site, chat_api
):
    site, server = feed_site
    api, chat_server = chat_api
    site.add("entry.xml", ENTRY_FEED)
    flaky = str(chat_server.make_url("/services/T1/B1/flaky"))
    gone = str(chat_server.make_url("/services/T1/B2/gone"))
    api.faults = {"/services/T1/B1/": [(500, "boom")], "/services/T1/B2/": [(404, "no_service")]}
    settings = ops_settings(
        tmp_path,
        server,
        ["entry.xml"],
        subscriptions=[
            {"name": "flaky", "target": f"slack-webhook:{flaky}"},
            {"name": "gone", "target": f"slack-webhook:{gone}"},
        ],
        health={"enabled": True, "port": 0},
    )
    metrics = Metrics()
    assert await run_once(settings, stdout=io.StringIO(), metrics=metrics) == 1  # a broken target
    async with service(settings, stdout=io.StringIO(), metrics=metrics) as svc:
        await Health(svc.store, OneShot(), metrics).refresh()
    m = samples(metrics.exposition().decode())
    assert value(m, "beachhead_deliveries_retried_total", platform="slack-webhook") == 1
    assert value(m, "beachhead_deliveries_failed_total", platform="slack-webhook") == 1
    # The 500 is retried within the run (a short backoff is slept in the target's lane).
    assert value(m, "beachhead_deliveries_sent_total", platform="slack-webhook") == 1
    assert value(m, "beachhead_deliveries_pending") == 0


def test_health_is_on_for_the_service_and_off_for_once_unless_configured():
    assert HealthSettings().serves(once=False) and not HealthSettings().serves(once=True)
    assert HealthSettings(enabled=True).serves(once=True)
    assert not HealthSettings(enabled=False).serves(once=False)


async def test_shutdown_lets_a_poll_in_flight_finish_before_the_database_closes(
    tmp_path: Path, feed_site, caplog: pytest.LogCaptureFixture
):
    caplog.set_level(logging.INFO)
    site, server = feed_site
    site.add("slow.xml", ENTRY_FEED, delay=1.0)
    settings = ops_settings(tmp_path, server, ["slow.xml"], health={"enabled": False})
    metrics, stop = Metrics(), asyncio.Event()
    task = asyncio.create_task(run_forever(settings, stop=stop, metrics=metrics))

    async def fetching() -> bool:
        return site.hits["/slow.xml"] == 1

    await eventually(fetching)
    stop.set()  # while the feed is still answering
    assert await asyncio.wait_for(task, 30) == 0
    m = samples(metrics.exposition().decode())
    assert value(m, "beachhead_polls_total", source="slow.xml", outcome="ok") == 1
    async with open_store(settings.database) as store:
        (source,) = await store.sources()
    assert source.last_success is not None
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
