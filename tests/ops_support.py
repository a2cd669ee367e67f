"""Shared by the operations tests: a small knowledge file, a feed with one entry, settings."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp.test_utils import TestServer
from prometheus_client.parser import text_string_to_metric_families

from bot.config import Settings, parse_settings

COMPANIES = """
[[companies]]
name = "OpenAI"
home = "US"
category = "lab"
website = "https://openai.com"
aliases = ["Open AI"]
products = ["ChatGPT"]
"""

ENTRY_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Asia desk</title><link>https://news.example.com/</link><description>AI news</description>
<item>
  <title>OpenAI to open its first office in Seoul, South Korea</title>
  <link>https://news.example.com/openai-seoul</link>
  <guid>openai-seoul</guid>
  <description>OpenAI announced on Monday its decision to establish its first office in Seoul.
  </description>
</item>
<item>
  <title>OpenAI releases a new reasoning model</title>
  <link>https://news.example.com/openai-model</link>
  <guid>openai-model</guid>
  <description>The model is available to subscribers.</description>
</item>
</channel></rss>
"""


# (city, country) pairs for entry stories written by fault tests, one event each.
ENTRY_CITIES = [
    ("Seoul", "South Korea"),
    ("Tokyo", "Japan"),
    ("Paris", "France"),
    ("Berlin", "Germany"),
    ("Madrid", "Spain"),
    ("Singapore", "Singapore"),
    ("Mumbai", "India"),
    ("Toronto", "Canada"),
    ("Sydney", "Australia"),
    ("Dubai", "United Arab Emirates"),
    ("Warsaw", "Poland"),
    ("Lagos", "Nigeria"),
]


def knowledge(tmp_path: Path) -> dict[str, str]:
    """Write a one-company knowledge base; the [detector] table pointing at it."""
    companies = tmp_path / "companies.toml"
    presences = tmp_path / "presences.toml"
    companies.write_text(COMPANIES, encoding="utf-8")
    presences.write_text("", encoding="utf-8")
    return {"companies": str(companies), "presences": str(presences)}


def ops_settings(
    tmp_path: Path,
    server: TestServer,
    paths: list[str],
    **sections: Any,
) -> Settings:
    """Settings polling `paths` on the loopback feed site, with extra config tables."""
    data: dict[str, Any] = {
        "storage": {"path": str(tmp_path / "beachhead.db")},
        "network": {"allow_private_addresses": True, "timeout": 5},
        "scheduler": {"backfill_days": 3650, "jitter": 0},
        "detector": knowledge(tmp_path),
        "sources": [{"name": p, "url": str(server.make_url("/" + p))} for p in paths],
        **sections,
    }
    return parse_settings(data, tmp_path / "beachhead.toml")


async def get(url: str) -> tuple[int, str]:
    """GET a URL on loopback; (status, body text)."""
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


def samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Parse a Prometheus exposition into {(sample name, labels): value}."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return found


def value(parsed: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str):
    """One sample's value, or None when it is absent."""
    return parsed.get((name, frozenset(labels.items())))


async def eventually(check: Callable[[], Awaitable[bool]], within: float = 15) -> None:
    """Wait until `check` passes; fail the test after `within` seconds."""
    deadline = time.monotonic() + within
    while not await check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


def write_config(tmp_path: Path, extra: str = "") -> Path:
    """A config file using the one-company knowledge base, plus `extra` TOML."""
    detector = knowledge(tmp_path)
    config = tmp_path / "beachhead.toml"
    config.write_text(
        f'[storage]\npath = "{tmp_path / "b.db"}"\n'
        f'[detector]\ncompanies = "{detector["companies"]}"\n'
        f'presences = "{detector["presences"]}"\n{extra}',
        encoding="utf-8",
    )
    return config
