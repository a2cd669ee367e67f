"""Loopback fake of the Discord REST API a slash-command bot uses (login, command sync,
interaction callbacks, followups through webhooks); the delivery fakes are in chat_api.py.

It records every request body and can be told to answer with a sequence of faults."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.servers.arrivals import Arrivals
from tests.servers.chat_api import (
    Received,
    check_discord_body,
    discord_json,
    discord_message,
    request_body,
)

APP_ID = "1200000000000000001"
BOT_USER = {
    "id": APP_ID,
    "username": "Beachhead",
    "discriminator": "0",
    "global_name": None,
    "avatar": None,
    "bot": True,
}


@dataclass
class InteractionsAPI(Arrivals):
    """Discord's REST API (as the bot and its interactions use it) and Slack incoming webhooks
    on one loopback app."""

    received: list[Received] = field(default_factory=list)
    # ids of the messages interaction callbacks created, in order (buttons refer to them)
    answered_messages: list[str] = field(default_factory=list)
    # path prefix → list of (status, body) answered in order before succeeding
    faults: dict[str, list[tuple[int, Any]]] = field(default_factory=dict)
    # bodies refused for breaking Discord's request schema or limits: (route, problems)
    invalid_bodies: list[tuple[str, list[str]]] = field(default_factory=list)
    _ids: itertools.count = field(
        default_factory=lambda: itertools.count(1_300_000_000_000_000_000)
    )

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/api/v10/webhooks/{id}/{token}", self.discord_webhook)
        app.router.add_route(
            "*", "/api/v10/webhooks/{id}/{token}/messages/{message}", self.discord_webhook
        )
        app.router.add_post("/services/{a}/{b}/{c}", self.slack_webhook)
        app.router.add_get("/api/v10/users/@me", self.discord_me)
        app.router.add_get("/api/v10/oauth2/applications/@me", self.discord_application)
        app.router.add_put("/api/v10/applications/{app}/commands", self.discord_sync)
        app.router.add_put("/api/v10/applications/{app}/guilds/{guild}/commands", self.discord_sync)
        app.router.add_post("/api/v10/interactions/{id}/{token}/callback", self.discord_callback)
        return app

    def record(self, received: Received) -> None:
        self.received.append(received)
        self.arrived()

    async def discord_me(self, request: web.Request) -> web.Response:
        self.record(Received(request.path, request.method, None, dict(request.query)))
        return discord_json({**BOT_USER, "flags": 0, "mfa_enabled": False, "verified": True})

    async def discord_application(self, request: web.Request) -> web.Response:
        self.record(Received(request.path, request.method, None, dict(request.query)))
        return discord_json(
            {
                "id": APP_ID,
                "name": "Beachhead",
                "description": "",
                "icon": None,
                "bot_public": False,
                "bot_require_code_grant": False,
                "owner": {**BOT_USER, "id": "1200000000000000009", "bot": False},
                "verify_key": "0" * 64,
                "flags": 0,
                "interactions_endpoint_url": None,
            }
        )

    async def discord_sync(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        self.record(Received(request.path, request.method, body, dict(request.query)))
        guild = request.match_info.get("guild")
        return discord_json(
            [
                {
                    **command,
                    "id": str(next(self._ids)),
                    "application_id": request.match_info["app"],
                    "version": "1",
                    **({"guild_id": guild} if guild else {}),
                }
                for command in body
            ]
        )

    async def discord_callback(self, request: web.Request) -> web.Response:
        """Interaction responses: answered with the callback resource, as `with_response=1`."""
        body = await self._body(request)
        self.record(Received(request.path, request.method, body, dict(request.query)))
        route = "POST /interactions/{interaction_id}/{interaction_token}/callback"
        if (answer := self.fault(request) or self.check_body(route, body)) is not None:
            return answer
        kind = body["type"]
        message_id = str(next(self._ids))
        self.answered_messages.append(message_id)
        data = body.get("data") or {}
        interaction = {
            "id": request.match_info["id"],
            "type": 2,
            "response_message_id": message_id,
            "response_message_loading": kind == 5,
            "response_message_ephemeral": bool(data.get("flags", 0) & 64),
        }
        if kind not in (4, 5, 7):
            return discord_json({"interaction": interaction})
        resource = {"type": kind, "message": self.message(message_id, APP_ID, data)}
        return discord_json({"interaction": interaction, "resource": resource})

    def callbacks(self) -> list[Received]:
        return [r for r in self.received if r.path.endswith("/callback")]

    def followups(self) -> list[Received]:
        return [
            r
            for r in self.received
            if r.path.startswith(f"/api/v10/webhooks/{APP_ID}/") and r.method == "POST"
        ]

    def check_body(self, route: str, body: Any) -> web.Response | None:
        return check_discord_body(self.invalid_bodies, route, body)

    def fault(self, request: web.Request) -> web.Response | None:
        for prefix, queue in self.faults.items():
            if request.path.startswith(prefix) and queue:
                status, body = queue.pop(0)
                headers = {"Retry-After": "0"} if status == 429 else {}
                if isinstance(body, dict):
                    return discord_json(body, status=status, headers=headers)
                return web.Response(status=status, text=str(body), headers=headers)
        return None

    async def discord_webhook(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        self.record(Received(request.path, request.method, body, dict(request.query)))
        route = (
            "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}"
            if request.method == "PATCH"
            else "POST /webhooks/{webhook_id}/{webhook_token}"
        )
        checked = self.check_body(route, body) if request.method in ("POST", "PATCH") else None
        if (answer := self.fault(request) or checked) is not None:
            return answer
        message_id = request.match_info.get("message") or str(next(self._ids))
        if message_id == "@original":
            message_id = str(next(self._ids))
        payload = body if isinstance(body, dict) else {}
        return discord_json(self.message(message_id, request.match_info["id"], payload))

    @staticmethod
    def message(message_id: str, author_id: str, payload: dict[str, Any]) -> dict[str, Any]:
        """A message object as Discord returns it for what the app or a webhook posted."""
        author = {
            "id": author_id,
            "username": payload.get("username", "hook"),
            "discriminator": "0000",
            "avatar": None,
            "bot": True,
        }
        return discord_message(message_id, "1100000000000000001", payload, author, author_id)

    async def slack_webhook(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        self.record(Received(request.path, request.method, body, dict(request.query)))
        if (answer := self.fault(request)) is not None:
            return answer
        return web.Response(text="ok")

    @staticmethod
    async def _body(request: web.Request) -> Any:
        return await request_body(request)

    def discord_posts(self) -> list[Received]:
        return [r for r in self.received if r.path.startswith("/api/") and r.method == "POST"]

    def slack_posts(self) -> list[Received]:
        return [r for r in self.received if r.path.startswith("/services/")]
