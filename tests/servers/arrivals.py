"""What the fake chat servers share: a signal that a request arrived, for tests to wait on."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Arrivals:
    """Base of a fake server: `arrived()` on each request, `wait_until` in the test."""

    _arrived: asyncio.Event = field(default_factory=asyncio.Event, init=False, repr=False)

    def arrived(self) -> None:
        self._arrived.set()

    async def wait_until(self, done: Callable[[], object], seconds: float = 5) -> None:
        """Wait until `done()` holds after some request arrived; fail the test after `seconds`."""
        async with asyncio.timeout(seconds):
            while True:
                self._arrived.clear()
                if done():
                    return
                await self._arrived.wait()
