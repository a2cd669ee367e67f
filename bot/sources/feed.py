"""Bytes → Articles: well-formed RSS 2.0 and Atom by expat (xmlfeed.py), anything else
RSS or Atom (RSS 1.0, damaged feeds) via feedparser, JSON Feed by hand; pure.

Never handed a URL or a path: feedparser would fetch or open it.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import feedparser

from bot.errors import FeedError
from bot.models import Article
from bot.sources.xmlfeed import from_struct_time, read_simple_feed

MAX_TITLE = 500
MAX_SUMMARY = 4_000
MAX_ITEMS = 500
MAX_URL = 2_000
MAX_KEY = 500
MAX_LANG = 35
# JSON is parsed by us: bound what json.loads is handed (fetches are capped far lower anyway).
MAX_JSON_BYTES = 20_000_000
# Dates outside this span are a feed's mistake (or a trap for date arithmetic), not news.
EARLIEST, LATEST = datetime(1990, 1, 1, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC)
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
# Aggregators' click-through links (host, path) that carry the article in `url=`.
CLICK_THROUGHS = frozenset({("google.com", "/url"), ("bing.com", "/news/apiclick.aspx")})
_DOCTYPE_START = re.compile(rb"<!DOCTYPE", re.IGNORECASE)
_DOCTYPE_SUBSET_END = re.compile(rb"\]\s*>")
# Not text of the story: scripts, styles, and figures with their captions, which many feeds
# (The Verge's, for one) put before the lede ("Image: … / Getty Images", "… seen in this
# illustration taken in Poland").
_DROP_BLOCKS = re.compile(
    r"<(script|style|figure|figcaption)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_TAG = re.compile(r"<[^>]{0,2000}>")
# A description cut off inside a tag ("… last year. <p id=\"5Q"): the fragment is no text.
_CUT_TAG = re.compile(r"<[A-Za-z/!][^<>]{0,2000}$")
_SPACE = re.compile(r"\s+")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Blog feeds end every description with a back-link to the site (WordPress with Yoast SEO by
# default: "The post <headline> appeared first on <site>.", and its translations). It is no
# part of the story, and the site's name can read as one: "ChatGPT Global News" as OpenAI,
# "Mexico News Daily" as the market.
_BACKLINK_START = re.compile(
    r"(?:The post|This post|L['’]article|Cet article|Der Beitrag|Der Artikel|La entrada|O post"
    r"|L['’]articolo) "
)
_BACKLINK_REST = re.compile(
    r".{1,600}? (?:appeared first on|first appeared on|est apparu en premier sur"
    r"|erschien zuerst auf|se publicó primero en|apareceu primeiro em|sembra essere il primo su"
    r"|proviene da) .{1,200}$",
    re.DOTALL,
)


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's title, its articles and, for a damaged feed, what was wrong."""

    title: str
    articles: list[Article]
    problem: str | None = None


def clean(text: str) -> str:
    """Text that can be stored and sent: no lone surrogates, no NULs or other C0 controls."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return _CONTROLS.sub(" ", text)


def plain_text(markup: str, limit: int) -> str:
    """HTML → one line of plain text: tags dropped, entities decoded, spaces folded."""
    text = _DROP_BLOCKS.sub(" ", markup[: limit * 4])
    text = html.unescape(_CUT_TAG.sub(" ", _TAG.sub(" ", text)))
    return _SPACE.sub(" ", clean(text)).strip()[:limit]


def strip_doctype(body: bytes) -> bytes:
    """The body without its `<!DOCTYPE …>`, internal subset and all, however long.

    feedparser defuses billion-laughs and external entities but still expands one large
    entity referenced many times (56 KB can become a 100-million-character title); a
    feed has no use for a DOCTYPE, so none reaches the parser."""
    start = _DOCTYPE_START.search(body, 0, 4096)
    if start is None:
        return body
    bracket, close = body.find(b"[", start.end()), body.find(b">", start.end())
    if close == -1:
        raise FeedError("unterminated <!DOCTYPE")
    if bracket != -1 and bracket < close:
        end = _DOCTYPE_SUBSET_END.search(body, bracket)
        if end is None:
            raise FeedError("unterminated <!DOCTYPE internal subset")
        return body[: start.start()] + body[end.end() :]
    return body[: start.start()] + body[close + 1 :]


def _url(value: object) -> str:
    """A link as we store it: an http(s) URL of sane length, canonical, else empty."""
    if not isinstance(value, str):
        return ""
    value = _click_through_target(clean(value.strip()))
    if len(value) > MAX_URL or not value.lower().startswith(("http://", "https://")):
        return ""
    try:
        return canonical_url(value)
    except ValueError:  # e.g. a port out of range, a broken IPv6 literal
        return ""


def _click_through_target(url: str) -> str:
    """The article an aggregator's click-through link leads to, else the link itself.

    Google Alerts links "https://www.google.com/url?rct=j&sa=t&url=<article>&ct=ga&…" and
    Bing News "http://www.bing.com/news/apiclick.aspx?ref=FexRss&…&url=<article>&…": kept
    as they are, every report would show google.com or bing.com as its outlet, and the
    same article reached through both would be two reports. Read, never fetched."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return url
    if (host, parts.path) not in CLICK_THROUGHS:
        return url
    target = dict(parse_qsl(parts.query)).get("url", "")
    return target if target.lower().startswith(("http://", "https://")) else url


