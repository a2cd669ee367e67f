"""Discord slash commands through discord.py's own CommandTree, Interaction and View objects,
built from real interaction payloads, with every answer captured by a loopback Discord API."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.chat.discord_commands import BROKEN, REFUSED, CommandBot
from bot.commands import Desk
from bot.config import CommandSettings, DiscordSettings, NetworkSettings
from bot.models import EntryKind, MarketEntry, Report, Subscription
from bot.sources.fetch import Fetcher, make_session
from bot.store.sqlite import SQLiteStore, open_store
from tests.servers.chat_api import APP_ID, ChatAPI

GUILD = "1000000000000000001"
CHANNEL = "1100000000000000001"
ADMIN = "1300000000000000001"
MEMBER = "1300000000000000002"
COMPANIES = ["OpenAI", "Anthropic", "Mistral AI", "Google DeepMind"]
NOW = datetime(2025, 6, 1, 12, tzinfo=UTC)
ADMIN_PERMS = discord.Permissions(manage_guild=True, send_messages=True, view_channel=True)
MEMBER_PERMS = discord.Permissions(send_messages=True, view_channel=True)
EPHEMERAL = 64
_ids = itertools.count(1_400_000_000_000_000_000)

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Tech Desk</title><link>https://news.example.com/</link>
<item><title>Mistral AI opens Singapore office</title>
<link>https://news.example.com/a/1</link><guid>a1</guid>
<description>Mistral AI opened its first office in Singapore.</description></item>
</channel></rss>"""


@dataclass
class Harness:
    api: ChatAPI
    bot: CommandBot
    store: SQLiteStore
    desk: Desk
    site: Any
    server: Any

    async def run(self, name: str, options: list[dict[str, Any]] | None = None, **kw: Any) -> None:
        """Run a slash command through the real tree, as the gateway would hand it over."""
        payload = interaction_payload(2, command_data(name, options or []), **kw)
        await self.bot.tree._call(discord.Interaction(data=payload, state=self.bot._connection))

    def last_answer(self) -> dict[str, Any]:
        return self.api.callbacks()[-1].body


def user(user_id: str) -> dict[str, Any]:
    return {"id": user_id, "username": f"user{user_id[-1]}", "discriminator": "0", "avatar": None}


