"""Bytes → Articles: RSS 0.9x/1.0/2.0 and Atom via feedparser, JSON Feed by hand; pure.

Never handed a URL or a path: feedparser would fetch or open it.
"""

from __future__ import annotations

import calendar
import hashlib
import html
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser

from bot.errors import FeedError
from bot.models import Article

MAX_TITLE = 500
MAX_SUMMARY = 4_000
MAX_ITEMS = 500
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "msclkid",
        "mc_cid",
        "mc_eid",
        "igshid",
        "ref",
        "ref_src",
        "cmpid",
        "ocid",
        "smid",
        "guccounter",
        "guce_referrer",
        "guce_referrer_sig",
        "src",
        "rss",
        "feed",
        "cid",
        "partner",
        "ito",
        "taid",
        "CMP",
        "mbid",
        "_ga",
        "yclid",
    }
)
_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*(\[.*?\])?\s*>", re.IGNORECASE | re.DOTALL)
_DROP_BLOCKS = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,2000}>")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's title, its articles and, for a damaged feed, what was wrong."""

    title: str
    articles: list[Article]
    problem: str | None = None


def plain_text(markup: str, limit: int) -> str:
    """HTML → one line of plain text: tags dropped, entities decoded, spaces folded."""
    text = _DROP_BLOCKS.sub(" ", markup[: limit * 4])
    text = html.unescape(_TAG.sub(" ", text))
    return _SPACE.sub(" ", text).strip()[:limit]


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no fragment, no default port, no tracking parameters."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return url.strip()
    host = parts.hostname.lower()
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(("utm_", "at_", "pk_")) and k not in TRACKING_PARAMS
    ]
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", urlencode(query), ""))


def article_key(guid: str | None, link: str | None, title: str) -> str:
    """Stable identity: guid, else canonical link, else a hash of title and link.

    URL-shaped ids drop their scheme so an http→https change is not a new item."""
    if guid and guid.strip():
        value = guid.strip()
        if value.startswith(("http://", "https://")):
            return "url:" + canonical_url(value).split("://", 1)[1]
        return "guid:" + value[:500]
    if link and link.strip():
        return "url:" + canonical_url(link).split("://", 1)[-1]
    digest = hashlib.sha256(f"{title}\n{link or ''}".encode()).hexdigest()[:32]
    return "hash:" + digest


def parse_feed(body: bytes, *, source: str, content_type: str | None = None) -> ParsedFeed:
    """Parse feed bytes; raises FeedError when nothing usable is in them."""
    if _is_json(body, content_type):
        return _parse_json_feed(body, source)
    # feedparser defuses entity expansion only partly; a DOCTYPE has no business in a feed.
    cleaned = _DOCTYPE.sub(b"", body[:4096]) + body[4096:]
    parsed = feedparser.parse(cleaned, sanitize_html=False, resolve_relative_uris=False)
    problem = None
    if parsed.get("bozo"):
        problem = (
            f"{source}: damaged feed ({type(parsed.get('bozo_exception')).__name__}: "
            f"{str(parsed.get('bozo_exception'))[:200]})"
        )
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        raise FeedError(problem or f"{source}: not an RSS, Atom or JSON feed")
    lang = parsed.feed.get("language")
    articles = [a for a in (_from_entry(e, source, lang) for e in parsed.entries[:MAX_ITEMS]) if a]
    return ParsedFeed(plain_text(parsed.feed.get("title", ""), MAX_TITLE), articles, problem)


def _is_json(body: bytes, content_type: str | None) -> bool:
    if content_type and "json" in content_type:
        return True
    return body[:64].lstrip().startswith(b"{")


def _when(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), UTC)
    return None


def _from_entry(entry: Any, source: str, feed_lang: str | None) -> Article | None:
    title = plain_text(entry.get("title", ""), MAX_TITLE)
    link = entry.get("link") or ""
    summary_html = entry.get("summary") or ""
    if not summary_html and entry.get("content"):
        summary_html = entry["content"][0].get("value", "")
    summary = plain_text(summary_html, MAX_SUMMARY)
    if not title and not summary:
        return None
    return Article(
        key=article_key(entry.get("id"), link, title),
        url=canonical_url(link) if link else "",
        title=title or summary[:120],
        summary=summary,
        published=_when(entry),
        lang=(entry.get("language") or feed_lang or None),
        source=source,
    )


def _parse_json_feed(body: bytes, source: str) -> ParsedFeed:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise FeedError(f"{source}: not valid JSON ({type(exc).__name__})") from None
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith(
        "https://jsonfeed.org/version/"
    ):
        raise FeedError(f"{source}: JSON but not a JSON Feed (no jsonfeed.org version)")
    items = data.get("items")
    if not isinstance(items, list):
        raise FeedError(f"{source}: JSON Feed without an items list")
    articles = []
    for item in items[:MAX_ITEMS]:
        if isinstance(item, dict) and (article := _from_json_item(item, source, data)):
            articles.append(article)
    title = data.get("title")
    return ParsedFeed(plain_text(title if isinstance(title, str) else "", MAX_TITLE), articles)


def _text(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    return value if isinstance(value, str) else ""


def _from_json_item(item: dict[str, Any], source: str, feed: dict[str, Any]) -> Article | None:
    title = plain_text(_text(item, "title"), MAX_TITLE)
    summary_source = (
        _text(item, "summary") or _text(item, "content_html") or _text(item, "content_text")
    )
    summary = plain_text(summary_source, MAX_SUMMARY)
    if not title and not summary:
        return None
    link = _text(item, "url") or _text(item, "external_url")
    raw_id = item.get("id")
    guid = (
        str(raw_id)[:500]
        if isinstance(raw_id, str | int) and not isinstance(raw_id, bool)
        else None
    )
    published = None
    for key in ("date_published", "date_modified"):
        try:
            published = datetime.fromisoformat(_text(item, key).replace("Z", "+00:00"))
        except ValueError:
            continue
        published = published if published.tzinfo else published.replace(tzinfo=UTC)
        break
    lang = _text(item, "language") or _text(feed, "language") or None
    return Article(
        key=article_key(guid, link, title),
        url=canonical_url(link) if link else "",
        title=title or summary[:120],
        summary=summary,
        published=published,
        lang=lang,
        source=source,
    )
