"""Delivery fixtures: a real SQLite outbox, the loopback chat APIs and the real clients."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.app import build_sinks
from bot.chat import Sink
from bot.chat.http import InvalidBudget, make_chat_session
from bot.chat.outbox import PACES, Outbox, scaled
from bot.config import ChatSettings, NetworkSettings, Secrets
from bot.models import Event, Platform, Report, Subscription
from bot.store.sqlite import SQLiteStore, open_store
from tests.chat.test_render import make_event
from tests.servers.chat_api import ChatAPI

CHANNEL = "1100000000000000001"
OTHER_CHANNEL = "1100000000000000002"
SLACK_CHANNEL = "C0123456789"
HOOK = "https://discord.com/api/webhooks/112233445566778899/" + "T" * 68
HOOK_2 = "https://discord.com/api/webhooks/112233445566778800/" + "U" * 68


class Clock:
    """A clock the test moves; waits inside lanes are real (and short) sleeps."""

    def __init__(self) -> None:
        self.now = datetime(2025, 5, 26, 6, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Desk:
    """Everything a delivery test needs, wired like the app wires it."""

    api: ChatAPI
    server: TestServer
    store: SQLiteStore
    session: aiohttp.ClientSession
    clock: Clock
    secrets: Secrets
    sinks: dict[Platform, Sink]
    db: Path
    # Discord's invalid answers, counted by the session and the bot sink, read by the outbox
    invalid: InvalidBudget

    def url(self, path: str) -> str:
        return str(self.server.make_url(path))

    @property
    def slack_hook(self) -> str:
        return self.url("/services/T1/B1/secret")

    def outbox(self, *, max_wait: float = 5.0, pace: float = 0.01, **kw: Any) -> Outbox:
        return Outbox(
            self.store,
            self.sinks,
            self.clock,
            max_wait=max_wait,
            paces=scaled(PACES, pace),
            backoff_base=0.05,
            **{"invalid": self.invalid, **kw},
        )

    async def subscribe(self, *subs: Subscription) -> list[Subscription]:
        await self.store.sync_subscriptions(list(subs))
        stored = await self.store.subscriptions()
        platforms = {s.target.split(":")[0] for s in stored}
        self.sinks.update(
            build_sinks(
                {Platform(p) for p in platforms} - set(self.sinks),
                self.session,
                _Null(),
                secrets=self.secrets,
                chat=ChatSettings(max_wait=5, slack_api_url=self.url("/slack/api/")),
                invalid=self.invalid,
            )
        )
        return stored

    async def alert(
        self, title: str = "OpenAI to open office in Seoul", *, reports: int = 1, **kw: Any
    ) -> Event:
        """Store an event and enqueue it for every subscription (as the pipeline does)."""
        event = make_event(title=title, reports=reports, **kw)
        stored = await self.store.create_event(
            event.entry, event.summary, event.reports[0], self.clock(), alerted=True
        )
        for report in event.reports[1:]:
            await self.store.add_report(stored.id, report, self.clock())
        await self.store.enqueue(stored.id, await self.store.subscriptions(), self.clock())
        found = await self.store.event(stored.id)
        assert found is not None
        return found

    async def add_report(self, event_id: int, outlet: str) -> None:
        """A later report of the same story joins the event (as the pipeline does)."""
        report = Report(url=f"https://{outlet}/story", title="Also reported", source=outlet)
        self.clock.now += timedelta(seconds=1)
        assert await self.store.add_report(event_id, report, self.clock())
        await self.store.request_edits(event_id, self.clock())

    async def rows(self, sql: str = "SELECT * FROM deliveries ORDER BY id") -> list[Any]:
        return list(await self.store._rows(sql))


class _Null:
    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


@pytest.fixture
async def desk(
    tmp_path: Path,
    chat_api: tuple[ChatAPI, TestServer],
    discord_base: str,
    monkeypatch: pytest.MonkeyPatch,
) -> AsyncIterator[Desk]:
    api, server = chat_api
    monkeypatch.setenv("DISCORD_TOKEN", api.discord_token)
    monkeypatch.setenv("SLACK_BOT_TOKEN", api.slack_token)
    invalid = InvalidBudget()
    async with (
        make_chat_session(NetworkSettings(allowed_networks=["127.0.0.1/32"]), invalid) as session,
        open_store(tmp_path / "b.db") as store,
    ):
        desk = Desk(api, server, store, session, Clock(), Secrets(), {}, tmp_path / "b.db", invalid)
        yield desk
        for sink in desk.sinks.values():
            await sink.aclose()


def embeds_of(bodies: Sequence[Any]) -> list[dict[str, Any]]:
    return [b["embeds"][0] for b in bodies]
