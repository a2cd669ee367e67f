"""Fixtures: loopback servers, and settings pointing the real clients at them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path

import discord.http
import pytest
from aiohttp.test_utils import TestServer

from tests.servers.chat_api import ChatAPI
from tests.servers.discord_app import InteractionsAPI
from tests.servers.feed_site import FeedSite

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED_ARTICLE = DATA / "seed_article.txt"


@pytest.fixture
async def feed_site(aiohttp_server) -> AsyncIterator[tuple[FeedSite, TestServer]]:  # type: ignore[no-untyped-def]
    site = FeedSite()
    server = await aiohttp_server(site.app)
    yield site, server


@pytest.fixture
async def chat_api(aiohttp_server) -> AsyncIterator[tuple[ChatAPI, TestServer]]:  # type: ignore[no-untyped-def]
    api = ChatAPI()
    server = await aiohttp_server(api.app())
    yield api, server
    # Every Discord body any test sent passed Discord's request schema and limits.
    assert api.invalid_bodies == [], api.invalid_bodies[:3]


@contextmanager
def discord_api_at(server: TestServer) -> Iterator[str]:
    """Point discord.py's REST client (webhooks included) at a loopback fake."""
    original = discord.http.Route.BASE
    discord.http.Route.BASE = str(server.make_url("/api/v10"))
    try:
        yield discord.http.Route.BASE
    finally:
        discord.http.Route.BASE = original


@pytest.fixture
def discord_base(chat_api: tuple[ChatAPI, TestServer]) -> Iterator[str]:
    """discord.py talks to the loopback delivery fake."""
    with discord_api_at(chat_api[1]) as base:
        yield base


@pytest.fixture
async def app_api(aiohttp_server) -> AsyncIterator[tuple[InteractionsAPI, TestServer]]:  # type: ignore[no-untyped-def]
    api = InteractionsAPI()
    server = await aiohttp_server(api.app())
    yield api, server
    assert api.invalid_bodies == [], api.invalid_bodies[:3]


@pytest.fixture
def app_api_base(app_api: tuple[InteractionsAPI, TestServer]) -> Iterator[str]:
    """discord.py talks to the loopback slash-command API."""
    with discord_api_at(app_api[1]) as base:
        yield base


@pytest.fixture(autouse=True)
def _no_secret_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "DISCORD_TOKEN",
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN",
        "BEACHHEAD_CONFIG",
    ):
        monkeypatch.delenv(name, raising=False)
