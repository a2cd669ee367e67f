"""The headline checklist (tests/data/checklist.jsonl, `python bench/checklist.py`): every row
not marked `known` must come out as written, with its kind where the row gives one."""

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.classify import article_from_record
from bot.detect import build_detector
from tests.conftest import DATA

ROWS = [json.loads(line) for line in (DATA / "checklist.jsonl").read_text("utf-8").splitlines()]
# Undated rows (follow-ups of recent presences) are read as on the day the README's figures
# are (`--as-of 2026-11-25`), so they do not drift as the presences age; dated rows ignore it.
detector = replace(build_detector(), today=datetime(2026, 11, 25, tzinfo=UTC))


@pytest.mark.parametrize(
    "row", [row for row in ROWS if "known" not in row], ids=lambda row: row["title"][:60]
)
def test_checklist_row(row: dict[str, str | None]):
    # Most rows are dated before any known presence, so only the words decide.
    entry = detector.detect(article_from_record(row))
    got = (entry.company, entry.country) if entry else None
    assert got == ((row["company"], row["country"]) if row["country"] else None)
    if entry and row.get("kind"):
        assert entry.kind == row["kind"]
