"""Detection benchmark: classify-path throughput (median of 5 runs, one core) and quality
against the keyword baseline on the labelled dev set, in one run.

    python bench/detect.py [FILE] [--as-of YYYY-MM-DD]
        FILE defaults to tests/data/market_entry_dev.jsonl; --as-of reads undated items as on
        that day (default today), as `beachhead eval --as-of` does.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.classify import classify_line  # noqa: E402
from bot.detect import build_detector  # noqa: E402
from bot.detect.baseline import keyword_alert  # noqa: E402
from bot.evaluate import (  # noqa: E402
    HEADER,
    date_from_event,
    evaluate,
    predictor,
    read_as_of,
    read_jsonl,
)

RUNS = 5
MIN_ARTICLES = 5_000


def throughput(lines: list[str]) -> list[float]:
    """Articles per second through classify_line (parse JSON, detect, build output)."""
    detector = build_detector()
    batch = (lines * (MIN_ARTICLES // len(lines) + 1))[:MIN_ARTICLES]
    rates = []
    for _ in range(RUNS):
        start = time.perf_counter()
        for line in batch:
            json.dumps(classify_line(detector, line)[0])
        rates.append(len(batch) / (time.perf_counter() - start))
    return rates


def startup() -> float:
    """Median seconds for `python -m bot --version` in a fresh process."""
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "bot", "--version"], cwd=ROOT, check=True, capture_output=True
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def dev_set_and_day(
    args: list[str], default: Path = ROOT / "tests/data/market_entry_dev.jsonl"
) -> tuple[Path, str | None]:
    """A bench script's `[FILE] [--as-of YYYY-MM-DD]`: the labelled file (`default`: the
    dev set) and the day undated items are read on (None: not given)."""
    args = list(args)
    as_of = None
    if "--as-of" in args:
        at = args.index("--as-of")
        as_of = args[at + 1]
        del args[at : at + 2]
    return (Path(args[0]) if args else default), as_of


def main() -> int:
    """Print throughput, startup time and the detector-vs-baseline table."""
    path, as_of = dev_set_and_day(sys.argv[1:])
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    items = date_from_event(read_jsonl(text))
    load_start = time.perf_counter()
    detector = build_detector()
    load = time.perf_counter() - load_start
    if as_of is not None:
        detector = read_as_of(detector, as_of)
    rates = throughput(lines)
    print(f"dev set: {path.name}, {len(items)} items")
    print(f"knowledge load: {load * 1000:.0f} ms (once per process)")
    print(
        f"classify path: median {statistics.median(rates):,.0f} articles/s over {RUNS} runs "
        f"of {MIN_ARTICLES} (min {min(rates):,.0f}, max {max(rates):,.0f}), one core"
    )
    print(f"startup (`python -m bot --version`): median {startup() * 1000:.0f} ms")
    print(f"\n{HEADER}")
    for name, predict in (
        ("detector", predictor(detector)),
        ("keyword baseline", predictor(detector, keyword_alert)),
    ):
        scores = evaluate(items, predict)
        for key in (
            "all",
            "holdout",
            "holdout/en",
            "holdout/non-en",
            "holdout/en/dated",
            "holdout/non-en/dated",
        ):
            if key in scores:
                row = scores[key]
                row.name = f"{name} {key}"
                print(row.row())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
