"""Poll-cycle benchmark: Beachhead against a loopback feed farm, and against `reader`.

    python bench/poll.py [--sizes 100,1000,5000] [--runs 1] [--interval 60] [--no-peer]
                         [--no-latency] [--headlines FILE ...]

For each size N the farm serves N feeds × 30 real headlines on N/5 loopback hosts (1% slow,
1% answering 500, 1% refusing connections). Each client runs in a fresh process (bench/cycle.py)
so its peak memory is its own: a cold cycle (every feed new) then a warm one (every feed
answers 304). With N = 1,000 the `reader` library updates the same feeds (default workers and
workers=16). Then the end-to-end latency run (bench/latency.py) starts the real service.
Needs `pip install -e ".[bench]"` for the peer. Nothing leaves loopback.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

from feedsite import FeedFarm, load_headlines  # noqa: E402

DEFAULT_HEADLINES = ROOT / "tests/data/market_entry_dev.jsonl"
PEER_SIZE = 1000
MAX_PER_HOST = 2  # network.max_per_host default


async def client(farm: FeedFarm, mode: str, workers: int = 1) -> dict[str, Any]:
    """Run bench/cycle.py against the farm in a fresh process; its JSON figures."""
    farm.reset()
    with tempfile.TemporaryDirectory(prefix="beachhead-bench-") as tmp:
        urls = Path(tmp) / "urls.json"
        urls.write_text(json.dumps(farm.urls()))
        log = Path(tmp) / "client.log"
        with log.open("wb") as errors:
            # BENCH_PROFILE=DIR records each client with py-spy (flame data, one file per run).
            profile = os.environ.get("BENCH_PROFILE")
            spy = []
            if profile:
                out = Path(profile) / f"{mode}-{len(farm.urls())}-{time.monotonic_ns()}.txt"
                spy = [
                    "py-spy",
                    "record",
                    "--subprocesses",
                    "--format",
                    "raw",
                    "-o",
                    str(out),
                    "--",
                ]
            process = await asyncio.create_subprocess_exec(
                *spy,
                sys.executable,
                str(BENCH / "cycle.py"),
                mode,
                str(urls),
                tmp,
                str(workers),
                stdout=asyncio.subprocess.PIPE,
                stderr=errors,
            )
            out, _ = await process.communicate()
        if process.returncode != 0:
            tail = log.read_text(errors="replace")[-2000:]
            raise SystemExit(f"{mode} client failed ({process.returncode}):\n{tail}")
    lines = [line for line in out.decode().splitlines() if line.startswith("{")]
    figures: dict[str, Any] = json.loads(lines[-1])
    figures["peak_per_host"] = farm.peak_per_host
    figures["requests"] = dict(farm.requests)
    return figures


def median(runs: list[dict[str, Any]], *keys: str) -> float:
    """Median of a (nested) figure over runs."""
    values = []
    for run in runs:
        value: Any = run
        for key in keys:
            value = value[key]
        values.append(float(value))
    return statistics.median(values)


def size_row(size: int, runs: list[dict[str, Any]]) -> str:
    """One table row for our client at one size (medians over runs)."""
    cold, warm = median(runs, "cold", "wall"), median(runs, "warm", "wall")
    articles = median(runs, "cold", "new_articles")
    cpu_cold = median(runs, "cold", "cpu") * 1000 / size
    cpu_warm = median(runs, "warm", "cpu") * 1000 / size
    return (
        f"{size:>6,} {cold:>8.2f} {warm:>8.2f} {articles / cold:>10,.0f} {size / cold:>8,.0f} "
        f"{size / warm:>8,.0f} {median(runs, 'peak_rss_mb'):>8.0f} {cpu_cold:>9.2f} "
        f"{cpu_warm:>9.2f} {max(r['peak_per_host'] for r in runs):>5}"
    )


def print_sizes(results: dict[int, list[dict[str, Any]]]) -> None:
    """The growth table, 100 → 5,000 feeds."""
    print(
        f"\n{'feeds':>6} {'cold s':>8} {'warm s':>8} {'art/s':>10} {'req/s c':>8} {'req/s w':>8} "
        f"{'RSS MB':>8} {'cpu/1k c':>9} {'cpu/1k w':>9} {'host':>5}"
    )
    for size, runs in results.items():
        print(size_row(size, runs))
    base = PEER_SIZE if PEER_SIZE in results else min(results)
    first = results[base]
    for size, runs in results.items():
        if size <= base:
            continue
        print(
            f"  ×{size / base:g} feeds from {base:,}: cold ×"
            f"{median(runs, 'cold', 'wall') / median(first, 'cold', 'wall'):.1f}, warm ×"
            f"{median(runs, 'warm', 'wall') / median(first, 'warm', 'wall'):.1f}, RSS ×"
            f"{median(runs, 'peak_rss_mb') / median(first, 'peak_rss_mb'):.2f}, CPU ×"
            f"{median(runs, 'cold', 'cpu') / median(first, 'cold', 'cpu'):.1f}"
        )
    sample = next(iter(results.values()))[0]
    print(
        "  columns: cycle wall time cold/warm; new articles per second (cold); requests per "
        "second cold/warm; peak RSS of the client process; CPU seconds per 1,000 feeds "
        f"cold/warm; most requests one host had in flight (limit {MAX_PER_HOST}). "
        f"Cold results per cycle, first run: {sample['cold']['ok']} ok, "
        f"{sample['cold']['failed']} failed; requests {sample['requests']}."
    )


def print_peer(ours: list[dict[str, Any]], peers: dict[int, list[dict[str, Any]]]) -> None:
    """Ours against reader on the same 1,000 feeds."""
    head = f"{'cold s':>8} {'warm s':>8} {'RSS MB':>8} {'cold ×':>8} {'warm ×':>8}"
    print(f"\n{PEER_SIZE:,} feeds    {head}")
    cold, warm = median(ours, "cold", "wall"), median(ours, "warm", "wall")
    print(f"{'beachhead':<14} {cold:>8.2f} {warm:>8.2f} {median(ours, 'peak_rss_mb'):>8.0f}")
    for workers, runs in peers.items():
        their_cold, their_warm = median(runs, "cold", "wall"), median(runs, "warm", "wall")
        print(
            f"{f'reader w={workers}':<14} {their_cold:>8.2f} {their_warm:>8.2f} "
            f"{median(runs, 'peak_rss_mb'):>8.0f} {their_cold / cold:>8.1f} "
            f"{their_warm / warm:>8.1f}"
        )
    print("  ×: reader's time divided by ours (higher = we are faster)")


async def cycles(args: argparse.Namespace) -> tuple[dict[int, Any], dict[int, Any]]:
    """Every size, then the peer at 1,000 feeds."""
    headlines = load_headlines(args.headlines)
    results: dict[int, list[dict[str, Any]]] = {}
    peers: dict[int, list[dict[str, Any]]] = {}
    for size in args.sizes:
        farm = FeedFarm(size, headlines)
        farm.build()
        await farm.start()
        try:
            for run in range(args.runs):
                figures = await client(farm, "ours")
                print(f"[{size} feeds, run {run + 1}] {json.dumps(figures)}", file=sys.stderr)
                results.setdefault(size, []).append(figures)
                if size == PEER_SIZE and args.peer:
                    for workers in (1, 16):
                        theirs = await client(farm, "reader", workers)
                        print(f"[reader w={workers}] {json.dumps(theirs)}", file=sys.stderr)
                        peers.setdefault(workers, []).append(theirs)
        finally:
            await farm.stop()
    return results, peers


def parse_args() -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", type=lambda s: [int(x) for x in s.split(",")], default=[100, 1000, 5000]
    )
    parser.add_argument("--runs", type=int, default=1, help="repeat each size; medians shown")
    parser.add_argument("--interval", type=int, default=60, help="poll interval, latency run")
    parser.add_argument("--latency-items", type=int, default=50)
    parser.add_argument("--no-peer", dest="peer", action="store_false")
    parser.add_argument("--no-latency", dest="latency", action="store_false")
    parser.add_argument("--no-cycles", dest="cycles", action="store_false")
    parser.add_argument("--headlines", type=Path, nargs="+", default=[DEFAULT_HEADLINES])
    return parser.parse_args()


def main() -> int:
    """Run the benchmarks and print their tables."""
    args = parse_args()
    if args.peer and PEER_SIZE not in args.sizes:
        args.peer = False
    if args.cycles:
        results, peers = asyncio.run(cycles(args))
        print_sizes(results)
        if peers:
            print_peer(results[PEER_SIZE], peers)
    if args.latency:
        from latency import run_latency

        asyncio.run(run_latency(load_headlines(args.headlines), args.interval, args.latency_items))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
