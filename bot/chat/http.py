"""The HTTP session chat sinks share: guarded like feed fetches, and 429s handed to the outbox.

discord.py's webhook adapter sleeps for whatever `retry_after` Discord sends (two days, if
that is what it says) and slack_sdk has its own retry handlers. A client middleware turns
every 429 into a DeliveryError carrying the wait, before either library sees it, so the
outbox alone decides: wait in that target's lane when the wait is short, reschedule the
delivery when it is long. No other target waits either way.
"""

from __future__ import annotations

import json
import re
import time
from collections import deque
from collections.abc import Callable

import aiohttp
from aiohttp import ClientHandlerType, ClientMiddlewareType, ClientRequest, ClientResponse

from bot.config import NetworkSettings
from bot.errors import BlockedAddressError, DeliveryError
from bot.sources.fetch import USER_AGENT, GuardedResolver
from bot.sources.guard import Guard

# When a 429 names no wait at all, assume this many seconds rather than hammering.
DEFAULT_RETRY_AFTER = 5.0
# Answers Discord counts toward banning an address (10,000 in 10 minutes).
INVALID_STATUSES = frozenset({401, 403, 429})
DISCORD_PATH = re.compile(r"^/api/v\d+/")


def retry_after_of(headers: dict[str, str], body: object) -> float:
    """The wait a 429 asks for: Discord's JSON `retry_after`, else `Retry-After` (seconds)."""
    waits: list[float] = []
    if isinstance(body, dict) and isinstance(body.get("retry_after"), int | float):
        waits.append(float(body["retry_after"]))
    for name in ("Retry-After", "X-RateLimit-Reset-After"):
        try:
            waits.append(float(headers.get(name, "")))
        except ValueError:
            continue
    return max(waits) if waits else DEFAULT_RETRY_AFTER


async def rate_limits(request: ClientRequest, handler: ClientHandlerType) -> ClientResponse:
    """Raise a DeliveryError with the platform's wait on every 429 (never retried in place)."""
    response = await handler(request)
    if response.status != 429:
        return response
    try:
        body: object = json.loads(await response.text())
    except (ValueError, UnicodeDecodeError):
        body = None
    finally:
        response.release()
    wait = retry_after_of(dict(response.headers), body)
    scope = "global" if isinstance(body, dict) and body.get("global") else "route"
    raise DeliveryError(
        f"rate limited ({scope}, HTTP 429), retry after {wait:g} s", retry_after=wait
    )


class InvalidBudget:
    """Discord bans an address that makes 10,000 invalid requests (401, 403, 429) in ten
    minutes, bot and webhooks together. Both HTTP paths to Discord count such answers here
    (every attempt, discord.py's own retries included), in a sliding window; once `limit` is
    spent the outbox sends nothing more to Discord until the window frees one. The default
    500 is 5 % of the ban line."""

    def __init__(
        self,
        limit: int = 500,
        window: float = 600.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.window = window
        self.monotonic = monotonic
        self.spent: deque[float] = deque()
        self.total = 0

    def _expire(self) -> None:
        now = self.monotonic()
        while self.spent and now - self.spent[0] >= self.window:
            self.spent.popleft()

    def spend(self) -> None:
        """One invalid request was made."""
        self.spent.append(self.monotonic())
        self.total += 1

    def wait(self) -> float:
        """Seconds until another request may be risked; 0 while budget is left."""
        self._expire()
        if len(self.spent) < self.limit:
            return 0.0
        return self.spent[-self.limit] + self.window - self.monotonic()

    def count(self, status: int) -> None:
        """Count a Discord answer if it is one Discord holds against us."""
        if status in INVALID_STATUSES:
            self.spend()


def invalid_counter(invalid: InvalidBudget) -> ClientMiddlewareType:
    """A middleware counting Discord's 401, 403 and 429 answers (webhook requests)."""

    async def count(request: ClientRequest, handler: ClientHandlerType) -> ClientResponse:
        response = await handler(request)
        if DISCORD_PATH.match(request.url.path):
            invalid.count(response.status)
        return response

    return count


def address_guard(guard: Guard) -> ClientMiddlewareType:
    """A middleware checking every request and redirect hop: a webhook URL is typed by a
    person, and an IP-literal host (169.254.169.254, [::ffff:10.0.0.1]) never reaches the
    resolver, so it is checked here."""

    async def check(request: ClientRequest, handler: ClientHandlerType) -> ClientResponse:
        try:
            guard.check_url(str(request.url))
        except BlockedAddressError:
            # The URL is a credential: name only its host.
            raise DeliveryError(
                f"refused: {request.url.host} is a private or reserved address",
                permanent=True,
                scope="gone",
            ) from None
        return await handler(request)

    return check


def make_chat_session(
    network: NetworkSettings, invalid: InvalidBudget | None = None
) -> aiohttp.ClientSession:
    """One session for webhooks and the Slack Web API: address guard, Discord's invalid
    requests counted in `invalid`, 429 middleware."""
    connector = aiohttp.TCPConnector(
        limit=network.max_connections,
        resolver=GuardedResolver(network.guard),
        ttl_dns_cache=300,
    )
    return aiohttp.ClientSession(
        connector=connector,
        headers={"User-Agent": USER_AGENT},
        timeout=aiohttp.ClientTimeout(total=network.timeout),
        # Outermost first: the guard sees each hop before anything is sent; the counter sits
        # next to the request so it sees every answer before rate_limits turns a 429 into an
        # exception.
        middlewares=(
            address_guard(network.guard),
            rate_limits,
            invalid_counter(invalid or InvalidBudget()),
        ),
    )


def ambiguous(exc: BaseException) -> bool:
    """Could the request have reached the platform before this error? Only a failed connect
    proves it did not; a timeout or a dropped connection may follow a post that went through."""
    return not isinstance(exc, aiohttp.ClientConnectorError)
