"""Exactly once under kill -9, the resend bound, and a 200-event burst paced in order."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

from bot.chat.discord import NONCE_WINDOW
from bot.chat.outbox import PACES
from bot.models import Platform, Subscription
from tests.chat.conftest import CHANNEL, HOOK, SLACK_CHANNEL, Desk
from tests.servers.chat_api import ChatAPI, Limit

ROOT = Path(__file__).resolve().parents[2]
HOOK_KEY = "webhook:112233445566778899"
SLACK_HOOK_KEY = "hook:/services/T1/B1/secret"


def discord_events(api: ChatAPI, key: str) -> list[int]:
    """Event ids of the messages a Discord channel shows, in order."""
    return [int(m.body["embeds"][0]["footer"]["text"].rsplit("#", 1)[1]) for m in api.channels[key]]


def slack_events(api: ChatAPI, key: str) -> list[int]:
    return [int(m.metadata["event_payload"]["event_id"]) for m in api.channels[key]]


def hook_events(api: ChatAPI, key: str) -> list[str]:
    """The summaries Slack incoming-webhook messages show (the hook returns no ids)."""
    return [m.body["text"].rsplit(" — ", 1)[1] for m in api.channels[key]]


async def test_an_interrupted_webhook_post_is_resent_once_and_never_a_third_time(desk: Desk):
    await desk.subscribe(Subscription(name="hook", target=f"discord-webhook:{HOOK}"))
    await desk.alert()
    (row,) = await desk.rows()
    # What a kill -9 mid-request leaves behind: the claim, never cleared.
    await desk.store.claim(row["id"], desk.clock())
    result = await desk.outbox().drain()
    assert result.sent == 1 and len(desk.api.channels[HOOK_KEY]) == 1
    (row,) = await desk.rows()
    assert row["uncertain"] == 1 and row["status"] == "sent"
    # Interrupted twice (the resend itself was cut off): failed with a reason, not resent.
    await desk.alert("Mistral launches in Singapore")
    second = (await desk.rows())[-1]
    await desk.store.claim(second["id"], desk.clock())
    await desk.store.note_interrupted(second["id"])
    await desk.store.claim(second["id"], desk.clock())
    result = await desk.outbox().drain()
    assert result.failed == 1 and len(desk.api.channels[HOOK_KEY]) == 1
    second = (await desk.rows())[-1]
    assert second["status"] == "failed" and "not sent a third time" in second["last_error"]


async def test_an_interrupted_bot_post_that_landed_is_not_posted_again(desk: Desk):
    """The server got the first post; the process died before recording it."""
    await desk.subscribe(
        Subscription(name="d", target=f"discord:{CHANNEL}"),
        Subscription(name="s", target=f"slack:{SLACK_CHANNEL}"),
    )
    await desk.alert()
    assert (await desk.outbox().drain()).sent == 2
    for row in await desk.rows():  # forget the outcome, as a kill would
        await desk.store._write(
            "UPDATE deliveries SET status = 'pending', message_id = NULL, claimed_at = ?, "
            "attempts = 1 WHERE id = ?",
            (desk.clock().isoformat(), row["id"]),
        )
    for _ in range(3):  # even interrupted again and again
        for row in await desk.rows():
            await desk.store.note_interrupted(row["id"])
            await desk.store.claim(row["id"], desk.clock())
    result = await desk.outbox().drain()
    assert result.sent == 2 and result.failed == 0
    assert len(desk.api.channels[CHANNEL]) == 1  # Discord dropped the repeated nonce
    assert len(desk.api.channels[SLACK_CHANNEL]) == 1  # found by metadata, not reposted
    assert len(desk.api.requests_to("chat.postMessage")) == 1
    rows = await desk.rows()
    assert {r["message_id"] for r in rows} == {
        desk.api.channels[CHANNEL][0].id,
        desk.api.channels[SLACK_CHANNEL][0].id,
    }


async def test_a_bot_post_interrupted_twice_is_resent_while_every_attempt_is_in_the_window(
    desk: Desk,
):
    """Killed mid-request twice, the second time after the restart noted the first
    interruption but before it claimed again (found by the kill -9 test): the row keeps when
    its first request started, so the nonce still covers both attempts and the post goes."""
    await desk.subscribe(Subscription(name="d", target=f"discord:{CHANNEL}"))
    await desk.alert()
    (row,) = await desk.rows()
    for _ in range(2):
        await desk.store.claim(row["id"], desk.clock())
        await desk.store.note_interrupted(row["id"])
    (row,) = await desk.rows()
    assert row["uncertain"] == 2 and row["claimed_at"] is None
    result = await desk.outbox().drain()
    assert result.sent == 1 and result.failed == 0
    assert len(desk.api.channels[CHANNEL]) == 1
    # Past Discord's nonce window an earlier attempt could have landed unseen: not resent.
    await desk.alert("Mistral launches in Singapore")
    second = (await desk.rows())[-1]
    for _ in range(2):
        await desk.store.claim(second["id"], desk.clock())
        await desk.store.note_interrupted(second["id"])
    desk.clock.now += NONCE_WINDOW + timedelta(seconds=1)
    result = await desk.outbox().drain()
    assert result.failed == 1 and len(desk.api.channels[CHANNEL]) == 1


async def test_kill_9_during_a_burst_then_restart_posts_every_alert_once(desk: Desk):
    await desk.subscribe(
        Subscription(name="bot", target=f"discord:{CHANNEL}"),
        Subscription(name="slack", target=f"slack:{SLACK_CHANNEL}"),
        Subscription(name="hook", target=f"discord-webhook:{HOOK}"),
        Subscription(name="slack-hook", target=f"slack-webhook:{desk.slack_hook}"),
    )
    events = 40
    ids = [(await desk.alert(summary=f"Story {i}.")).id for i in range(events)]
    db = desk.db
    desk.api.delay = 0.03  # each write is stored, then answered 30 ms later: kills land mid-request
    env = {
        **os.environ,
        "DISCORD_TOKEN": desk.api.discord_token,
        "SLACK_BOT_TOKEN": desk.api.slack_token,
    }
    base = desk.url("").rstrip("/")

    def posted() -> int:
        return sum(len(v) for v in desk.api.channels.values())

    async def run(kill_after: int | None) -> int | None:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.chat.deliver_proc",
            str(db),
            base,
            "0.001",
            cwd=ROOT,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        if kill_after is None:
            _, err = await asyncio.wait_for(proc.communicate(), 120)
            assert proc.returncode == 0, err.decode()[-2000:]
            return proc.returncode
        start = posted()
        deadline = time.monotonic() + 60
        while posted() < start + kill_after and proc.returncode is None:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.002)
        proc.send_signal(signal.SIGKILL)
        await proc.wait()
        return None

    kills = 0
    for kill_after in (3, 17, 29, 11, 23, 37):
        await run(kill_after)
        kills += 1
    await run(None)

    # Bot targets: exactly once, in order, whatever the kills hit...
    assert discord_events(desk.api, CHANNEL) == ids
    assert slack_events(desk.api, SLACK_CHANNEL) == ids
    # ...although interrupted posts were resent (Discord dropped the repeated nonces) and
    # Slack was searched for posts an interrupted attempt had made.
    assert len(desk.api.requests_to(f"/channels/{CHANNEL}/messages", "POST")) > events
    assert desk.api.requests_to("conversations.history")
    # Webhooks cannot dedupe: every alert at least once, an interrupted one at most twice,
    # and no more repeats than there were kills.
    for key, shown in (
        (HOOK_KEY, discord_events(desk.api, HOOK_KEY)),
        (SLACK_HOOK_KEY, hook_events(desk.api, SLACK_HOOK_KEY)),
    ):
        counts = Counter(shown)
        assert len(counts) == events, key
        assert max(counts.values()) <= 2
        assert sum(counts.values()) - events <= kills
    rows = await desk.rows()
    assert {r["status"] for r in rows} == {"sent"}
    assert len(rows) == 4 * events
    extra = {k: len(desk.api.channels[k]) - events for k in (HOOK_KEY, SLACK_HOOK_KEY)}
    print(f"\nkill -9 x{kills}: bot targets exactly once; webhook repeats {extra}")


async def test_a_burst_of_200_alerts_is_paced_under_the_limits_and_in_order(desk: Desk):
    factor = 0.01  # every window 100 times shorter, the same counts
    desk.api.limits = {
        "discord_channel": Limit(5, 5.0 * factor),
        "discord_webhook": Limit(5, 2.0 * factor),
        "slack_channel": Limit(1, 1.0 * factor),
    }
    await desk.subscribe(
        Subscription(name="bot", target=f"discord:{CHANNEL}"),
        Subscription(name="hook", target=f"discord-webhook:{HOOK}"),
        Subscription(name="slack", target=f"slack:{SLACK_CHANNEL}"),
    )
    ids = [(await desk.alert(f"Story {i}")).id for i in range(200)]
    started = time.monotonic()
    result = await desk.outbox(pace=factor).drain()
    elapsed = time.monotonic() - started
    assert result.sent == 600 and result.retried == 0
    assert desk.api.limited == 0  # not one 429
    assert discord_events(desk.api, CHANNEL) == ids
    assert discord_events(desk.api, HOOK_KEY) == ids
    assert slack_events(desk.api, SLACK_CHANNEL) == ids
    # Webhooks also keep to about 30 a minute per channel: check every window.
    arrivals = [r.at for r in desk.api.requests_to("/webhooks/", "POST")]
    for window in PACES[Platform.DISCORD_WEBHOOK]:
        assert max_in_window(arrivals, window.seconds * factor) <= window.count
    slow = PACES[Platform.DISCORD_WEBHOOK][1]
    floor = (200 // slow.count - 1) * slow.seconds * factor
    assert elapsed >= floor  # it really was paced, not lucky
    print(
        f"\nburst: 3 targets x 200 alerts in {elapsed:.2f} s at 1/100 scale; "
        f"webhook floor {floor:.2f} s; 0 rate-limit answers"
    )


def max_in_window(times: list[float], seconds: float) -> int:
    best, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] >= seconds:
            start += 1
        best = max(best, end - start + 1)
    return best
