"""The one place that builds and wires everything inside one `async with`."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, ParamSpec, TextIO, TypeVar

import aiohttp

from bot.chat import Sink
from bot.chat.console import ConsoleSink
from bot.chat.http import InvalidBudget, make_chat_session
from bot.chat.outbox import DrainResult, Outbox
from bot.commands import Desk
from bot.config import ChatSettings, Secrets, Settings
from bot.detect import Detector, build_detector
from bot.errors import ConfigError
from bot.health import Health, Running, serve_health
from bot.logs import fields
from bot.metrics import Metrics
from bot.models import Platform, Subscription
from bot.pipeline import Pipeline, PollResult, start_worker
from bot.scheduler import add_poll_job, build_scheduler, remove_poll_job
from bot.sources.fetch import Fetcher, make_session
from bot.store.sqlite import SQLiteStore, open_store
from bot.targets import parse_target

if TYPE_CHECKING:
    from bot.chat.discord_commands import CommandBot

log = logging.getLogger(__name__)
P = ParamSpec("P")
R = TypeVar("R")


def utcnow() -> datetime:
    """The real clock; tests hand the pipeline their own."""
    return datetime.now(UTC)


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
    invalid: InvalidBudget | None = None,
) -> dict[Platform, Sink]:
    """One sink per platform the subscriptions use; bot targets need their token. `invalid`
    counts Discord's invalid-request answers (shared with the outbox)."""
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
                secrets.discord_token.get_secret_value(), max_wait=chat.max_wait, invalid=invalid
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
    settings: Settings,
    platforms: set[Platform],
    stdout: TextIO,
    secrets: Secrets,
    invalid: InvalidBudget | None = None,
) -> AsyncIterator[dict[Platform, Sink]]:
    """The sinks with their own HTTP session (429s go to the outbox); closed on exit."""
    if settings.chat.discord_api_url:
        import discord.http

        # discord.py keeps its API base in one class attribute, webhooks included.
        discord.http.Route.BASE = settings.chat.discord_api_url.rstrip("/")
    async with make_chat_session(settings.network, invalid) as session:
        sinks = build_sinks(
            platforms, session, stdout, secrets=secrets, chat=settings.chat, invalid=invalid
        )
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
    metrics: Metrics

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


# With this many sources a worker process on the second core pays for its start-up.
WORKER_PROCESS_MIN_SOURCES = 50


def worker_process(
    stack: AsyncExitStack, sources: int, detector: Detector
) -> ProcessPoolExecutor | None:
    """A one-worker process pool for parsing and detection, shut down with `stack`; None on
    one core or for a handful of sources."""
    if sources < WORKER_PROCESS_MIN_SOURCES or (os.cpu_count() or 1) < 2:
        return None
    # forkserver: this process already runs threads (SQLite), which fork must not copy.
    pool = ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("forkserver"),
        initializer=start_worker,
        initargs=(detector,),
    )
    stack.callback(pool.shutdown, wait=True, cancel_futures=True)
    return pool


@asynccontextmanager
async def service(
    settings: Settings,
    *,
    stdout: TextIO | None = None,
    clock: Callable[[], datetime] = utcnow,
    metrics: Metrics | None = None,
) -> AsyncIterator[Service]:
    """Build everything from settings; closes the session and the database on exit."""
    metrics = metrics or Metrics()
    secrets = Secrets()
    settings.check_secrets(secrets)
    subscriptions = subscriptions_for(settings)
    detector = build_detector(*settings.knowledge_files())
    async with (
        make_session(settings.network) as session,
        open_store(settings.database, lock_timeout=settings.storage.lock_timeout) as store,
        AsyncExitStack() as stack,
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
            metrics=metrics,
            worker=worker_process(stack, len(await store.sources()), detector),
        )
        invalid = InvalidBudget(settings.chat.discord_invalid_budget)
        async with chat_sinks(settings, platforms, stdout or sys.stdout, secrets, invalid) as sinks:
            await pipeline.load_learned()
            await pipeline.route_unrouted()
            yield Service(
                store=store,
                pipeline=pipeline,
                outbox=Outbox(
                    store,
                    sinks,
                    clock,
                    max_wait=settings.chat.max_wait,
                    metrics=metrics,
                    invalid=invalid,
                ),
                metrics=metrics,
            )


@dataclass
class OneShot:
    """Stands in for the scheduler in `run --once`: running while the single pass runs."""

    running: bool = True


@asynccontextmanager
async def maybe_health(
    settings: Settings, svc: Service, scheduler: Running, *, once: bool
) -> AsyncIterator[str | None]:
    """Serve /healthz and /metrics for the block if [health] says so; yields the URL or None."""
    if not settings.health.serves(once=once):
        yield None
        return
    health = Health(svc.store, scheduler, svc.metrics)
    async with serve_health(health, settings.health.host, settings.health.port) as url:
        yield url


