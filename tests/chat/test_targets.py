"""Every target through its real client against the loopback APIs: payload shape and limits."""

from __future__ import annotations

import io
from pathlib import Path

from bot.chat.console import ConsoleSink
from bot.chat.render import EMBED_TOTAL, SLACK_BLOCKS, SLACK_TEXT, embed_length
from bot.cli import main
from bot.models import Platform, Subscription
from tests.chat.conftest import CHANNEL, HOOK, SLACK_CHANNEL, Desk

HOSTILE = "@everyone <@&123456789012345678> <!channel> [BBC](https://evil.example) **OpenAI**"


def assert_discord_limits(embed: dict) -> None:
    assert len(embed["title"]) <= 256 and len(embed["description"]) <= 4096
    assert len(embed["fields"]) <= 25 and all(len(f["value"]) <= 1024 for f in embed["fields"])
    assert all(len(f["name"]) <= 256 for f in embed["fields"])
    assert embed_length(embed) <= EMBED_TOTAL


async def test_discord_bot_posts_an_embed_with_a_nonce_and_no_mentions(desk: Desk):
    await desk.subscribe(Subscription(name="bot", target=f"discord:{CHANNEL}"))
    event = await desk.alert(reports=300, summary=HOSTILE + " word" * 3000)
    result = await desk.outbox().drain()
    assert result.sent == 1
    (post,) = desk.api.requests_to(f"/channels/{CHANNEL}/messages", "POST")
    body = post.body
    assert body["allowed_mentions"] == {"parse": []}
    assert body["enforce_nonce"] is True and body["nonce"].startswith("bh")
    (embed,) = body["embeds"]
    assert_discord_limits(embed)
    assert "@everyone" not in embed["description"] and "<@&" not in embed["description"]
    assert "\\[BBC\\]" in embed["description"]  # a masked link from a feed stays text
    assert embed["footer"]["text"].endswith(f"#{event.id}")
    (row,) = await desk.rows()
    assert row["status"] == "sent" and row["channel_id"] == CHANNEL
    assert row["message_id"] == desk.api.channels[CHANNEL][0].id
    assert row["shown_reports"] == 300 and row["edit_pending"] == 0


async def test_discord_webhook_posts_with_username_avatar_and_no_mentions(desk: Desk):
    await desk.subscribe(
        Subscription(
            name="hook",
            target=f"discord-webhook:{HOOK}",
            username="Korea desk",
            avatar_url="https://example.com/a.png",
        )
    )
    await desk.alert(reports=40, summary=HOSTILE + "x" * 9000)
    assert (await desk.outbox().drain()).sent == 1
    (post,) = desk.api.discord_posts()
    assert post.query.get("wait") in ("1", "true")
    assert post.body["username"] == "Korea desk"
    assert post.body["avatar_url"] == "https://example.com/a.png"
    assert post.body["allowed_mentions"] == {"parse": []}
    assert "nonce" not in post.body  # webhooks take no nonce
    assert_discord_limits(post.body["embeds"][0])
    (row,) = await desk.rows()
    assert row["message_id"] == desk.api.channels["webhook:112233445566778899"][0].id


async def test_slack_bot_posts_blocks_text_and_metadata_naming_the_delivery(desk: Desk):
    await desk.subscribe(Subscription(name="slack", target=f"slack:{SLACK_CHANNEL}"))
    await desk.alert(reports=500, summary=HOSTILE + "<!here> & " * 1000)
    assert (await desk.outbox().drain()).sent == 1
    assert desk.api.requests_to("conversations.history") == []  # no look-up on a first try
    (post,) = desk.api.requests_to("chat.postMessage")
    args = post.body
    assert args["channel"] == SLACK_CHANNEL
    assert len(args["blocks"]) <= SLACK_BLOCKS and len(args["text"]) <= SLACK_TEXT
    for block in args["blocks"]:
        for text in [block.get("text") or {}, *block.get("elements", []), *block.get("fields", [])]:
            assert len(text.get("text", "")) <= SLACK_TEXT if isinstance(text, dict) else True
    assert "<!here>" not in str(args["blocks"]) and "<!channel>" not in args["text"]
    assert "&lt;!channel&gt;" in args["text"]
    (row,) = await desk.rows()
    assert args["metadata"] == {
        "event_type": "beachhead_alert",
        "event_payload": {"delivery_id": str(row["id"]), "event_id": str(row["event_id"])},
    }
    assert args["unfurl_links"] is False
    assert (row["message_id"], row["channel_id"]) == (
        desk.api.channels[SLACK_CHANNEL][0].id,
        SLACK_CHANNEL,
    )


async def test_slack_webhook_posts_blocks_and_text(desk: Desk):
    await desk.subscribe(Subscription(name="hook", target=f"slack-webhook:{desk.slack_hook}"))
    await desk.alert(summary=HOSTILE)
    assert (await desk.outbox().drain()).sent == 1
    (post,) = desk.api.slack_posts()
    assert post.body["blocks"][0]["type"] == "header" and "<!channel>" not in post.body["text"]
    (row,) = await desk.rows()
    assert row["status"] == "sent" and row["message_id"] is None


async def test_console_prints_one_block_per_alert(desk: Desk):
    out = io.StringIO()
    desk.sinks[Platform.CONSOLE] = ConsoleSink(out)
    await desk.subscribe(Subscription(name="console", target="console"))
    await desk.alert()
    await desk.alert("Mistral launches in Singapore")
    assert (await desk.outbox().drain()).sent == 2
    blocks = out.getvalue().strip().split("\n\n")
    assert len(blocks) == 2 and blocks[0].startswith("★ ")


def test_a_bot_target_without_its_token_stops_start_up_naming_the_subscription(
    tmp_path: Path, capsys
):
    config = tmp_path / "beachhead.toml"
    config.write_text(
        f'[storage]\npath = "{tmp_path / "b.db"}"\n'
        f'[[subscriptions]]\nname = "korea-bot"\ntarget = "discord:{CHANNEL}"\n'
        f'[[subscriptions]]\nname = "slack-desk"\ntarget = "slack:{SLACK_CHANNEL}"\n'
    )
    assert main(["run", "--once", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    assert "korea-bot" in err and "DISCORD_TOKEN" in err
    assert len(err.strip().splitlines()) == 1
