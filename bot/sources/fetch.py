"""HTTP GET of feeds with aiohttp: conditional requests, caps, guarded redirects."""

from __future__ import annotations

import asyncio
import socket
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver
from yarl import URL

from bot import __version__
from bot.config import NetworkSettings
from bot.errors import BlockedAddressError, FetchError
from bot.sources.guard import Guard

USER_AGENT = f"Beachhead/{__version__} (+https://github.com/beachhead-bot; AI market-entry alerts)"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024


class GuardedResolver(AbstractResolver):
    """Resolves names at connect time and refuses a host when any address it resolves to is
    blocked; the connection uses exactly the addresses checked here, so DNS rebinding fails."""

    def __init__(self, guard: Guard | bool, inner: AbstractResolver | None = None) -> None:
        self._inner = inner or DefaultResolver()
        self._guard = guard if isinstance(guard, Guard) else Guard(allow_private=guard)

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """Resolve `host`; BlockedAddressError unless every address is allowed."""
        results = await self._inner.resolve(host, port, family)
        self._guard.check_addresses(host, [r["host"] for r in results])
        return results

    async def close(self) -> None:
        """Release the inner resolver."""
        await self._inner.close()


def make_session(
    network: NetworkSettings,
    *,
    resolver: AbstractResolver | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> aiohttp.ClientSession:
    """The one HTTP session: guarded resolver, connection caps overall and per host.

    `resolver` is the DNS lookup the guard wraps (default: the system's); `ssl_context` the
    certificates trusted (default: the system's)."""
    connector = aiohttp.TCPConnector(
        limit=network.max_connections,
        limit_per_host=network.max_per_host,
        resolver=GuardedResolver(network.guard, resolver),
        ttl_dns_cache=300,
        ssl=ssl_context if ssl_context is not None else True,
    )
    return aiohttp.ClientSession(
        connector=connector,
        headers={"User-Agent": USER_AGENT},
        timeout=aiohttp.ClientTimeout(total=network.timeout),
    )


def seconds_header(value: str | None, now: datetime | None = None) -> float | None:
    """A Retry-After value: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def max_age(cache_control: str | None) -> float | None:
    """`max-age` from a Cache-Control header (no-store / no-cache mean none)."""
    if not cache_control:
        return None
    found = None
    for part in cache_control.lower().split(","):
        name, _, value = part.strip().partition("=")
        if name in ("no-store", "no-cache"):
            return None
        if name == "max-age" and value.strip().strip('"').isdigit():
            found = float(value.strip().strip('"'))
    return found


@dataclass(frozen=True)
class FetchResult:
    """What a GET returned; `body` is None when the server said 304 Not Modified."""

    url: str
    status: int
    body: bytes | None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    # Seconds the server says the feed stays fresh (Cache-Control: max-age).
    max_age: float | None = None

    @property
    def not_modified(self) -> bool:
        """The feed has not changed since the validators we sent."""
        return self.status == 304


@dataclass
class Fetcher:
    """Fetches URLs through the shared session under the network settings.

    A request waits for a free slot (per host, then overall) *before* its timeout starts:
    with thousands of sources polled at once, time spent queueing behind other feeds is not
    the server being slow, and counting it failed every feed at the back of the queue."""

    session: aiohttp.ClientSession
    network: NetworkSettings
    _hosts: dict[str, asyncio.Semaphore] = field(default_factory=dict, init=False)
    _slots: asyncio.Semaphore | None = field(default=None, init=False)

    @asynccontextmanager
    async def _slot(self, url: str) -> AsyncIterator[None]:
        """Hold one of the host's `max_per_host` slots and one of `max_connections`."""
        host = (URL(url).host or "").lower()
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(self.network.max_per_host)
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.network.max_connections)
        # One small semaphore per host ever fetched: bounded by the number of sources.
        async with self._hosts[host], self._slots:
            yield

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """GET `url`; raises FetchError (or BlockedAddressError) with one actionable line."""
        headers = {
            "Accept": "application/rss+xml, application/atom+xml, application/feed+json, "
            "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        try:
            async with self._slot(url), asyncio.timeout(self.network.timeout):
                for _ in range(self.network.max_redirects + 1):
                    self.network.guard.check_url(current)
                    async with self.session.get(
                        current, headers=headers, allow_redirects=False
                    ) as response:
                        if response.status in REDIRECTS and "Location" in response.headers:
                            current = self._next_hop(current, response.headers["Location"])
                            continue
                        return await self._result(current, response)
                raise FetchError(
                    f"{url}: more than {self.network.max_redirects} redirects", kind="redirects"
                )
        except TimeoutError:
            raise FetchError(
                f"{url}: timed out after {self.network.timeout:g} s", kind="timeout"
            ) from None
        except BlockedAddressError:
            raise
        except aiohttp.ClientConnectorError as exc:
            if isinstance(exc.os_error, BlockedAddressError):
                raise exc.os_error from None
            raise FetchError(
                f"{url}: cannot connect: {exc.os_error or exc}", kind="connect"
            ) from None
        except aiohttp.ClientError as exc:
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}", kind="client") from None

    @staticmethod
    def _next_hop(current: str, location: str) -> str:
        target = URL(current).join(URL(location))
        if URL(current).scheme == "https" and target.scheme == "http":
            raise FetchError(
                f"{current}: refused redirect from https to http ({target})", kind="redirects"
            )
        return str(target)

    async def _result(self, url: str, response: aiohttp.ClientResponse) -> FetchResult:
        validators: dict[str, Any] = {
            "etag": response.headers.get("ETag"),
            "last_modified": response.headers.get("Last-Modified"),
            "max_age": max_age(response.headers.get("Cache-Control")),
        }
        if response.status == 304:
            return FetchResult(url=url, status=304, body=None, **validators)
        if response.status >= 400:
            wait = seconds_header(response.headers.get("Retry-After"))
            raise FetchError(
                f"{url}: HTTP {response.status} {response.reason or ''}".rstrip()
                + (f" (retry after {wait:g} s)" if wait is not None else ""),
                kind=f"http_{response.status // 100}xx",
                retry_after=wait,
            )
        declared = response.content_length
        if declared is not None and declared > self.network.max_feed_bytes:
            raise FetchError(
                f"{url}: feed is {declared} bytes, over max_feed_bytes", kind="too_large"
            )
        body = bytearray()
        # aiohttp decompresses as it streams, so this counts decompressed bytes.
        async for chunk in response.content.iter_chunked(CHUNK):
            body += chunk
            if len(body) > self.network.max_feed_bytes:
                raise FetchError(
                    f"{url}: feed exceeds max_feed_bytes ({self.network.max_feed_bytes})",
                    kind="too_large",
                )
        return FetchResult(
            url=url,
            status=response.status,
            body=bytes(body),
            content_type=response.content_type,
            **validators,
        )
