"""The keyword alert users set up elsewhere: company name AND an expansion word; pure.

Kept only to measure the detector against (bench/detect.py, `beachhead eval --baseline`)."""

from __future__ import annotations

import re

from bot.detect.detector import Detector
from bot.models import Article, EntryKind, MarketEntry

KEYWORDS = re.compile(
    r"\b(office|offices|hub|headquarters|expand\w*|expansion|launch\w*|enter\w*|entry"
    r"|subsidiary|opens?|data ?cent(?:er|re)|branch|market)\b"
    r"|사무소|지사|법인|진출|출시|オフィス|拠点|進出|法人|办公室|进军|分公司",
    re.IGNORECASE,
)
KIND_OF = {"office": EntryKind.OFFICE, "subsidiary": EntryKind.ENTITY, "launch": EntryKind.LAUNCH}


def keyword_alert(detector: Detector, article: Article) -> MarketEntry | None:
    """Alert when a known company and an expansion keyword appear anywhere in the text."""
    text = article.text
    names = list(detector.knowledge.names.finditer(text))
    keyword = KEYWORDS.search(text)
    if not names or keyword is None:
        return None
    places = detector.places.find(text)
    word = keyword.group(0).lower()
    kind = next((k for stem, k in KIND_OF.items() if word.startswith(stem)), EntryKind.EXPANSION)
    return MarketEntry(
        company=names[0].value,
        country=places[0].value.country if places else "ZZ",
        city=places[0].value.city if places else None,
        kind=kind,
        confidence=0.5,
        evidence=text[:200],
        headline=f"{names[0].value}: {word}",
    )
