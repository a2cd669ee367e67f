"""Loopback fakes of Discord's REST API and Slack's Web API and incoming webhooks.

They keep the messages they were sent (so a test can count what a channel shows), record
every request, enforce per-channel rate limits the way the platforms do (429 with
`retry_after` / `Retry-After`, and Discord's X-RateLimit headers), honour Discord's
`enforce_nonce`, and can be told to answer with a sequence of faults or to answer slowly.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.servers import discord_schema

BOT_USER = {
    "id": "1200000000000000001",
    "username": "beachhead",
    "discriminator": "0",
    "global_name": None,
    "avatar": None,
    "bot": True,
}
APPLICATION = {
    "id": "1200000000000000001",
    "name": "Beachhead",
    "description": "",
    "icon": None,
    "bot_public": False,
    "bot_require_code_grant": False,
    "owner": BOT_USER,
    "verify_key": "0" * 64,
    "flags": 0,
}
# Discord answers through Google's front end; discord.py treats a 429 without Via as a
# Cloudflare ban, so the fake says Via like the real thing.
DISCORD_HEADERS = {"Via": "1.1 google"}


def discord_json(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """JSON exactly as Discord sends it: discord.py compares the Content-Type verbatim."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={**DISCORD_HEADERS, **(headers or {}), "Content-Type": "application/json"},
    )


def discord_message(
    message_id: str,
    channel: str,
    payload: dict[str, Any],
    author: dict[str, Any],
    webhook_id: str | None = None,
) -> dict[str, Any]:
    """A message object as Discord returns it for what was posted."""
    return {
        "id": message_id,
        "type": 0,
        "channel_id": channel,
        "content": payload.get("content", ""),
        "embeds": payload.get("embeds", []),
        "components": payload.get("components", []),
        "author": author,
        "attachments": [],
        "mentions": [],
        "mention_roles": [],
        "pinned": False,
        "mention_everyone": False,
        "tts": False,
        "timestamp": "2025-05-26T06:00:00+00:00",
        "edited_timestamp": None,
        "flags": payload.get("flags", 0),
        "nonce": payload.get("nonce"),
        **({"webhook_id": webhook_id} if webhook_id else {}),
    }


@dataclass
class Received:
    path: str
    method: str
    body: Any
    query: dict[str, str]
    at: float = 0.0
    status: int = 0


@dataclass
class Posted:
    """A message as the channel shows it."""

    id: str
    body: dict[str, Any]
    nonce: str | None = None
    edits: int = 0
    metadata: dict[str, Any] | None = None


@dataclass
class Limit:
    """At most `count` requests per `seconds` per channel or webhook; more get a 429."""

    count: int
    seconds: float


