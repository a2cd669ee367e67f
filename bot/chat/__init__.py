"""Chat delivery: rendering (pure), the outbox, and one sink module per platform."""

from __future__ import annotations

from typing import Protocol

from bot.models import Event, Subscription


class Sink(Protocol):
    """Posts an event to one platform; raises DeliveryError (permanent=True if hopeless)."""

    async def send(self, event: Event, subscription: Subscription, delivery_id: int) -> str | None:
        """Post the alert; returns the platform's message id when it gives one."""
