"""A loopback Slack Web API (auth.test, users.info, usergroups.users.list, Socket Mode's
apps.connections.open and its WebSocket) plus response_url endpoints; records every call."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.servers.arrivals import Arrivals

TEAM = "T0BEACHHD"
BOT_USER = "U0BOTUSER"


@dataclass
class SlackCall:
    path: str
    form: dict[str, Any]


@dataclass
class SlackAPI(Arrivals):
    admins: set[str] = field(default_factory=set)
    groups: dict[str, list[str]] = field(default_factory=dict)
    users_info_delay: float = 0.0
    calls: list[SlackCall] = field(default_factory=list)
    responses: list[dict[str, Any]] = field(default_factory=list)
    # Socket Mode: envelopes to push once a client connects, and what it sent back.
    envelopes: list[dict[str, Any]] = field(default_factory=list)
    socket_acks: list[dict[str, Any]] = field(default_factory=list)

    def app(self) -> web.Application:
        app = web.Application()
        # slack_sdk sends some methods as GET with a query, others as POST with a form
        app.router.add_route("*", "/api/auth.test", self.auth_test)
        app.router.add_route("*", "/api/users.info", self.users_info)
        app.router.add_route("*", "/api/usergroups.users.list", self.usergroup_users)
        app.router.add_route("*", "/api/apps.connections.open", self.connections_open)
        app.router.add_get("/socket", self.socket)
        app.router.add_post("/response/{id}", self.response_url)
        return app

    async def _form(self, request: web.Request) -> dict[str, Any]:
        data: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            data |= await request.json()
        elif request.method == "POST":
            data |= dict(await request.post())
        self.calls.append(SlackCall(request.path, data))
        self.arrived()
        return data

    def called(self, method: str) -> list[SlackCall]:
        return [c for c in self.calls if c.path == f"/api/{method}"]

    async def auth_test(self, request: web.Request) -> web.Response:
        await self._form(request)
        return web.json_response(
            {
                "ok": True,
                "url": "https://beachhead.slack.com/",
                "team": "Beachhead",
                "user": "beachhead",
                "team_id": TEAM,
                "user_id": BOT_USER,
                "bot_id": "B0BEACHHD",
                "is_enterprise_install": False,
            }
        )

    async def users_info(self, request: web.Request) -> web.Response:
        form = await self._form(request)
        await asyncio.sleep(self.users_info_delay)
        user = form["user"]
        admin = user in self.admins
        return web.json_response(
            {
                "ok": True,
                "user": {
                    "id": user,
                    "team_id": TEAM,
                    "name": f"user-{user}",
                    "is_admin": admin,
                    "is_owner": False,
                    "is_primary_owner": False,
                    "is_bot": False,
                },
            }
        )

    async def usergroup_users(self, request: web.Request) -> web.Response:
        form = await self._form(request)
        group = form["usergroup"]
        if group not in self.groups:
            return web.json_response({"ok": False, "error": "no_such_subteam"})
        return web.json_response({"ok": True, "users": self.groups[group]})

    async def response_url(self, request: web.Request) -> web.Response:
        self.responses.append(await request.json())
        self.arrived()
        return web.Response(text="ok")

    async def connections_open(self, request: web.Request) -> web.Response:
        await self._form(request)
        url = str(request.url.with_path("/socket").with_query(None)).replace("http", "ws", 1)
        return web.json_response({"ok": True, "url": url})

    async def socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"type": "hello", "num_connections": 1, "debug_info": {}})
        for envelope in self.envelopes:
            await ws.send_json(envelope)
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                self.socket_acks.append(json.loads(message.data))
                self.arrived()
        return ws
