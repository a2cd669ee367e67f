"""Answers to chat commands as Discord embeds and Slack blocks; limits, escaping; pure."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from bot.chat.render import (
    EMBED_DESCRIPTION,
    EMBED_TOTAL,
    FIELD_VALUE,
    SLACK_TEXT,
    discord_embed,
    embed_length,
    escape_discord,
    escape_slack,
    outlet,
    place,
    safe_url,
    slack_message,
    truncate,
)
from bot.commands import EntriesPage, Filters, Status
from bot.detect.places import country_name
from bot.models import Event, SourceState, Subscription

BRAND = 0x2B7BB9
PAGE_ACTION = "beachhead_entries_page"
Escape = Callable[[str], str]


def describe_filters(filters: Filters) -> str:
    """'OpenAI · South Korea · office · last 90 days'."""
    parts = [
        filters.company or "any company",
        country_name(filters.country) if filters.country else "any country",
        filters.kind or "any kind",
        f"last {filters.days} days",
    ]
    return " · ".join(parts)


def _entry_line(event: Event, link: Callable[[str, str], str], esc: Escape) -> str:
    entry = event.entry
    first = event.reports[0] if event.reports else None
    url = safe_url(first.url) if first else None
    headline = esc(truncate(entry.headline, 120))
    title = link(url, headline) if url else headline
    kinds = ", ".join(k.value for k in entry.kinds or (entry.kind,))
    return f"#{event.id} · {event.first_seen:%Y-%m-%d} · {esc(place(event))} · {kinds} — {title}"


def _report_lines(event: Event, link: Callable[[str, str], str], esc: Escape) -> list[str]:
    """'outlet: linked title' for every report of an event."""
    lines = []
    for report in event.reports:
        title = esc(truncate(report.title, 100))
        url = safe_url(report.url)
        lines.append(f"{esc(outlet(report))}: {link(url, title) if url else title}")
    return lines


def _subscription_line(sub: Subscription, esc: Escape) -> str:
    companies = ", ".join(sub.companies) or "any company"
    countries = ", ".join(sub.countries) or "any country"
    kinds = ", ".join(k.value for k in sub.kinds) or "any kind"
    origin = f"added by {sub.created_by}" if sub.origin == "chat" else f"config file '{sub.name}'"
    return esc(
        f"#{sub.id} · {companies} · {countries} · {kinds} · "
        f"confidence ≥ {sub.min_confidence:.2f} · {origin}"
    )


def _source_line(source: SourceState, esc: Escape) -> str:
    if source.paused_at is not None:
        health = (
            f"PAUSED since {source.paused_at:%Y-%m-%d %H:%M} UTC after failing ×{source.failures}"
            f" (retried every few hours): {truncate(source.last_error or '', 160)}"
        )
    elif source.last_error and source.failures:
        retry = f", next try {source.next_poll:%H:%M} UTC" if source.next_poll else ""
        health = f"failing ×{source.failures}{retry}: {truncate(source.last_error, 160)}"
    elif source.last_error:
        health = f"ok, with a problem: {truncate(source.last_error, 160)}"
    elif source.last_success:
        health = f"ok, last success {source.last_success:%Y-%m-%d %H:%M} UTC"
    else:
        health = "not polled yet"
    who = f"added by {source.added_by}" if source.origin == "chat" else "config file"
    return esc(f"#{source.id} · {source.name} · {source.url} · {health} · {who}")


def _uptime(delta: timedelta) -> str:
    minutes = int(delta.total_seconds()) // 60
    days, rest = divmod(minutes, 24 * 60)
    return f"{days}d {rest // 60}h {rest % 60}m"


def status_lines(status: Status) -> list[str]:
    """Uptime, sources, events and deliveries as short lines."""
    s = status.stats
    return [
        f"Uptime: {_uptime(status.uptime)} (since {status.started:%Y-%m-%d %H:%M} UTC)",
        f"Sources: {s.sources_polled} of {s.sources} polled, {s.sources_failing} failing",
        f"Events found: {s.events}",
        f"Deliveries: {s.deliveries_sent} sent, {s.deliveries_pending} pending, "
        f"{s.deliveries_failed} failed",
    ]


def _lines_within(lines: list[str], limit: int) -> str:
    """Whole lines up to `limit` characters, saying how many were left out."""
    out: list[str] = []
    for index, line in enumerate(lines):
        more = f"\n…and {len(lines) - index} more"
        if len("\n".join([*out, line])) + len(more) > limit:
            return "\n".join(out) + more
        out.append(line)
    return "\n".join(out)


# Discord -----------------------------------------------------------------------------------------
def _discord_link(url: str, text: str) -> str:
    return f"[{text}]({url})"


def discord_entries(page: EntriesPage) -> dict[str, Any]:
    """One page of /entries as an embed."""
    lines = [_entry_line(e, _discord_link, escape_discord) for e in page.events]
    body = _lines_within(lines, EMBED_DESCRIPTION) if lines else "No market entries match."
    return {
        "title": "Market entries",
        "description": body,
        "color": BRAND,
        "footer": {"text": f"{describe_filters(page.filters)} · page {page.page + 1}"[:2048]},
    }


def discord_event(event: Event) -> dict[str, Any]:
    """One event in full: the alert embed plus its evidence and every report."""
    embed = discord_embed(event)
    fields = [f for f in embed["fields"] if f["name"] != "Reported by"]
    fields.append(
        {
            "name": "Evidence",
            "value": truncate(escape_discord(event.entry.evidence), FIELD_VALUE) or "—",
            "inline": False,
        }
    )
    reports = _report_lines(event, _discord_link, escape_discord)
    fields.append(
        {"name": "Reports", "value": _lines_within(reports, FIELD_VALUE) or "—", "inline": False}
    )
    embed["fields"] = fields
    overflow = embed_length(embed) - EMBED_TOTAL
    if overflow > 0:
        embed["description"] = truncate(embed["description"], len(embed["description"]) - overflow)
    return embed


def discord_subscriptions(subs: list[Subscription]) -> str:
    """The channel's subscriptions as message text."""
    if not subs:
        return "This channel has no subscriptions. Add one with /subscribe."
    lines = [_subscription_line(s, escape_discord) for s in subs]
    return _lines_within(["Subscriptions posting here:", *lines], 2000)


