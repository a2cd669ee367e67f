"""`beachhead scan` shows a progress bar on a terminal and stays quiet when piped."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import subprocess
import sys
from pathlib import Path

from bot.progress import CLEAR_LINE, bar_line
from bot.scan import scan
from tests.ops_support import ENTRY_FEED, ops_settings, write_config

ROOT = Path(__file__).resolve().parents[1]


def read_all(fd: int) -> str:
    chunks = []
    while select.select([fd], [], [], 0.2)[0]:
        try:
            data = os.read(fd, 65536)
        except OSError:  # the other end is closed
            break
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks).decode()


def test_bar_line_counts_failures_and_fits_the_terminal():
    assert bar_line(3, 12, 0, "asia.xml", 80) == f"scan [{'#' * 6}{'.' * 20}]  3/12  asia.xml"
    assert bar_line(12, 12, 2, "x", 80).startswith("scan [" + "#" * 26 + "] 12/12  2 failed")
    assert len(bar_line(5, 10, 1, "a-very-long-feed-name" * 10, 60)) == 59


async def test_scan_draws_a_bar_on_a_terminal_and_keeps_results_on_stdout(tmp_path, feed_site):
    site, server = feed_site
    for name in ("one.xml", "two.xml"):
        site.add(name, ENTRY_FEED)
    settings = ops_settings(tmp_path, server, [])
    urls = [str(server.make_url(p)) for p in ("/one.xml", "/two.xml", "/missing.xml")]
    master, slave = pty.openpty()
    out = io.StringIO()
    with os.fdopen(slave, "w") as terminal:
        assert terminal.isatty()
        status = await scan(settings, urls, as_json=True, out=out, progress=terminal)
        drawn = read_all(master)
    os.close(master)
    assert status == 0
    assert [json.loads(line)["source"] for line in out.getvalue().splitlines()] == urls[:2]
    assert "scan [" in drawn and "/3" in drawn and "1 failed" in drawn
    assert drawn.endswith(CLEAR_LINE)  # the bar is gone when the scan is over


async def test_scan_prints_no_bar_when_stderr_is_not_a_terminal(tmp_path, feed_site):
    site, server = feed_site
    site.add("one.xml", ENTRY_FEED)
    settings = ops_settings(tmp_path, server, [])
    urls = [str(server.make_url("/one.xml"))] * 3
    progress, out = io.StringIO(), io.StringIO()
    assert await scan(settings, urls, as_json=False, out=out, progress=progress) == 0
    assert progress.getvalue() == ""
    assert out.getvalue().count("★ OpenAI enters South Korea") == 3


def test_piped_cli_scan_has_no_bar_or_escape_codes(tmp_path: Path):
    feeds = []
    for index in range(3):
        feed = tmp_path / f"feed{index}.xml"
        feed.write_text(ENTRY_FEED, encoding="utf-8")
        feeds.append(str(feed))
    config = write_config(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "bot", "scan", "--config", str(config), *feeds],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "3 market entries found" in done.stdout
    assert "scan [" not in done.stderr and "\x1b" not in done.stderr + done.stdout
