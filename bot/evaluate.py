"""Score a detector on labelled JSON Lines (DESIGN §1 labels); pure.

The split is fixed by a hash of each item's event (or id), so every report of one event
falls on the same side: rules are tuned on `tune` only and `holdout` tells how they generalise.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from itertools import combinations
from typing import Any

from bot.classify import article_from_record
from bot.cluster import match_event
from bot.config import SchedulerSettings
from bot.detect.detector import Detector
from bot.models import Article, Event, MarketEntry, Report

Predict = Callable[[dict[str, Any]], MarketEntry | None]
Judge = Callable[[Detector, Article], MarketEntry | None]
HOLDOUT_SHARE = 3  # of 10


def split_of(item: dict[str, Any]) -> str:
    """'tune' or 'holdout', stable across runs and shared by all reports of one event."""
    key = str(item.get("event") or item.get("url") or item.get("id"))
    bucket = int(hashlib.sha256(key.encode()).hexdigest(), 16) % 10
    return "holdout" if bucket < HOLDOUT_SHARE else "tune"


@dataclass
class Score:
    """Counts for one slice of the data."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    company_ok: int = 0
    country_ok: int = 0
    kind_ok: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Share of alerts that are real entries."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of real entries alerted."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, correct: int) -> float:
        """Share of true positives with this fact right."""
        return correct / self.tp if self.tp else 1.0

    def row(self) -> str:
        """One table row."""
        n = self.tp + self.fp + self.fn + self.tn
        return (
            f"{self.name:<22} {n:>5} {self.precision:>6.3f} {self.recall:>6.3f} {self.f1:>6.3f} "
            f"{self.accuracy(self.company_ok):>8.3f} {self.accuracy(self.country_ok):>8.3f} "
            f"{self.accuracy(self.kind_ok):>6.3f}"
        )


HEADER = (
    f"{'slice':<22} {'items':>5} {'prec':>6} {'recall':>6} {'F1':>6} "
    f"{'company':>8} {'country':>8} {'kind':>6}"
)


def score_item(score: Score, item: dict[str, Any], entry: MarketEntry | None) -> None:
    """Add one labelled item and its prediction to a score."""
    label = bool(item.get("label"))
    where = f"{item.get('id')} [{item.get('lang', '?')}] {str(item.get('title', ''))[:90]!r}"
    if entry is None:
        if label:
            score.fn += 1
            score.errors.append(
                f"MISSED   {where} want {item.get('company')}/{item.get('country')}"
            )
        else:
            score.tn += 1
        return
    got = f"{entry.company}/{entry.country}/{entry.city}/{entry.kind}"
    if not label:
        score.fp += 1
        score.errors.append(f"FALSE+   {where} ({item.get('category')}) got {got}")
        return
    score.tp += 1
    checks = {
        "company": entry.company.casefold() == str(item.get("company", "")).casefold(),
        "country": entry.country == item.get("country"),
        "kind": entry.kind == item.get("kind"),
    }
    score.company_ok += checks["company"]
    score.country_ok += checks["country"]
    score.kind_ok += checks["kind"]
    wrong = [name for name, ok in checks.items() if not ok]
    if wrong:
        want = f"{item.get('company')}/{item.get('country')}/{item.get('city')}/{item.get('kind')}"
        score.errors.append(f"WRONG {','.join(wrong):<8} {where} want {want} got {got}")


def evaluate(items: Iterable[dict[str, Any]], predict: Predict) -> dict[str, Score]:
    """Scores for all items and for each split × language group."""
    scores: dict[str, Score] = {}
    for item in items:
        entry = predict(item)
        group = "en" if item.get("lang", "en") == "en" else "non-en"
        split = split_of(item)
        names = ["all", f"all/{group}", split, f"{split}/{group}"]
        # A feed item always has a date; an undated page cannot be placed before or after
        # the presences it might be the report of, so the dated items say how alerts fare.
        if item.get("published"):
            names.append(f"{split}/{group}/dated")
        for name in names:
            score_item(scores.setdefault(name, Score(name)), item, entry)
    return scores


