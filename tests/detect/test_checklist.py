"""The headline checklist (tests/data/checklist.jsonl, `python bench/checklist.py`): every row
not marked `known` must come out as written, with its kind where the row gives one."""

import json

import pytest

from bot.classify import article_from_record
from bot.detect import build_detector
from tests.conftest import DATA

ROWS = [json.loads(line) for line in (DATA / "checklist.jsonl").read_text("utf-8").splitlines()]
detector = build_detector()


@pytest.mark.parametrize(
    "row", [row for row in ROWS if "known" not in row], ids=lambda row: row["title"][:60]
)
def test_checklist_row(row: dict[str, str | None]):
    # Each row is dated before any known presence, so only the words decide.
    entry = detector.detect(article_from_record(row))
    got = (entry.company, entry.country) if entry else None
    assert got == ((row["company"], row["country"]) if row["country"] else None)
    if entry and row.get("kind"):
        assert entry.kind == row["kind"]