async def run_once(
    settings: Settings, *, stdout: TextIO | None = None, metrics: Metrics | None = None
) -> int:
    """One poll of every source, deliver everything due, exit status per DESIGN §3."""
    async with (
        service(settings, stdout=stdout, metrics=metrics) as svc,
        maybe_health(settings, svc, OneShot(), once=True),
    ):
        results = await svc.poll_all()
        drained: DrainResult = await svc.outbox.drain()
    failed = [r for r in results if not r.ok]
    polled = [r for r in results if not r.skipped]
    log.info(
        "run complete",
        extra=fields(
            sources=len(results),
            skipped=len(results) - len(polled),
            failed=len(failed),
            events=sum(r.new_events for r in results),
            delivered=drained.sent,
            retrying=drained.retried,
            failed_deliveries=drained.failed,
        ),
    )
    if polled and len(failed) == len(polled):
        log.error("every source failed; first error: %s", failed[0].error)
        return 1
    if drained.broken_targets:
        log.error(
            "permanently broken targets",
            extra=fields(targets=",".join(sorted(drained.broken_targets))),
        )
        return 1
    return 0


class InFlight:
    """Tracks the scheduler's running jobs so shutdown waits for them and nothing else."""

    def __init__(self) -> None:
        self.tasks: set[asyncio.Future[object]] = set()

    def track(self, job: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
        """The job, wrapped so that while it runs its task is in `tasks`."""

        async def run(*args: P.args, **kwargs: P.kwargs) -> R:
            task = asyncio.current_task()
            if task is not None:
                self.tasks.add(task)
            try:
                return await job(*args, **kwargs)
            finally:
                self.tasks.discard(task)

        return run

    async def settle(self, grace: float) -> None:
        """Let a poll or drain that is mid-write finish before the database closes."""
        if self.tasks:
            await asyncio.wait(set(self.tasks), timeout=grace)


async def run_forever(
    settings: Settings, *, stop: asyncio.Event | None = None, metrics: Metrics | None = None
) -> int:
    """The service: scheduled polls until `stop` is set (by default on SIGINT or SIGTERM)."""
    if stop is None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
    inflight = InFlight()
    async with service(settings, metrics=metrics) as svc, AsyncExitStack() as stack:
        poll, drain = inflight.track(svc.poll_one), inflight.track(svc.outbox.drain)
        sources = await svc.store.sources()
        scheduler = build_scheduler(sources, settings.scheduler, poll, drain)
        desk = Desk(
            store=svc.store,
            fetcher=svc.pipeline.fetcher,
            clock=utcnow,
            started=utcnow(),
            settings=settings.commands,
            on_source_added=lambda s: add_poll_job(scheduler, s, settings.scheduler, poll),
            on_source_removed=lambda source_id: remove_poll_job(scheduler, source_id),
        )
        # Bind the port first: a port in use stops start-up before any job runs.
        await stack.enter_async_context(maybe_health(settings, svc, scheduler, once=False))
        await start_chat_commands(stack, settings, Secrets(), desk, svc.pipeline.detector)

        async def stop_jobs() -> None:
            # APScheduler's shutdown cancels running jobs: pause, let them finish, then stop.
            scheduler.pause()
            await inflight.settle(settings.network.timeout + 5)
            scheduler.shutdown(wait=False)

        scheduler.start()
        stack.push_async_callback(stop_jobs)
        log.info("beachhead running; Ctrl-C to stop", extra=fields(sources=len(sources)))
        await stop.wait()
        log.info("shutting down")
    return 0


def check_chat_secrets(settings: Settings, secrets: Secrets) -> tuple[bool, bool]:
    """Which command surfaces start (Discord, Slack); a half-configured one is a ConfigError."""
    discord_on = settings.discord.commands and secrets.discord_token is not None
    slack_on = settings.slack.commands and secrets.slack_bot_token is not None
    if slack_on and settings.slack.mode == "http" and secrets.slack_signing_secret is None:
        raise ConfigError(
            "slack.mode = 'http' needs SLACK_SIGNING_SECRET in the environment "
            "(or set slack.commands = false)"
        )
    if slack_on and settings.slack.mode == "socket" and secrets.slack_app_token is None:
        raise ConfigError("slack.mode = 'socket' needs SLACK_APP_TOKEN in the environment")
    return discord_on, slack_on


async def start_chat_commands(
    stack: AsyncExitStack, settings: Settings, secrets: Secrets, desk: Desk, detector: Detector
) -> None:
    """Start the Discord bot and the Slack app when their tokens are set; `stack` stops them."""
    discord_on, slack_on = check_chat_secrets(settings, secrets)
    companies = sorted(detector.knowledge.companies)
    if discord_on and secrets.discord_token is not None:
        from bot.chat.discord_commands import CommandBot

        bot = CommandBot(desk, companies, settings.discord)
        task = asyncio.create_task(bot.start(secrets.discord_token.get_secret_value()))
        stack.push_async_callback(_stop_discord, bot, task)
    if slack_on and secrets.slack_bot_token is not None:
        from slack_sdk.web.async_client import AsyncWebClient

        from bot.chat.slack_commands import build_slack_app, serve_slack

        client = AsyncWebClient(token=secrets.slack_bot_token.get_secret_value())
        signing = secrets.slack_signing_secret
        app = build_slack_app(
            desk,
            settings.slack,
            client=client,
            signing_secret=signing.get_secret_value() if signing else "",
        )
        app_token = secrets.slack_app_token
        await stack.enter_async_context(
            serve_slack(app, settings.slack, app_token.get_secret_value() if app_token else None)
        )


async def _stop_discord(bot: CommandBot, task: asyncio.Task[None]) -> None:
    await bot.close()
    if task.done() and not task.cancelled() and task.exception() is not None:
        log.error("discord bot stopped: %s", task.exception())
