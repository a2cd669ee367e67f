"""The whole service against loopback feed sites and chat webhooks: `run --once`."""

from __future__ import annotations

import io
import json
from pathlib import Path

from bot.app import run_once, service
from bot.commands import build_query, find_events
from bot.config import parse_settings
from bot.store.sqlite import open_store
from tests.conftest import DATA

FEEDS = DATA / "feeds"
HOOK = "https://discord.com/api/webhooks/112233445566778899/" + "T" * 68
SEOUL_FEEDS = {
    "joongang.xml": "joongang_rss2.xml",
    "chosun.xml": "chosun_atom.xml",
    "aju.json": "ajupress.json",
    "newsbytes.xml": "newsbytes_rss1.xml",
    "applyingai.xml": "rss091.xml",
}


def settings_for(tmp_path: Path, server, paths: list[str], slack: str, backfill_days: float = 3650):
    data = {
        "storage": {"path": str(tmp_path / "b.db")},
        "network": {"allow_private_addresses": True, "timeout": 5},
        "scheduler": {"backfill_days": backfill_days},
        "sources": [{"name": p, "url": str(server.make_url("/" + p))} for p in paths],
        "subscriptions": [
            {"name": "discord", "target": f"discord-webhook:{HOOK}"},
            {"name": "slack", "target": f"slack-webhook:{slack}", "countries": ["KR"]},
            {"name": "japan-only", "target": "console", "countries": ["JP"]},
        ],
    }
    return parse_settings(data, tmp_path / "beachhead.toml")


def serve_seoul(site) -> list[str]:
    for path, name in SEOUL_FEEDS.items():
        site.add(
            path,
            (FEEDS / name).read_bytes(),
            content_type="application/feed+json"
            if name.endswith(".json")
            else "application/rss+xml",
        )
    return list(SEOUL_FEEDS)


async def test_one_alert_per_real_event_with_every_outlet_and_nothing_twice(
    tmp_path: Path, feed_site, chat_api, discord_base
):
    site, feed_server = feed_site
    api, chat_server = chat_api
    settings = settings_for(
        tmp_path,
        feed_server,
        serve_seoul(site),
        str(chat_server.make_url("/services/T1/B1/secret")),
    )
    console = io.StringIO()
    assert await run_once(settings, stdout=console) == 0

    (discord_post,) = api.discord_posts()
    (slack_post,) = api.slack_posts()
    assert console.getvalue() == ""  # the Japan-only subscription got nothing
    embed = discord_post.body["embeds"][0]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Company"] == "OpenAI" and "South Korea" in fields["Country"]
    assert fields["City"] == "Seoul" and fields["Kind"].startswith("office")
    assert discord_post.body["allowed_mentions"] == {"parse": []}
    assert "OpenAI" in slack_post.body["text"] and slack_post.body["blocks"][0]["type"] == "header"

    async with open_store(settings.database) as store:
        (event,) = await find_events(store, build_query(now=settings_now(), country="KR"))
    outlets = {r.url.split("/")[2] for r in event.reports}
    assert {"koreajoongangdaily.joins.com", "www.chosun.com", "www.newsbytesapp.com"} <= outlets

    # Second run: every feed answers 304 or repeats known items; nothing is posted again.
    assert await run_once(settings, stdout=console) == 0
    assert len(api.discord_posts()) == 1 and len(api.slack_posts()) == 1
    assert sum(site.not_modified.values()) == len(SEOUL_FEEDS)


async def test_google_alerts_and_bing_news_reports_link_to_the_outlets_once(
    tmp_path: Path, feed_site, chat_api, discord_base
):
    # Users bring their Google Alerts and Bing News searches as feeds. Their click-through
    # links become the articles' own, so each report names its outlet (not google.com or
    # bing.com) and an article that three feeds carry is one report.
    site, feed_server = feed_site
    api, chat_server = chat_api
    site.add("alerts.xml", (FEEDS / "googlealerts_atom.xml").read_bytes())
    site.add("bing.xml", (FEEDS / "bingnews_rss2.xml").read_bytes())
    site.add("joongang.xml", (FEEDS / "joongang_rss2.xml").read_bytes())
    slack = str(chat_server.make_url("/services/T1/B1/secret"))
    paths = ["alerts.xml", "bing.xml", "joongang.xml"]
    settings = settings_for(tmp_path, feed_server, paths, slack)
    assert await run_once(settings, stdout=io.StringIO()) == 0

    async with open_store(settings.database) as store:
        (event,) = await find_events(store, build_query(now=settings_now(), country="KR"))
    hosts = sorted(r.url.split("/")[2] for r in event.reports)
    assert hosts == ["koreajoongangdaily.joins.com", "www.newsbytesapp.com"]
    assert len(api.discord_posts()) == 1 and len(api.slack_posts()) == 1


