"""Chat under hostile input and hostile servers: bodies Discord accepts, webhook URLs that
point inside the network, a server that rate-limits forever, secrets kept out of errors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.chat.discord import nonce_for
from bot.chat.outbox import MAX_TRIES_IN_LANE
from bot.chat.render import discord_embed
from bot.models import EntryKind, Event, MarketEntry, Report, Subscription
from tests.chat.conftest import CHANNEL, HOOK, Desk
from tests.chat.test_render import make_event
from tests.servers import discord_schema
from tests.servers.discord_schema import problems, shared_spec

POST = "POST /channels/{channel_id}/messages"
HOOK_POST = "POST /webhooks/{webhook_id}/{webhook_token}"
HOOK_KEY = "webhook:112233445566778899"


def hostile_event() -> Event:
    """Everything a feed controls, as long and as nasty as the caps allow."""
    nasty = "@everyone <@&123> [OpenAI](https://evil.example) **bold** `code` " * 60
    entry = MarketEntry(
        company="OpenAI",
        country="KR",
        city="Seoul " * 100,
        kind=EntryKind.OFFICE,
        kinds=tuple(EntryKind),
        confidence=0.9,
        evidence=nasty[:4000],
        headline=nasty[:500],
    )
    return Event(
        id=1,
        entry=entry,
        summary=nasty[:4000],
        first_seen=datetime(2025, 5, 26, 6, tzinfo=UTC),
        reports=tuple(
            Report(
                url=f"https://outlet{i}.example.com/{'a' * 1900}?q={i}"
                if i % 3
                else "javascript:alert(document.cookie)",
                title=nasty[:500],
                source=f"Outlet {i} " + "x" * 190,
                published=datetime(2025, 5, 26, 5, 50, tzinfo=UTC),
            )
            for i in range(40)
        ),
    )


def test_the_schema_check_refuses_what_discord_refuses():
    """The check the fake applies can fail: each of these bodies is one Discord refuses."""
    good = {"embeds": [discord_embed(make_event())], "allowed_mentions": {"parse": []}}
    assert problems(POST, good) == []
    bad = [
        {"embeds": [{"title": "t" * 257}]},
        {"embeds": [{"color": -1}]},
        {"embeds": [{"url": "not a url"}]},
        {"embeds": [{"timestamp": "yesterday"}]},
        {"embeds": [{"fields": [{"name": "n", "value": "v"}] * 26}]},
        {"embeds": [{"description": "d" * 4000}, {"description": "d" * 2001}]},  # 6,001 in all
        {"content": "c" * 2001},
        {"nonce": "n" * 26},
        {"allowed_mentions": {"parse": ["everyone", "nobody"]}},
        {"embeds": [{}] * 11},
    ]
    for body in bad:
        assert problems(POST, body), body
    assert problems(HOOK_POST, {"content": "x", "embeds": [{"title": 5}]})


def test_the_vendored_spec_is_the_shared_one():
    shared = shared_spec()
    if shared is None:
        pytest.skip("no shared/specs beside this checkout; the vendored copy is used")
    assert shared.read_bytes() == discord_schema.VENDORED.read_bytes()


async def test_hostile_events_make_valid_bodies_on_every_discord_route(desk: Desk):
    """Posts and edits, as the bot and through a webhook, of an event built from the worst a
    feed can send: Discord's schema and limits hold on every body (the fake answers 400
    otherwise, and the fixture fails on any refused body)."""
    await desk.subscribe(
        Subscription(name="bot", target=f"discord:{CHANNEL}"),
        Subscription(name="hook", target=f"discord-webhook:{HOOK}", username="U" * 80),
    )
    event = hostile_event()
    stored = await desk.store.create_event(
        event.entry, event.summary, event.reports[0], desk.clock(), alerted=True
    )
    for report in event.reports[1:30]:
        await desk.store.add_report(stored.id, report, desk.clock())
    await desk.store.enqueue(stored.id, await desk.store.subscriptions(), desk.clock())
    assert (await desk.outbox().drain()).sent == 2
    for report in event.reports[30:]:
        await desk.store.add_report(stored.id, report, desk.clock())
    await desk.store.request_edits(stored.id, desk.clock())
    assert (await desk.outbox().drain()).edited == 2
    assert desk.api.invalid_bodies == []
    posted = [desk.api.channels[CHANNEL][0], desk.api.channels[HOOK_KEY][0]]
    assert all(m.edits == 1 for m in posted)
    for message in posted:
        embed = message.body["embeds"][0]
        assert discord_schema.embed_characters(embed) <= 6_000
        assert message.body["allowed_mentions"] == {"parse": []}
        assert "javascript:" not in str(message.body)
    # The bot's nonce is the delivery's own id, the same on every attempt.
    (bot_row,) = [r for r in await desk.rows() if r["target"] == f"discord:{CHANNEL}"]
    assert desk.api.channels[CHANNEL][0].nonce == f"bh{bot_row['id']}e{stored.id}"
    assert nonce_for(await _delivery(desk, bot_row["id"])) == f"bh{bot_row['id']}e{stored.id}"


async def _delivery(desk: Desk, delivery_id: int):
    (row,) = [r for r in await desk.rows() if r["id"] == delivery_id]
    from bot.models import Delivery, DeliveryStatus

    return Delivery(
        id=row["id"],
        event_id=row["event_id"],
        subscription_id=row["subscription_id"],
        target=row["target"],
        status=DeliveryStatus(row["status"]),
    )


@pytest.mark.parametrize(
    "host",
    ["169.254.169.254", "[::ffff:169.254.169.254]", "127.0.0.2:{port}", "[64:ff9b::a00:1]"],
)
async def test_a_webhook_url_pointing_inside_the_network_is_never_requested(desk: Desk, host: str):
    secret = "B0SECRET/verysecretpart42"
    url = f"http://{host.format(port=desk.server.port)}/services/T0/{secret}"
    await desk.subscribe(
        Subscription(name="inside", target=f"slack-webhook:{url}"),
        Subscription(name="fine", target="console"),
    )
    await desk.alert()
    result = await desk.outbox().drain()
    assert result.sent == 1 and result.failed == 1
    assert desk.api.received == []
    failed = next(r for r in await desk.rows() if r["status"] == "failed")
    assert "private or reserved" in failed["last_error"]
    assert "verysecretpart42" not in failed["last_error"]  # a webhook URL is a credential
    assert (await desk.store.dead_targets()).keys() == {f"slack-webhook:{url}"}


async def test_a_server_rate_limiting_forever_cannot_spin_a_lane_or_spend_the_ban_budget(
    desk: Desk,
):
    """Every answer is 429 "retry after 0". Each lane retries a few times, then reschedules;
    across lanes, the invalid-request budget stops all Discord traffic once spent, counting
    every answer (discord.py retries some 429s itself before our lane sees one)."""
    limited = {"message": "You are being rate limited.", "retry_after": 0, "global": False}
    desk.api.faults = {
        "/api/v10/channels/": [(429, limited)] * 10_000,
        "/api/v10/webhooks/": [(429, limited)] * 10_000,
    }
    subs = [Subscription(name="hook", target=f"discord-webhook:{HOOK}")] + [
        Subscription(name=f"bot{i}", target=f"discord:11000000000000001{i:02d}") for i in range(6)
    ]
    await desk.subscribe(*subs)
    for i in range(5):
        await desk.alert(f"Story {i}")
    desk.invalid.limit = 40
    result = await desk.outbox().drain()

    def discord_requests() -> int:
        return len(desk.api.requests_to("/api/v10/channels/")) + len(
            desk.api.requests_to("/api/v10/webhooks/")
        )

    assert result.sent == 0 and result.failed == 0
    assert desk.invalid.total == discord_requests()  # every 429 was counted
    # The budget, overshot at most by what discord.py retries in one call per lane (5).
    assert discord_requests() <= 40 + 5 * len(subs)
    assert {r["status"] for r in await desk.rows()} == {"pending"}  # nothing lost

    # With budget to spare, a lane still gives up spinning after a few tries and reschedules.
    desk.invalid.limit, desk.invalid.spent = 10_000, type(desk.invalid.spent)()
    desk.api.received.clear()
    await desk.store._write("UPDATE deliveries SET next_attempt = ?", (desk.clock().isoformat(),))
    result = await desk.outbox().drain()
    assert result.retried == len(subs)  # each lane rescheduled its first delivery, held the rest
    assert len(desk.api.requests_to("/api/v10/webhooks/")) == MAX_TRIES_IN_LANE
    rows = await desk.rows()
    assert all(r["next_attempt"] > desk.clock().isoformat() for r in rows)
