"""Market-entry detection: gazetteers and rules over article text; pure."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.detect.detector import Detector
from bot.detect.knowledge import Knowledge, load_knowledge
from bot.detect.places import gazetteer

__all__ = ["Detector", "Knowledge", "build_detector"]


@cache
def _cached(companies: Path | None, presences: Path | None) -> Detector:
    return Detector(knowledge=load_knowledge(companies, presences), places=gazetteer())


def build_detector(companies: Path | None = None, presences: Path | None = None) -> Detector:
    """A detector over the given knowledge files (None = the shipped ones), built once."""
    return _cached(companies, presences)