def rss(link: str, title: str, summary: str, published: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
        f"<title>{title}</title><link>{link}</link><description>{summary}</description>"
        f"<pubDate>{published}</pubDate></item></channel></rss>"
    ).encode()


async def test_a_move_into_two_countries_is_one_alert_for_the_reports_of_either(
    tmp_path: Path, feed_site, chat_api, discord_base
):
    # Baidu and Lyft's robotaxis "in the UK and Germany": a German outlet reports Germany.
    site, feed_server = feed_site
    api, chat_server = chat_api
    site.add(
        "wire.xml",
        rss(
            "https://wire.example/baidu-lyft",
            "China's Baidu partners with Lyft to launch robotaxis in UK and Germany",
            "Apollo Go robotaxis will be on the Lyft app in Germany and the UK from 2026.",
            "Mon, 04 Aug 2025 08:00:00 GMT",
        ),
    )
    site.add(
        "zeitung.xml",
        rss(
            "https://zeitung.example/lyft-baidu",
            "Lyft bringt Baidus Robotaxis nach Deutschland",
            "Der Fahrdienst Lyft will ab 2026 autonome Fahrzeuge von Baidu einsetzen.",
            "Mon, 04 Aug 2025 15:00:00 GMT",
        ),
    )
    slack = str(chat_server.make_url("/services/T1/B1/secret"))
    settings = settings_for(tmp_path, feed_server, ["wire.xml", "zeitung.xml"], slack)
    assert await run_once(settings, stdout=io.StringIO()) == 0

    (discord_post,) = api.discord_posts()
    fields = {f["name"]: f["value"] for f in discord_post.body["embeds"][0]["fields"]}
    assert "United Kingdom" in fields["Country"] and "also 🇩🇪 Germany" in fields["Country"]
    async with open_store(settings.database) as store:
        (event,) = await find_events(store, build_query(now=settings_now(), country="DE"))
    assert sorted(r.url.split("/")[2] for r in event.reports) == [
        "wire.example",
        "zeitung.example",
    ]


async def test_each_country_of_a_move_into_several_is_known_to_later_runs(
    tmp_path: Path, feed_site, chat_api, discord_base
):
    # Upstage's offices "in Japan and Singapore" in March: in September, after a restart, a
    # report of its Singapore office is that presence, not a new entry (Upstage has no seeded
    # presences, so only what the first run learned can say so).
    site, feed_server = feed_site
    api, chat_server = chat_api
    site.add(
        "march.xml",
        rss(
            "https://wire.example/upstage-asia",
            "Korean AI startup Upstage opens offices in Japan and Singapore",
            "The Seoul-based maker of the Solar models set up the two offices for Asian clients.",
            "Mon, 03 Mar 2025 08:00:00 GMT",
        ),
    )
    site.add(
        "september.xml",
        rss(
            "https://straits.example/upstage-sg",
            "Upstage opens Singapore office",
            "The Korean AI startup Upstage has opened an office in Singapore.",
            "Mon, 01 Sep 2025 08:00:00 GMT",
        ),
    )
    slack = str(chat_server.make_url("/services/T1/B1/secret"))
    first = settings_for(tmp_path, feed_server, ["march.xml"], slack)
    assert await run_once(first, stdout=io.StringIO()) == 0
    settings = settings_for(tmp_path, feed_server, ["march.xml", "september.xml"], slack)
    assert await run_once(settings, stdout=io.StringIO()) == 0

    (post,) = api.discord_posts()
    assert "Japan" in json.dumps(post.body)
    async with open_store(settings.database) as store:
        events = await find_events(store, build_query(now=settings_now(), company="upstage"))
        learned = {(p.company, p.country, p.city) for p in await store.presences()}
    assert len(events) == 1
    assert {("Upstage", "JP", ""), ("Upstage", "SG", "")} <= learned


async def test_first_poll_backfill_is_stored_but_not_alerted(
    tmp_path: Path, feed_site, chat_api, discord_base
):
    site, feed_server = feed_site
    api, chat_server = chat_api
    settings = settings_for(
        tmp_path,
        feed_server,
        serve_seoul(site),
        str(chat_server.make_url("/services/T1/B1/secret")),
        backfill_days=3,
    )
    assert await run_once(settings, stdout=io.StringIO()) == 0
    assert api.received == []
    async with open_store(settings.database) as store:
        assert len(await find_events(store, build_query(now=settings_now(), company="openai"))) == 1


