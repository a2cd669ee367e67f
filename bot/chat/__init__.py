"""Chat delivery: rendering (pure), the outbox, and one sink module per platform."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Protocol

from bot.models import Delivery, Event, Subscription


@dataclass(frozen=True)
class Posted:
    """Where a message landed: the platform's message id and channel, when it gives them."""

    message_id: str | None = None
    channel_id: str | None = None


class Sink(Protocol):
    """Posts and edits alerts on one platform; raises DeliveryError when it cannot."""

    # Can a posted message be changed later (to add reports that arrived after it)?
    can_edit: bool
    # How long after an interrupted attempt a resend is known not to duplicate it: Discord
    # drops a repeated nonce for a few minutes; Slack's bot sink finds its own message by
    # metadata at any age. None: the platform offers no way, a resend may duplicate.
    dedupe_window: timedelta | None

    async def send(self, event: Event, subscription: Subscription, delivery: Delivery) -> Posted:
        """Post the alert. `delivery.uncertain` counts earlier attempts that may already have
        posted it; a sink that can find or dedupe such a post must not repeat it."""

    async def edit(self, event: Event, subscription: Subscription, delivery: Delivery) -> None:
        """Rewrite the posted message (`delivery.message_id`) to show the event as it is now."""

    async def aclose(self) -> None:
        """Release connections and logins."""
