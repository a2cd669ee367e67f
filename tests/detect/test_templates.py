"""Wording coverage: everyday entry and look-alike headline shapes over several companies and
places. These headlines are synthetic templates, not news; quality is measured on the real
dev set (`beachhead eval`). This guards the vocabulary against regressions."""

from datetime import UTC, datetime

import pytest

from bot.detect import build_detector
from bot.models import Article

detector = build_detector()
# Before any known presence of these companies, so every entry is new.
WHEN = datetime(2020, 1, 5, tzinfo=UTC)
COMPANIES = ["Anthropic", "Mistral AI", "ElevenLabs", "Groq", "Pony.ai", "Sakana AI"]
PLACES = [("Brazil", "São Paulo", "BR"), ("South Korea", "Seoul", "KR"), ("Kenya", "Nairobi", "KE")]
ENTRY = [
    "{c} opens office in {city}",
    "{c} to open first {country} office",
    "{c} expands to {country}",
    "{c} launches in {country}",
    "{c} enters {country} market",
    "{c} sets up subsidiary in {country}",
    "{c} establishes {country} entity",
    "{c} hires country manager for {country}",
    "{c} announces expansion into {country}",
    "{c} opens {city} hub",
    "{c} unveils plans for {city} office",
    "{c} arrives in {country}",
    "{c} debuts in {country}",
    "{c} establishes presence in {country}",
    "{c} is coming to {country}",
    "{c} picks {city} for first {country} office",
    "{c} goes live in {country}",
    "{c} plans {city} office",
    "{c} names head of {country} operations",
]
LOOK_ALIKE = [
    "{c} raises $500 million at $5 billion valuation",
    "{c} sued by authors in {country}",
    "{c} CEO speaks at {city} summit",
    "{c} cuts jobs in {city}",
    "{c} suspends service in {country}",
    "{c} banned in {country}",
    "{c} hosts hackathon in {city}",
    "Is {c} coming to {country}?",
    "{c} denies plans to enter {country}",
    "{c} faces probe in {country}",
    "{c}'s {city} office hosts open day",
    "{c} opens second office in {city}",
    "{c} expands existing {city} office",
    "Former {c} engineers launch startup in {city}",
]


def headline(template: str, company: str, place: tuple[str, str, str]) -> Article:
    country, city, _ = place
    title = template.format(c=company, country=country, city=city)
    return Article(key=title, url="https://example.com/a", title=title, published=WHEN)


@pytest.mark.parametrize("template", ENTRY)
def test_entry_wording_is_detected_for_every_company_and_place(template: str):
    for company in COMPANIES:
        for place in PLACES:
            entry = detector.detect(headline(template, company, place))
            assert entry is not None, headline(template, company, place).title
            assert (entry.company, entry.country) == (company, place[2])


@pytest.mark.parametrize("template", LOOK_ALIKE)
def test_look_alike_wording_never_alerts(template: str):
    for company in COMPANIES:
        for place in PLACES:
            article = headline(template, company, place)
            assert detector.detect(article) is None, article.title