def discord_subscribed(sub: Subscription) -> str:
    """The confirmation of /subscribe."""
    return (
        f"Subscribed (#{sub.id}): matching alerts will post in this channel.\n"
        + _subscription_line(sub, escape_discord)
    )


def discord_sources(sources: list[SourceState]) -> dict[str, Any]:
    """Every source with its health as an embed."""
    lines = [_source_line(s, escape_discord) for s in sources]
    return {
        "title": f"Sources ({len(sources)})",
        "description": _lines_within(lines, EMBED_DESCRIPTION) or "No sources yet.",
        "color": BRAND,
    }


def discord_status(status: Status) -> dict[str, Any]:
    """The service's health as an embed."""
    return {"title": "Beachhead status", "description": "\n".join(status_lines(status))}


# Slack -------------------------------------------------------------------------------------------
def _slack_link(url: str, text: str) -> str:
    return f"<{url.replace('>', '%3E').replace('|', '%7C')}|{text.replace('|', '¦')}>"


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": truncate(text, SLACK_TEXT)}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": truncate(text, 2000)}]}


def page_value(filters: Filters, page: int) -> str:
    """The state a Slack page button carries: filters and page as compact JSON."""
    data = {"c": filters.company, "n": filters.country, "k": filters.kind, "d": filters.days}
    return json.dumps({**{k: v for k, v in data.items() if v is not None}, "p": page})


def read_page_value(value: str) -> tuple[Filters, int]:
    """Inverse of page_value; ValueError if the button's value is not ours."""
    data = json.loads(value)
    filters = Filters(company=data.get("c"), country=data.get("n"), kind=data.get("k"))
    return Filters(filters.company, filters.country, filters.kind, int(data["d"])), int(data["p"])


