"""The `classify` contract (DESIGN §3): one JSON object in, one out; pure."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from bot.detect import Detector
from bot.detect.detector import summarize
from bot.models import Article

NULL_RESULT = {
    "match": False,
    "company": None,
    "country": None,
    "city": None,
    "kind": None,
    "confidence": None,
    "summary": None,
    "evidence": None,
}


def article_from_record(record: dict[str, Any]) -> Article:
    """A classify input record → Article; ValueError names what is wrong."""
    title = record.get("title")
    if not isinstance(title, str):
        raise ValueError("'title' must be a string")
    summary = record.get("summary") or ""
    if not isinstance(summary, str):
        raise ValueError("'summary' must be a string")
    return Article(
        key=str(record.get("id", "")),
        url=str(record.get("url") or ""),
        title=title,
        summary=summary,
        published=parse_published(record.get("published")),
        lang=record.get("lang"),
    )


def parse_published(value: Any) -> datetime | None:
    """An ISO 8601 time or date, also a bare year or year-month (news archives give those)."""
    if value in (None, ""):
        return None
    text = str(value).strip().replace("Z", "+00:00")
    if len(text) in (4, 7):  # YYYY, YYYY-MM
        text = (text + "-01-01")[:10]
    try:
        published = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'published' is not an ISO 8601 date: {value!r}") from None
    return published if published.tzinfo else published.replace(tzinfo=UTC)


def classify_record(detector: Detector, record: dict[str, Any]) -> dict[str, Any]:
    """The output object for one input record."""
    article = article_from_record(record)
    entry = detector.detect(article)
    if entry is None:
        return {"id": record.get("id"), **NULL_RESULT}
    return {
        "id": record.get("id"),
        "match": True,
        "company": entry.company,
        "country": entry.country,
        "city": entry.city,
        "kind": entry.kind.value,
        "confidence": entry.confidence,
        "summary": f"{entry.headline}. {summarize(article, entry)}",
        "evidence": entry.evidence,
    }


def classify_line(detector: Detector, line: str) -> tuple[dict[str, Any], str | None]:
    """Classify one JSON line; a bad line still yields an output line, with the error."""
    try:
        record = json.loads(line)
        if not isinstance(record, dict):
            raise ValueError("each line must be a JSON object")
        return classify_record(detector, record), None
    except (ValueError, RecursionError) as exc:
        record_id = None
        try:
            parsed = json.loads(line)
            record_id = parsed.get("id") if isinstance(parsed, dict) else None
        except (ValueError, RecursionError):
            pass
        return {"id": record_id, **NULL_RESULT, "error": str(exc)[:200]}, str(exc)[:200]
