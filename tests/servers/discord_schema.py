"""Discord's own request schemas, checked on every body the loopback Discord receives.

The schemas are an extract of Discord's OpenAPI spec (`shared/specs/discord-requests.json`, its
`source` field says which commit; MIT, see the LICENSE beside the vendored copy in
tests/data/specs/). The shared copy is used when the checkout sits next to it, else the
vendored one. Limits the spec leaves out are checked too: 6,000 characters across all embeds
of a message and 2,000 for `content`.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker

VENDORED = Path(__file__).resolve().parents[1] / "data" / "specs" / "discord-requests.json"
EMBEDS_TOTAL, CONTENT = 6_000, 2_000


def shared_spec() -> Path | None:
    """`shared/specs/discord-requests.json` beside the checkout (or beside a parent of it)."""
    for folder in Path(__file__).resolve().parents[2:]:
        candidate = folder / "shared" / "specs" / "discord-requests.json"
        if candidate.exists():
            return candidate
    return None


@cache
def spec() -> dict[str, Any]:
    return json.loads((shared_spec() or VENDORED).read_text(encoding="utf-8"))


formats = FormatChecker()


@formats.checks("uri", raises=ValueError)
def _uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme and (parts.netloc or parts.scheme == "attachment"))


@formats.checks("date-time", raises=ValueError)
def _date_time(value: object) -> bool:
    if isinstance(value, str):
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    return True


@cache
def validator(route: str) -> Draft202012Validator:
    """The JSON body validator of one route, e.g. 'POST /channels/{channel_id}/messages'."""
    body = spec()["request_bodies"][route]["application/json"]
    return Draft202012Validator(
        {**body, "components": spec()["components"]}, format_checker=formats
    )


def _chars(value: Any) -> int:
    return len(value) if isinstance(value, str) else 0


def embed_characters(embed: dict[str, Any]) -> int:
    """Characters Discord counts toward the 6,000 per message."""
    total = _chars(embed.get("title")) + _chars(embed.get("description"))
    for part, key in (("footer", "text"), ("author", "name")):
        inner = embed.get(part)
        total += _chars(inner.get(key)) if isinstance(inner, dict) else 0
    fields = embed.get("fields")
    for field in fields if isinstance(fields, list) else []:
        if isinstance(field, dict):
            total += _chars(field.get("name")) + _chars(field.get("value"))
    return total


def problems(route: str, body: Any) -> list[str]:
    """What Discord would refuse in `body` sent to `route`; empty when it is valid."""
    found = [
        f"{'/'.join(map(str, e.absolute_path)) or '(body)'}: {e.message[:200]}"
        for e in validator(route).iter_errors(body)
    ]
    if isinstance(body, dict):
        embeds = body.get("embeds") or []
        total = sum(embed_characters(e) for e in embeds if isinstance(e, dict))
        if total > EMBEDS_TOTAL:
            found.append(f"embeds: {total} characters, over {EMBEDS_TOTAL}")
        content = body.get("content")
        if isinstance(content, str) and len(content) > CONTENT:
            found.append(f"content: {len(content)} characters, over {CONTENT}")
    return found
