"""Well-formed RSS 2.0 / 0.9x and Atom 1.0 read with the C XML parser; pure.

feedparser runs Python code for every element and was the largest share of a cold poll's CPU
(bench/README.md: a 30-item feed took it about 9 ms). Expat builds the same feed's tree in a
fraction of that. This module reads only what it recognises without doubt: XML that is not
well formed (an undeclared `&nbsp;`, a stray byte), another root element, or a date it cannot
read returns None, and feedparser, which also repairs damaged feeds, takes the body instead.
"""

from __future__ import annotations

import calendar
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from xml.etree.ElementTree import Element, ParseError, XMLParser

from feedparser.datetimes import _parse_date as feedparser_date

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


class NotSimple(Exception):
    """The feed needs feedparser: not well formed, or something this reader does not know."""


@dataclass(frozen=True)
class RawItem:
    """One item's fields as the feed has them (markup still in title and summary)."""

    title: str
    link: str
    summary: str
    guid: str
    published: datetime | None
    lang: str | None
    # RSS 2.0 <source>: the outlet an aggregator (Google News) took the item from.
    outlet: str = ""


@dataclass(frozen=True)
class RawFeed:
    """A feed's title, language and items."""

    title: str
    lang: str | None
    items: list[RawItem]


def read_simple_feed(body: bytes, max_items: int) -> RawFeed | None:
    """The feed's items, or None when feedparser should read it."""
    # Without a DOCTYPE no entity can be declared, so none can expand (billion laughs) or
    # point outside (XXE); feed.strip_doctype removes it, and any that is left is not ours.
    if b"<!DOCTYPE" in body:
        return None
    parser = XMLParser()  # noqa: S314 - no DOCTYPE, see above
    try:
        parser.feed(body)
        root = parser.close()
    except (ParseError, ValueError, LookupError):  # LookupError: an encoding expat lacks
        return None
    try:
        if root.tag == "rss":
            return _rss(root, max_items)
        if root.tag == f"{ATOM}feed":
            return _atom(root, max_items)
    except NotSimple:
        return None
    return None


def _rss(root: Element, max_items: int) -> RawFeed:
    channel = root.find("channel")
    if channel is None:
        raise NotSimple
    feed_lang = _text(channel.find("language")) or _text(channel.find(f"{DC}language")) or None
    items: list[RawItem] = []
    for item in channel.iterfind("item"):
        if len(items) == max_items:
            break
        guid_element = item.find("guid")
        guid = _text(guid_element)
        link = _text(item.find("link"))
        # RSS 2.0: a guid is the item's permalink unless it says isPermaLink="false".
        if (
            not link
            and guid
            and (guid_element is not None)
            and (guid_element.get("isPermaLink", "true").lower() != "false")
        ):
            link = guid
        summary = _text(item.find("description")) or _text(item.find(f"{CONTENT}encoded"))
        items.append(
            RawItem(
                title=_text(item.find("title")),
                link=link,
                summary=summary,
                guid=guid,
                published=_date(item, ("pubDate", f"{DC}date")),
                lang=_text(item.find(f"{DC}language")) or None,
                outlet=_text(item.find("source")),
            )
        )
    return RawFeed(_text(channel.find("title")), feed_lang, items)


def _atom(root: Element, max_items: int) -> RawFeed:
    feed_lang = root.get(XML_LANG) or None
    items: list[RawItem] = []
    for entry in root.iterfind(f"{ATOM}entry"):
        if len(items) == max_items:
            break
        summary = _atom_text(entry.find(f"{ATOM}summary")) or _atom_text(
            entry.find(f"{ATOM}content")
        )
        items.append(
            RawItem(
                title=_atom_text(entry.find(f"{ATOM}title")),
                link=_atom_link(entry),
                summary=summary,
                guid=_text(entry.find(f"{ATOM}id")),
                published=_date(entry, (f"{ATOM}published", f"{ATOM}updated")),
                lang=entry.get(XML_LANG) or None,
            )
        )
    return RawFeed(_atom_text(root.find(f"{ATOM}title")), feed_lang, items)


def _text(element: Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _atom_text(element: Element | None) -> str:
    """Atom text constructs: text and html carry a string; xhtml carries elements."""
    if element is None:
        return ""
    if element.get("type") == "xhtml":
        return " ".join("".join(element.itertext()).split())
    if len(element):  # markup as child elements without type="xhtml": not for us
        raise NotSimple
    return (element.text or "").strip()


def _atom_link(entry: Element) -> str:
    for link in entry.iterfind(f"{ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href", "").strip()
    return ""


def _date(item: Element, names: tuple[str, ...]) -> datetime | None:
    """The first date the item gives; feedparser's date reader for the odd formats."""
    for name in names:
        value = _text(item.find(name))
        if not value:
            continue
        try:
            if value[:4].isdigit():
                moment = datetime.fromisoformat(value)
            else:
                moment = parsedate_to_datetime(value)
        except (ValueError, TypeError, IndexError):
            parsed = feedparser_date(value)
            found = None if parsed is None else from_struct_time(parsed)
            if found is None:
                continue
            moment = found
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return None


def from_struct_time(value: time.struct_time) -> datetime | None:
    """A UTC time.struct_time (feedparser's dates) as an aware datetime; None if out of range."""
    try:
        return datetime.fromtimestamp(calendar.timegm(value), UTC)
    except (OverflowError, ValueError, OSError):
        return None
