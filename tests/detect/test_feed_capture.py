"""The detector on live traffic: every entry of 13 tech and world news feeds on four days of
2025 (1,805 entries), as a public capture stored them. An alert the bot would raise here that
is not in this list is a new false alarm, or a real entry to review and add."""

from bot.detect import build_detector
from tests.feed_capture import captured_articles

# Reviewed: the only entry story in the capture, and the only alert.
EXPECTED = {
    (
        "https://www.channelnewsasia.com/business/openai-south-korea-seoul-office-growing-chatgpt-demand-5153161",
        ("OpenAI", "KR", "office"),
    )
}


def test_the_detector_alerts_on_live_feeds_only_for_the_real_entry():
    detector = build_detector()
    articles = list(captured_articles())
    assert len(articles) == 1805
    alerts = {
        (article.url, (entry.company, entry.country, entry.kind.value))
        for article in articles
        if (entry := detector.detect(article))
    }
    assert alerts == EXPECTED
