"""How the detector reads plain entry headlines and their look-alikes, written for the purpose.

    python bench/checklist.py [FILE] [--as-of YYYY-MM-DD]
    (default: tests/data/checklist.jsonl, undated rows read as on 2026-11-25, as the test does)

The dev set measures the detector on real news; this checklist asks narrower questions: does
"Mistral AI enters India" alert, does "OpenAI expands its London office" not? Each row is a
headline (and sometimes a lede) written from how the trade press phrases an entry and its
look-alikes, with the entry expected (company, country; the test also checks a row's kind)
or none. Rows are records as `beachhead classify` reads them, most dated 1 January 2020,
before any known presence, so only the words decide (some are undated follow-ups of recent
presences, read as on the `--as-of` day). Rows with `known` say why the detector
is expected to get them wrong (a trade-off documented in the README).
Prints found entries and false alarms per language, and every unexpected result.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.detect import dev_set_and_day  # noqa: E402
from bot.classify import article_from_record  # noqa: E402
from bot.detect import build_detector  # noqa: E402
from bot.evaluate import read_as_of  # noqa: E402

DEFAULT = ROOT / "tests" / "data" / "checklist.jsonl"
# The day undated rows are read on, as tests/detect/test_checklist.py reads them
AS_OF = "2026-11-25"


def main(path: Path, as_of: str) -> None:
    detector = read_as_of(build_detector(), as_of)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # lang → [found, entries]
    alarms: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # lang → [alarms, look-alikes]
    surprises: list[str] = []
    for row in rows:
        entry = detector.detect(article_from_record(row))
        got = (entry.company, entry.country) if entry else None
        want = (row["company"], row["country"]) if row["country"] else None
        tally = found if want else alarms
        tally[row["lang"]][1] += 1
        right = got == want
        if want and right:
            tally[row["lang"]][0] += 1
        if not want and got:
            tally[row["lang"]][0] += 1
        # (as the test reads a row: its kind too, where it gives one)
        kind = entry.kind if entry else None
        as_written = right and not (kind and row.get("kind") and kind != row["kind"])
        expected_wrong = "known" in row
        if as_written == expected_wrong:
            label = "now right" if expected_wrong else "wrong"
            surprises.append(
                f"{label:9} {row['title']!r} want {want} {row.get('kind') or ''} got {got} {kind}"
            )
    known = sum("known" in row for row in rows)
    print(f"checklist: {path.name}, {len(rows)} rows ({known} known to fail)")
    print(f"{'lang':6} {'entries found':>14} {'false alarms':>14}")
    for lang in sorted(set(found) | set(alarms), key=lambda k: (k != "en", k)):
        hit, entries = found[lang]
        bad, looks = alarms[lang]
        print(f"{lang:6} {hit:>7} of {entries:<4} {bad:>7} of {looks:<4}")
    print(f"unexpected results: {len(surprises)}")
    for line in surprises:
        print("  " + line)


if __name__ == "__main__":
    path, day = dev_set_and_day(sys.argv[1:], default=DEFAULT)
    main(path, day or AS_OF)
