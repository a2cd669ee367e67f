from datetime import UTC, datetime

from bot.chat.render import (
    EMBED_TOTAL,
    console_text,
    discord_embed,
    embed_length,
    escape_discord,
    escape_slack,
    slack_message,
)
from bot.models import EntryKind, Event, MarketEntry, Report


def make_event(
    title: str = "OpenAI to open office in Seoul", reports: int = 2, summary: str = ""
) -> Event:
    entry = MarketEntry(
        company="OpenAI",
        country="KR",
        city="Seoul",
        kind=EntryKind.OFFICE,
        kinds=(EntryKind.OFFICE, EntryKind.ENTITY),
        confidence=0.95,
        evidence="OpenAI plans to open its first office in Seoul.",
        headline="OpenAI enters South Korea: office in Seoul, local entity",
    )
    return Event(
        id=7,
        entry=entry,
        summary=summary or "OpenAI plans to open its first office in Seoul.",
        first_seen=datetime(2025, 5, 26, 6, tzinfo=UTC),
        reports=tuple(
            Report(
                url=f"https://outlet{i}.example.com/a/{i}",
                title=title,
                source=f"Outlet {i}",
                published=datetime(2025, 5, 26, 5, 50, tzinfo=UTC),
            )
            for i in range(reports)
        ),
    )


def test_discord_embed_has_facts_sources_colour_and_timestamp():
    embed = discord_embed(make_event())
    names = [f["name"] for f in embed["fields"]]
    assert names == ["Company", "Country", "City", "Kind", "Confidence", "Reported by"]
    assert "🇰🇷 South Korea" in embed["fields"][1]["value"]
    assert embed["url"] == "https://outlet0.example.com/a/0"
    assert "[outlet1.example.com](https://outlet1.example.com/a/1)" in embed["fields"][-1]["value"]
    assert embed["timestamp"] == "2025-05-26T05:50:00+00:00"
    assert isinstance(embed["color"], int)


def test_discord_limits_hold_for_huge_inputs():
    event = make_event(reports=300, summary="word " * 3000)
    embed = discord_embed(event)
    assert len(embed["title"]) <= 256 and len(embed["description"]) <= 4096
    assert all(len(f["value"]) <= 1024 for f in embed["fields"]) and len(embed["fields"]) <= 25
    assert embed_length(embed) <= EMBED_TOTAL
    assert "more" in embed["fields"][-1]["value"]


def test_mentions_and_markdown_from_feeds_are_neutralised():
    text = escape_discord("@everyone look <@&123456> [click](https://evil) **bold**")
    assert "@everyone" not in text and "<@&123456>" not in text
    assert "\\[click\\]" in text and "\\*\\*" in text


def test_slack_escapes_control_characters_and_respects_limits():
    assert (
        escape_slack("<!channel> & <https://evil|BBC>")
        == "&lt;!channel&gt; &amp; &lt;https://evil|BBC&gt;"
    )
    message = slack_message(make_event(reports=500, summary="<!here> " * 1000))
    assert "<!here>" not in str(message["blocks"][1])
    assert len(message["blocks"]) <= 50
    assert all(len(b["text"]["text"]) <= 3000 for b in message["blocks"] if b["type"] == "section")
    assert message["blocks"][0]["type"] == "header" and message["blocks"][-1]["type"] == "actions"
    assert message["text"]


def test_console_block_lists_every_report():
    text = console_text(make_event(reports=3))
    assert text.startswith("★ OpenAI enters South Korea") and text.count("\n  - ") == 3


def test_countries_listed_with_the_target_are_shown_beside_it():
    event = make_event()
    both = event.entry.model_copy(update={"also": ("JP", "SG")})
    text = console_text(event.model_copy(update={"entry": both}))
    assert "country: 🇰🇷 South Korea (Seoul); also 🇯🇵 Japan, 🇸🇬 Singapore · kind" in text
