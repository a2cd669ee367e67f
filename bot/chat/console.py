"""The console sink: readable alerts on stdout."""

from __future__ import annotations

import sys
from typing import TextIO

from bot.chat.render import console_text
from bot.models import Event, Subscription


class ConsoleSink:
    """Prints each alert as one block."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout

    async def send(self, event: Event, subscription: Subscription, delivery_id: int) -> str | None:
        """Print the alert; the console has no message ids."""
        self.stream.write(console_text(event) + "\n\n")
        self.stream.flush()
        return None
