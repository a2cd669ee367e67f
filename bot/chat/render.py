"""Event → console text, Discord embed, Slack blocks; limits, escaping, no pings. Pure."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from bot.detect.places import country_name, flag
from bot.models import EntryKind, Event, Report

KIND_COLOURS = {
    EntryKind.OFFICE: 0x2B7BB9,
    EntryKind.ENTITY: 0x6F42C1,
    EntryKind.DATACENTER: 0xE36209,
    EntryKind.LAUNCH: 0x28A745,
    EntryKind.HIRING: 0xD4A72C,
    EntryKind.PARTNERSHIP: 0x17A2B8,
    EntryKind.EXPANSION: 0x6C757D,
}
# Discord's documented embed limits.
EMBED_TITLE, EMBED_DESCRIPTION, FIELD_VALUE, EMBED_TOTAL, FOOTER = 256, 4096, 1024, 6000, 2048
# Slack's: characters per text object, header text, blocks per message.
SLACK_TEXT, SLACK_HEADER, SLACK_BLOCKS = 3000, 150, 50

_DISCORD_MARKDOWN = re.compile(r"([\\*_~`|>#\[\]()-])")
_MENTION = re.compile(r"@(everyone|here)|<(@[!&]?|#)(\d+)>", re.IGNORECASE)
_ZWSP = "\u200b"


def truncate(text: str, limit: int) -> str:
    """Cut to `limit` characters at a word boundary, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def safe_url(url: str) -> str | None:
    """Only http(s) URLs become links; anything else is shown as text or dropped."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.hostname:
        return url
    return None


def outlet(report: Report) -> str:
    """The outlet name: the host of the report's link, else its source's name."""
    host = urlsplit(report.url).hostname or ""
    return host.removeprefix("www.") or report.source or "source"


def escape_discord(text: str) -> str:
    """Neutralise markdown and mentions so feed text renders as typed and pings nobody."""
    text = _MENTION.sub(
        lambda m: m.group(0).replace("@", "@" + _ZWSP).replace("<", "<" + _ZWSP), text
    )
    return _DISCORD_MARKDOWN.sub(r"\\\1", text)


def escape_slack(text: str) -> str:
    """Slack's three control characters, so `<!channel>` or a crafted link stays text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def place(event: Event) -> str:
    """'🇰🇷 South Korea (Seoul)', and the countries listed with it: '🇬🇧 United Kingdom;
    also 🇩🇪 Germany'."""
    entry = event.entry

    def flagged(code: str) -> str:
        return f"{flag(code)} {country_name(code)}".strip()

    text = f"{flagged(entry.country)} ({entry.city})" if entry.city else flagged(entry.country)
    if entry.also:
        text += "; also " + ", ".join(map(flagged, entry.also))
    return text


def kinds_text(event: Event) -> str:
    """Primary kind first, the rest after it."""
    return ", ".join(k.value for k in event.entry.kinds or (event.entry.kind,))


def company_text(event: Event) -> str:
    """Company name, marked when it is not in the companies list."""
    entry = event.entry
    return entry.company if entry.company_listed else f"{entry.company} (unlisted)"


def console_text(event: Event) -> str:
    """One readable block per alert for stdout."""
    entry = event.entry
    lines = [
        f"★ {entry.headline}",
        f"  company: {company_text(event)} · country: {place(event)} · kind: {kinds_text(event)}"
        f" · confidence: {entry.confidence:.2f}",
        f"  {event.summary}",
    ]
    lines += [f"  - {outlet(r)}: {r.title} <{r.url}>" for r in event.reports]
    lines.append(f"  event #{event.id} · first seen {event.first_seen:%Y-%m-%d %H:%M} UTC")
    return "\n".join(lines)


def discord_embed(event: Event) -> dict[str, Any]:
    """An embed within every Discord limit; the caller sends it with no allowed mentions."""
    entry = event.entry
    first = event.reports[0] if event.reports else None
    fields = [
        ("Company", escape_discord(company_text(event)), True),
        ("Country", place(event), True),
        ("City", escape_discord(entry.city or "—"), True),
        ("Kind", kinds_text(event), True),
        ("Confidence", f"{entry.confidence:.0%}", True),
    ]
    sources = []
    for report in event.reports:
        url = safe_url(report.url)
        name = escape_discord(outlet(report))
        sources.append(f"[{name}]({url})" if url else name)
    fields.append(("Reported by", _join_within(sources, FIELD_VALUE), False))
    embed: dict[str, Any] = {
        "title": truncate(escape_discord(entry.headline), EMBED_TITLE),
        "description": truncate(escape_discord(event.summary), EMBED_DESCRIPTION),
        "color": KIND_COLOURS[entry.kind],
        "fields": [
            {"name": n, "value": truncate(v, FIELD_VALUE) or "—", "inline": i} for n, v, i in fields
        ],
        "footer": {"text": f"Beachhead · event #{event.id}"},
        "timestamp": (
            first.published if first and first.published else event.first_seen
        ).isoformat(),
    }
    if first and (url := safe_url(first.url)):
        embed["url"] = url
    overflow = embed_length(embed) - EMBED_TOTAL
    if overflow > 0:
        embed["description"] = truncate(
            embed["description"], max(0, len(embed["description"]) - overflow)
        )
    return embed


def embed_length(embed: dict[str, Any]) -> int:
    """Characters Discord counts toward its 6,000 total."""
    total = len(embed.get("title", "")) + len(embed.get("description", ""))
    total += len(embed.get("footer", {}).get("text", ""))
    total += sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
    return total


def _join_within(items: list[str], limit: int, sep: str = " · ") -> str:
    """Join whole items up to `limit` characters, saying how many were left out."""
    out: list[str] = []
    for index, item in enumerate(items):
        more = f"{sep}+{len(items) - index} more"
        if len(sep.join([*out, item])) + len(more) > limit:
            return sep.join(out) + more
        out.append(item)
    return sep.join(out)


def slack_message(event: Event) -> dict[str, Any]:
    """Block Kit blocks plus a plain-text fallback, all feed text escaped."""
    entry = event.entry
    first = event.reports[0] if event.reports else None
    fallback = escape_slack(f"{entry.headline} — {event.summary}")
    fields = [
        f"*Company*\n{escape_slack(company_text(event))}",
        f"*Country*\n{escape_slack(place(event))}",
        f"*Kind*\n{kinds_text(event)}",
        f"*Confidence*\n{entry.confidence:.0%}",
    ]
    sources = []
    for report in event.reports:
        url = safe_url(report.url)
        name = escape_slack(outlet(report)).replace("|", "¦")
        sources.append(f"<{url.replace('>', '%3E').replace('|', '%7C')}|{name}>" if url else name)
    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": truncate(entry.headline, SLACK_HEADER)},
        },
        {
            "type": "section",
            "text": {"type": "mrkdwn", "text": truncate(escape_slack(event.summary), SLACK_TEXT)},
            "fields": [{"type": "mrkdwn", "text": truncate(f, 2000)} for f in fields],
        },
        {
            "type": "context",
            "elements": [
                {"type": "mrkdwn", "text": "Reported by " + _join_within(sources, SLACK_TEXT - 20)}
            ],
        },
    ]
    if first and (url := safe_url(first.url)):
        blocks.append(
            {
                "type": "actions",
                "elements": [
                    {
                        "type": "button",
                        "text": {"type": "plain_text", "text": "Read the first report"},
                        "url": url[:3000],
                    }
                ],
            }
        )
    return {"text": truncate(fallback, SLACK_TEXT), "blocks": blocks[:SLACK_BLOCKS]}
