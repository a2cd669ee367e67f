"""A loopback feed farm for the benchmarks: N RSS feeds of real headlines on many hosts.

Each "host" is its own loopback address (127.1.x.y) with its own listening socket, so a
client's per-host connection limit applies exactly as it would on the internet. The site
counts requests in flight per host and remembers the highest count it saw. A few hosts are
slow (answer after a delay), a few answer 500, a few have nothing listening (connection
refused). Feeds carry ETag and Last-Modified and answer 304 to a matching conditional GET.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import random
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

from aiohttp import web

ITEMS_PER_FEED = 30
FEEDS_PER_HOST = 5
SLOW_DELAY = 1.0


@dataclass(frozen=True)
class Headline:
    """A real published item: its title, summary and address."""

    title: str
    summary: str
    url: str
    label: bool


def load_headlines(paths: Iterable[Path]) -> list[Headline]:
    """Headlines from JSON Lines files (the dev-set format: title, summary, url, label)."""
    found: list[Headline] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            found.append(
                Headline(
                    title=row["title"],
                    summary=row.get("summary") or "",
                    url=row.get("url") or "https://example.com/",
                    label=bool(row.get("label")),
                )
            )
    if not found:
        raise SystemExit("no headlines found; pass --headlines FILE (JSON Lines)")
    return found


def item_link(url: str, guid: str) -> str:
    """The headline's URL with b=guid added, so each copy of a headline has its own link."""
    return f"{url}{'&' if '?' in url else '?'}b={guid}"


def rss(title: str, items: list[tuple[Headline, str, datetime]]) -> bytes:
    """An RSS 2.0 document; items are (headline, guid, published)."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>https://news.example/</link>",
        "<description>Benchmark feed</description>",
    ]
    for headline, guid, published in items:
        parts.append(
            f"<item><title>{escape(headline.title)}</title>"
            f"<link>{escape(item_link(headline.url, guid))}</link>"
            f'<guid isPermaLink="false">{guid}</guid>'
            f"<pubDate>{format_datetime(published)}</pubDate>"
            f"<description>{escape(headline.summary)}</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


@dataclass
class Feed:
    """One feed: its items (newest first) and the validators of its current body."""

    path: str
    title: str
    items: list[tuple[Headline, str, datetime]]
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""

    def render(self) -> None:
        """Rebuild the body and validators after the items changed."""
        self.body = rss(self.title, self.items)
        self.etag = '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'
        self.last_modified = format_datetime(datetime.now(UTC).replace(microsecond=0), True)


@dataclass
class Host:
    """One loopback address and how it behaves."""

    address: str
    behaviour: str = "ok"  # ok | slow | error | dead
    feeds: dict[str, Feed] = field(default_factory=dict)


@dataclass
class FeedFarm:
    """N feeds spread over N/5 hosts, served on loopback; counts concurrency per host."""

    feeds: int
    headlines: list[Headline]
    match_share: float = 0.1
    seed: int = 7
    hosts: list[Host] = field(default_factory=list)
    port: int = 0
    requests: Counter[str] = field(default_factory=Counter)
    in_flight: Counter[str] = field(default_factory=Counter)
    max_in_flight: Counter[str] = field(default_factory=Counter)
    # Set once every feed has been requested at least as many times as there are feeds.
    cycled: asyncio.Event = field(default_factory=asyncio.Event)
    _runner: web.AppRunner | None = None

    def build(self) -> None:
        """Create hosts and feeds; deterministic for a given seed."""
        rand = random.Random(self.seed)
        positives = [h for h in self.headlines if h.label] or self.headlines
        negatives = [h for h in self.headlines if not h.label] or self.headlines
        count = max(10, self.feeds // FEEDS_PER_HOST)
        few = max(1, count // 100)
        behaviours = ["slow"] * few + ["error"] * few + ["dead"] * few
        behaviours += ["ok"] * (count - len(behaviours))
        rand.shuffle(behaviours)
        self.hosts = [
            Host(f"127.1.{i // 250}.{i % 250 + 1}", behaviour)
            for i, behaviour in enumerate(behaviours)
        ]
        now = datetime.now(UTC).replace(microsecond=0)
        for number in range(self.feeds):
            host = self.hosts[number % count]
            items = []
            for index in range(ITEMS_PER_FEED):
                pool = positives if rand.random() < self.match_share else negatives
                published = now - timedelta(minutes=37 * index + rand.randrange(30))
                items.append((rand.choice(pool), f"f{number}-i{index}", published))
            feed = Feed(f"/feeds/{number}.xml", f"Bench feed {number}", items)
            feed.render()
            host.feeds[feed.path] = feed

    def urls(self) -> list[str]:
        """Every feed's URL, in feed-number order."""
        found = [
            (int(path.split("/")[-1].split(".")[0]), f"http://{host.address}:{self.port}{path}")
            for host in self.hosts
            for path in host.feeds
        ]
        return [url for _, url in sorted(found)]

    def feed(self, number: int) -> tuple[Host, Feed]:
        """Feed by number, with its host."""
        host = self.hosts[number % len(self.hosts)]
        return host, host.feeds[f"/feeds/{number}.xml"]

    def reset(self) -> None:
        """Forget the counts (between runs)."""
        self.requests.clear()
        self.max_in_flight.clear()

    @property
    def peak_per_host(self) -> int:
        """The most requests any one host had in flight at once."""
        return max(self.max_in_flight.values(), default=0)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """Serve a feed: 304 on matching validators; slow and failing hosts misbehave."""
        sock = request.transport.get_extra_info("sockname") if request.transport else None
        address = sock[0] if sock else "?"
        host = self._by_address[address]
        self.in_flight[address] += 1
        self.max_in_flight[address] = max(self.max_in_flight[address], self.in_flight[address])
        try:
            if host.behaviour == "slow":
                await asyncio.sleep(SLOW_DELAY)
            if host.behaviour == "error":
                self.requests["500"] += 1
                return web.Response(status=500, text="internal error")
            feed = host.feeds.get(request.path)
            if feed is None:
                self.requests["404"] += 1
                return web.Response(status=404, text="not found")
            headers = {"ETag": feed.etag, "Last-Modified": feed.last_modified}
            if request.headers.get("If-None-Match") == feed.etag or (
                "If-None-Match" not in request.headers
                and request.headers.get("If-Modified-Since") == feed.last_modified
            ):
                self.requests["304"] += 1
                return web.Response(status=304, headers=headers)
            self.requests["200"] += 1
            return web.Response(body=feed.body, content_type="application/rss+xml", headers=headers)
        finally:
            self.in_flight[address] -= 1
            if sum(self.requests.values()) >= self.feeds:
                self.cycled.set()

    async def start(self, extra: web.Application | None = None) -> None:
        """Listen on every live host's address (dead hosts get a port nobody listens on)."""
        self._by_address = {h.address: h for h in self.hosts}
        app = web.Application()
        if extra is not None:
            app.add_subapp("/_bench/", extra)
        app.router.add_get("/feeds/{name}", self.handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        live = [h for h in self.hosts if h.behaviour != "dead"]
        first = web.TCPSite(self._runner, live[0].address, 0, backlog=1024)
        await first.start()
        self.port = first._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        for host in live[1:]:
            await web.TCPSite(self._runner, host.address, self.port, backlog=1024).start()

    async def stop(self) -> None:
        """Close every listener."""
        if self._runner is not None:
            await self._runner.cleanup()


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def stamp() -> float:
    """Wall-clock seconds, comparable across processes on this machine."""
    return time.time()
