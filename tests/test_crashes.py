"""Crashes and broken state: damaged or locked database files, kill -9 during polls and
deliveries, and `run --once` against a mix of good and hostile sources."""

from __future__ import annotations

import asyncio
import gzip
import io
import os
import random
import signal
import sqlite3
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from bot.models import Article
from bot.store.sqlite import open_store
from tests.ops_support import ENTRY_CITIES, knowledge

ROOT = Path(__file__).resolve().parents[1]
HOOK_TOKEN = "H" * 68
HOOK = f"https://discord.com/api/webhooks/112233445566778899/{HOOK_TOKEN}"
BOT_CHANNEL = "1100000000000000001"
SLACK_CHANNEL = "C0123456789"


def story(city: str, country: str, n: int) -> str:
    slug = f"{city.lower()}-{n}"
    return (
        f"<item><title>OpenAI to open its first office in {city}, {country}</title>"
        f"<link>https://news{n}.example.com/{slug}</link><guid>{slug}</guid>"
        f"<description>OpenAI announced its decision to establish its first office in {city}."
        "</description></item>"
    )


def rss(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Desk</title>'
        f"<link>https://news.example.com/</link>{''.join(items)}</channel></rss>"
    )


def write_config(tmp_path: Path, body: str) -> Path:
    detector = knowledge(tmp_path)
    config = tmp_path / "beachhead.toml"
    config.write_text(
        f"""
[storage]
path = "{tmp_path / "b.db"}"
lock_timeout = 0.5
[detector]
companies = "{detector["companies"]}"
presences = "{detector["presences"]}"
[scheduler]
backfill_days = 3650
{body}
""",
        encoding="utf-8",
    )
    return config


async def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = await asyncio.to_thread(main, args)
    return status, capsys.readouterr().err


async def filled_database(path: Path) -> None:
    async with open_store(path) as store:
        # Loopback URLs nothing listens on (a run against this file fetches nothing real).
        sources = [(f"s{i}", f"http://127.0.0.1:9/feed{i}", None) for i in range(50)]
        await store.sync_sources(sources)
        now = datetime.now(UTC)
        for i in range(400):
            article = Article(key=f"k{i}", url=f"https://e.example/{i}", title=f"T{i} " * 40)
            await store.add_article(article, 1 + i % 50, now)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "scribbled pages"])
