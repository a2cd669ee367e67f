"""Queueing for a connection slot is not the server being slow (bench/poll.py at 5,000 feeds)."""

import asyncio

import pytest

from bot.config import NetworkSettings
from bot.errors import FetchError
from bot.sources.fetch import Fetcher, make_session

FEED = "<rss version='2.0'><channel><title>t</title></channel></rss>"


async def test_requests_queued_behind_a_busy_host_do_not_time_out(feed_site):
    site, server = feed_site
    for n in range(8):
        site.add(f"f{n}.xml", FEED, delay=0.3)
    # 8 requests × 0.3 s one at a time = 2.4 s of queueing, more than the 1 s timeout.
    network = NetworkSettings(
        allow_private_addresses=True, timeout=1, max_per_host=1, max_connections=4
    )
    async with make_session(network) as session:
        fetcher = Fetcher(session, network)
        results = await asyncio.gather(
            *(fetcher.fetch(str(server.make_url(f"/f{n}.xml"))) for n in range(8))
        )
    assert [r.status for r in results] == [200] * 8
    assert site.max_in_flight == 1  # the per-host limit still holds


async def test_a_slow_answer_still_times_out(feed_site):
    site, server = feed_site
    site.add("slow.xml", FEED, delay=1.5)
    network = NetworkSettings(allow_private_addresses=True, timeout=0.5)
    async with make_session(network) as session:
        fetcher = Fetcher(session, network)
        with pytest.raises(FetchError, match=r"timed out after 0\.5 s"):
            await fetcher.fetch(str(server.make_url("/slow.xml")))
