"""One benchmark client in a fresh process: a cold cycle then a warm cycle over a URL list.

    python bench/cycle.py ours URLS_FILE WORKDIR
    python bench/cycle.py reader URLS_FILE WORKDIR [WORKERS]

Prints one JSON line: cold and warm wall and CPU seconds, peak RSS (ru_maxrss of this
process plus the peak of its live children, i.e. the service's feed parser process; CPU
seconds include those children too), and the result counts. bench/poll.py runs it once per
client and size so each peak is the process's own.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def descendants(pid: int | None = None) -> list[int]:
    """Live child processes, recursively (Linux /proc): the service's feed parser process."""
    found: list[int] = []
    for children in Path(f"/proc/{pid or os.getpid()}/task").glob("*/children"):
        for child in children.read_text().split():
            found += [int(child), *descendants(int(child))]
    return found


def cpu() -> float:
    """User plus system CPU seconds of this process and its live children so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    total = usage.ru_utime + usage.ru_stime
    for pid in descendants():
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def children_peak_mb() -> float:
    """Peak resident memory of the live children (VmHWM), in MB."""
    total = 0
    for pid in descendants():
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        total += next(
            (int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM")), 0
        )
    return total / 1024


def measure(run: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall seconds, CPU seconds and the result of run()."""
    wall, used = time.perf_counter(), cpu()
    result = run()
    return time.perf_counter() - wall, cpu() - used, result


def ours(urls: list[str], workdir: Path) -> dict[str, Any]:
    """Beachhead's real service wiring: Settings → service() → poll_all(), twice."""
    from bot.app import service
    from bot.config import parse_settings
    from bot.logs import setup_logging

    setup_logging(verbose=False)
    data = {
        "storage": {"path": str(workdir / "beachhead.db")},
        "network": {"allow_private_addresses": True},
        "sources": [{"name": f"feed {i}", "url": url} for i, url in enumerate(urls)],
    }
    settings = parse_settings(data, workdir / "beachhead.toml")
    figures: dict[str, Any] = {}

    async def main() -> None:
        start = time.perf_counter()
        async with service(settings) as svc:
            figures["startup"] = time.perf_counter() - start
            for name in ("cold", "warm"):
                wall, used = time.perf_counter(), cpu()
                results = await svc.poll_all()
                figures[name] = {
                    "wall": time.perf_counter() - wall,
                    "cpu": cpu() - used,
                    "ok": sum(r.ok for r in results),
                    "failed": sum(not r.ok for r in results),
                    "not_modified": sum(r.not_modified for r in results),
                    "articles": sum(r.articles for r in results),
                    "new_articles": sum(r.new_articles for r in results),
                    "events": sum(r.new_events for r in results),
                }
            figures["children_peak_rss_mb"] = children_peak_mb()

    asyncio.run(main())
    return figures


def peer(urls: list[str], workdir: Path, workers: int) -> dict[str, Any]:
    """The `reader` library updating the same feeds: new feeds, then every feed again."""
    from reader import make_reader

    reader = make_reader(str(workdir / "reader.sqlite"))
    for url in urls:
        reader.add_feed(url)
    figures: dict[str, Any] = {}
    for name, scheduled in (("cold", True), ("warm", False)):
        before = reader.get_entry_counts().total
        wall, used, _ = measure(
            lambda s=scheduled: reader.update_feeds(workers=workers, scheduled=s)
        )  # type: ignore[misc]
        errors = sum(1 for feed in reader.get_feeds() if feed.last_exception is not None)
        figures[name] = {
            "wall": wall,
            "cpu": used,
            "failed": errors,
            "new_articles": reader.get_entry_counts().total - before,
        }
    reader.close()
    return figures


def main() -> int:
    """Run one client and print its figures as JSON."""
    mode, urls_file, workdir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    urls = json.loads(urls_file.read_text())
    if mode == "ours":
        figures = ours(urls, workdir)
    else:
        figures = peer(urls, workdir, int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    # The service's parser process counts too: its peak is added to this process's own.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["peak_rss_mb"] = own + figures.pop("children_peak_rss_mb", 0.0)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
