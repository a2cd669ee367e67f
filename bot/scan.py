"""`beachhead scan`: fetch or read feeds, print what the detector finds, store nothing."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import TextIO

from bot.config import Settings
from bot.detect import Detector, build_detector
from bot.errors import FeedError, FetchError
from bot.logs import fields
from bot.progress import Progress
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


def _render(source: str, feed: ParsedFeed, detector: Detector, *, as_json: bool) -> list[str]:
    """The output for one feed: one block (or JSON line) per detected entry."""
    lines = []
    for article in feed.articles:
        entry = detector.detect(article)
        if entry is None:
            continue
        if as_json:
            record = {
                "source": source,
                "url": article.url,
                "title": article.title,
                "published": article.published.isoformat() if article.published else None,
                **entry.model_dump(mode="json"),
            }
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            lines.append(
                f"★ {entry.headline}  [{entry.kind}, {entry.confidence:.2f}]\n"
                f"  {article.title}\n  {article.url}\n  evidence: {entry.evidence}\n\n"
            )
    return lines


async def scan(
    settings: Settings,
    sources: list[str],
    *,
    as_json: bool,
    out: TextIO,
    progress: TextIO | None = None,
) -> int:
    """Print each detected entry, in source order; exit 1 only when every source failed.

    Sources are fetched concurrently (the session's connection limits apply); `progress`, when
    it is a terminal, shows a bar of finished sources."""
    detector = build_detector(*settings.knowledge_files())
    bar = Progress(len(sources), progress)
    failures = 0
    found = 0
    async with make_session(settings.network) as session:
        fetcher = Fetcher(session, settings.network)

        async def load(source: str) -> ParsedFeed:
            try:
                feed = await _load(source, fetcher)
            except (FetchError, FeedError):
                bar.advance(source, failed=True)
                raise
            bar.advance(source)
            return feed

        tasks = [asyncio.create_task(load(source)) for source in sources]
        try:
            for source, task in zip(sources, tasks, strict=True):
                try:
                    feed = await task
                except (FetchError, FeedError) as exc:
                    failures += 1
                    with bar.suspended():
                        log.error("scan failed", extra=fields(source=source, error=str(exc)))
                    continue
                lines = _render(source, feed, detector, as_json=as_json)
                found += len(lines)
                with bar.suspended():
                    out.writelines(lines)
                    out.flush()
                    log.debug("scanned", extra=fields(source=source, articles=len(feed.articles)))
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            bar.clear()
    if not as_json:
        print(f"{found} market entr{'y' if found == 1 else 'ies'} found", file=out)
    return 1 if failures == len(sources) else 0
