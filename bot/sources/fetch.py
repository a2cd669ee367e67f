"""HTTP GET of feeds with aiohttp: conditional requests, caps, guarded redirects."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import DefaultResolver
from yarl import URL

from bot import __version__
from bot.config import NetworkSettings
from bot.errors import BlockedAddressError, FetchError
from bot.sources.guard import address_allowed, check_url

USER_AGENT = f"Beachhead/{__version__} (+https://github.com/beachhead-bot; AI market-entry alerts)"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
CHUNK = 64 * 1024


class GuardedResolver(AbstractResolver):
    """Resolves names and drops blocked addresses at connect time, so DNS rebinding fails."""

    def __init__(self, allow_private: bool) -> None:
        self._inner = DefaultResolver()
        self._allow_private = allow_private

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        """Resolve `host`, keeping only addresses the guard allows."""
        results = await self._inner.resolve(host, port, family)
        allowed = [
            r
            for r in results
            if address_allowed(ipaddress.ip_address(r["host"]), allow_private=self._allow_private)
        ]
        if not allowed:
            raise BlockedAddressError(
                f"{host} resolves only to private or reserved addresses "
                "(set network.allow_private_addresses = true only for local testing)"
            )
        return allowed

    async def close(self) -> None:
        """Release the inner resolver."""
        await self._inner.close()


def make_session(network: NetworkSettings) -> aiohttp.ClientSession:
    """The one HTTP session: guarded resolver, connection caps overall and per host."""
    connector = aiohttp.TCPConnector(
        limit=network.max_connections,
        limit_per_host=network.max_per_host,
        resolver=GuardedResolver(network.allow_private_addresses),
        ttl_dns_cache=300,
    )
    return aiohttp.ClientSession(
        connector=connector,
        headers={"User-Agent": USER_AGENT},
        timeout=aiohttp.ClientTimeout(total=network.timeout),
    )


@dataclass(frozen=True)
class FetchResult:
    """What a GET returned; `body` is None when the server said 304 Not Modified."""

    url: str
    status: int
    body: bytes | None
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None

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
                    check_url(current, allow_private=self.network.allow_private_addresses)
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
        }
        if response.status == 304:
            return FetchResult(url=url, status=304, body=None, **validators)
        if response.status >= 400:
            raise FetchError(
                f"{url}: HTTP {response.status} {response.reason or ''}".rstrip(),
                kind=f"http_{response.status // 100}xx",
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
