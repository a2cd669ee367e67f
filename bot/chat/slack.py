"""Slack sinks through slack_sdk; translators only, rendering lives in render.py.

`slack:CHANNEL_ID` posts with `chat.postMessage` as the bot (SLACK_BOT_TOKEN) and edits with
`chat.update`; each message carries the delivery id in its metadata, so after a crash the
sink finds a message it already posted instead of posting it again. `slack-webhook:URL`
posts to an incoming webhook, which cannot edit: a later report changes nothing there.
slack_sdk's own retry handlers are off (`retry_handlers=[]`): the outbox retries, and an
automatic resend after a dropped connection could post twice.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.chat import Posted
from bot.chat.http import ambiguous, retry_after_of
from bot.chat.render import slack_message
from bot.errors import DeliveryError
from bot.models import Delivery, Event, Subscription
from bot.targets import parse_target

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
METADATA_EVENT = "beachhead_alert"
# How far before the interrupted attempt to look back for a message it may have posted.
LOOKBACK = timedelta(minutes=5)
HISTORY_PAGES = 10

# Web API errors (`ok: false`) by what they stop.
PLATFORM_ERRORS = frozenset(
    {
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "missing_scope",
        "not_allowed_token_type",
        "team_access_not_granted",
        "ekm_access_denied",
    }
)
TARGET_ERRORS = frozenset(
    {"channel_not_found", "not_in_channel", "is_archived", "restricted_action"}
)
TRANSIENT_ERRORS = frozenset(
    {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
)
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


def api_error(exc: Exception) -> DeliveryError:
    """A slack_sdk or network error as a DeliveryError that says what to do next."""
    if isinstance(exc, DeliveryError):
        return exc
    if isinstance(exc, SlackApiError):
        status = exc.response.status_code
        data = exc.response.data if isinstance(exc.response.data, dict) else {}
        error = str(data.get("error") or f"HTTP {status}")
        if status == 429 or error == "ratelimited":
            wait = retry_after_of(dict(exc.response.headers), None)
            return DeliveryError(f"rate limited, retry after {wait:g} s", retry_after=wait)
        if error in PLATFORM_ERRORS:
            return DeliveryError(f"{error} (bot token refused)", permanent=True, scope="platform")
        if error in TARGET_ERRORS:
            return DeliveryError(error, permanent=True, scope="target")
        if status >= 500 or error in TRANSIENT_ERRORS:
            return DeliveryError(f"{error} (HTTP {status})")
        return DeliveryError(f"rejected: {error}", permanent=True, scope="delivery")
    if isinstance(exc, aiohttp.ClientError | TimeoutError | OSError | SlackClientError):
        return DeliveryError(type(exc).__name__, uncertain=ambiguous(exc))
    raise exc


class SlackBotSink:
    """chat.postMessage / chat.update with the bot token; metadata names the delivery."""

    can_edit = True
    # The sink looks its own message up by metadata, so a resend never repeats a post.
    dedupe_window: timedelta | None = timedelta.max

    def __init__(
        self, token: str, session: aiohttp.ClientSession, *, base_url: str = DEFAULT_API_URL
    ) -> None:
        self.client = AsyncWebClient(
            token=token, base_url=base_url, session=session, retry_handlers=[], timeout=30
        )

    @staticmethod
    def metadata(delivery: Delivery, event: Event) -> dict[str, Any]:
        """Message metadata naming the delivery, so a crash can be followed by a look-up."""
        return {
            "event_type": METADATA_EVENT,
            "event_payload": {"delivery_id": str(delivery.id), "event_id": str(event.id)},
        }

    async def _already_posted(self, channel: str, delivery: Delivery) -> Posted | None:
        """A message an interrupted attempt posted, found by its metadata; None if none.

        Needs the `channels:history` (or `groups:history`) scope; without it the look-up
        fails, is logged, and the delivery is resent (at most once, see the outbox)."""
        since = delivery.created_at
        cursor: str | None = None
        for _ in range(HISTORY_PAGES):
            try:
                response = await self.client.conversations_history(
                    channel=channel,
                    oldest=f"{since.timestamp() - LOOKBACK.total_seconds():.6f}" if since else None,
                    include_all_metadata=True,
                    limit=200,
                    cursor=cursor,
                )
            except Exception as exc:
                log.warning(
                    "could not check Slack for an earlier post: delivery=%s reason=%s",
                    delivery.id,
                    api_error(exc),
                )
                return None
            for message in response.get("messages") or []:
                payload = (message.get("metadata") or {}).get("event_payload") or {}
                if str(payload.get("delivery_id")) == str(delivery.id):
                    return Posted(str(message["ts"]), channel)
            cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
            if not cursor:
                break
        return None

    async def send(self, event: Event, subscription: Subscription, delivery: Delivery) -> Posted:
        """Post Block Kit with a text fallback; if an earlier attempt may have landed
        (`delivery.uncertain`), look for it first."""
        channel = parse_target(subscription.target).address
        if delivery.uncertain:
            found = await self._already_posted(channel, delivery)
            if found is not None:
                log.info("found the earlier post, not resending: delivery=%s", delivery.id)
                return found
        message = slack_message(event)
        try:
            response = await self.client.chat_postMessage(
                channel=channel,
                text=message["text"],
                blocks=message["blocks"],
                metadata=self.metadata(delivery, event),
                unfurl_links=False,
                unfurl_media=False,
            )
        except Exception as exc:
            raise api_error(exc) from None
        return Posted(str(response["ts"]), str(response.get("channel") or channel))

    async def edit(self, event: Event, subscription: Subscription, delivery: Delivery) -> None:
        """chat.update the posted message."""
        assert delivery.message_id is not None
        message = slack_message(event)
        try:
            await self.client.chat_update(
                channel=delivery.channel_id or parse_target(subscription.target).address,
                ts=delivery.message_id,
                text=message["text"],
                blocks=message["blocks"],
                metadata=self.metadata(delivery, event),
            )
        except Exception as exc:
            raise api_error(exc) from None

    async def aclose(self) -> None:
        """The session belongs to the caller."""


class SlackWebhookSink:
    """Posts Block Kit messages to Slack incoming webhooks (which cannot edit or dedupe)."""

    can_edit = False
    dedupe_window: timedelta | None = None

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def send(self, event: Event, subscription: Subscription, delivery: Delivery) -> Posted:
        """Post the message; incoming webhooks return no message id."""
        target = parse_target(subscription.target)
        client = AsyncWebhookClient(
            target.address, session=self.session, timeout=20, retry_handlers=[]
        )
        message = slack_message(event)
        try:
            response = await client.send(text=message["text"], blocks=message["blocks"])
        except DeliveryError:
            raise
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            raise DeliveryError(type(exc).__name__, uncertain=ambiguous(exc)) from None
        if response.status_code == 200:
            return Posted()
        body = (response.body or "")[:100]
        status = response.status_code
        if status in (404, 410) or body in ("no_service", "no_team", "team_disabled"):
            raise DeliveryError(
                f"webhook gone: HTTP {status} {body}".rstrip(), permanent=True, scope="gone"
            )
        if status in (400, 403) or body in PERMANENT_BODIES:
            scope = "delivery" if body == "invalid_payload" else "target"
            raise DeliveryError(f"HTTP {status} {body}".rstrip(), permanent=True, scope=scope)
        raise DeliveryError(f"HTTP {status} {body}".rstrip())

    async def edit(self, event: Event, subscription: Subscription, delivery: Delivery) -> None:
        """Incoming webhooks cannot edit; the outbox never asks (can_edit is False)."""
        raise DeliveryError(
            "Slack incoming webhooks cannot edit messages", permanent=True, scope="delivery"
        )

    async def aclose(self) -> None:
        """The session belongs to the caller."""
