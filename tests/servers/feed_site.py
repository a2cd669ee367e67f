"""A loopback site that plays feed publishers: conditional GET, redirects, faults; counts hits."""

from __future__ import annotations

import asyncio
import hashlib
from collections import Counter
from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class Page:
    body: bytes
    content_type: str = "application/rss+xml"
    etag: bool = True
    last_modified: str | None = "Mon, 26 May 2025 06:00:00 GMT"
    status: int = 200
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    # seconds between single bytes of the body: a server that never quite stops sending
    trickle: float = 0.0


class FeedSite:
    """Serves `pages` by path and records every request."""

    def __init__(self) -> None:
        self.pages: dict[str, Page] = {}
        self.hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self.user_agents: list[str] = []
        self.hosts: list[str] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.app = web.Application()
        self.app.router.add_route("GET", "/{path:.*}", self.handle)

    def add(self, path: str, body: bytes | str, **options: object) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.pages["/" + path.lstrip("/")] = Page(data, **options)  # type: ignore[arg-type]
        return "/" + path.lstrip("/")

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.hits[request.path] += 1
        self.user_agents.append(request.headers.get("User-Agent", ""))
        self.hosts.append(request.headers.get("Host", ""))
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            page = self.pages.get(request.path)
            if page is None:
                return web.Response(status=404, text="not found")
            if page.delay:
                await asyncio.sleep(page.delay)
            if page.status != 200:
                return web.Response(status=page.status, headers=page.headers, text="")
            etag = '"' + hashlib.sha1(page.body).hexdigest()[:16] + '"'
            headers = dict(page.headers)
            if page.etag:
                headers["ETag"] = etag
            if page.last_modified:
                headers["Last-Modified"] = page.last_modified
            unchanged = (page.etag and request.headers.get("If-None-Match") == etag) or (
                not page.etag
                and page.last_modified
                and request.headers.get("If-Modified-Since") == page.last_modified
            )
            if unchanged:
                self.not_modified[request.path] += 1
                return web.Response(status=304, headers=headers)
            if page.trickle:
                return await self.trickle(request, page, headers)
            return web.Response(body=page.body, content_type=page.content_type, headers=headers)
        finally:
            self.in_flight -= 1

    async def trickle(
        self, request: web.Request, page: Page, headers: dict[str, str]
    ) -> web.StreamResponse:
        response = web.StreamResponse(headers={**headers, "Content-Type": page.content_type})
        response.content_length = len(page.body)
        await response.prepare(request)
        for i in range(len(page.body)):
            await response.write(page.body[i : i + 1])
            await asyncio.sleep(page.trickle)
        await response.write_eof()
        return response
