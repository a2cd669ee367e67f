"""The address guard and fetch caps against hostile URLs and servers, all on loopback.

The guard in these tests allows exactly 127.0.0.1 (`allowed_networks`), the address the
loopback feed site listens on, and nothing else private: every other private, loopback or
special address is refused the way a public deployment refuses them. Refused addresses are
never connected to (the tests assert the site saw nothing more).
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import time
from collections.abc import Iterator

import pytest
import trustme
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.test_utils import TestServer

from bot.config import NetworkSettings
from bot.errors import BlockedAddressError, FetchError
from bot.sources.fetch import Fetcher, make_session
from tests.conftest import DATA

RSS = (DATA / "feeds" / "joongang_rss2.xml").read_bytes()
ONLY_LOOPBACK_1 = ["127.0.0.1/32"]


def guarded(**overrides: object) -> tuple[Fetcher, object, NetworkSettings]:
    network = NetworkSettings(allowed_networks=ONLY_LOOPBACK_1, **overrides)  # type: ignore[arg-type]
    session = make_session(network)
    return Fetcher(session, network), session, network


@pytest.mark.parametrize(
    "host",
    [
        "169.254.169.254",  # cloud metadata
        "[::ffff:169.254.169.254]",  # the same, IPv4-mapped
        "[::ffff:127.0.0.2]",  # loopback, IPv4-mapped
        "[::ffff:a9fe:a9fe]",  # metadata, mapped, written in hex
        "[64:ff9b::a9fe:a9fe]",  # metadata through NAT64
        "[64:ff9b::7f00:2]",  # loopback through NAT64
        "[2002:a9fe:a9fe::]",  # metadata through 6to4
        "100.64.0.1",  # carrier-grade NAT
        "10.0.0.1",
        "192.168.1.1",
        "172.16.0.1",
        "127.0.0.2",
        "0.0.0.0",
        "[::1]",
        "[::]",
        "[fe80::1]",
        "[fc00::1]",
        "224.0.0.1",
    ],
)
async def test_ip_literal_urls_are_refused_before_any_connection(feed_site, host: str):
    site, server = feed_site
    site.add("feed.xml", RSS)
    fetcher, session, _ = guarded()
    async with session:  # type: ignore[attr-defined]
        with pytest.raises(BlockedAddressError, match="private or reserved"):
            await fetcher.fetch(f"http://{host}:{server.port}/feed.xml")
    assert sum(site.hits.values()) == 0


@pytest.mark.parametrize(
    "host",
    [
        "127.1",  # short form, resolved by getaddrinfo to 127.0.0.1
        "2130706433",  # 127.0.0.1 as one decimal number
        "0x7f000001",  # and in hex
        "localhost",
    ],
)
async def test_numeric_host_spellings_resolve_and_are_refused(feed_site, host: str):
    """Not IP literals to urlsplit: yarl refuses the odd spellings outright, and a name such as
    localhost reaches the resolver, which checks the answer."""
    site, server = feed_site
    site.add("feed.xml", RSS)
    network = NetworkSettings()
    async with make_session(network) as session:
        with pytest.raises(FetchError, match=r"private or reserved|not a canonical IPv4"):
            await Fetcher(session, network).fetch(f"http://{host}:{server.port}/feed.xml")
    assert sum(site.hits.values()) == 0


@pytest.mark.parametrize(
    "location",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:127.0.0.2]:{port}/feed.xml",
        "http://127.0.0.2:{port}/feed.xml",
        "http://[64:ff9b::a00:1]/feed.xml",
        "file:///etc/passwd",
        "gopher://127.0.0.1:{port}/",
    ],
)
async def test_every_redirect_hop_is_checked(feed_site, location: str):
    site, server = feed_site
    site.add("feed.xml", RSS)
    site.add("hop1", b"", status=302, headers={"Location": "/hop2"})
    site.add("hop2", b"", status=301, headers={"Location": location.format(port=server.port)})
    fetcher, session, _ = guarded()
    async with session:  # type: ignore[attr-defined]
        with pytest.raises(BlockedAddressError):
            await fetcher.fetch(str(server.make_url("/hop1")))
    assert dict(site.hits) == {"/hop1": 1, "/hop2": 1}


class ScriptedDNS(AbstractResolver):
    """A DNS that answers what the test says, and changes its answer (rebinding)."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = answers
        self.lookups: list[str] = []

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        self.lookups.append(host)
        return [
            ResolveResult(hostname=host, host=a, port=port, family=socket.AF_INET, proto=0, flags=0)
            for a in self.answers[host]
        ]

    async def close(self) -> None:
        return None


