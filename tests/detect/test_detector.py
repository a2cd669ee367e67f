"""The detector on the seed article (DESIGN §1), its real sister reports, and clear negatives."""

from datetime import UTC, datetime

import pytest

from bot.detect import build_detector
from bot.models import Article, EntryKind
from bot.sources.feed import parse_feed
from tests.conftest import DATA, SEED_ARTICLE

detector = build_detector()


def article(title: str, summary: str = "", published: datetime | None = None) -> Article:
    return Article(
        key="k",
        url="https://example.com/a",
        title=title,
        summary=summary,
        published=published or datetime(2025, 5, 26, tzinfo=UTC),
    )


def test_seed_article_all_fields():
    entry = detector.detect(article("", SEED_ARTICLE.read_text()))
    assert entry is not None
    assert (entry.company, entry.country, entry.city, entry.kind) == (
        "OpenAI",
        "KR",
        "Seoul",
        "office",
    )
    assert set(entry.kinds) == {
        EntryKind.OFFICE,
        EntryKind.ENTITY,
        EntryKind.HIRING,
        EntryKind.PARTNERSHIP,
    }
    assert entry.kinds[0] is EntryKind.OFFICE
    assert "first office in Seoul" in entry.evidence
    assert entry.confidence >= 0.8
    assert entry.headline.startswith("OpenAI enters South Korea: office in Seoul")


@pytest.mark.parametrize(
    "name", ["joongang_rss2.xml", "chosun_atom.xml", "newsbytes_rss1.xml", "rss091.xml"]
)
def test_real_reports_of_the_seed_event(name: str):
    first = parse_feed((DATA / "feeds" / name).read_bytes(), source=name).articles[0]
    entry = detector.detect(
        first.model_copy(update={"published": datetime(2025, 5, 26, tzinfo=UTC)})
    )
    assert entry is not None, first.title
    assert (entry.company, entry.country) == ("OpenAI", "KR")
    assert entry.city == "Seoul"
    assert entry.kind in (EntryKind.OFFICE, EntryKind.ENTITY)


def test_korean_language_report():
    entry = detector.detect(article("오픈AI, 한국 법인 설립…서울에 사무소 연다"))
    assert entry is not None and (entry.company, entry.country, entry.city) == (
        "OpenAI",
        "KR",
        "Seoul",
    )


@pytest.mark.parametrize(
    "title",
    [
        "OpenAI launches GPT-5, its smartest model yet",  # product release
        "Anthropic raises $13 billion in Series F funding",  # funding
        "Starbucks opens its first store in Seoul",  # not an AI company
        "OpenAI opens an office in New York",  # home country
        "Italy bans DeepSeek over data privacy concerns",  # ban
        "OpenAI sued by authors in Canada",  # legal
    ],
)
def test_clear_negatives(title: str):
    assert detector.detect(article(title)) is None


def test_unlisted_firm_called_an_ai_startup_is_reported_as_unlisted():
    entry = detector.detect(article("AI startup Zyphrix Labs opens first office in Nairobi"))
    assert entry is not None and not entry.company_listed
    assert (entry.company, entry.country, entry.city) == ("Zyphrix Labs", "KE", "Nairobi")


def test_detect_is_pure_and_deterministic():
    text = SEED_ARTICLE.read_text()
    assert detector.detect(article("", text)) == detector.detect(article("", text))
