"""The headline checklist (tests/data/checklist.jsonl, `python bench/checklist.py`): every row
not marked `known` must come out as written, with its kind where the row gives one."""

import json
from datetime import UTC, datetime

import pytest

from bot.detect import build_detector
from bot.models import Article
from tests.conftest import DATA

ROWS = [json.loads(line) for line in (DATA / "checklist.jsonl").read_text("utf-8").splitlines()]
detector = build_detector()


@pytest.mark.parametrize(
    "row", [row for row in ROWS if "known" not in row], ids=lambda row: row["headline"][:60]
)
def test_checklist_row(row: dict[str, str | None]):
    # Read before any known presence, so only the words decide (as bench/checklist.py does).
    story = Article(
        key="checklist",
        url="https://example.com/checklist",
        title=str(row["headline"]),
        summary=str(row["lede"]),
        published=datetime(2020, 1, 1, tzinfo=UTC),
    )
    entry = detector.detect(story)
    got = (entry.company, entry.country) if entry else None
    assert got == ((row["company"], row["country"]) if row["country"] else None)
    if entry and row.get("kind"):
        assert entry.kind == row["kind"]
