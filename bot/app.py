"""The one place that builds and wires everything inside one `async with`."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

import aiohttp

from bot.chat import Sink
from bot.chat.console import ConsoleSink
from bot.chat.http import make_chat_session
from bot.chat.outbox import DrainResult, Outbox
from bot.config import ChatSettings, Secrets, Settings
from bot.detect import Detector, build_detector
from bot.errors import ConfigError
from bot.models import Platform, Subscription
from bot.pipeline import Pipeline, PollResult
from bot.scheduler import build_scheduler
from bot.sources.fetch import Fetcher, make_session
from bot.store.sqlite import SQLiteStore, open_store
from bot.targets import parse_target

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    """The real clock; tests hand the pipeline their own."""
    return datetime.now(UTC)


def detector_for(settings: Settings) -> Detector:
    """The detector over the configured knowledge files (next to the config, else shipped)."""

    def pick(configured: Path | None, name: str) -> Path | None:
        if configured is not None:
            return settings.resolve(configured)
        beside = settings.base_dir / name
        return beside if settings.config_file and beside.exists() else None

    return build_detector(
        pick(settings.detector.companies, "companies.toml"),
        pick(settings.detector.presences, "presences.toml"),
    )


def subscriptions_for(settings: Settings) -> list[Subscription]:
    """Configured subscriptions; with none, alerts go to the console."""
    subs = [s.to_subscription() for s in settings.subscriptions]
    return subs or [Subscription(name="console", target="console")]


def build_sinks(
    platforms: set[Platform],
    session: aiohttp.ClientSession,
    stdout: TextIO,
    *,
    secrets: Secrets | None = None,
    chat: ChatSettings | None = None,
) -> dict[Platform, Sink]:
    """One sink per platform the subscriptions use; bot targets need their token."""
    secrets = secrets or Secrets()
    chat = chat or ChatSettings()
    sinks: dict[Platform, Sink] = {}
    for platform in platforms:
        if platform is Platform.CONSOLE:
            sinks[platform] = ConsoleSink(stdout)
        elif platform is Platform.DISCORD_WEBHOOK:
            from bot.chat.discord import DiscordWebhookSink

            sinks[platform] = DiscordWebhookSink(session)
        elif platform is Platform.SLACK_WEBHOOK:
            from bot.chat.slack import SlackWebhookSink

            sinks[platform] = SlackWebhookSink(session)
        elif platform is Platform.DISCORD:
            from bot.chat.discord import DiscordBotSink

            if secrets.discord_token is None:
                raise ConfigError("target 'discord:' needs DISCORD_TOKEN in the environment")
            sinks[platform] = DiscordBotSink(
                secrets.discord_token.get_secret_value(), max_wait=chat.max_wait
            )
        elif platform is Platform.SLACK:
            from bot.chat.slack import SlackBotSink

            if secrets.slack_bot_token is None:
                raise ConfigError("target 'slack:' needs SLACK_BOT_TOKEN in the environment")
            sinks[platform] = SlackBotSink(
                secrets.slack_bot_token.get_secret_value(), session, base_url=chat.slack_api_url
            )
    return sinks


def usable_platforms(subscriptions: list[Subscription], secrets: Secrets) -> set[Platform]:
    """Platforms to build sinks for. Config subscriptions were checked at start-up; one made
    in chat for a platform whose token is gone is logged, and its deliveries fail."""
    tokens = {Platform.DISCORD: secrets.discord_token, Platform.SLACK: secrets.slack_bot_token}
    platforms: set[Platform] = set()
    for sub in subscriptions:
        platform = parse_target(sub.target).platform
        if platform in tokens and tokens[platform] is None:
            log.warning("subscription %r targets %s but its token is not set", sub.name, platform)
            continue
        platforms.add(platform)
    return platforms


@asynccontextmanager
async def chat_sinks(
    settings: Settings, platforms: set[Platform], stdout: TextIO, secrets: Secrets
) -> AsyncIterator[dict[Platform, Sink]]:
    """The sinks with their own HTTP session (429s go to the outbox); closed on exit."""
    if settings.chat.discord_api_url:
        import discord.http

        # discord.py keeps its API base in one class attribute, webhooks included.
        discord.http.Route.BASE = settings.chat.discord_api_url.rstrip("/")
    async with make_chat_session(settings.network) as session:
        sinks = build_sinks(platforms, session, stdout, secrets=secrets, chat=settings.chat)
        try:
            yield sinks
        finally:
            for sink in sinks.values():
                await sink.aclose()


@dataclass
class Service:
    """The wired service: store, pipeline and outbox sharing one session."""

    store: SQLiteStore
    pipeline: Pipeline
    outbox: Outbox

    async def poll_all(self) -> list[PollResult]:
        """Poll every source once, concurrently (the connector bounds requests)."""
        sources = await self.store.sources()
        return list(await asyncio.gather(*(self.pipeline.poll(s) for s in sources)))

    async def poll_one(self, source_id: int) -> PollResult | None:
        """Poll one source by id, then deliver what it produced."""
        for source in await self.store.sources():
            if source.id == source_id:
                result = await self.pipeline.poll(source)
                if result.deliveries or result.edits:
                    await self.outbox.drain()
                return result
        return None


@asynccontextmanager
async def service(
    settings: Settings, *, stdout: TextIO | None = None, clock: Callable[[], datetime] = utcnow
) -> AsyncIterator[Service]:
    """Build everything from settings; closes the session and the database on exit."""
    secrets = Secrets()
    settings.check_secrets(secrets)
    subscriptions = subscriptions_for(settings)
    detector = detector_for(settings)
    async with (
        make_session(settings.network) as session,
        open_store(settings.database) as store,
    ):
        await store.sync_sources([(s.name, s.url, s.interval) for s in settings.sources])
        await store.sync_subscriptions(subscriptions)
        platforms = usable_platforms(await store.subscriptions(), secrets)
        pipeline = Pipeline(
            store=store,
            fetcher=Fetcher(session, settings.network),
            detector=detector,
            scheduling=settings.scheduler,
            clock=clock,
        )
        async with chat_sinks(settings, platforms, stdout or sys.stdout, secrets) as sinks:
            await pipeline.load_learned()
            yield Service(
                store=store,
                pipeline=pipeline,
                outbox=Outbox(store, sinks, clock, max_wait=settings.chat.max_wait),
            )


async def run_once(settings: Settings, *, stdout: TextIO | None = None) -> int:
    """One poll of every source, deliver everything due, exit status per DESIGN §3."""
    async with service(settings, stdout=stdout) as svc:
        results = await svc.poll_all()
        drained: DrainResult = await svc.outbox.drain()
    failed = [r for r in results if not r.ok]
    log.info(
        "run complete: sources=%d failed=%d events=%d delivered=%d retrying=%d "
        "failed_deliveries=%d",
        len(results),
        len(failed),
        sum(r.new_events for r in results),
        drained.sent,
        drained.retried,
        drained.failed,
    )
    if results and len(failed) == len(results):
        log.error("every source failed; first error: %s", failed[0].error)
        return 1
    if drained.broken_targets:
        log.error("permanently broken targets: %s", ", ".join(sorted(drained.broken_targets)))
        return 1
    return 0


async def run_forever(settings: Settings) -> int:
    """The service: scheduled polls until SIGINT or SIGTERM, then a clean shutdown."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    async with service(settings) as svc:
        sources = await svc.store.sources()
        scheduler = build_scheduler(sources, settings.scheduler, svc.poll_one, svc.outbox.drain)
        scheduler.start()
        log.info("beachhead running: sources=%d; Ctrl-C to stop", len(sources))
        await stop.wait()
        log.info("shutting down")
        scheduler.shutdown(wait=False)
        # Let a poll or drain that is mid-write finish before the database closes.
        running = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        if running:
            await asyncio.wait(running, timeout=settings.network.timeout + 5)
    return 0