def interaction_payload(
    kind: int,
    data: dict[str, Any],
    *,
    by: str = ADMIN,
    permissions: discord.Permissions = ADMIN_PERMS,
    message: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An INTERACTION_CREATE payload as Discord sends it for a server channel."""
    payload: dict[str, Any] = {
        "id": str(next(_ids)),
        "application_id": APP_ID,
        "type": kind,
        "token": f"interaction-token-{next(_ids)}",
        "version": 1,
        "guild_id": GUILD,
        "guild": {"id": GUILD, "locale": "en-US", "features": []},
        "channel_id": CHANNEL,
        "channel": {
            "id": CHANNEL,
            "type": 0,
            "guild_id": GUILD,
            "name": "news",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
        },
        "member": {
            "user": user(by),
            "roles": [],
            "joined_at": "2025-01-01T00:00:00+00:00",
            "deaf": False,
            "mute": False,
            "flags": 0,
            "permissions": str(permissions.value),
        },
        "app_permissions": str(discord.Permissions.all().value),
        "locale": "en-US",
        "guild_locale": "en-US",
        "entitlements": [],
        "attachment_size_limit": 10 * 1024 * 1024,
        "authorizing_integration_owners": {"0": GUILD},
        "context": 0,
        "data": data,
    }
    if message is not None:
        payload["message"] = message
    return payload


def command_data(name: str, options: list[dict[str, Any]]) -> dict[str, Any]:
    group, _, sub = name.partition(" ")
    if sub:
        options = [{"type": 1, "name": sub, "options": options}]
    return {"id": str(next(_ids)), "name": group, "type": 1, "options": options, "guild_id": GUILD}


def opt(name: str, value: Any, kind: int = 3, **extra: Any) -> dict[str, Any]:
    return {"type": kind, "name": name, "value": value, **extra}


def clicked(answer_message_id: str, custom_id: str, **kw: Any) -> dict[str, Any]:
    message = ChatAPI.message(answer_message_id, APP_ID, {})
    message["interaction_metadata"] = {"id": "1", "type": 2, "user": user(ADMIN)}
    return interaction_payload(
        3, {"custom_id": custom_id, "component_type": 2}, message=message, **kw
    )


async def add_events(store: SQLiteStore, count: int, company: str = "OpenAI") -> None:
    for n in range(count):
        entry = MarketEntry(
            company=company,
            country="KR",
            city="Seoul",
            kind=EntryKind.OFFICE,
            kinds=(EntryKind.OFFICE, EntryKind.ENTITY),
            confidence=0.9,
            evidence=f"{company} will open its first office in Seoul (story {n}).",
            headline=f"{company} enters South Korea, story {n}",
        )
        report = Report(url=f"https://news.example.com/{n}", title=f"Story {n}", source="News")
        when = NOW - timedelta(days=count - n)
        await store.create_event(entry, f"Summary {n}", report, when, alerted=True)


@pytest.fixture
async def harness(tmp_path: Path, chat_api, discord_base, feed_site) -> AsyncIterator[Harness]:
    api, _ = chat_api
    site, server = feed_site
    network = NetworkSettings(allow_private_addresses=True)
    async with make_session(network) as session, open_store(tmp_path / "b.db") as store:
        desk = Desk(
            store=store,
            fetcher=Fetcher(session, network),
            clock=lambda: NOW,
            started=NOW - timedelta(hours=26, minutes=5),
            settings=CommandSettings(max_sources_per_server=2),
        )
        bot = CommandBot(desk, COMPANIES, DiscordSettings(guild_ids=[int(GUILD)]))
        await bot.login("test-token")
        try:
            yield Harness(api, bot, store, desk, site, server)
        finally:
            await bot.close()


async def test_login_syncs_every_command_to_the_test_server(harness: Harness):
    syncs = [r for r in harness.api.received if r.method == "PUT"]
    assert [r.path for r in syncs] == [f"/api/v10/applications/{APP_ID}/guilds/{GUILD}/commands"]
    commands = {c["name"]: c for c in syncs[0].body}
    assert set(commands) == {
        "entries",
        "event",
        "subscribe",
        "unsubscribe",
        "subscriptions",
        "sources",
        "status",
    }
    for changing in ("subscribe", "unsubscribe", "sources"):
        assert commands[changing]["default_member_permissions"] == 1 << 5  # Manage Server
    assert commands["entries"]["default_member_permissions"] is None
    options = {o["name"]: o for o in commands["entries"]["options"]}
    assert options["company"]["autocomplete"] and options["country"]["autocomplete"]
    assert [c["value"] for c in options["kind"]["choices"]] == [k.value for k in EntryKind]
    assert options["days"]["min_value"] == 1
    assert {o["name"] for o in commands["sources"]["options"]} == {"list", "add", "remove"}


async def test_autocomplete_offers_companies_from_the_given_list_and_countries(harness: Harness):
    payload = interaction_payload(4, command_data("entries", [opt("company", "mi", focused=True)]))
    await harness.bot.tree._call(discord.Interaction(data=payload, state=harness.bot._connection))
    answer = harness.last_answer()
    assert answer["type"] == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    # prefix matches first, then names containing what was typed
    assert [c["value"] for c in answer["data"]["choices"]] == ["Mistral AI", "Google DeepMind"]

    payload = interaction_payload(
        4,
        command_data("entries", [opt("company", "OpenAI"), opt("country", "korea", focused=True)]),
    )
    await harness.bot.tree._call(discord.Interaction(data=payload, state=harness.bot._connection))
    choices = harness.last_answer()["data"]["choices"]
    assert [(c["name"], c["value"]) for c in choices] == [
        ("North Korea (KP)", "KP"),
        ("South Korea (KR)", "KR"),
    ]


async def test_entries_pages_of_ten_with_previous_and_next(harness: Harness):
    await add_events(harness.store, 23)
    await add_events(harness.store, 2, company="Anthropic")
    await harness.run("entries", [opt("company", "OpenAI"), opt("days", 365, kind=4)])
    answer = harness.last_answer()
    assert answer["type"] == 4 and not answer["data"].get("flags")  # public
    lines = answer["data"]["embeds"][0]["description"].splitlines()
    assert len(lines) == 10
    assert lines[0].startswith("#23 ") and lines[-1].startswith("#14 ")
    assert "Anthropic" not in answer["data"]["embeds"][0]["description"]
    buttons = answer["data"]["components"][0]["components"]
    assert [(b["label"], b.get("disabled", False)) for b in buttons] == [
        ("Previous", True),
        ("Next", False),
    ]
    message_id = harness.api.answered_messages[-1]
    next_id = buttons[1]["custom_id"]

    for expected_first, expected_last in (("#13 ", "#4 "), ("#3 ", "#1 ")):
        before = len(harness.api.callbacks())
        harness.bot._connection.parse_interaction_create(clicked(message_id, next_id))
        await harness.api.wait_until(lambda n=before: len(harness.api.callbacks()) > n)
        turned = harness.last_answer()
        assert turned["type"] == 7  # UPDATE_MESSAGE: the same message shows the next page
        lines = turned["data"]["embeds"][0]["description"].splitlines()
        assert lines[0].startswith(expected_first) and lines[-1].startswith(expected_last)
    last_buttons = turned["data"]["components"][0]["components"]
    assert [b.get("disabled", False) for b in last_buttons] == [False, True]
    assert len(lines) == 3

    # Someone else's click gets a private hint and leaves the page alone.
    before = len(harness.api.callbacks())
    harness.bot._connection.parse_interaction_create(
        clicked(message_id, last_buttons[0]["custom_id"], by=MEMBER, permissions=MEMBER_PERMS)
    )
    await harness.api.wait_until(lambda: len(harness.api.callbacks()) > before)
    hint = harness.last_answer()
    assert hint["type"] == 4 and hint["data"]["flags"] == EPHEMERAL
    assert "Only whoever ran /entries" in hint["data"]["content"]


async def test_entries_with_a_bad_filter_is_one_friendly_line(harness: Harness):
    await harness.run("entries", [opt("country", "Atlantis")])
    answer = harness.last_answer()["data"]
    assert answer["flags"] == EPHEMERAL
    assert answer["content"] == (
        "'Atlantis' is not an ISO 3166-1 alpha-2 country code or a known country"
    )


async def test_event_shows_evidence_and_every_report(harness: Harness):
    await add_events(harness.store, 1)
    await harness.store.add_report(
        1, Report(url="https://other.example.org/x", title="Second take", source="Other"), NOW
    )
    await harness.run("event", [opt("id", 1, kind=4)])
    embed = harness.last_answer()["data"]["embeds"][0]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert "will open its first office in Seoul" in fields["Evidence"]
    assert "[Story 0](https://news.example.com/0)" in fields["Reports"]
    assert "[Second take](https://other.example.org/x)" in fields["Reports"]
    await harness.run("event", [opt("id", 999, kind=4)])
    assert harness.last_answer()["data"]["content"] == "there is no event #999"


async def test_changing_commands_are_refused_for_a_member_without_manage_server(
    harness: Harness,
):
    member = {"by": MEMBER, "permissions": MEMBER_PERMS}
    await harness.run("subscribe", [opt("company", "OpenAI")], **member)
    await harness.run("sources add", [opt("url", str(harness.server.make_url("/f.xml")))], **member)
    await harness.run("sources remove", [opt("id", 1, kind=4)], **member)
    answers = [c.body for c in harness.api.callbacks()]
    assert len(answers) == 3
    for answer in answers:
        assert answer["type"] == 4 and answer["data"]["flags"] == EPHEMERAL
        assert answer["data"]["content"] == REFUSED
    assert await harness.store.subscriptions() == []
    assert await harness.store.sources() == []
    assert harness.site.hits == {}  # nothing was even fetched


OPENAI_KR_OFFICE = [opt("company", "OpenAI"), opt("country", "KR"), opt("kind", "office")]


async def test_subscribe_list_and_unsubscribe_in_this_channel(harness: Harness):
    await harness.store.sync_subscriptions([Subscription(name="cfg", target=f"discord:{CHANNEL}")])
    await harness.run(
        "subscribe",
        [*OPENAI_KR_OFFICE, opt("min_confidence", 0.7, kind=10)],
    )
    answer = harness.last_answer()["data"]
    assert answer["flags"] == EPHEMERAL and answer["content"].startswith("Subscribed (#2)")
    sub = await harness.store.subscription(2)
    assert sub is not None and sub.target == f"discord:{CHANNEL}"
    assert (sub.companies, sub.countries, sub.kinds) == (("OpenAI",), ("KR",), (EntryKind.OFFICE,))
    assert sub.min_confidence == 0.7 and sub.origin == "chat" and ADMIN in (sub.created_by or "")

    await harness.run(
        "subscribe", [opt("company", "OpenAI"), opt("country", "KR"), opt("kind", "office")]
    )
    assert "already has that subscription (#2)" in harness.last_answer()["data"]["content"]

    await harness.run("subscriptions")
    listing = harness.last_answer()["data"]["content"]
    # Markdown is escaped ("#" at a line start would make a heading); it displays as typed.
    assert "\\#1 · any company" in listing and "config file 'cfg'" in listing
    assert "\\#2 · OpenAI · KR · office · confidence ≥ 0.70 · added by discord:" in listing

    await harness.run("unsubscribe", [opt("id", 1, kind=4)])
    assert "comes from the config file" in harness.last_answer()["data"]["content"]
    await harness.run("unsubscribe", [opt("id", 2, kind=4)])
    assert harness.last_answer()["data"]["content"] == "Unsubscribed #2."
    assert [s.id for s in await harness.store.subscriptions()] == [1]


async def test_sources_add_defers_fetches_once_checks_it_is_a_feed_and_records_who(
    harness: Harness,
):
    harness.site.add("feed.xml", RSS)
    harness.site.add("page.html", "<html><body>hello</body></html>", content_type="text/html")
    url = str(harness.server.make_url("/feed.xml"))
    await harness.run("sources add", [opt("url", url)])
    (defer,) = [c.body for c in harness.api.callbacks()]
    assert defer == {"type": 5, "data": {"flags": EPHEMERAL}}  # thinking, only the caller sees
    followup = harness.api.followups()[-1].body
    assert followup["content"] == "Added source #1: Tech Desk"
    assert followup["flags"] == EPHEMERAL
    assert harness.site.hits["/feed.xml"] == 1
    (source,) = await harness.store.sources()
    assert (source.url, source.origin, source.scope) == (url, "chat", f"discord:{GUILD}")
    assert source.added_by == f"discord:{ADMIN} (user1)"

    await harness.run("sources add", [opt("url", str(harness.server.make_url("/page.html")))])
    refused = harness.api.followups()[-1].body["content"]
    assert refused.startswith("not added: ") and "not an RSS, Atom or JSON feed" in refused
    await harness.run("sources add", [opt("url", url)])
    assert harness.api.followups()[-1].body["content"] == "that feed is already a source"
    assert len(await harness.store.sources()) == 1

    harness.site.add("two.xml", RSS)
    harness.site.add("three.xml", RSS)
    await harness.run("sources add", [opt("url", str(harness.server.make_url("/two.xml")))])
    await harness.run("sources add", [opt("url", str(harness.server.make_url("/three.xml")))])
    assert "already added 2 sources, the limit" in harness.api.followups()[-1].body["content"]
    assert harness.site.hits["/three.xml"] == 0

    await harness.run("sources list")
    listing = harness.last_answer()["data"]["embeds"][0]["description"]
    assert "#1 · Tech Desk" in listing and "not polled yet" in listing
    await harness.run("sources remove", [opt("id", 1, kind=4)])
    assert harness.last_answer()["data"]["content"] == "Removed source #1: Tech Desk"
    assert [s.id for s in await harness.store.sources()] == [2]


async def test_sources_add_is_refused_under_the_address_guard(harness: Harness, tmp_path: Path):
    network = NetworkSettings()  # private addresses refused, as in production
    async with make_session(network) as session:
        harness.desk.fetcher = Fetcher(session, network)
        harness.site.add("feed.xml", RSS)
        await harness.run("sources add", [opt("url", str(harness.server.make_url("/feed.xml")))])
    answer = harness.api.followups()[-1].body["content"]
    assert answer.startswith("not added: ") and "private or reserved address" in answer
    assert harness.site.hits == {} and await harness.store.sources() == []


async def test_status_reports_uptime_and_counts(harness: Harness):
    await add_events(harness.store, 3)
    await harness.run("status")
    text = harness.last_answer()["data"]["embeds"][0]["description"]
    assert "Uptime: 1d 2h 5m" in text
    assert "Events found: 3" in text and "Sources: 0 of 0 polled" in text
    assert "0 pending, 0 failed" in text


async def test_an_internal_failure_is_one_line_not_a_traceback(harness: Harness):
    await harness.store.db.close()
    await harness.run("status")
    answer = harness.last_answer()["data"]
    assert (answer["content"], answer["flags"]) == (BROKEN, EPHEMERAL)
    assert "Traceback" not in str(harness.api.received[-1].body)
