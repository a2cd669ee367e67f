"""Drain an outbox in a process of its own, wired like the app, so a test can kill -9 it.

python -m tests.chat.deliver_proc DB_PATH API_BASE_URL PACE_FACTOR
"""

from __future__ import annotations

import asyncio
import io
import sys
from pathlib import Path

from bot.app import chat_sinks, usable_platforms, utcnow
from bot.chat.outbox import PACES, Outbox, scaled
from bot.config import ChatSettings, NetworkSettings, Secrets, Settings
from bot.store.sqlite import open_store


async def deliver(db: Path, base: str, pace: float) -> int:
    settings = Settings(
        network=NetworkSettings(timeout=10, allowed_networks=["127.0.0.1/32"]),
        chat=ChatSettings(
            max_wait=5, discord_api_url=f"{base}/api/v10", slack_api_url=f"{base}/slack/api/"
        ),
    )
    secrets = Secrets()
    async with open_store(db) as store:
        platforms = usable_platforms(await store.subscriptions(), secrets)
        async with chat_sinks(settings, platforms, io.StringIO(), secrets) as sinks:
            outbox = Outbox(
                store, sinks, utcnow, max_wait=5, paces=scaled(PACES, pace), backoff_base=0.05
            )
            result = await outbox.drain()
    print(f"sent={result.sent} failed={result.failed} retried={result.retried}", flush=True)
    return 0 if result.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(deliver(Path(sys.argv[1]), sys.argv[2], float(sys.argv[3]))))