async def test_every_source_failing_exits_1_and_records_errors(
    tmp_path: Path, feed_site, chat_api, discord_base
):
    site, feed_server = feed_site
    site.add("html.xml", "<html><body>moved</body></html>", content_type="text/html")
    settings = settings_for(
        tmp_path,
        feed_server,
        ["missing.xml", "html.xml"],
        str(chat_api[1].make_url("/services/T1/B1/secret")),
    )
    assert await run_once(settings, stdout=io.StringIO()) == 1
    async with open_store(settings.database) as store:
        errors = {s.name: s.last_error for s in await store.sources()}
    assert "HTTP 404" in errors["missing.xml"] and "not an RSS" in errors["html.xml"]


async def test_some_sources_failing_still_exit_0(tmp_path: Path, feed_site, chat_api, discord_base):
    site, feed_server = feed_site
    paths = [*serve_seoul(site), "missing.xml"]
    settings = settings_for(
        tmp_path, feed_server, paths, str(chat_api[1].make_url("/services/T1/B1/x"))
    )
    assert await run_once(settings, stdout=io.StringIO()) == 0
    assert len(chat_api[0].discord_posts()) == 1


def settings_now():
    from datetime import UTC, datetime

    return datetime.now(UTC)


async def test_a_later_report_edits_the_posted_message_instead_of_posting_again(
    tmp_path: Path, feed_site, chat_api, discord_base
):
    site, feed_server = feed_site
    api, chat_server = chat_api
    serve_seoul(site)
    slack = str(chat_server.make_url("/services/T1/B1/secret"))
    first = settings_for(tmp_path, feed_server, ["joongang.xml"], slack)
    assert await run_once(first, stdout=io.StringIO()) == 0
    (post,) = api.discord_posts()
    assert "chosun.com" not in json.dumps(post.body) and len(api.slack_posts()) == 1

    # Chosun's report of the same event arrives from a new source on the next run.
    both = settings_for(tmp_path, feed_server, ["joongang.xml", "chosun.xml"], slack)
    assert await run_once(both, stdout=io.StringIO()) == 0
    assert len(api.discord_posts()) == 1  # not posted again ...
    (edit,) = api.requests_to("/messages/", "PATCH")  # ... but edited
    embed = edit.body["embeds"][0]
    assert "chosun.com" in json.dumps(embed) and "joins.com" in json.dumps(embed)
    assert len(api.slack_posts()) == 1  # an incoming webhook cannot edit: nothing new there


async def test_feeds_parsed_and_detected_in_a_worker_process_give_the_same_alerts(
    tmp_path: Path, feed_site, chat_api, discord_base, monkeypatch
):
    monkeypatch.setattr("bot.app.WORKER_PROCESS_MIN_SOURCES", 1)  # the size a big install has
    site, feed_server = feed_site
    api, chat_server = chat_api
    slack = str(chat_server.make_url("/services/T1/B1/secret"))
    settings = settings_for(tmp_path, feed_server, serve_seoul(site), slack)
    async with service(settings, stdout=io.StringIO()) as svc:
        assert svc.pipeline.worker is not None
        results = await svc.poll_all()
        await svc.outbox.drain()
        assert svc.pipeline.worker is not None  # still there: nothing fell back to the service
    assert all(r.ok for r in results) and sum(r.new_events for r in results) == 1
    (post,) = api.discord_posts()
    assert post.body["embeds"][0]["fields"][0]["value"] == "OpenAI"


async def test_google_news_items_alert_for_their_market_not_their_outlets(
    tmp_path: Path, feed_site, chat_api, discord_base
):
    # Google News, end to end: "headline - Outlet" titles and descriptions that only link
    # the headline beside the outlet's name (or list such links). Each story alerts for its
    # own market, never the outlet's ("South China Morning Post", "China Daily"), and the
    # outlet stays visible in the report's title.
    site, feed_server = feed_site
    api, chat_server = chat_api
    site.add("gn.xml", (FEEDS / "googlenews_rss2.xml").read_bytes())
    slack = str(chat_server.make_url("/services/T1/B1/secret"))
    settings = settings_for(tmp_path, feed_server, ["gn.xml"], slack)
    assert await run_once(settings, stdout=io.StringIO()) == 0

    async with open_store(settings.database) as store:
        events = await find_events(store, build_query(now=settings_now()))
    assert {(e.entry.company, e.entry.country) for e in events} == {
        ("Baidu Apollo Go", "AE"),
        ("Pony.ai", "SG"),
        ("WeRide", "BE"),
    }
    titles = {r.title for e in events for r in e.reports}
    assert "WeRide's Robobus rolls into Belgium - China Daily" in titles
    assert len(api.discord_posts()) == 3 and api.slack_posts() == []