def _in_range(moment: datetime | None) -> datetime | None:
    if moment is None:
        return None
    try:
        moment = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    except (OverflowError, ValueError):
        return None
    return moment if EARLIEST <= moment < LATEST else None


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


def _url_key(url: str) -> str:
    """A URL as identity: no scheme, no tracking parameters, so http→https is the same item.
    (A move to another host is caught by the store: same source, same title.)"""
    try:
        canonical = canonical_url(url)
    except ValueError:
        canonical = url
    rest = canonical.split("://", 1)[-1]
    return "url:" + rest[:MAX_KEY]


def article_key(
    guid: str | None, link: str | None, title: str, published: datetime | None = None
) -> str:
    """Stable identity: guid, else canonical link, else a hash of title and date.

    URL-shaped ids drop their scheme so an http→https change is not a new item;
    dates enter only the last fallback, so a re-dated item keeps its identity."""
    if guid and guid.strip():
        value = clean(guid.strip())
        if value.lower().startswith(("http://", "https://")):
            return _url_key(value)
        return "guid:" + value[:MAX_KEY]
    if link and link.strip():
        return _url_key(clean(link.strip()))
    day = published.date().isoformat() if published else ""
    digest = hashlib.sha256(f"{clean(title)}\n{day}".encode()).hexdigest()[:32]
    return "hash:" + digest


def parse_feed(body: bytes, *, source: str, content_type: str | None = None) -> ParsedFeed:
    """Parse feed bytes; raises FeedError when nothing usable is in them."""
    if not isinstance(body, bytes):
        # A str would be taken by feedparser as a URL to fetch or a file to open.
        raise TypeError("parse_feed takes the feed's bytes")
    if _is_json(body, content_type):
        return _parse_json_feed(body, source)
    try:
        cleaned = strip_doctype(body)
    except FeedError as exc:
        raise FeedError(f"{source}: {exc}") from None
    simple = read_simple_feed(cleaned, MAX_ITEMS)
    if simple is None:
        return parse_with_feedparser(cleaned, source)
    articles = [
        a
        for a in (
            _article(
                source,
                title_markup=item.title,
                link=item.link,
                summary_markup=item.summary,
                guid=item.guid,
                published=_in_range(item.published),
                lang=_lang(item.lang) or _lang(simple.lang),
                outlet=item.outlet,
            )
            for item in simple.items
        )
        if a
    ]
    return ParsedFeed(plain_text(simple.title, MAX_TITLE), articles)


def parse_with_feedparser(body: bytes, source: str) -> ParsedFeed:
    """Any RSS or Atom, damaged ones too (feedparser keeps what it can). `body` has no DOCTYPE."""
    # A stream, not bytes: feedparser opens bytes that name an existing file (b"/etc/passwd").
    try:
        parsed = feedparser.parse(
            io.BytesIO(body), sanitize_html=False, resolve_relative_uris=False
        )
    except (RecursionError, MemoryError, ValueError, LookupError) as exc:
        raise FeedError(f"{source}: unreadable feed ({type(exc).__name__})") from None
    problem = None
    if parsed.get("bozo"):
        problem = (
            f"{source}: damaged feed ({type(parsed.get('bozo_exception')).__name__}: "
            f"{str(parsed.get('bozo_exception'))[:200]})"
        )
    if not parsed.entries and (parsed.get("bozo") or not parsed.get("version")):
        raise FeedError(problem or f"{source}: not an RSS, Atom or JSON feed")
    lang = _lang(parsed.feed.get("language"))
    articles = [a for a in (_from_entry(e, source, lang) for e in parsed.entries[:MAX_ITEMS]) if a]
    title = plain_text(_str(parsed.feed.get("title")), MAX_TITLE)
    return ParsedFeed(title, articles, problem)


