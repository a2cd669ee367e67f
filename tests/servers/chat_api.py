"""Loopback fakes of Discord's REST API (webhooks) and Slack incoming webhooks.

They record every request body and can be told to answer with a sequence of faults."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


def discord_json(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """JSON exactly as Discord sends it: discord.py compares the Content-Type verbatim."""
    return web.Response(
        body=json.dumps(data).encode(),
        status=status,
        headers={**(headers or {}), "Content-Type": "application/json"},
    )


@dataclass
class Received:
    path: str
    method: str
    body: Any
    query: dict[str, str]


@dataclass
class ChatAPI:
    """Discord webhook execute/edit and Slack incoming webhooks on one loopback app."""

    received: list[Received] = field(default_factory=list)
    # path prefix → list of (status, body) answered in order before succeeding
    faults: dict[str, list[tuple[int, Any]]] = field(default_factory=dict)
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
        return app

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
        self.received.append(Received(request.path, request.method, body, dict(request.query)))
        if (answer := self.fault(request)) is not None:
            return answer
        message_id = request.match_info.get("message") or str(next(self._ids))
        payload = body if isinstance(body, dict) else {}
        return discord_json(
            {
                "id": message_id,
                "type": 0,
                "channel_id": "1100000000000000001",
                "content": payload.get("content", ""),
                "embeds": payload.get("embeds", []),
                "author": {
                    "id": request.match_info["id"],
                    "username": payload.get("username", "hook"),
                    "discriminator": "0000",
                    "avatar": None,
                    "bot": True,
                },
                "attachments": [],
                "mentions": [],
                "mention_roles": [],
                "pinned": False,
                "mention_everyone": False,
                "tts": False,
                "timestamp": "2025-05-26T06:00:00+00:00",
                "edited_timestamp": None,
                "flags": 0,
                "webhook_id": request.match_info["id"],
            }
        )

    async def slack_webhook(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        self.received.append(Received(request.path, request.method, body, dict(request.query)))
        if (answer := self.fault(request)) is not None:
            return answer
        return web.Response(text="ok")

    @staticmethod
    async def _body(request: web.Request) -> Any:
        if request.content_type == "multipart/form-data":
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":  # type: ignore[union-attr]
                    return json.loads(await part.text())  # type: ignore[union-attr]
            return None
        text = await request.text()
        return json.loads(text) if text else None

    def discord_posts(self) -> list[Received]:
        return [r for r in self.received if r.path.startswith("/api/") and r.method == "POST"]

    def slack_posts(self) -> list[Received]:
        return [r for r in self.received if r.path.startswith("/services/")]