async def test_a_damaged_database_stops_start_up_in_one_line_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: str
):
    config = write_config(tmp_path, "")
    db = tmp_path / "b.db"
    if damage == "garbage":
        db.write_bytes(b"this is not a database, it is a text file\n" * 200)
    else:
        await filled_database(db)
        data = bytearray(db.read_bytes())
        assert len(data) > 8 * 4096
        if damage == "truncated":
            data = data[: len(data) // 2 + 100]
        else:
            rng = random.Random(6)
            for page in range(2, len(data) // 4096):
                at = page * 4096 + rng.randrange(100)
                data[at : at + 64] = rng.randbytes(64)
        db.write_bytes(bytes(data))
    status, err = await run_cli(["run", "--once", "--config", str(config)], capsys)
    assert status == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"beachhead: error: {db}: database unusable")
    assert "restore a backup" in lines[0] and "Traceback" not in err


async def test_a_locked_database_stops_start_up_in_one_line_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    config = write_config(tmp_path, "")
    db = tmp_path / "b.db"
    await filled_database(db)
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another process mid-write, holding the lock
        started = time.monotonic()
        status, err = await run_cli(["run", "--once", "--config", str(config)], capsys)
        waited = time.monotonic() - started
    finally:
        holder.close()
    assert status == 2 and waited < 5
    (line,) = err.strip().splitlines()
    assert line.startswith(f"beachhead: error: {db}: database is locked by another process")
    # Released: the database opens again, nothing lost.
    async with open_store(db, lock_timeout=0.5) as store:
        assert len(await store.sources()) == 50


async def test_run_once_with_good_and_hostile_sources_delivers_and_exits_0_within_the_caps(
    tmp_path: Path, feed_site, chat_api, discord_base, capsys: pytest.CaptureFixture[str]
):
    site, feeds = feed_site
    api, chat = chat_api
    good = {f"good{i}.xml": rss(story(c, k, i)) for i, (c, k) in enumerate(ENTRY_CITIES[:3])}
    for path, body in good.items():
        site.add(path, body)
    big = "B" * 12_000
    hostile = {
        "trickle.xml": dict(body=rss(story("Oslo", "Norway", 90)).encode(), trickle=0.5),
        "slow.xml": dict(body=rss(story("Lima", "Peru", 91)).encode(), delay=30),
        "bomb.xml": dict(
            body=gzip.compress(b"<rss>" + b" " * 50_000_000),
            headers={"Content-Encoding": "gzip"},
        ),
        "entities.xml": dict(
            body=(
                f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY b "{big}">]><rss version="2.0">'
                f"<channel><title>t</title><item><title>x {'&b;' * 5000}</title>"
                "<link>https://e.org/1</link></item></channel></rss>"
            ).encode()
        ),
        "deep.json": dict(
            body=b'{"version": "https://jsonfeed.org/version/1.1", "items": '
            + b"[" * 50_000
            + b"]" * 50_000
            + b"}",
            content_type="application/feed+json",
        ),
        "random.xml": dict(body=random.Random(6).randbytes(5000)),
        "html.xml": dict(body=b"<html><body>Not a feed</body></html>", content_type="text/html"),
        "loop.xml": dict(body=b"", status=302, headers={"Location": "/loop.xml"}),
        "metadata.xml": dict(
            body=b"", status=302, headers={"Location": "http://169.254.169.254/latest/meta-data"}
        ),
        "limited.xml": dict(body=b"", status=429, headers={"Retry-After": "3600"}),
        "error.xml": dict(body=b"", status=500),
    }
    for path, page in hostile.items():
        site.add(path, **page)  # type: ignore[arg-type]
    sources = [*good, *hostile, "missing.xml"]
    source_lines = "\n".join(
        f'[[sources]]\nname = "{p}"\nurl = "{feeds.make_url("/" + p)}"' for p in sources
    )
    # Also a source typed as an IP literal inside the network, never fetched.
    source_lines += '\n[[sources]]\nname = "inside"\nurl = "http://[::ffff:10.0.0.1]/feed.xml"'
    config = write_config(
        tmp_path,
        f"""
[network]
allowed_networks = ["127.0.0.1/32"]
timeout = 3
max_feed_bytes = 1_000_000
# Every source here shares one loopback host; in the wild they are on hosts of their own.
max_per_host = 16
[chat]
discord_api_url = "{chat.make_url("/api/v10")}"
{source_lines}
[[subscriptions]]
name = "desk"
target = "discord-webhook:{HOOK}"
""",
    )
    started = time.monotonic()
    status, err = await run_cli(["run", "--once", "--config", str(config)], capsys)
    elapsed = time.monotonic() - started
    assert status == 0, err[-3000:]
    assert elapsed < 3 + 5  # one timeout (polls run at once), plus start-up and delivery
    shown = sorted(m.body["embeds"][0]["title"] for m in api.channels["webhook:112233445566778899"])
    assert len(shown) == 3 and all("OpenAI" in t for t in shown)
    async with open_store(tmp_path / "b.db") as store:
        errors = {s.name: s.last_error for s in await store.sources()}
    expected = {
        "trickle.xml": "timed out",
        "slow.xml": "timed out",
        "bomb.xml": "max_feed_bytes",
        "deep.json": "not valid JSON",
        "random.xml": "",
        "html.xml": "not an RSS",
        "loop.xml": "redirects",
        "metadata.xml": "private or reserved",
        "limited.xml": "HTTP 429",
        "error.xml": "HTTP 500",
        "missing.xml": "HTTP 404",
        "inside": "private or reserved",
    }
    for name, fragment in expected.items():
        assert errors[name] and fragment in errors[name], (name, errors[name])
        assert "\n" not in errors[name]
    assert all(errors[name] is None for name in good)
    assert errors["entities.xml"] is None or "B" * 100 not in errors["entities.xml"]
    assert "Traceback" not in err