def _lang(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return clean(value.strip())[:MAX_LANG]


def _is_json(body: bytes, content_type: str | None) -> bool:
    if content_type and "json" in content_type:
        return True
    return body[:64].lstrip().startswith(b"{")


def _when(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        moment = from_struct_time(value) if value else None
        if moment is not None:
            return _in_range(moment)
    return None


def _from_entry(entry: Any, source: str, feed_lang: str | None) -> Article | None:
    summary_markup = _str(entry.get("summary"))
    if not summary_markup and entry.get("content"):
        summary_markup = _str(entry["content"][0].get("value"))
    return _article(
        source,
        title_markup=_str(entry.get("title")),
        link=_str(entry.get("link")),
        summary_markup=summary_markup,
        guid=_str(entry.get("id")),
        published=_when(entry),
        lang=_lang(entry.get("language")) or feed_lang,
        outlet=_str((entry.get("source") or {}).get("title")),
    )


def _article(
    source: str,
    *,
    title_markup: str,
    link: str,
    summary_markup: str,
    guid: str | None,
    published: datetime | None,
    lang: str | None,
    outlet: str = "",
) -> Article | None:
    """An item as an Article, whichever format it came in; None when it has no text."""
    title = plain_text(title_markup, MAX_TITLE)
    summary = _without_backlink(title, plain_text(summary_markup, MAX_SUMMARY))
    if outlet and summary:
        summary = _without_link_list(title, summary, plain_text(outlet, MAX_TITLE))
    if not title and not summary:
        return None
    url = _url(link)
    return Article(
        key=article_key(guid, url, title or summary[:120], published),
        url=url,
        title=title or summary[:120],
        summary=summary,
        published=published,
        lang=lang,
        source=source,
    )


def _without_backlink(title: str, summary: str) -> str:
    """A description without the site's closing back-link, which names the item's own
    headline: "The post <title> appeared first on <site>."."""
    for start in reversed(list(_BACKLINK_START.finditer(summary))):
        rest = summary[start.end() :]
        if rest.startswith(title) and _BACKLINK_REST.match(rest):
            return summary[: start.start()].rstrip()
    return summary


def _without_link_list(title: str, summary: str, outlet: str) -> str:
    """An aggregator item's description, unless it only repeats the headline beside the
    outlet's name (Google News: `<a>headline</a>&nbsp;<font>Outlet</font>`, or a list of
    such links): that is no lede, and "Times of India" or "South China Morning Post" in it
    would read as the story's market."""
    headline = title.removesuffix(outlet).rstrip(" -|–—")
    linked = summary.startswith(headline) and summary[len(headline) :].lstrip().startswith(outlet)
    return "" if headline and linked else summary


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _parse_json_feed(body: bytes, source: str) -> ParsedFeed:
    if len(body) > MAX_JSON_BYTES:
        raise FeedError(f"{source}: JSON feed over {MAX_JSON_BYTES} bytes")
    try:
        # Huge integers are refused by Python's digit limit (ValueError), huge floats become
        # inf, deep nesting raises RecursionError: each is this source's error, not a crash.
        data = json.loads(body)
    except (ValueError, RecursionError, MemoryError) as exc:
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
    raw_id = item.get("id")
    # JSON Feed ids are strings, but many feeds send numbers; both are the same id.
    guid = (
        str(raw_id)[:MAX_KEY]
        if isinstance(raw_id, str | int) and not isinstance(raw_id, bool)
        else None
    )
    published = None
    for key in ("date_published", "date_modified"):
        try:
            published = _in_range(datetime.fromisoformat(_text(item, key).replace("Z", "+00:00")))
        except ValueError:
            continue
        if published is not None:
            break
    return _article(
        source,
        title_markup=_text(item, "title"),
        link=_text(item, "url") or _text(item, "external_url"),
        summary_markup=(
            _text(item, "summary") or _text(item, "content_html") or _text(item, "content_text")
        ),
        guid=guid,
        published=published,
        lang=_lang(_text(item, "language")) or _lang(_text(feed, "language")),
    )
