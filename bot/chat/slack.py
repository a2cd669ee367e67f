"""Slack sinks through slack_sdk; translators only, rendering lives in render.py."""

from __future__ import annotations

import aiohttp
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.chat.render import slack_message
from bot.errors import DeliveryError
from bot.models import Event, Subscription
from bot.targets import parse_target

# Incoming-webhook answers that no retry can fix.
PERMANENT_BODIES = (
    "no_service",
    "invalid_token",
    "channel_not_found",
    "channel_is_archived",
    "action_prohibited",
    "no_team",
    "team_disabled",
    "invalid_payload",
)


class SlackWebhookSink:
    """Posts Block Kit messages to Slack incoming webhooks."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def send(self, event: Event, subscription: Subscription, delivery_id: int) -> str | None:
        """Post the message; incoming webhooks return no message id."""
        target = parse_target(subscription.target)
        client = AsyncWebhookClient(target.address, session=self.session, timeout=20)
        message = slack_message(event)
        try:
            response = await client.send(text=message["text"], blocks=message["blocks"])
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise DeliveryError(f"{target.redacted}: {type(exc).__name__}") from None
        if response.status_code == 200:
            return None
        body = (response.body or "")[:100]
        permanent = response.status_code in (400, 403, 404, 410) or body in PERMANENT_BODIES
        raise DeliveryError(
            f"{target.redacted}: HTTP {response.status_code} {body}".rstrip(), permanent=permanent
        )
