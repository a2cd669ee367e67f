"""`beachhead scan`: fetch or read feeds, print what the detector finds, store nothing."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import TextIO

from bot.app import detector_for
from bot.config import Settings
from bot.errors import FeedError, FetchError
from bot.sources.feed import ParsedFeed, parse_feed
from bot.sources.fetch import Fetcher, make_session

log = logging.getLogger(__name__)


async def _load(source: str, fetcher: Fetcher) -> ParsedFeed:
    path = Path(source)
    if "://" not in source:
        try:
            body = await asyncio.to_thread(path.read_bytes)
            return parse_feed(body, source=path.name)
        except OSError as exc:
            raise FeedError(f"{source}: cannot read file: {exc.strerror}") from None
    fetched = await fetcher.fetch(source)
    return parse_feed(fetched.body or b"", source=source, content_type=fetched.content_type)


async def scan(settings: Settings, sources: list[str], *, as_json: bool, out: TextIO) -> int:
    """Print each detected entry; exit 1 only when every source failed."""
    detector = detector_for(settings)
    failures = 0
    found = 0
    async with make_session(settings.network) as session:
        fetcher = Fetcher(session, settings.network)
        for source in sources:
            try:
                feed = await _load(source, fetcher)
            except (FetchError, FeedError) as exc:
                failures += 1
                log.error("%s", exc)
                continue
            for article in feed.articles:
                entry = detector.detect(article)
                if entry is None:
                    continue
                found += 1
                if as_json:
                    record = {
                        "source": source,
                        "url": article.url,
                        "title": article.title,
                        "published": article.published.isoformat() if article.published else None,
                        **entry.model_dump(mode="json"),
                    }
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    out.write(
                        f"★ {entry.headline}  [{entry.kind}, {entry.confidence:.2f}]\n"
                        f"  {article.title}\n  {article.url}\n  evidence: {entry.evidence}\n\n"
                    )
            log.info("scanned: source=%s articles=%d", source, len(feed.articles))
    if not as_json:
        print(f"{found} market entr{'y' if found == 1 else 'ies'} found", file=out)
    return 1 if failures == len(sources) else 0
