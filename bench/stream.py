"""Detector on live traffic: the 3,515 captured entries of real news feeds (tests/data/README.md,
"Feed capture"), parsed once by Beachhead's feed parser. Prints the alerts and the detector's
throughput on them (median of 5 runs, one core).

    python bench/stream.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.detect import build_detector  # noqa: E402
from tests.feed_capture import captured_articles  # noqa: E402

RUNS = 5


def main() -> int:
    detector = build_detector()
    articles = list(captured_articles())
    rates = []
    for _ in range(RUNS):
        start = time.perf_counter()
        alerts = [(a, e) for a in articles if (e := detector.detect(a))]
        rates.append(len(articles) / (time.perf_counter() - start))
    print(f"captured feed entries: {len(articles):,}; alerts: {len(alerts)}")
    for article, entry in alerts:
        print(f"  {entry.company} / {entry.country} / {entry.kind.value}: {article.title}")
    print(
        f"detector on live traffic: median {statistics.median(rates):,.0f} articles/s over "
        f"{RUNS} runs (min {min(rates):,.0f}, max {max(rates):,.0f}), one core"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
