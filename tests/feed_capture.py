"""Real feed entries as a public capture stored them (tests/data/README.md, "Feed capture"),
read through Beachhead's own feed parser: what the detector sees from live traffic."""

from __future__ import annotations

import gzip
import html
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from bot.classify import parse_published
from bot.models import Article
from bot.sources.feed import parse_feed

CAPTURES = sorted((Path(__file__).parent / "data").glob("feed_capture_*.jsonl.gz"))


def captured_articles(paths: Iterable[Path] = CAPTURES) -> Iterator[Article]:
    """Each captured entry as one RSS 2.0 item through `parse_feed`, dated as captured."""
    for path in paths:
        yield from _articles(path)


def _articles(path: Path) -> Iterator[Article]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            entry = json.loads(line)
            item = (
                f"<title>{html.escape(entry['title'])}</title>"
                f"<link>{html.escape(entry['link'])}</link>"
                f"<description>{html.escape(entry['description'])}</description>"
            )
            body = (
                f"<rss version='2.0'><channel><title>c</title><item>{item}</item></channel></rss>"
            )
            for article in parse_feed(body.encode(), source=entry["capture"]).articles:
                yield article.model_copy(update={"published": parse_published(entry["published"])})