@dataclass
class ChatAPI:
    """Discord REST (bot and webhooks), Slack Web API and incoming webhooks on one app."""

    received: list[Received] = field(default_factory=list)
    # path prefix → (status, body[, headers]) answered in order before the normal answer
    faults: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    # channel (Discord channel id, "webhook:ID", Slack channel id, "hook:PATH") → messages
    channels: dict[str, list[Posted]] = field(default_factory=lambda: defaultdict(list))
    # which key kinds are rate limited, and how hard
    limits: dict[str, Limit] = field(default_factory=dict)
    # how many 429s the rate limiter answered (a paced client should cause none)
    limited: int = 0
    # seconds to wait after storing a write and before answering it
    delay: float = 0.0
    # Discord bodies refused for breaking Discord's schema or limits: (route, problems)
    invalid_bodies: list[tuple[str, list[str]]] = field(default_factory=list)
    discord_token: str = "discord-bot-token-for-tests"
    slack_token: str = "xoxb-slack-token-for-tests"
    # Discord channels or Slack channels that answer 403 / 404
    forbidden: set[str] = field(default_factory=set)
    missing: set[str] = field(default_factory=set)
    _ids: itertools.count[int] = field(
        default_factory=lambda: itertools.count(1_300_000_000_000_000_000)
    )
    _hits: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))

    def app(self) -> web.Application:
        app = web.Application()
        r = app.router
        r.add_get("/api/v10/users/@me", self.discord_me)
        r.add_get("/api/v10/oauth2/applications/@me", self.discord_application)
        r.add_post("/api/v10/channels/{channel}/messages", self.discord_create)
        r.add_patch("/api/v10/channels/{channel}/messages/{message}", self.discord_edit)
        r.add_route("*", "/api/v10/webhooks/{id}/{token}", self.discord_webhook)
        r.add_route("*", "/api/v10/webhooks/{id}/{token}/messages/{message}", self.discord_webhook)
        r.add_post("/slack/api/chat.postMessage", self.slack_post)
        r.add_post("/slack/api/chat.update", self.slack_update)
        r.add_route("*", "/slack/api/conversations.history", self.slack_history)
        r.add_post("/services/{a}/{b}/{c}", self.slack_webhook)
        return app

    # helpers ---------------------------------------------------------------------------
    def fault(self, request: web.Request, discord: bool) -> web.Response | None:
        for prefix, queue in self.faults.items():
            if request.path.startswith(prefix) and queue:
                status, body, *rest = queue.pop(0)
                headers = dict(rest[0]) if rest else {}
                if status == 429:
                    headers.setdefault("Retry-After", "0")
                if isinstance(body, dict):
                    if discord:
                        return discord_json(body, status=status, headers=headers)
                    return web.json_response(body, status=status, headers=headers)
                return web.Response(status=status, text=str(body), headers=headers)
        return None

    def rate_limited(self, kind: str, key: str, discord: bool) -> web.Response | None:
        """Sliding-window limiter per key; None if the request may go through."""
        limit = self.limits.get(kind)
        if limit is None:
            return None
        now = time.monotonic()
        hits = self._hits[key]
        while hits and now - hits[0] >= limit.seconds:
            hits.popleft()
        if len(hits) >= limit.count:
            self.limited += 1
            wait = round(limit.seconds - (now - hits[0]), 3)
            if discord:
                return discord_json(
                    {
                        "message": "You are being rate limited.",
                        "retry_after": wait,
                        "global": False,
                    },
                    status=429,
                    headers={"Retry-After": str(max(1, round(wait))), "X-RateLimit-Scope": "user"},
                )
            return web.json_response(
                {"ok": False, "error": "ratelimited"},
                status=429,
                headers={"Retry-After": str(max(1, round(wait)))},
            )
        hits.append(now)
        return None

    def ratelimit_headers(self, kind: str, key: str) -> dict[str, str]:
        limit = self.limits.get(kind)
        if limit is None:
            return {}
        hits = self._hits[key]
        reset = limit.seconds - (time.monotonic() - hits[0]) if hits else limit.seconds
        return {
            "X-RateLimit-Limit": str(limit.count),
            "X-RateLimit-Remaining": str(max(0, limit.count - len(hits))),
            "X-RateLimit-Reset-After": f"{max(0.0, reset):.3f}",
            "X-RateLimit-Bucket": f"{kind}-bucket",
        }

    def record(self, request: web.Request, body: Any) -> Received:
        entry = Received(request.path, request.method, body, dict(request.query), time.monotonic())
        self.received.append(entry)
        return entry

    def check_body(self, route: str, body: Any) -> web.Response | None:
        return check_discord_body(self.invalid_bodies, route, body)

    def find(self, key: str, message_id: str) -> Posted | None:
        return next((m for m in self.channels.get(key, []) if m.id == message_id), None)

    # Discord bot -----------------------------------------------------------------------
    def discord_auth(self, request: web.Request) -> web.Response | None:
        if request.headers.get("Authorization") != f"Bot {self.discord_token}":
            return discord_json({"message": "401: Unauthorized", "code": 0}, status=401)
        return None

    async def discord_me(self, request: web.Request) -> web.Response:
        self.record(request, None)
        return self.discord_auth(request) or discord_json(BOT_USER)

    async def discord_application(self, request: web.Request) -> web.Response:
        self.record(request, None)
        return self.discord_auth(request) or discord_json(APPLICATION)

    def channel_problem(self, channel: str) -> web.Response | None:
        if channel in self.missing:
            return discord_json({"message": "Unknown Channel", "code": 10003}, status=404)
        if channel in self.forbidden:
            return discord_json({"message": "Missing Access", "code": 50001}, status=403)
        return None

    async def discord_create(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        entry = self.record(request, body)
        channel = request.match_info["channel"]
        answer = (
            self.discord_auth(request)
            or self.fault(request, True)
            or self.channel_problem(channel)
            or self.rate_limited("discord_channel", channel, True)
            or self.check_body("POST /channels/{channel_id}/messages", body)
        )
        if answer is not None:
            entry.status = answer.status
            return answer
        nonce = body.get("nonce")
        existing = next(
            (
                m
                for m in self.channels[channel]
                if nonce and body.get("enforce_nonce") and m.nonce == nonce
            ),
            None,
        )
        if existing is None:
            existing = Posted(str(next(self._ids)), body, nonce=nonce)
            self.channels[channel].append(existing)
        entry.status = 200
        if self.delay:
            await asyncio.sleep(self.delay)
        return discord_json(
            discord_message(existing.id, channel, existing.body, BOT_USER),
            headers=self.ratelimit_headers("discord_channel", channel),
        )

    async def discord_edit(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        entry = self.record(request, body)
        channel, message_id = request.match_info["channel"], request.match_info["message"]
        answer = (
            self.discord_auth(request)
            or self.fault(request, True)
            or self.channel_problem(channel)
            or self.rate_limited("discord_channel", channel, True)
            or self.check_body("PATCH /channels/{channel_id}/messages/{message_id}", body)
        )
        if answer is not None:
            entry.status = answer.status
            return answer
        message = self.find(channel, message_id)
        if message is None:
            entry.status = 404
            return discord_json({"message": "Unknown Message", "code": 10008}, status=404)
        message.body, message.edits = {**message.body, **body}, message.edits + 1
        entry.status = 200
        return discord_json(discord_message(message.id, channel, message.body, BOT_USER))

    # Discord webhooks ------------------------------------------------------------------
    async def discord_webhook(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        entry = self.record(request, body)
        hook = f"webhook:{request.match_info['id']}"
        route = (
            "POST /webhooks/{webhook_id}/{webhook_token}"
            if "message" not in request.match_info
            else "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"
        )
        answer = (
            self.fault(request, True)
            or self.rate_limited("discord_webhook", hook, True)
            or self.check_body(route, body)
        )
        if answer is not None:
            entry.status = answer.status
            return answer
        payload = body if isinstance(body, dict) else {}
        author = {
            **BOT_USER,
            "id": request.match_info["id"],
            "username": payload.get("username", "hook"),
        }
        message_id = request.match_info.get("message")
        if message_id is None:
            message = Posted(str(next(self._ids)), payload)
            self.channels[hook].append(message)
        else:
            found = self.find(hook, message_id)
            if found is None:
                entry.status = 404
                return discord_json({"message": "Unknown Message", "code": 10008}, status=404)
            message = found
            message.body, message.edits = {**message.body, **payload}, message.edits + 1
        entry.status = 200
        if self.delay:
            await asyncio.sleep(self.delay)
        return discord_json(
            discord_message(
                message.id, "1100000000000000001", message.body, author, request.match_info["id"]
            ),
            headers=self.ratelimit_headers("discord_webhook", hook),
        )

    # Slack Web API ---------------------------------------------------------------------
    def slack_problem(self, request: web.Request, args: dict[str, Any]) -> web.Response | None:
        if request.headers.get("Authorization") != f"Bearer {self.slack_token}":
            return web.json_response({"ok": False, "error": "invalid_auth"})
        channel = str(args.get("channel", ""))
        if channel in self.missing:
            return web.json_response({"ok": False, "error": "channel_not_found"})
        if channel in self.forbidden:
            return web.json_response({"ok": False, "error": "not_in_channel"})
        return None

    async def slack_post(self, request: web.Request) -> web.Response:
        args = await self._slack_args(request)
        entry = self.record(request, args)
        channel = str(args.get("channel", ""))
        answer = (
            self.slack_problem(request, args)
            or self.fault(request, False)
            or self.rate_limited("slack_channel", channel, False)
        )
        if answer is not None:
            entry.status = answer.status
            return answer
        ts = f"{time.time():.6f}"
        while any(m.id == ts for m in self.channels[channel]):
            ts = f"{float(ts) + 0.000001:.6f}"
        metadata = args.get("metadata")
        if isinstance(metadata, str):
            metadata = json.loads(metadata)
        self.channels[channel].append(Posted(ts, args, metadata=metadata))
        entry.status = 200
        if self.delay:
            await asyncio.sleep(self.delay)
        return web.json_response(
            {
                "ok": True,
                "channel": channel,
                "ts": ts,
                "message": {"text": args.get("text"), "ts": ts},
            }
        )

    async def slack_update(self, request: web.Request) -> web.Response:
        args = await self._slack_args(request)
        entry = self.record(request, args)
        channel = str(args.get("channel", ""))
        answer = self.slack_problem(request, args) or self.fault(request, False)
        if answer is not None:
            entry.status = answer.status
            return answer
        message = self.find(channel, str(args.get("ts")))
        if message is None:
            return web.json_response({"ok": False, "error": "message_not_found"})
        message.body, message.edits = {**message.body, **args}, message.edits + 1
        entry.status = 200
        return web.json_response({"ok": True, "channel": channel, "ts": message.id})

    async def slack_history(self, request: web.Request) -> web.Response:
        args = {**dict(request.query), **await self._slack_args(request)}
        self.record(request, args)
        channel = str(args.get("channel", ""))
        if (answer := self.slack_problem(request, args)) is not None:
            return answer
        oldest = float(args.get("oldest") or 0)
        limit = int(args.get("limit") or 100)
        start = int(args.get("cursor") or 0)
        newest_first = [m for m in reversed(self.channels[channel]) if float(m.id) >= oldest]
        page = newest_first[start : start + limit]
        with_metadata = str(args.get("include_all_metadata")).lower() in ("1", "true")
        messages = [
            {
                "type": "message",
                "ts": m.id,
                "text": m.body.get("text"),
                **({"metadata": m.metadata} if with_metadata and m.metadata else {}),
            }
            for m in page
        ]
        more = start + limit < len(newest_first)
        return web.json_response(
            {
                "ok": True,
                "messages": messages,
                "has_more": more,
                "response_metadata": {"next_cursor": str(start + limit) if more else ""},
            }
        )

    # Slack incoming webhooks -----------------------------------------------------------
    async def slack_webhook(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        entry = self.record(request, body)
        hook = f"hook:{request.path}"
        answer = self.fault(request, False) or self.rate_limited("slack_webhook", hook, False)
        if answer is not None:
            entry.status = answer.status
            return answer
        self.channels[hook].append(Posted(str(next(self._ids)), body))
        entry.status = 200
        if self.delay:
            await asyncio.sleep(self.delay)
        return web.Response(text="ok")

    # bodies ----------------------------------------------------------------------------
    @staticmethod
    async def _body(request: web.Request) -> Any:
        return await request_body(request)

    async def _slack_args(self, request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            return dict(await request.json())
        if request.method == "POST":
            return dict(await request.post())
        return {}

    # views for tests -------------------------------------------------------------------
    def discord_posts(self) -> list[Received]:
        return [r for r in self.received if r.path.startswith("/api/") and r.method == "POST"]

    def slack_posts(self) -> list[Received]:
        return [r for r in self.received if r.path.startswith("/services/")]

    def requests_to(self, fragment: str, method: str | None = None) -> list[Received]:
        return [
            r
            for r in self.received
            if fragment in r.path and (method is None or r.method == method)
        ]


async def request_body(request: web.Request) -> Any:
    """A request's JSON, also from discord.py's multipart `payload_json` form."""
    if request.content_type == "multipart/form-data":
        reader = await request.multipart()
        async for part in reader:
            if part.name == "payload_json":  # type: ignore[union-attr]
                return json.loads(await part.text())  # type: ignore[union-attr]
        return None
    text = await request.text()
    return json.loads(text) if text else None


def check_discord_body(
    invalid_bodies: list[tuple[str, list[str]]], route: str, body: Any
) -> web.Response | None:
    """Answer 400 Invalid Form Body (code 50035), as Discord does, to a body that breaks
    Discord's request schema or its limits; every refusal is kept for the test."""
    found = discord_schema.problems(route, body)
    if not found:
        return None
    invalid_bodies.append((route, found))
    return discord_json(
        {"message": "Invalid Form Body", "code": 50035, "errors": {"_errors": found}},
        status=400,
    )
