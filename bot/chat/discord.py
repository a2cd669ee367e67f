"""Discord sinks through discord.py; translators only, rendering lives in render.py.

`discord:CHANNEL_ID` posts as the bot user over the REST API (no gateway connection is
needed to post); `discord-webhook:URL` executes a webhook on the shared chat session.
Every send and edit carries `AllowedMentions.none()`, so feed text pings no one.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import aiohttp
import discord

from bot.chat import Posted
from bot.chat.http import InvalidBudget, ambiguous, retry_after_of
from bot.chat.render import discord_embed
from bot.errors import DeliveryError
from bot.models import Delivery, Event, Subscription
from bot.targets import parse_target

# Discord JSON error codes that change what a 4xx means.
UNKNOWN_CHANNEL, UNKNOWN_MESSAGE, UNKNOWN_WEBHOOK = 10003, 10008, 10015
# Discord drops a message whose nonce it saw from the same author "in the past few minutes".
NONCE_WINDOW = timedelta(minutes=2)


def nonce_for(delivery: Delivery) -> str:
    """The same nonce on every attempt of one delivery (Discord allows 25 characters)."""
    return f"bh{delivery.id}e{delivery.event_id}"[:25]


def translate(exc: Exception, *, bot: bool, editing: bool = False) -> DeliveryError:
    """A discord.py or network error as a DeliveryError that says what to do next."""
    if isinstance(exc, DeliveryError):
        return exc
    if isinstance(exc, discord.RateLimited):
        return DeliveryError(
            f"rate limited, retry after {exc.retry_after:g} s", retry_after=exc.retry_after
        )
    if isinstance(exc, discord.LoginFailure):
        return DeliveryError("invalid bot token (HTTP 401)", permanent=True, scope="platform")
    if isinstance(exc, discord.HTTPException):
        status, code = exc.status, exc.code
        detail = f"HTTP {status}" + (f", code {code}" if code else "")
        if status == 429:  # without a Via header: Cloudflare's limit, not Discord's
            wait = retry_after_of(dict(exc.response.headers), None)
            return DeliveryError(
                f"rate limited ({detail}), retry after {wait:g} s", retry_after=wait
            )
        if status == 401:
            if bot:
                return DeliveryError(
                    f"invalid bot token ({detail})", permanent=True, scope="platform"
                )
            return DeliveryError(f"invalid webhook token ({detail})", permanent=True, scope="gone")
        if status == 404 and code == UNKNOWN_MESSAGE and editing:
            return DeliveryError(
                f"posted message was deleted ({detail})", permanent=True, scope="delivery"
            )
        if status == 404:
            what = "unknown channel" if bot or code == UNKNOWN_CHANNEL else "unknown webhook"
            return DeliveryError(f"{what} ({detail})", permanent=True, scope="gone")
        if status == 403:
            return DeliveryError(f"missing access ({detail})", permanent=True, scope="target")
        if 400 <= status < 500:
            return DeliveryError(
                f"rejected: {exc.text[:200]} ({detail})", permanent=True, scope="delivery"
            )
        return DeliveryError(f"server error ({detail})")
    if isinstance(exc, aiohttp.ClientError | TimeoutError | OSError):
        return DeliveryError(type(exc).__name__, uncertain=ambiguous(exc))
    raise exc


class DiscordBotSink:
    """Posts to channels as the bot user (DISCORD_TOKEN), with a nonce per delivery."""

    can_edit = True
    dedupe_window: timedelta | None = NONCE_WINDOW

    def __init__(
        self, token: str, *, max_wait: float, invalid: InvalidBudget | None = None
    ) -> None:
        self._token = token
        # discord.py retries some 429s itself: count every answer where it arrives.
        budget = invalid or InvalidBudget()
        trace = aiohttp.TraceConfig()

        async def answered(
            session: aiohttp.ClientSession,
            context: object,
            params: aiohttp.TraceRequestEndParams,
        ) -> None:
            budget.count(params.response.status)

        trace.on_request_end.append(answered)
        # Waits longer than max_wait raise discord.RateLimited instead of sleeping.
        intents = discord.Intents.none()
        intents.guilds = True  # no gateway is opened; this only quiets a start-up warning
        self._client = discord.Client(
            intents=intents,
            allowed_mentions=discord.AllowedMentions.none(),
            max_ratelimit_timeout=max_wait,
            http_trace=trace,
        )
        self._login = asyncio.Lock()
        self._logged_in = False
        self._refused: DeliveryError | None = None

    async def _channel(self, channel_id: str) -> discord.PartialMessageable:
        """Log in once (REST only); a refused token is remembered, not retried per message."""
        async with self._login:
            if self._refused is not None:
                raise self._refused
            if not self._logged_in:
                try:
                    await self._client.login(self._token)
                except discord.LoginFailure as exc:
                    self._refused = translate(exc, bot=True)
                    raise self._refused from None
                self._logged_in = True
        return self._client.get_partial_messageable(int(channel_id))

    async def send(self, event: Event, subscription: Subscription, delivery: Delivery) -> Posted:
        """Post the embed; a resend reuses the nonce, so Discord drops a repeat."""
        try:
            channel = await self._channel(parse_target(subscription.target).address)
            message = await channel.send(
                embed=discord.Embed.from_dict(discord_embed(event)),
                allowed_mentions=discord.AllowedMentions.none(),
                nonce=nonce_for(delivery),
            )
        except Exception as exc:
            raise translate(exc, bot=True) from None
        return Posted(str(message.id), str(message.channel.id))

    async def edit(self, event: Event, subscription: Subscription, delivery: Delivery) -> None:
        """Rewrite the posted embed in place."""
        assert delivery.message_id is not None
        try:
            channel = await self._channel(
                delivery.channel_id or parse_target(subscription.target).address
            )
            await channel.get_partial_message(int(delivery.message_id)).edit(
                embed=discord.Embed.from_dict(discord_embed(event)),
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except Exception as exc:
            raise translate(exc, bot=True, editing=True) from None

    async def aclose(self) -> None:
        """Close discord.py's HTTP session."""
        await self._client.close()


class DiscordWebhookSink:
    """Executes Discord webhooks with discord.py's Webhook on the shared session."""

    can_edit = True
    dedupe_window: timedelta | None = None  # webhooks take no nonce

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    def _webhook(self, subscription: Subscription) -> discord.Webhook:
        target = parse_target(subscription.target)
        return discord.Webhook.from_url(target.address, session=self.session)

    async def send(self, event: Event, subscription: Subscription, delivery: Delivery) -> Posted:
        """Post the embed; allowed_mentions is empty so feed text pings nobody."""
        try:
            message = await self._webhook(subscription).send(
                embed=discord.Embed.from_dict(discord_embed(event)),
                username=subscription.username or "Beachhead",
                avatar_url=subscription.avatar_url or discord.utils.MISSING,
                allowed_mentions=discord.AllowedMentions.none(),
                wait=True,
            )
        except Exception as exc:
            raise translate(exc, bot=False) from None
        return Posted(str(message.id), str(message.channel.id) if message.channel else None)

    async def edit(self, event: Event, subscription: Subscription, delivery: Delivery) -> None:
        """Edit the webhook's own message in place."""
        assert delivery.message_id is not None
        try:
            await self._webhook(subscription).edit_message(
                int(delivery.message_id),
                embed=discord.Embed.from_dict(discord_embed(event)),
                allowed_mentions=discord.AllowedMentions.none(),
            )
        except Exception as exc:
            raise translate(exc, bot=False, editing=True) from None

    async def aclose(self) -> None:
        """The session belongs to the caller."""