def read_jsonl(text: str) -> list[dict[str, Any]]:
    """Parse labelled JSON Lines, naming the line of any error."""
    items = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                items.append(json.loads(line))
            except ValueError as exc:
                raise ValueError(f"line {number}: {exc}") from None
    return items


def date_from_event(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Undated reports take the earliest date among reports of the same event."""
    earliest: dict[str, str] = {}
    for item in items:
        if item.get("event") and item.get("published"):
            key = str(item["event"])
            earliest[key] = min(earliest.get(key, item["published"]), item["published"])
    return [
        {**item, "published": earliest.get(str(item.get("event")))}
        if not item.get("published") and item.get("event") in earliest
        else item
        for item in items
    ]


def read_as_of(detector: Detector, day: str) -> Detector:
    """The detector reading undated items as on `day` (YYYY-MM-DD); ValueError if it is none."""
    parsed = date.fromisoformat(day)
    return replace(detector, today=datetime(parsed.year, parsed.month, parsed.day, tzinfo=UTC))


def remembered(items: list[dict[str, Any]], predict: Predict) -> Predict:
    """`predict` run once over `items`, answered from memory for those same items (by
    identity: the caller keeps `items` alive while it uses the result)."""
    found = {id(item): predict(item) for item in items}
    return lambda item: found[id(item)]


def predictor(detector: Detector, judge: Judge = Detector.detect) -> Predict:
    """Adapt a judge (the detector, or the keyword baseline) to labelled records."""
    return lambda item: judge(detector, article_from_record(item))


@dataclass
class ClusterScore:
    """How detected reports group into events, against the labelled `event` keys."""

    reports: int = 0
    events: int = 0
    labelled_events: int = 0
    pair_precision: float = 1.0
    pair_recall: float = 1.0

    def row(self, split: str = "") -> str:
        """One line for the eval output, of all items or of one split's."""
        label = f"clustering ({split})" if split else "clustering"
        return (
            f"{label}: {self.reports} detected reports -> {self.events} events "
            f"({self.labelled_events} labelled); pairwise precision {self.pair_precision:.3f}, "
            f"recall {self.pair_recall:.3f}"
        )


# The window the pipeline runs with unless the config says otherwise.
CLUSTER_WINDOW = timedelta(days=SchedulerSettings().cluster_days)


def cluster_score(
    items: Iterable[dict[str, Any]],
    predict: Predict,
    window: timedelta = CLUSTER_WINDOW,
) -> ClusterScore:
    """Replay the detected reports of labelled events through the clustering rule, oldest
    first, as one backfill poll would, and compare the groups with the labels."""
    seen = datetime.now(UTC)
    found: list[tuple[dict[str, Any], MarketEntry]] = []
    for item in items:
        if item.get("label") and item.get("event"):
            entry = predict(item)
            if entry is not None:
                found.append((item, entry))
    found.sort(key=lambda pair: str(pair[0].get("published") or "9999"))
    events: list[Event] = []
    group_of: list[int] = []
    for item, entry in found:
        article = article_from_record(item)
        report = Report(
            url=article.url, title=article.title, source="eval", published=article.published
        )
        known = match_event(entry, events, article.published, seen, window)
        if known is None:
            events.append(
                Event(id=len(events), entry=entry, summary="", first_seen=seen, reports=(report,))
            )
            group_of.append(len(events) - 1)
        else:
            events[known.id] = known.model_copy(update={"reports": (*known.reports, report)})
            group_of.append(known.id)
    labels = [str(item["event"]) for item, _ in found]
    same_both = same_pred = same_true = 0
    for i, j in combinations(range(len(found)), 2):
        pred, true = group_of[i] == group_of[j], labels[i] == labels[j]
        same_pred += pred
        same_true += true
        same_both += pred and true
    return ClusterScore(
        reports=len(found),
        events=len(events),
        labelled_events=len(set(labels)),
        pair_precision=same_both / same_pred if same_pred else 1.0,
        pair_recall=same_both / same_true if same_true else 1.0,
    )
