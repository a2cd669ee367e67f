"""The console sink: readable alerts on stdout."""

from __future__ import annotations

import sys
from datetime import timedelta
from typing import TextIO

from bot.chat import Posted
from bot.chat.render import console_text
from bot.models import Delivery, Event, Subscription


class ConsoleSink:
    """Prints each alert as one block. Printed text cannot be edited: a report that joins
    later shows in `beachhead events`, not as a second block."""

    can_edit = False
    # A block printed twice after a crash is harmless on a terminal; always resend.
    dedupe_window: timedelta | None = timedelta.max

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    async def send(self, event: Event, subscription: Subscription, delivery: Delivery) -> Posted:
        """Print the alert; the console has no message ids."""
        self.stream.write(console_text(event) + "\n\n")
        self.stream.flush()
        return Posted()

    async def edit(self, event: Event, subscription: Subscription, delivery: Delivery) -> None:
        """Never called: can_edit is False."""

    async def aclose(self) -> None:
        """Nothing to release."""
