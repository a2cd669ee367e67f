"""Rate limits, server errors, refusals and edits, against the loopback APIs."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import timedelta

import pytest

from bot.models import Subscription
from tests.chat.conftest import CHANNEL, HOOK, HOOK_2, OTHER_CHANNEL, SLACK_CHANNEL, Desk

DISCORD_429 = {"message": "You are being rate limited.", "retry_after": 0.05, "global": False}


def target_for(desk: Desk, kind: str) -> tuple[str, str, str]:
    """(subscription target, fault path prefix, channel key in the fake)."""
    return {
        "discord": (f"discord:{CHANNEL}", "/api/v10/channels/", CHANNEL),
        "discord-webhook": (
            f"discord-webhook:{HOOK}",
            "/api/v10/webhooks/",
            "webhook:112233445566778899",
        ),
        "slack": (f"slack:{SLACK_CHANNEL}", "/slack/api/chat.postMessage", SLACK_CHANNEL),
        "slack-webhook": (
            f"slack-webhook:{desk.slack_hook}",
            "/services/",
            "hook:/services/T1/B1/secret",
        ),
    }[kind]


KINDS = ["discord", "discord-webhook", "slack", "slack-webhook"]


@pytest.mark.parametrize("kind", KINDS)
async def test_429_then_500_then_success_posts_exactly_one_message(desk: Desk, kind: str):
    target, prefix, key = target_for(desk, kind)
    server_error = (
        {"message": "500: Internal Server Error", "code": 0}
        if kind.startswith("discord")
        else {"ok": False, "error": "internal_error"}
    )
    desk.api.faults[prefix] = [(429, DISCORD_429), (500, server_error)]
    await desk.subscribe(Subscription(name="s", target=target))
    await desk.alert()
    result = await desk.outbox().drain()
    assert result.sent == 1 and result.failed == 0
    assert len(desk.api.channels[key]) == 1
    writes = [r for r in desk.api.received if r.path.startswith(prefix) and r.method == "POST"]
    assert [w.status for w in writes] == [429, 500, 200]
    (row,) = await desk.rows()
    assert row["status"] == "sent"


@pytest.mark.parametrize("kind", ["discord", "discord-webhook", "slack"])
async def test_a_two_day_retry_after_is_rescheduled_not_slept_and_others_go_on(
    desk: Desk, kind: str
):
    target, prefix, key = target_for(desk, kind)
    two_days = 2 * 24 * 3600
    desk.api.faults[prefix] = [
        (429, {**DISCORD_429, "retry_after": two_days}, {"Retry-After": str(two_days)})
    ]
    await desk.subscribe(
        Subscription(name="limited", target=target),
        Subscription(name="other", target=f"discord-webhook:{HOOK_2}"),
    )
    await desk.alert()
    await desk.alert("Mistral launches in Singapore")
    started = time.monotonic()
    result = await desk.outbox(max_wait=30).drain()
    assert time.monotonic() - started < 5
    assert result.retried == 1 and result.sent == 2  # both alerts reached the other target
    assert len(desk.api.channels["webhook:112233445566778800"]) == 2
    assert key not in desk.api.channels or desk.api.channels[key] == []
    rows = [r for r in await desk.rows() if r["target"] == target]
    due = [r["next_attempt"] for r in rows]
    # The first waits two days; the second is held behind it, so order is kept.
    assert all(d >= (desk.clock() + timedelta(days=2)).isoformat()[:16] for d in due)
    assert "retry after 172800" in rows[0]["last_error"]
    assert await desk.store.due_deliveries(desk.clock() + timedelta(days=1)) == []
    desk.clock.now += timedelta(days=2, seconds=1)
    again = await desk.outbox().drain()
    assert again.sent == 2
    assert len(desk.api.channels[key]) == 2


async def test_unknown_webhook_fails_with_reason_and_is_never_used_again(desk: Desk, caplog):
    desk.api.faults["/api/v10/webhooks/112233445566778899"] = [
        (404, {"message": "Unknown Webhook", "code": 10015})
    ]
    await desk.subscribe(
        Subscription(name="dead", target=f"discord-webhook:{HOOK}"),
        Subscription(name="live", target=f"slack-webhook:{desk.slack_hook}"),
    )
    await desk.alert()
    await desk.alert("Mistral launches in Singapore")
    with caplog.at_level(logging.ERROR, logger="bot.chat.outbox"):
        result = await desk.outbox().drain()
    assert result.sent == 2 and result.failed == 2
    assert result.broken_targets == {"discord-webhook:<secret>"}
    rows = await desk.rows()
    dead = [r for r in rows if r["target"].startswith("discord-webhook")]
    assert [r["status"] for r in dead] == ["failed", "failed"]
    assert "unknown webhook" in dead[0]["last_error"] and "10015" in dead[0]["last_error"]
    assert "target stopped" in dead[1]["last_error"]
    assert all("T" * 68 not in r["last_error"] for r in dead)  # a webhook URL is a secret
    assert len(desk.api.requests_to("/webhooks/112233445566778899")) == 1  # no second try
    assert len(desk.api.channels["hook:/services/T1/B1/secret"]) == 2
    stopped = [r for r in caplog.records if "target stopped" in r.getMessage()]
    assert len(stopped) == 1 and "T" * 68 not in stopped[0].getMessage()
    # A later alert for the dead webhook fails without a request, even in a new process.
    await desk.alert("Cohere opens office in Tokyo")
    result = await desk.outbox().drain()
    assert len(desk.api.requests_to("/webhooks/112233445566778899")) == 1
    assert result.sent == 1 and result.failed == 1


async def test_missing_access_stops_that_channel_only(desk: Desk):
    desk.api.forbidden.add(CHANNEL)
    await desk.subscribe(
        Subscription(name="locked", target=f"discord:{CHANNEL}"),
        Subscription(name="open", target=f"discord:{OTHER_CHANNEL}"),
    )
    await desk.alert()
    result = await desk.outbox().drain()
    assert (result.sent, result.failed) == (1, 1)
    rows = {r["target"]: r for r in await desk.rows()}
    assert "missing access" in rows[f"discord:{CHANNEL}"]["last_error"]
    assert rows[f"discord:{OTHER_CHANNEL}"]["status"] == "sent"


async def test_an_invalid_bot_token_stops_every_discord_channel_but_not_slack(desk: Desk):
    desk.api.discord_token = "a-different-token"
    await desk.subscribe(
        Subscription(name="a", target=f"discord:{CHANNEL}"),
        Subscription(name="b", target=f"discord:{OTHER_CHANNEL}"),
        Subscription(name="s", target=f"slack:{SLACK_CHANNEL}"),
    )
    await desk.alert()
    result = await desk.outbox().drain()
    assert result.sent == 1 and result.failed == 2
    assert result.broken_targets == {"discord:*"}
    rows = await desk.rows()
    assert [r["status"] for r in rows if r["target"].startswith("discord:")] == ["failed"] * 2
    assert all("invalid bot token" in r["last_error"] for r in rows if r["status"] == "failed")
    logins = desk.api.requests_to("/users/@me")
    assert len(logins) == 1  # one refused login, not one per delivery


async def test_slack_channel_not_found_fails_that_target(desk: Desk):
    desk.api.missing.add(SLACK_CHANNEL)
    await desk.subscribe(Subscription(name="s", target=f"slack:{SLACK_CHANNEL}"))
    await desk.alert()
    result = await desk.outbox().drain()
    assert result.failed == 1
    (row,) = await desk.rows()
    assert row["status"] == "failed" and row["last_error"] == "channel_not_found"


@pytest.mark.parametrize("kind", ["discord", "discord-webhook", "slack"])
async def test_a_later_report_edits_the_posted_message(desk: Desk, kind: str):
    target, _, key = target_for(desk, kind)
    await desk.subscribe(Subscription(name="s", target=target))
    event = await desk.alert()
    assert (await desk.outbox().drain()).sent == 1
    await desk.add_report(event.id, "reuters.com")
    result = await desk.outbox().drain()
    assert (result.sent, result.edited) == (0, 1)
    (message,) = desk.api.channels[key]
    assert message.edits == 1
    shown = str(message.body.get("embeds") or message.body.get("blocks"))
    assert "reuters.com" in shown
    edit = desk.api.received[-1]
    assert edit.method in ("PATCH", "POST") and (
        edit.method == "PATCH" or edit.path.endswith("chat.update")
    )
    if kind.startswith("discord"):
        assert edit.body["allowed_mentions"] == {"parse": []}
    (row,) = await desk.rows()
    assert row["edit_pending"] == 0 and row["shown_reports"] == 2
    assert (await desk.outbox().drain()).edited == 0  # nothing more to do


async def test_slack_incoming_webhook_cannot_edit_and_posts_nothing_new(desk: Desk):
    await desk.subscribe(Subscription(name="s", target=f"slack-webhook:{desk.slack_hook}"))
    event = await desk.alert()
    await desk.outbox().drain()
    await desk.add_report(event.id, "reuters.com")
    result = await desk.outbox().drain()
    assert (result.sent, result.edited) == (0, 0)
    assert len(desk.api.slack_posts()) == 1
    (row,) = await desk.rows()
    assert row["status"] == "sent" and row["edit_pending"] == 0


async def test_an_edit_of_a_deleted_message_is_dropped_and_the_post_stays_sent(desk: Desk):
    await desk.subscribe(Subscription(name="s", target=f"discord:{CHANNEL}"))
    event = await desk.alert()
    await desk.outbox().drain()
    desk.api.channels[CHANNEL].clear()  # a moderator deleted it
    await desk.add_report(event.id, "reuters.com")
    result = await desk.outbox().drain()
    assert result.failed == 0 and result.broken_targets == set()
    (row,) = await desk.rows()
    assert row["status"] == "sent" and row["edit_pending"] == 0
    assert "deleted" in row["last_error"]
    await desk.alert("Mistral launches in Singapore")
    assert (await desk.outbox().drain()).sent == 1  # the channel was not stopped


async def test_a_report_arriving_while_the_post_is_in_flight_still_gets_edited(desk: Desk):
    """The send renders one report; a second joins before the send is recorded."""
    await desk.subscribe(Subscription(name="s", target=f"discord:{CHANNEL}"))
    event = await desk.alert()
    desk.api.delay = 0.3
    outbox = desk.outbox()
    drain = asyncio.create_task(outbox.drain())
    while not desk.api.channels.get(CHANNEL):  # noqa: ASYNC110 - polling the fake's state
        await asyncio.sleep(0.01)
    await desk.add_report(event.id, "reuters.com")  # the row is still pending: no edit flagged
    result = await drain
    assert result.sent == 1 and result.edited == 1  # the same drain caught up
    (message,) = desk.api.channels[CHANNEL]
    assert "reuters.com" in str(message.body["embeds"])
