"""The HTTP session chat sinks share: guarded like feed fetches, and 429s handed to the outbox.

discord.py's webhook adapter sleeps for whatever `retry_after` Discord sends (two days, if
that is what it says) and slack_sdk has its own retry handlers. A client middleware turns
every 429 into a DeliveryError carrying the wait, before either library sees it, so the
outbox alone decides: wait in that target's lane when the wait is short, reschedule the
delivery when it is long. No other target waits either way.
"""

from __future__ import annotations

import json

import aiohttp
from aiohttp import ClientHandlerType, ClientMiddlewareType, ClientRequest, ClientResponse

from bot.config import NetworkSettings
from bot.errors import BlockedAddressError, DeliveryError
from bot.sources.fetch import USER_AGENT, GuardedResolver
from bot.sources.guard import Guard

# When a 429 names no wait at all, assume this many seconds rather than hammering.
DEFAULT_RETRY_AFTER = 5.0


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


def address_guard(guard: Guard) -> ClientMiddlewareType:
    """A middleware checking every request and redirect hop: a webhook URL is typed by a
    person, and an IP-literal host (169.254.169.254, [::ffff:10.0.0.1]) never reaches the
    resolver, so it is checked here."""

    async def check(request: ClientRequest, handler: ClientHandlerType) -> ClientResponse:
        try:
            guard.check_url(str(request.url))
        except BlockedAddressError as exc:
            raise DeliveryError(str(exc), permanent=True, scope="gone") from None
        return await handler(request)

    return check


def make_chat_session(network: NetworkSettings) -> aiohttp.ClientSession:
    """One session for webhooks and the Slack Web API: address guard, 429 middleware."""
    connector = aiohttp.TCPConnector(
        limit=network.max_connections,
        resolver=GuardedResolver(network.guard),
        ttl_dns_cache=300,
    )
    return aiohttp.ClientSession(
        connector=connector,
        headers={"User-Agent": USER_AGENT},
        timeout=aiohttp.ClientTimeout(total=network.timeout),
        middlewares=(address_guard(network.guard), rate_limits),
    )


def ambiguous(exc: BaseException) -> bool:
    """Could the request have reached the platform before this error? Only a failed connect
    proves it did not; a timeout or a dropped connection may follow a post that went through."""
    return not isinstance(exc, aiohttp.ClientConnectorError)