def slack_entries(page: EntriesPage) -> dict[str, Any]:
    """One page of entries as blocks, with previous/next buttons when there are more."""
    lines = [_entry_line(e, _slack_link, escape_slack) for e in page.events]
    blocks: list[dict[str, Any]] = [
        _section(_lines_within(lines, SLACK_TEXT) if lines else "No market entries match."),
        _context(escape_slack(f"{describe_filters(page.filters)} · page {page.page + 1}")),
    ]
    buttons = []
    for label, delta, shown in (("Previous", -1, page.has_previous), ("Next", 1, page.has_next)):
        if shown:
            buttons.append(
                {
                    "type": "button",
                    "text": {"type": "plain_text", "text": label},
                    "action_id": f"{PAGE_ACTION}_{label.lower()}",
                    "value": page_value(page.filters, page.page + delta),
                }
            )
    if buttons:
        blocks.append({"type": "actions", "elements": buttons})
    return {"text": f"{len(page.events)} market entries", "blocks": blocks}


def slack_event(event: Event) -> dict[str, Any]:
    """One event in full: the alert blocks plus its evidence and every report."""
    message = slack_message(event)
    reports = _report_lines(event, _slack_link, escape_slack)
    blocks = [
        *message["blocks"][:2],
        _section("*Evidence*\n" + escape_slack(event.entry.evidence)),
        _section("*Reports*\n" + _lines_within(reports, SLACK_TEXT - 20)),
        _context(f"event #{event.id} · first seen {event.first_seen:%Y-%m-%d %H:%M} UTC"),
    ]
    return {"text": message["text"], "blocks": blocks}


def slack_subscriptions(subs: list[Subscription]) -> dict[str, Any]:
    """The channel's subscriptions as blocks."""
    if not subs:
        text = "This channel has no subscriptions. Add one with `/beachhead subscribe`."
        return {"text": text, "blocks": [_section(text)]}
    lines = [_subscription_line(s, escape_slack) for s in subs]
    return {
        "text": f"{len(subs)} subscriptions",
        "blocks": [_section("*Subscriptions posting here*\n" + _lines_within(lines, SLACK_TEXT))],
    }


def slack_subscribed(sub: Subscription) -> dict[str, Any]:
    """The confirmation of `/beachhead subscribe`."""
    text = (
        f"Subscribed (#{sub.id}): matching alerts will post in this channel.\n"
        + _subscription_line(sub, escape_slack)
    )
    return {"text": text, "blocks": [_section(text)]}


def slack_sources(sources: list[SourceState]) -> dict[str, Any]:
    """Every source with its health as blocks."""
    lines = [_source_line(s, escape_slack) for s in sources]
    body = _lines_within(lines, SLACK_TEXT - 40) or "No sources yet."
    return {"text": f"{len(sources)} sources", "blocks": [_section(f"*Sources*\n{body}")]}


def slack_status(status: Status) -> dict[str, Any]:
    """The service's health as blocks."""
    text = "\n".join(status_lines(status))
    return {"text": "Beachhead status", "blocks": [_section(f"*Beachhead status*\n{text}")]}


def slack_text(text: str) -> dict[str, Any]:
    """A one-line answer (confirmation or refusal) as blocks."""
    escaped = escape_slack(text)
    return {"text": escaped, "blocks": [_section(escaped)]}


SLACK_HELP = """*Beachhead* — AI companies entering new markets
`/beachhead entries company:OpenAI country:KR kind:office days:90` newest first, 10 a page
`/beachhead event 12` one event in full, with every report
`/beachhead subscriptions` what posts in this channel
`/beachhead subscribe company:Anthropic country:JP kind:office min_confidence:0.7` (admins)
`/beachhead unsubscribe 3` (admins)
`/beachhead sources` every feed and its health
`/beachhead sources add https://example.com/feed.xml name:"Example"` (admins)
`/beachhead sources remove 4` (admins)
`/beachhead status` uptime, sources polled, events found, deliveries
Values with spaces go in quotes: `company:"Google DeepMind"`. Every option is optional."""


def slack_help() -> dict[str, Any]:
    """What `/beachhead help` shows."""
    return {"text": "Beachhead help", "blocks": [_section(SLACK_HELP)]}
