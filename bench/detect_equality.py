"""Record what the detector outputs on a labelled set, to prove a speed change kept them.

    python bench/detect_equality.py OUT.json [FILE]   (default: tests/data/market_entry_dev.jsonl)

Per item: `detect` on the record as given and with published=None, plus what
`_sentences` finds (kinds, self-driving cues, companies, places, negative cues) for the
title + summary, the title alone and the summary alone, so scans are compared even where
`detect` stops early. Compare two runs with `cmp` or `diff`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.classify import article_from_record  # noqa: E402
from bot.detect import Detector, build_detector  # noqa: E402
from bot.detect.detector import MAX_TEXT  # noqa: E402
from bot.detect.lexicon import fold  # noqa: E402


def scans(detector: Detector, text: str) -> list[dict[str, Any]]:
    """Everything `_sentences` found in a text, sentence by sentence."""
    return [
        {
            "text": s.text,
            "kinds": {k.value: v for k, v in s.kinds.items()},
            "road": {k.value: v for k, v in s.road.items()},
            "companies": list(s.companies),
            "places": [[h.value.country, h.value.city, h.phrase, h.start] for h in s.places],
            "anaphora": s.anaphora,
            "negatives": sorted(s.negatives),
            "present": [m.span() for m in s.present_cues],
        }
        for s in detector._sentences(text, fold(text))
    ]


def main() -> int:
    """Write one JSON record per item of the set."""
    out = Path(sys.argv[1])
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "tests/data/market_entry_dev.jsonl"
    detector = build_detector()
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        dated = article_from_record(record)
        undated = article_from_record({**record, "published": None})
        title, summary = dated.title.strip(), dated.summary[:MAX_TEXT]
        rows.append(
            {
                "id": record.get("id"),
                "dated": (e.model_dump(mode="json") if (e := detector.detect(dated)) else None),
                "undated": (e.model_dump(mode="json") if (e := detector.detect(undated)) else None),
                "scans": [scans(detector, t) for t in (f"{title}\n{summary}", title, summary)],
            }
        )
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1, sort_keys=True), "utf-8")
    found = sum(r["dated"] is not None for r in rows), sum(r["undated"] is not None for r in rows)
    print(f"{len(rows)} items, {found[0]} entries dated, {found[1]} undated -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
