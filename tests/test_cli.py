"""The command-line contract (DESIGN §3), run as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import DATA, SEED_ARTICLE

ROOT = Path(__file__).resolve().parents[1]


def beachhead(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        text=True,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_classify_json_lines_contract(tmp_path: Path):
    records = [
        {
            "id": "seed",
            "title": "OpenAI to open office in Seoul",
            "summary": SEED_ARTICLE.read_text(),
            "url": "https://koreajoongangdaily.joins.com/x",
            "published": "2025-05-26",
            "lang": "en",
        },
        {"id": 2, "title": "OpenAI launches GPT-5, its smartest model yet", "summary": ""},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    out = tmp_path / "out.jsonl"
    done = beachhead("classify", "--input", str(source), "--output", str(out))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    keys = [
        "id",
        "match",
        "company",
        "country",
        "city",
        "kind",
        "confidence",
        "summary",
        "evidence",
    ]
    assert [list(x) for x in lines] == [keys, keys]
    seed, other = lines
    assert seed["id"] == "seed" and seed["match"] is True
    assert (seed["company"], seed["country"], seed["city"], seed["kind"]) == (
        "OpenAI",
        "KR",
        "Seoul",
        "office",
    )
    assert 0 < seed["confidence"] <= 1 and seed["evidence"] and seed["summary"]
    assert other == {"id": 2, "match": False, **dict.fromkeys(keys[2:])}


def test_classify_stdin_to_stdout_keeps_order_and_reports_bad_lines():
    stdin = (
        '{"id": "a", "title": "Anthropic opens a Tokyo office", "published": "2024-06-01"}\n'
        "not json\n"
        '{"id": "c", "title": "x"}\n'
    )
    done = beachhead("classify", stdin=stdin)
    out = [json.loads(x) for x in done.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", None, "c"]
    assert out[0]["match"] and out[0]["country"] == "JP" and "error" in out[1]
    assert done.returncode == 1 and "input line 2" in done.stderr


def test_scan_local_files_prints_events_and_stores_nothing(tmp_path: Path):
    done = beachhead(
        "scan",
        "--json",
        str(DATA / "feeds" / "joongang_rss2.xml"),
        str(DATA / "feeds" / "chosun_atom.xml"),
    )
    assert done.returncode == 0, done.stderr
    found = [json.loads(x) for x in done.stdout.splitlines()]
    assert {(f["company"], f["country"]) for f in found} == {("OpenAI", "KR")}
    assert not list(tmp_path.iterdir())


def test_scan_with_only_broken_sources_exits_1(tmp_path: Path):
    broken = tmp_path / "broken.xml"
    broken.write_text("<html>not a feed</html>")
    done = beachhead("scan", str(broken), str(tmp_path / "missing.xml"))
    assert done.returncode == 1 and "cannot read file" in done.stderr


def test_version_help_and_usage_errors():
    assert beachhead("--version").stdout.startswith("beachhead ")
    for command in ("run", "scan", "classify", "events", "eval"):
        assert beachhead(command, "--help").returncode == 0
    assert beachhead("frobnicate").returncode == 2


def test_the_readme_shows_what_scanning_the_samples_prints():
    # The README's offline example is the real output; a detector change that alters it must
    # update the README too.
    samples = sorted(
        str(path.relative_to(ROOT)) for path in (ROOT / "config" / "samples").glob("*.xml")
    )
    done = beachhead("scan", *samples)
    assert done.returncode == 0, done.stderr
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = readme.split("$ beachhead scan config/samples/*.xml\n", 1)[1].split("```", 1)[0]
    assert done.stdout == shown


def test_eval_reads_undated_items_as_of_a_fixed_day(tmp_path: Path):
    # An undated report of OpenAI's Korean office (listed from 2025) is news to a reader in
    # 2026 and old news to one in 2029: --as-of keeps quoted figures from drifting.
    item = {
        "id": "seed",
        "title": "",
        "summary": SEED_ARTICLE.read_text(),
        "url": "https://example.com/seed",
        "published": None,
        "lang": "en",
        "label": True,
        "company": "OpenAI",
        "country": "KR",
        "city": "Seoul",
        "kind": "office",
        "event": "openai-kr",
    }
    labelled = tmp_path / "one.jsonl"
    labelled.write_text(json.dumps(item) + "\n")

    def recall(day: str) -> str:
        done = beachhead("eval", str(labelled), "--quiet", "--as-of", day)
        assert done.returncode == 0, done.stderr
        row = next(line for line in done.stdout.splitlines() if line.startswith("all "))
        return row.split()[3]

    assert recall("2026-11-25") == "1.000"
    assert recall("2029-06-01") == "0.000"
    done = beachhead("eval", str(labelled), "--as-of", "25/11/2026")
    assert done.returncode == 2 and "expected a date like 2026-11-25" in done.stderr


def test_eval_scores_dated_items_apart_and_dates_reports_by_their_event(tmp_path: Path):
    # Feed items always carry a date; an undated page takes its event's earliest date, and
    # one with neither is left out of the dated rows.
    base = {"title": "", "summary": SEED_ARTICLE.read_text(), "lang": "en", "label": True}
    facts = {"company": "OpenAI", "country": "KR", "city": "Seoul", "kind": "office"}
    items = [
        {
            **base,
            **facts,
            "id": "a",
            "url": "https://e.com/a",
            "published": "2025-05-26",
            "event": "openai-kr",
        },
        {
            **base,
            **facts,
            "id": "b",
            "url": "https://e.com/b",
            "published": "",
            "event": "openai-kr",
        },
        {**base, "id": "c", "url": "https://e.com/c", "published": "", "label": False},
    ]
    labelled = tmp_path / "three.jsonl"
    labelled.write_text("".join(json.dumps(item) + "\n" for item in items))
    done = beachhead("eval", str(labelled), "--quiet", "--as-of", "2026-11-25")
    assert done.returncode == 0, done.stderr
    rows = [line.split() for line in done.stdout.split("== keyword")[0].splitlines()]
    assert sum(int(row[1]) for row in rows if row and row[0].endswith("/dated")) == 2
    assert sum(int(row[1]) for row in rows if row and row[0] in ("tune", "holdout")) == 3
    # Clustering is scored on all items and on each split: both reports of the one event
    # fall on its side.
    clustering = [line for line in done.stdout.splitlines() if line.startswith("clustering")]
    assert clustering[0].startswith("clustering: 2 detected reports -> 1 events")
    assert [line.split()[1] for line in clustering[1:]] == ["(tune):", "(holdout):"]
    assert sorted(line.split()[2] for line in clustering[1:]) == ["0", "2"]


def test_eval_can_score_headlines_alone(tmp_path: Path):
    # A Google News item has only its headline. This real report's headline says "on road
    # to Switzerland", its lede what Apollo Go starts there: found whole, missed on the
    # headline alone.
    url = "https://www.chinadaily.com.cn/a/202510/24/WS68fadc91a310f735438b6abb.html"
    dev = (DATA / "market_entry_dev.jsonl").read_text(encoding="utf-8").splitlines()
    (item,) = [line for line in dev if json.loads(line)["url"] == url]
    labelled = tmp_path / "one.jsonl"
    labelled.write_text(item + "\n")
    rows = {}
    for flags in ((), ("--headlines",)):
        done = beachhead("eval", str(labelled), "--quiet", "--as-of", "2026-11-25", *flags)
        assert done.returncode == 0, done.stderr
        row = next(line for line in done.stdout.splitlines() if line.startswith("all "))
        rows[flags] = row.split()[3]
    assert rows == {(): "1.000", ("--headlines",): "0.000"}
