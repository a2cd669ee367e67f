import asyncio
import gzip

import pytest

from bot.config import NetworkSettings
from bot.errors import BlockedAddressError, FetchError
from bot.sources.fetch import Fetcher, make_session
from bot.sources.guard import address_allowed, check_url
from tests.conftest import DATA

RSS = (DATA / "feeds" / "joongang_rss2.xml").read_bytes()


def fetcher_for(**overrides) -> tuple[Fetcher, object]:
    network = NetworkSettings(allow_private_addresses=True, **overrides)
    session = make_session(network)
    return Fetcher(session, network), session


async def test_second_fetch_with_validators_costs_a_304(feed_site):
    site, server = feed_site
    site.add("feed.xml", RSS)
    fetcher, session = fetcher_for()
    async with session:
        first = await fetcher.fetch(str(server.make_url("/feed.xml")))
        assert first.status == 200 and first.body == RSS and first.etag
        second = await fetcher.fetch(
            str(server.make_url("/feed.xml")), etag=first.etag, last_modified=first.last_modified
        )
    assert second.not_modified and second.body is None
    assert site.not_modified["/feed.xml"] == 1
    assert site.user_agents[0].startswith("Beachhead/")


async def test_last_modified_alone_is_used_when_there_is_no_etag(feed_site):
    site, server = feed_site
    site.add("feed.xml", RSS, etag=False)
    fetcher, session = fetcher_for()
    async with session:
        first = await fetcher.fetch(str(server.make_url("/feed.xml")))
        second = await fetcher.fetch(
            str(server.make_url("/feed.xml")), last_modified=first.last_modified
        )
    assert first.etag is None and second.not_modified


async def test_body_cap_counts_decompressed_bytes(feed_site):
    site, server = feed_site
    bomb = gzip.compress(b"<rss>" + b" " * 5_000_000)
    site.add("bomb.xml", bomb, headers={"Content-Encoding": "gzip"})
    fetcher, session = fetcher_for(max_feed_bytes=100_000)
    async with session:
        with pytest.raises(FetchError, match="max_feed_bytes"):
            await fetcher.fetch(str(server.make_url("/bomb.xml")))


async def test_redirects_are_followed_and_bounded(feed_site):
    site, server = feed_site
    site.add("feed.xml", RSS)
    site.add("old.xml", b"", status=301, headers={"Location": "/feed.xml"})
    for i in range(4):
        site.add(f"loop{i}", b"", status=302, headers={"Location": f"/loop{i + 1}"})
    fetcher, session = fetcher_for(max_redirects=2)
    async with session:
        moved = await fetcher.fetch(str(server.make_url("/old.xml")))
        assert moved.body == RSS and moved.url.endswith("/feed.xml")
        with pytest.raises(FetchError, match="more than 2 redirects"):
            await fetcher.fetch(str(server.make_url("/loop0")))


async def test_timeout_and_http_errors_are_one_line(feed_site):
    site, server = feed_site
    site.add("slow.xml", RSS, delay=2)
    site.add("gone.xml", b"", status=410)
    fetcher, session = fetcher_for(timeout=0.3)
    async with session:
        with pytest.raises(FetchError, match=r"timed out after 0.3 s"):
            await fetcher.fetch(str(server.make_url("/slow.xml")))
        with pytest.raises(FetchError, match="HTTP 410") as caught:
            await fetcher.fetch(str(server.make_url("/gone.xml")))
    assert "\n" not in str(caught.value)


async def test_loopback_is_refused_unless_allowed(feed_site):
    site, server = feed_site
    site.add("feed.xml", RSS)
    network = NetworkSettings()
    async with make_session(network) as session:
        fetcher = Fetcher(session, network)
        with pytest.raises(BlockedAddressError, match="private or reserved"):
            await fetcher.fetch(str(server.make_url("/feed.xml")))  # IP literal 127.0.0.1
        with pytest.raises(BlockedAddressError, match="localhost resolves to a private"):
            await fetcher.fetch(f"http://localhost:{server.port}/feed.xml")  # name → 127.0.0.1
    assert site.hits["/feed.xml"] == 0


async def test_requests_per_host_are_bounded(feed_site):
    site, server = feed_site
    for i in range(8):
        site.add(f"f{i}.xml", RSS, delay=0.1)
    fetcher, session = fetcher_for(max_per_host=2)
    async with session:
        await asyncio.gather(*(fetcher.fetch(str(server.make_url(f"/f{i}.xml"))) for i in range(8)))
    assert site.max_in_flight == 2


@pytest.mark.parametrize(
    ("address", "allowed"),
    [
        ("93.184.216.34", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("100.64.0.1", False),
        ("169.254.169.254", False),
        ("::ffff:127.0.0.1", False),
        ("64:ff9b::a00:1", False),
        ("2002:7f00:1::", False),
        ("2606:4700::1111", True),
        ("fe80::1", False),
    ],
)
def test_address_guard(address: str, allowed: bool):
    import ipaddress

    assert address_allowed(ipaddress.ip_address(address)) is allowed


def test_only_http_urls():
    with pytest.raises(BlockedAddressError, match="only http and https"):
        check_url("file:///etc/passwd")
