"""`/beachhead` on the real Bolt AsyncApp, served on loopback by Bolt's aiohttp adapter, answering
genuinely signed requests; the Slack Web API and response_url are a loopback fake."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from aiohttp import ClientOSError, ClientSession
from slack_bolt.async_app import AsyncApp
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import check_chat_secrets
from bot.chat.slack_commands import REFUSED, build_slack_app, serve_slack
from bot.commands import Desk
from bot.config import (
    CommandSettings,
    DiscordSettings,
    NetworkSettings,
    Secrets,
    Settings,
    SlackSettings,
)
from bot.errors import ConfigError
from bot.models import EntryKind
from bot.sources.fetch import Fetcher, make_session
from bot.store.sqlite import SQLiteStore, open_store
from tests.chat.test_discord_commands import NOW, RSS, add_events
from tests.servers.slack_api import TEAM, SlackAPI

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
CHANNEL = "C0NEWSDESK"
ADMIN = "U0ADMIN01"
MEMBER = "U0MEMBER1"


@dataclass
class Slack:
    api: SlackAPI
    api_url: Any
    app_url: str
    http: ClientSession
    store: SQLiteStore
    site: Any
    site_server: Any
    app: AsyncApp

    def form(self, text: str, user: str = ADMIN) -> dict[str, str]:
        return {
            "token": "legacy-verification-token",
            "team_id": TEAM,
            "team_domain": "beachhead",
            "channel_id": CHANNEL,
            "channel_name": "news",
            "user_id": user,
            "user_name": f"name-{user}",
            "command": "/beachhead",
            "text": text,
            "api_app_id": "A0BEACHHD",
            "response_url": str(self.api_url("/response/1")),
            "trigger_id": "13345224609.738474920.8088930838d88f008e0",
        }

    async def post(
        self,
        body: str,
        *,
        secret: str = SECRET,
        age: float = 0,
        signed: bool = True,
        content_type: str = "application/x-www-form-urlencoded",
    ) -> tuple[int, Any]:
        """POST as Slack does: X-Slack-Signature over v0:timestamp:body."""
        timestamp = str(int(time.time() - age))
        headers = {"Content-Type": content_type}
        if signed:
            headers["X-Slack-Request-Timestamp"] = timestamp
            headers["X-Slack-Signature"] = SignatureVerifier(secret).generate_signature(
                timestamp=timestamp, body=body
            )
        async with self.http.post(self.app_url, data=body, headers=headers) as response:
            text = await response.text()
            return response.status, json.loads(text) if text.startswith("{") else text

    async def command(self, text: str, user: str = ADMIN, **kw: Any) -> tuple[int, Any]:
        return await self.post(urlencode(self.form(text, user)), **kw)

    async def change(self, text: str, user: str = ADMIN) -> str:
        """A changing command: acked empty at once, answered through response_url."""
        before = len(self.api.responses)
        status, body = await self.command(text, user)
        assert (status, body) == (200, "")
        await self.api.wait_until(lambda: len(self.api.responses) > before)
        answer = self.api.responses[-1]
        assert answer["response_type"] == "ephemeral"
        return str(answer["text"])


@pytest.fixture
async def slack(tmp_path: Path, aiohttp_server, feed_site) -> AsyncIterator[Slack]:
    api = SlackAPI(admins={ADMIN})
    api_server = await aiohttp_server(api.app())
    site, site_server = feed_site
    network = NetworkSettings(allow_private_addresses=True)
    async with (
        make_session(network) as session,
        open_store(tmp_path / "b.db") as store,
        ClientSession() as http,
    ):
        desk = Desk(
            store=store,
            fetcher=Fetcher(session, network),
            clock=lambda: NOW,
            started=NOW - timedelta(minutes=90),
            settings=CommandSettings(max_sources_per_server=5),
        )
        client = AsyncWebClient(token="xoxb-test", base_url=str(api_server.make_url("/api/")))
        settings = SlackSettings(admin_group="S0BEACHADM")
        app = build_slack_app(desk, settings, client=client, signing_secret=SECRET)
        app_server = await aiohttp_server(app.web_app(path="/slack/events"))
        yield Slack(
            api,
            api_server.make_url,
            str(app_server.make_url("/slack/events")),
            http,
            store,
            site,
            site_server,
            app,
        )


def section_text(answer: dict[str, Any], index: int = 0) -> str:
    return str(answer["blocks"][index]["text"]["text"])


async def test_entries_answers_in_the_acknowledgement_with_page_buttons(slack: Slack):
    await add_events(slack.store, 12)
    await add_events(slack.store, 2, company="Anthropic")
    status, answer = await slack.command("entries company:OpenAI country:KR kind:office days:90")
    assert status == 200 and answer["response_type"] == "in_channel"
    lines = section_text(answer).splitlines()
    assert len(lines) == 10 and lines[0].startswith("#12 ") and lines[-1].startswith("#3 ")
    assert "<https://news.example.com/11|OpenAI enters South Korea, story 11>" in lines[0]
    assert "OpenAI · South Korea · office · last 90 days · page 1" in str(answer["blocks"][1])
    (button,) = answer["blocks"][2]["elements"]
    assert button["text"]["text"] == "Next"

    # The button press comes back signed, as block_actions; the next page replaces the answer.
    payload = {
        "type": "block_actions",
        "team": {"id": TEAM, "domain": "beachhead"},
        "user": {"id": ADMIN, "name": "admin", "team_id": TEAM},
        "api_app_id": "A0BEACHHD",
        "token": "legacy-verification-token",
        "container": {"type": "message", "channel_id": CHANNEL, "is_ephemeral": False},
        "channel": {"id": CHANNEL, "name": "news"},
        "trigger_id": "1.2.3",
        "response_url": str(slack.api_url("/response/2")),
        "actions": [{**button, "block_id": "b1", "action_ts": str(time.time())}],
    }
    status, _ = await slack.post(urlencode({"payload": json.dumps(payload)}))
    assert status == 200
    await slack.api.wait_until(lambda: slack.api.responses)
    turned = slack.api.responses[-1]
    assert turned["replace_original"] is True
    lines = section_text(turned).splitlines()
    assert [line.split(" ")[0] for line in lines] == ["#2", "#1"]
    assert [b["text"]["text"] for b in turned["blocks"][2]["elements"]] == ["Previous"]


async def test_same_filters_mean_the_same_as_on_discord(slack: Slack):
    await add_events(slack.store, 3)
    status, answer = await slack.command('entries company:openai country:"South Korea" days:2')
    assert [line.split(" ")[0] for line in section_text(answer).splitlines()] == ["#3", "#2"]
    status, answer = await slack.command("entries country:Atlantis")
    assert status == 200 and answer.get("response_type") is None  # ephemeral by default
    assert answer["text"] == (
        "'Atlantis' is not an ISO 3166-1 alpha-2 country code or a known country"
    )
    status, answer = await slack.command("entries colour:blue")
    assert answer["text"].startswith("unknown option 'colour'")


async def test_event_status_help_and_unknown_verbs(slack: Slack):
    await add_events(slack.store, 1)
    _, event = await slack.command("event #1")
    assert "*Evidence*" in section_text(event, 2) and "first office in Seoul" in section_text(
        event, 2
    )
    assert "<https://news.example.com/0|Story 0>" in section_text(event, 3)
    _, missing = await slack.command("event 42")
    assert missing["text"] == "there is no event #42"
    _, status = await slack.command("status")
    assert "Uptime: 0d 1h 30m" in section_text(status) and "Events found: 1" in section_text(status)
    _, help_answer = await slack.command("")
    assert help_answer["response_type"] == "ephemeral" and "/beachhead entries" in str(help_answer)
    _, unknown = await slack.command("dance")
    assert unknown["text"] == "unknown command 'dance'; try `/beachhead help`"


async def test_admin_subscribes_lists_and_unsubscribes_this_channel(slack: Slack):
    answer = await slack.change(
        "subscribe company:OpenAI country:JP kind:launch min_confidence:0.8"
    )
    assert answer.startswith("Subscribed (#1)")
    sub = await slack.store.subscription(1)
    assert sub is not None and sub.target == f"slack:{CHANNEL}"
    assert (sub.companies, sub.countries, sub.kinds) == (("OpenAI",), ("JP",), (EntryKind.LAUNCH,))
    assert sub.min_confidence == 0.8 and sub.created_by == f"slack:{ADMIN} (name-{ADMIN})"
    assert [c.form["user"] for c in slack.api.called("users.info")] == [ADMIN]

    _, listing = await slack.command("subscriptions")
    assert "#1 · OpenAI · JP · launch · confidence ≥ 0.80" in section_text(listing)
    assert await slack.change("unsubscribe 1") == "Unsubscribed #1."
    assert await slack.store.subscriptions() == []


async def test_changes_are_refused_for_a_member_but_allowed_for_the_admin_group(slack: Slack):
    slack.site.add("feed.xml", RSS)
    # The configured admin group does not exist yet: only workspace admins may change things.
    assert await slack.change("subscribe country:KR", user=MEMBER) == REFUSED
    slack.api.groups["S0BEACHADM"] = [ADMIN]
    assert await slack.change("subscribe country:KR", user=MEMBER) == REFUSED
    url = slack.site_server.make_url("/feed.xml")
    assert await slack.change(f"sources add <{url}>", user=MEMBER) == REFUSED
    assert await slack.store.subscriptions() == [] and await slack.store.sources() == []
    assert slack.site.hits == {}

    slack.api.groups["S0BEACHADM"] = [MEMBER]
    assert (await slack.change("subscribe country:KR", user=MEMBER)).startswith("Subscribed (#1)")
    answer = await slack.change(f'sources add <{url}> name:"Tech wire"', user=MEMBER)
    assert answer == "Added source #1: Tech wire"
    (source,) = await slack.store.sources()
    assert (source.scope, source.added_by) == (f"slack:{TEAM}", f"slack:{MEMBER} (name-{MEMBER})")
    assert await slack.change("sources remove 1") == "Removed source #1: Tech wire"


async def test_ack_comes_at_once_even_when_the_admin_check_is_slow(slack: Slack):
    slack.api.users_info_delay = 2.0
    started = time.monotonic()
    status, body = await slack.command("subscribe country:KR")
    acked = time.monotonic() - started
    assert (status, body) == (200, "") and acked < 1.0
    await slack.api.wait_until(lambda: slack.api.responses)
    assert slack.api.responses[-1]["text"].startswith("Subscribed (#1)")


@pytest.mark.parametrize(
    ("how", "options"),
    [
        ("unsigned", {"signed": False}),
        ("badly signed", {"secret": "not-the-signing-secret"}),
        ("six minutes old", {"age": 360}),
    ],
)
async def test_unverified_requests_are_refused_with_401_and_change_nothing(
    slack: Slack, how: str, options: dict[str, Any]
):
    status, _ = await slack.command("subscribe country:KR", **options)
    assert status == 401, how
    status, _ = await slack.command("sources add https://example.com/feed.xml", **options)
    assert status == 401, how
    assert await slack.store.subscriptions() == [] and await slack.store.sources() == []
    assert slack.api.calls == [] and slack.api.responses == []
    # The same request, properly signed and fresh, is accepted.
    assert (await slack.change("subscribe country:KR")).startswith("Subscribed")


async def test_a_tampered_body_fails_the_signature(slack: Slack):
    body = urlencode(slack.form("subscribe country:KR", user=MEMBER))
    timestamp = str(int(time.time()))
    signature = SignatureVerifier(SECRET).generate_signature(timestamp=timestamp, body=body)
    forged = body.replace(MEMBER, ADMIN)
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": timestamp,
        "X-Slack-Signature": signature,
    }
    async with slack.http.post(slack.app_url, data=forged, headers=headers) as response:
        assert response.status == 401
    assert await slack.store.subscriptions() == []


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_http_mode_serves_on_the_configured_host_port_and_path(slack: Slack):
    port = free_port()
    settings = SlackSettings(host="127.0.0.1", port=port, path="/hooks/slack")
    async with serve_slack(slack.app, settings, app_token=None):
        slack.app_url = f"http://127.0.0.1:{port}/hooks/slack"
        status, answer = await slack.command("status")
        assert status == 200 and "Beachhead status" in section_text(answer)
        status, _ = await slack.command("status", signed=False)
        assert status == 401
    with pytest.raises(ClientOSError):  # stopped with the block
        await slack.command("status")


async def test_socket_mode_answers_a_slash_command_envelope(slack: Slack):
    await add_events(slack.store, 1)
    slack.api.envelopes.append(
        {
            "envelope_id": "57d2c5a8-0a3c-4e2c-a1b1-d0f7bb7c0001",
            "type": "slash_commands",
            "accepts_response_payload": True,
            "payload": slack.form("entries country:KR"),
        }
    )
    async with serve_slack(slack.app, SlackSettings(mode="socket"), app_token="xapp-1-test"):
        await slack.api.wait_until(lambda: slack.api.socket_acks)
    ack = slack.api.socket_acks[0]
    assert ack["envelope_id"] == "57d2c5a8-0a3c-4e2c-a1b1-d0f7bb7c0001"
    assert ack["payload"]["response_type"] == "in_channel"
    assert section_text(ack["payload"]).startswith("#1 ")
    assert slack.api.called("apps.connections.open")[0].form == {}


def test_settings_pick_http_or_socket_mode_and_need_their_secrets():
    assert SlackSettings().mode == "http" and SlackSettings().port == 3000
    with pytest.raises(ValueError, match="mode"):
        SlackSettings(mode="carrier-pigeon")  # type: ignore[arg-type]
    settings = Settings(slack=SlackSettings(mode="socket"))
    with pytest.raises(ConfigError, match="SLACK_APP_TOKEN"):
        check_chat_secrets(settings, Secrets(slack_bot_token="xoxb-1"))
    with pytest.raises(ConfigError, match="SLACK_SIGNING_SECRET"):
        check_chat_secrets(Settings(), Secrets(slack_bot_token="xoxb-1"))
    both = Secrets(discord_token="d", slack_bot_token="xoxb-1", slack_app_token="xapp-1")
    assert check_chat_secrets(settings, both) == (True, True)
    off = Settings(discord=DiscordSettings(commands=False), slack=SlackSettings(commands=False))
    assert check_chat_secrets(off, both) == (False, False)
    assert check_chat_secrets(Settings(), Secrets()) == (False, False)


def test_manifest_declares_what_the_app_uses():
    manifest = (Path(__file__).resolve().parents[2] / "config" / "slack-manifest.yml").read_text()
    for scope in ("commands", "users:read", "usergroups:read"):  # users.info, usergroups.users.list
        assert f"- {scope} " in manifest
    assert "command: /beachhead" in manifest
    assert manifest.count(f"https://YOUR-HOST{SlackSettings().path}") == 2  # command + buttons
