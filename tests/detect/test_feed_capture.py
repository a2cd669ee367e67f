"""The detector on live traffic: every entry of 13 tech and world news feeds on three days of
2024 and four of 2025 (3,515 entries), as a public capture stored them. An alert the bot would
raise here that is not in this list is a new false alarm, or a real entry to review and add."""

from bot.detect import build_detector
from tests.feed_capture import captured_articles

# Reviewed: the entry stories in the capture (OpenAI's first Asian office, Tokyo, in CNA's and
# Japan Today's feeds; its Singapore and Seoul offices in CNA's), and the only alerts.
EXPECTED = {
    (
        "https://www.channelnewsasia.com/business/openai-asia-new-office-tokyo-japan-ai-investment-4266261",
        ("OpenAI", "JP", "office"),
    ),
    (
        "https://japantoday.com/category/tech/openai-comes-to-asia-with-new-office-in-tokyo",
        ("OpenAI", "JP", "office"),
    ),
    (
        "https://www.channelnewsasia.com/singapore/openai-chatgpt-open-singapore-office-2024-asia-pacific-ai-artificial-intelligence-build-team-4665936",
        ("OpenAI", "SG", "office"),
    ),
    (
        "https://www.channelnewsasia.com/business/openai-south-korea-seoul-office-growing-chatgpt-demand-5153161",
        ("OpenAI", "KR", "office"),
    ),
}


def test_the_detector_alerts_on_live_feeds_only_for_the_real_entries():
    detector = build_detector()
    articles = list(captured_articles())
    assert len(articles) == 3515
    alerts = {
        (article.url, (entry.company, entry.country, entry.kind.value))
        for article in articles
        if (entry := detector.detect(article))
    }
    assert alerts == EXPECTED
