"""Parse and check subscription targets; pure."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bot.models import Platform, Target

DISCORD_WEBHOOK = re.compile(
    r"^https://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/api(?:/v\d+)?/webhooks/\d{17,20}/[\w.-]{60,}$"
)
SLACK_CHANNEL = re.compile(r"^[CGD][A-Z0-9]{6,}$")
DISCORD_CHANNEL = re.compile(r"^\d{17,20}$")


def parse_target(text: str) -> Target:
    """Parse `platform[:address]`; raises ValueError with a reason a user can act on."""
    platform_name, _, address = text.strip().partition(":")
    try:
        platform = Platform(platform_name)
    except ValueError:
        known = ", ".join(p.value for p in Platform)
        raise ValueError(f"unknown target {platform_name!r}; use one of {known}") from None
    if platform is Platform.CONSOLE:
        if address:
            raise ValueError("'console' takes no address")
        return Target(platform=platform)
    if platform is Platform.DISCORD and not DISCORD_CHANNEL.match(address):
        raise ValueError(f"'discord:' needs a numeric channel id, got {address!r}")
    if platform is Platform.SLACK and not SLACK_CHANNEL.match(address):
        raise ValueError(f"'slack:' needs a channel id like C0123456789, got {address!r}")
    if platform is Platform.DISCORD_WEBHOOK and not DISCORD_WEBHOOK.match(address):
        raise ValueError(
            "'discord-webhook:' needs a URL like https://discord.com/api/webhooks/ID/TOKEN"
        )
    if platform is Platform.SLACK_WEBHOOK:
        parts = urlsplit(address)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("'slack-webhook:' needs an http(s) URL from Slack's Incoming Webhooks")
    return Target(platform=platform, address=address)
