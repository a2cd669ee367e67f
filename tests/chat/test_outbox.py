from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.chat.discord import DiscordWebhookSink
from bot.chat.outbox import Outbox, backoff
from bot.chat.slack import SlackWebhookSink
from bot.config import NetworkSettings
from bot.models import Platform, Subscription
from bot.sources.fetch import make_session
from bot.store.sqlite import open_store
from tests.chat.test_render import make_event

HOOK = "https://discord.com/api/webhooks/112233445566778899/" + "T" * 68


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 5, 26, 6, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


async def setup(store, subs):
    event = make_event()
    stored = await store.create_event(
        event.entry, event.summary, event.reports[0], event.first_seen, alerted=True
    )
    await store.sync_subscriptions(subs)
    await store.enqueue(stored.id, await store.subscriptions(), event.first_seen)
    return stored


async def test_a_backoff_longer_than_max_wait_is_rescheduled_then_sent_exactly_once(
    tmp_path: Path, chat_api, discord_base
):
    api, server = chat_api
    slack_url = str(server.make_url("/services/T1/B1/secret"))
    api.faults["/services/"] = [(500, "server_error")]
    clock = Clock()
    async with make_session(NetworkSettings()) as session, open_store(tmp_path / "b.db") as store:
        await setup(store, [Subscription(name="s", target=f"slack-webhook:{slack_url}")])
        outbox = Outbox(
            store, {Platform.SLACK_WEBHOOK: SlackWebhookSink(session)}, clock, max_wait=0
        )
        first = await outbox.drain()
        assert (first.sent, first.retried) == (0, 1)
        (row,) = await store._rows("SELECT * FROM deliveries")
        assert row["status"] == "pending" and row["next_attempt"] > clock.now.isoformat()
        assert row["claimed_at"] is None and row["uncertain"] == 0  # a 500 is an answer
        clock.now += timedelta(hours=2)
        second = await outbox.drain()
        third = await outbox.drain()
    assert (second.sent, third.sent) == (1, 0)
    assert len(api.slack_posts()) == 2  # the failed attempt and the success


async def test_permanent_404_fails_one_target_and_the_other_still_receives(
    tmp_path: Path, chat_api, discord_base
):
    api, server = chat_api
    slack_url = str(server.make_url("/services/T1/B1/secret"))
    api.faults["/api/v10/webhooks/"] = [(404, {"message": "Unknown Webhook", "code": 10015})]
    async with make_session(NetworkSettings()) as session, open_store(tmp_path / "b.db") as store:
        await setup(
            store,
            [
                Subscription(name="d", target=f"discord-webhook:{HOOK}"),
                Subscription(name="s", target=f"slack-webhook:{slack_url}"),
            ],
        )
        sinks = {
            Platform.DISCORD_WEBHOOK: DiscordWebhookSink(session),
            Platform.SLACK_WEBHOOK: SlackWebhookSink(session),
        }
        result = await Outbox(store, sinks, Clock()).drain()
        rows = await store._rows("SELECT status, last_error FROM deliveries ORDER BY id")
    assert (result.sent, result.failed) == (1, 1)
    assert rows[0]["status"] == "failed" and "unknown webhook" in rows[0]["last_error"]
    assert "T" * 68 not in rows[0]["last_error"]  # the webhook token is a secret
    assert rows[1]["status"] == "sent"
    assert result.broken_targets == {"discord-webhook:<secret>"}


async def test_discord_webhook_payload_pings_nobody(tmp_path: Path, chat_api, discord_base):
    api, _ = chat_api
    async with make_session(NetworkSettings()) as session, open_store(tmp_path / "b.db") as store:
        await setup(
            store, [Subscription(name="d", target=f"discord-webhook:{HOOK}", username="Desk")]
        )
        await Outbox(
            store, {Platform.DISCORD_WEBHOOK: DiscordWebhookSink(session)}, Clock()
        ).drain()
        (delivery,) = await store._rows("SELECT * FROM deliveries")
    (post,) = api.discord_posts()
    assert post.body["allowed_mentions"] == {"parse": []}
    assert post.body["username"] == "Desk" and post.query.get("wait") in ("1", "true")
    assert post.body["embeds"][0]["fields"][0] == {
        "name": "Company",
        "value": "OpenAI",
        "inline": True,
    }
    assert delivery["message_id"].isdigit()


def test_backoff_grows_and_is_capped():
    assert backoff(0, lambda: 1.0) == timedelta(seconds=5)
    assert backoff(3, lambda: 1.0) == timedelta(seconds=40)
    assert backoff(30, lambda: 1.0) == timedelta(hours=1)
    assert backoff(3, lambda: 0.0) == timedelta(seconds=1)
