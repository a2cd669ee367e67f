"""Discord sinks through discord.py; translators only, rendering lives in render.py."""

from __future__ import annotations

import aiohttp
import discord

from bot.chat.render import discord_embed
from bot.errors import DeliveryError
from bot.models import Event, Subscription, Target
from bot.targets import parse_target

PERMANENT = {401: "invalid webhook token", 403: "missing access", 404: "unknown webhook"}


class DiscordWebhookSink:
    """Executes Discord webhooks with discord.py's Webhook on the shared session."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def send(self, event: Event, subscription: Subscription, delivery_id: int) -> str | None:
        """Post the embed; allowed_mentions is empty so feed text pings nobody."""
        target: Target = parse_target(subscription.target)
        webhook = discord.Webhook.from_url(target.address, session=self.session)
        try:
            message = await webhook.send(
                embed=discord.Embed.from_dict(discord_embed(event)),
                username=subscription.username or "Beachhead",
                avatar_url=subscription.avatar_url or discord.utils.MISSING,
                allowed_mentions=discord.AllowedMentions.none(),
                wait=True,
            )
        except discord.HTTPException as exc:
            reason = PERMANENT.get(exc.status)
            if reason:
                raise DeliveryError(
                    f"{target.redacted}: {reason} (HTTP {exc.status})", permanent=True
                ) from None
            raise DeliveryError(f"{target.redacted}: HTTP {exc.status}") from None
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise DeliveryError(f"{target.redacted}: {type(exc).__name__}") from None
        return str(message.id)