# kill -9 at random moments ------------------------------------------------------------------


def kill_config(tmp_path: Path, feeds: Any, chat: Any, sources: list[str]) -> Path:
    source_lines = "\n".join(
        f'[[sources]]\nname = "{p}"\nurl = "{feeds.make_url("/" + p)}"' for p in sources
    )
    return write_config(
        tmp_path,
        f"""
[network]
allowed_networks = ["127.0.0.1/32"]
timeout = 10
[chat]
max_wait = 5
discord_api_url = "{chat.make_url("/api/v10")}"
slack_api_url = "{chat.make_url("/slack/api/")}"
{source_lines}
[[subscriptions]]
name = "bot"
target = "discord:{BOT_CHANNEL}"
[[subscriptions]]
name = "slack"
target = "slack:{SLACK_CHANNEL}"
[[subscriptions]]
name = "hook"
target = "discord-webhook:{HOOK}"
""",
    )


async def test_kill_9_at_random_moments_20_times_then_a_clean_run_delivers_every_alert_once(
    tmp_path: Path, feed_site, chat_api
):
    """`beachhead run --once` (polls, then deliveries) as a real process, killed with SIGKILL
    20 times in a row, then run to the end: every event is alerted, on the bot targets
    exactly once and in order, on the webhook at most twice (the documented resend bound),
    and the database holds one event per story.

    Stories appear a few at a time, so every run has polling to do as well as delivering.
    Kills alternate between a random moment after the run's first feed request (in a poll,
    or between the poll and the first post) and the arrival of the k-th chat request of the
    run, k random (mid-delivery: each chat write is stored and answered 10 ms later)."""
    site, feeds = feed_site
    api, chat = chat_api
    rng = random.Random(20)
    paths = [f"feed{f}.xml" for f in range(4)]

    def publish(count: int) -> None:
        for f, path in enumerate(paths):
            items = [story(c, k, i) for i, (c, k) in enumerate(ENTRY_CITIES[:count]) if i % 4 == f]
            site.add(path, rss(*items), delay=0.02)

    config = kill_config(tmp_path, feeds, chat, paths)
    api.delay = 0.01
    env = {**os.environ, "DISCORD_TOKEN": api.discord_token, "SLACK_BOT_TOKEN": api.slack_token}

    async def run(kill: tuple[str, float] | None) -> None:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            "--once",
            "--config",
            str(config),
            cwd=ROOT,
            env=env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.PIPE,
        )
        if kill is None:
            _, err = await asyncio.wait_for(proc.communicate(), 60)
            assert proc.returncode == 0, err.decode()[-3000:]
            return
        how, amount = kill
        fetched, written = sum(site.hits.values()), len(api.received)
        deadline = time.monotonic() + 20
        while proc.returncode is None:
            assert time.monotonic() < deadline
            if how == "after first fetch" and sum(site.hits.values()) > fetched:
                await asyncio.sleep(amount)
                break
            if how == "at chat request" and len(api.received) >= written + amount:
                break
            await asyncio.sleep(0.002)
        if proc.returncode is None:
            proc.send_signal(signal.SIGKILL)
        await proc.wait()

    kills: list[tuple[str, float]] = []
    for n in range(20):
        publish(min(len(ENTRY_CITIES), 2 + n // 2))
        kill = (
            ("after first fetch", rng.uniform(0.0, 0.3))
            if n % 2 == 0
            else ("at chat request", rng.randint(1, 6))
        )
        kills.append(kill)
        await run(kill)
    publish(len(ENTRY_CITIES))
    started = time.monotonic()
    await run(None)
    final = time.monotonic() - started

    def shown_in(key: str) -> list[str]:
        shown = []
        for m in api.channels[key]:
            if "embeds" in m.body:
                shown.append(m.body["embeds"][0]["title"])
            else:
                shown.append(str(m.metadata["event_payload"]["event_id"]))
        return shown

    async with open_store(tmp_path / "b.db") as store:
        events = await store._rows("SELECT id FROM events ORDER BY id")
        deliveries = await store._rows(
            "SELECT event_id, target, status, uncertain, attempts, last_error FROM deliveries"
        )
    assert len(events) == len(ENTRY_CITIES)  # one event per story, however often it was re-polled
    assert len(deliveries) == 3 * len(ENTRY_CITIES)
    # A webhook post cut off twice is not sent a third time (README, "Delivery guarantees"):
    # the row is failed, and the hook shows that alert at most twice, or not at all when both
    # attempts were cut off before the request reached it.
    unexpected = [
        dict(d)
        for d in deliveries
        if not (
            d["status"] == "sent"
            or (
                d["target"].startswith("discord-webhook:")
                and d["status"] == "failed"
                and d["uncertain"] == 2
            )
        )
    ]
    assert not unexpected, f"kills {kills}: rows neither sent nor a webhook given up: {unexpected}"
    bot = shown_in(BOT_CHANNEL)
    assert len(bot) == len(set(bot)) == len(ENTRY_CITIES)  # exactly once
    slack = shown_in(SLACK_CHANNEL)
    assert slack == sorted(slack, key=int) and len(set(slack)) == len(slack) == len(ENTRY_CITIES)
    hook = Counter(shown_in("webhook:112233445566778899"))
    given_up = sum(d["status"] == "failed" for d in deliveries)
    assert len(ENTRY_CITIES) - given_up <= len(hook) <= len(ENTRY_CITIES)
    assert max(hook.values()) <= 2
    repeats = sum(hook.values()) - len(hook)
    assert repeats <= len(kills)  # a kill cuts off at most one webhook request
    nonces = Counter(
        r.body.get("nonce") for r in api.requests_to(f"/channels/{BOT_CHANNEL}/messages", "POST")
    )
    print(
        f"\nkill -9 x{len(kills)}: {len(events)} events; bot and Slack exactly once; webhook "
        f"repeats {repeats}; bot posts resent with the same nonce "
        f"{sum(c - 1 for c in nonces.values())}; feed requests {sum(site.hits.values())}; "
        f"chat requests {len(api.received)}; final clean run {final:.1f} s"
    )


async def test_what_a_kill_between_event_and_deliveries_leaves_is_finished_at_restart(
    tmp_path: Path, feed_site
):
    """The exact state a kill leaves after an event is written but before its deliveries
    (articles not marked processed, events not routed, validators not saved): the next
    start writes the deliveries once, and re-polling adds no second event."""
    from bot.app import service
    from tests.ops_support import ops_settings

    site, server = feed_site
    site.add("desk.xml", rss(*(story(c, k, i) for i, (c, k) in enumerate(ENTRY_CITIES[:4]))))
    settings = ops_settings(
        tmp_path, server, ["desk.xml"], subscriptions=[{"name": "desk", "target": "console"}]
    )
    async with service(settings, stdout=io.StringIO()) as svc:
        (result,) = await svc.poll_all()
        assert result.new_events == 4 and result.deliveries == 4
        await svc.store._write("DELETE FROM deliveries")
        await svc.store._write("UPDATE events SET routed = 0")
        await svc.store._write("UPDATE articles SET processed = 0")
        await svc.store._write("UPDATE sources SET etag = NULL, last_modified = NULL")
    async with service(settings, stdout=io.StringIO()) as svc:  # the restart
        rows = await svc.store._rows("SELECT event_id FROM deliveries ORDER BY event_id")
        assert [r[0] for r in rows] == [1, 2, 3, 4]
        (again,) = await svc.poll_all()
        assert again.ok and again.new_events == 0 and again.deliveries == 0
        assert again.new_articles == 4  # offered again, found their events, added nothing
        assert (await svc.store.stats()).events == 4
        assert len(await svc.store._rows("SELECT * FROM deliveries")) == 4
        (article_rows,) = await svc.store._rows("SELECT COUNT(*) FROM articles WHERE processed = 0")
        assert article_rows[0] == 0