async def test_dns_rebinding_is_caught_at_connect_time(feed_site):
    """The name first points at the allowed server, then at another address: the second
    connection checks the new answer (nothing checked earlier is trusted later)."""
    site, server = feed_site
    site.add("feed.xml", RSS, headers={"Connection": "close"})
    dns = ScriptedDNS({"feeds.rebind.test": ["127.0.0.1"]})
    network = NetworkSettings(allowed_networks=ONLY_LOOPBACK_1)
    url = f"http://feeds.rebind.test:{server.port}/feed.xml"
    async with make_session(network, resolver=dns) as session:
        fetcher = Fetcher(session, network)
        assert (await fetcher.fetch(url)).body == RSS
        assert site.hosts == [f"feeds.rebind.test:{server.port}"]
        dns.answers["feeds.rebind.test"] = ["127.0.0.2"]  # the attacker's DNS changes its mind
        session.connector.clear_dns_cache()  # type: ignore[union-attr]
        with pytest.raises(BlockedAddressError, match=r"rebind\.test resolves to .*127\.0\.0\.2"):
            await fetcher.fetch(url)
        # One bad address among good ones is enough to refuse: the connection could use it.
        dns.answers["feeds.rebind.test"] = ["127.0.0.1", "10.1.2.3"]
        session.connector.clear_dns_cache()  # type: ignore[union-attr]
        with pytest.raises(BlockedAddressError, match=r"10\.1\.2\.3"):
            await fetcher.fetch(url)
    assert site.hits["/feed.xml"] == 1
    assert dns.lookups == ["feeds.rebind.test"] * 3


async def test_a_trickling_server_is_cut_off_by_the_total_time_cap(feed_site):
    site, server = feed_site
    site.add("drip.xml", RSS[:200], trickle=0.5)  # a byte every half second: 100 s in all
    fetcher, session, _ = guarded(timeout=1.5)
    started = time.monotonic()
    async with session:  # type: ignore[attr-defined]
        with pytest.raises(FetchError, match=r"timed out after 1.5 s"):
            await fetcher.fetch(str(server.make_url("/drip.xml")))
    assert time.monotonic() - started < 2.5


@pytest.fixture(scope="module")
def tls() -> Iterator[tuple[ssl.SSLContext, ssl.SSLContext]]:
    """A throwaway CA: (server context for 127.0.0.1, client context trusting it)."""
    ca = trustme.CA()
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_ctx)
    client_ctx = ssl.create_default_context()
    ca.configure_trust(client_ctx)
    yield server_ctx, client_ctx


async def test_https_to_http_redirects_are_refused(aiohttp_server, feed_site, tls):
    plain_site, plain = feed_site
    plain_site.add("feed.xml", RSS)
    from tests.servers.feed_site import FeedSite

    secure_site = FeedSite()
    secure_site.add("feed.xml", RSS)
    secure_site.add("moved", b"", status=301, headers={"Location": "/feed.xml"})
    secure_site.add(
        "downgrade", b"", status=302, headers={"Location": str(plain.make_url("/feed.xml"))}
    )
    server_ctx, client_ctx = tls
    secure: TestServer = await aiohttp_server(secure_site.app, ssl=server_ctx)
    network = NetworkSettings(allowed_networks=ONLY_LOOPBACK_1)
    async with make_session(network, ssl_context=client_ctx) as session:
        fetcher = Fetcher(session, network)
        moved = await fetcher.fetch(f"https://127.0.0.1:{secure.port}/moved")
        assert moved.body == RSS and moved.url.startswith("https://")
        with pytest.raises(FetchError, match="refused redirect from https to http"):
            await fetcher.fetch(f"https://127.0.0.1:{secure.port}/downgrade")
    assert plain_site.hits["/feed.xml"] == 0


async def test_many_concurrent_fetches_of_one_slow_host_stay_within_the_per_host_cap(feed_site):
    site, server = feed_site
    for i in range(12):
        site.add(f"f{i}.xml", RSS, delay=0.05)
    fetcher, session, _ = guarded(max_per_host=3)
    async with session:  # type: ignore[attr-defined]
        await asyncio.gather(
            *(fetcher.fetch(str(server.make_url(f"/f{i}.xml"))) for i in range(12))
        )
    assert site.max_in_flight == 3
