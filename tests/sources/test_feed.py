import json
from datetime import UTC, datetime
from urllib.parse import urlsplit

import pytest

from bot.errors import FeedError
from bot.sources.feed import (
    article_key,
    canonical_url,
    parse_feed,
    parse_with_feedparser,
    plain_text,
    strip_doctype,
)
from bot.sources.xmlfeed import read_simple_feed
from tests.conftest import DATA

FEEDS = DATA / "feeds"


def parse(name: str, content_type: str | None = None):
    return parse_feed((FEEDS / name).read_bytes(), source=name, content_type=content_type)


def test_rss2_items_become_plain_text_articles_with_canonical_urls():
    feed = parse("joongang_rss2.xml")
    assert feed.problem is None
    first = feed.articles[0]
    assert first.title == "OpenAI to open office in Seoul"
    assert first.url == (
        "https://koreajoongangdaily.joins.com/news/2025-05-26/business/industry/"
        "OpenAI-to-open-office-in-Seoul/2315727"
    )
    assert "<p>" not in first.summary and first.summary.startswith("OpenAI plans to open")
    assert first.published == datetime(2025, 5, 26, 5, 50, tzinfo=UTC)
    assert first.lang == "en"
    assert first.key == "url:" + first.url.split("://")[1]


def test_atom_entry_uses_its_id_and_published_time():
    feed = parse("chosun_atom.xml")
    (entry,) = feed.articles
    assert entry.key == "guid:tag:chosun.com,2025:6EEIDJFAU5A2ZLC2II6JFQLIAI"
    assert entry.published == datetime(2025, 5, 27, 0, 30, tzinfo=UTC)
    assert entry.url.startswith("https://www.chosun.com/english/")


def test_rss1_and_rss091_parse():
    rdf = parse("newsbytes_rss1.xml").articles[0]
    assert rdf.title.startswith("OpenAI, the company behind ChatGPT")
    assert rdf.published is not None and rdf.published.tzinfo is not None
    old = parse("rss091.xml").articles[0]
    assert old.title.startswith("OpenAI Opens First Seoul Office")
    assert "’" in old.summary  # &#8217; decoded
    assert old.published is None


@pytest.mark.parametrize(
    "name",
    [
        "joongang_rss2.xml",
        "chosun_atom.xml",
        "rss091.xml",
        "markup_rss2.xml",
        "markup_atom.xml",
        "googlenews_rss2.xml",
        "wordpress_rss2.xml",
        "googlealerts_atom.xml",
        "bingnews_rss2.xml",
        "theverge_atom.xml",
    ],
)
def test_the_expat_reader_reads_plain_feeds_exactly_as_feedparser_does(name: str):
    body = strip_doctype((FEEDS / name).read_bytes())
    assert read_simple_feed(body, 500) is not None  # the fast path, not the fallback
    fast, slow = parse_feed(body, source=name), parse_with_feedparser(body, name)
    assert fast.title == slow.title and fast.problem == slow.problem is None
    assert len(fast.articles) == len(slow.articles) > 0
    for ours, theirs in zip(fast.articles, slow.articles, strict=True):
        # feedparser drops an entry's own xml:lang for the feed's; the entry's is right.
        own_lang = name == "markup_atom.xml"
        assert ours == (theirs.model_copy(update={"lang": ours.lang}) if own_lang else theirs)


def test_an_aggregators_link_list_is_no_lede_but_its_headline_stays_whole():
    # Google News: "<a>headline</a>&nbsp;&nbsp;<font>South China Morning Post</font>", or a
    # list of such links; the outlet's name would read as the story's market.
    articles = parse("googlenews_rss2.xml").articles
    assert [a.summary for a in articles] == ["", "", "", ""]
    assert articles[0].title.endswith("across the Middle East - South China Morning Post")
    assert articles[2].title == "WeRide's Robobus rolls into Belgium - China Daily"


@pytest.mark.parametrize(
    "lede",
    [
        "A description that says more than the headline stays the summary.",
        # a description that opens with the headline but goes on to a lede, not to the outlet
        "WeRide's Robobus rolls into Belgium. A lede after the headline stays the summary.",
    ],
)
def test_an_item_with_a_source_keeps_a_description_that_is_a_lede(lede: str):
    body = (FEEDS / "googlenews_rss2.xml").read_bytes()
    start = body.index(b'<description>&lt;a href="http://www.chinadaily')
    end = body.index(b"</description>", start)
    body = body[:start] + f"<description>{lede}".encode() + body[end:]
    (article,) = [a for a in parse_feed(body, source="gn").articles if "Belgium" in a.title]
    assert article.summary == lede


def test_a_blog_feeds_back_link_is_no_part_of_the_lede():
    # WordPress with Yoast SEO ends each description with "The post <headline> appeared
    # first on <site>."; what is left is the lede as the outlet published it.
    dev = {r["url"]: r for r in map(json.loads, (DATA / "market_entry_dev.jsonl").open())}
    articles = parse("wordpress_rss2.xml").articles
    assert len(articles) == 2
    for article in articles:
        assert article.summary == dev[article.url]["summary"]


def test_an_aggregators_click_through_link_becomes_the_articles_own():
    # Google Alerts: "https://www.google.com/url?rct=j&sa=t&url=<article>&ct=ga&…"; Bing
    # News: "http://www.bing.com/news/apiclick.aspx?…&url=<article, percent-encoded>&…".
    joongang = parse("joongang_rss2.xml").articles[0]
    alerts = parse("googlealerts_atom.xml").articles
    bing = parse("bingnews_rss2.xml").articles
    assert alerts[0].url == bing[0].url == joongang.url
    assert alerts[1].url.startswith(
        "https://www.newsbytesapp.com/news/business/openai-to-establish"
    )
    assert bing[1].url.startswith("https://www.newsbytesapp.com/news/business/openai-to-")
    # Without an id, the article's own address is its identity, whichever feed carried it.
    assert bing[0].key == joongang.key
    assert alerts[0].title == "OpenAI to open office in Seoul"  # Google's <b> marks dropped


@pytest.mark.parametrize(
    "link",
    [
        "https://www.google.com/search?q=openai+seoul",  # not a click-through
        "https://www.google.com/url?rct=j&sa=t&url=javascript:alert(1)",  # no web address
        "http://www.bing.com/news/apiclick.aspx?ref=FexRss&tid=1",  # nothing to unwrap
    ],
)
def test_other_links_on_those_hosts_stay_as_they_are(link: str):
    body = BLOG_ITEM.format(lede="A lede.", back_link="").replace(
        "https://blog.example/a", link.replace("&", "&amp;")
    )
    (article,) = parse_feed(body.encode(), source="agg").articles
    assert urlsplit(article.url)[:3] == urlsplit(link)[:3]


def test_a_figure_and_its_caption_are_no_part_of_the_lede():
    # The Verge opens each entry with <figure><img><figcaption>…</figcaption></figure>; the
    # caption ("… in Middletown, Pennsylvania. | Photos by … via Getty Images") would read as
    # the story's first sentence. The capture also cut each entry off inside a tag.
    fridge, nuclear = parse("theverge_atom.xml").articles
    assert fridge.summary.startswith("Samsung’s smart fridges will soon be able to identify")
    assert nuclear.summary.startswith("The General Services Administration (GSA)")
    assert "Pennsylvania" not in nuclear.summary and "Getty" not in nuclear.summary
    assert nuclear.summary.endswith("nuclear energy deals last year.")


BLOG_ITEM = """<rss version="2.0"><channel><title>Blog</title><item><title>Headline</title>
<link>https://blog.example/a</link><description><![CDATA[<p>{lede}</p>
<p>{back_link}</p>]]></description></item></channel></rss>"""


@pytest.mark.parametrize(
    "back_link",
    [
        'The post <a href="https://blog.example/a">Headline</a> appeared first on '
        '<a href="https://blog.example">Korea Tech Daily</a>.',
        "L’article Headline est apparu en premier sur Le Blog Suisse.",
        "Cet article Headline est apparu en premier sur Blog.",
        "Der Beitrag Headline erschien zuerst auf Berliner Blog.",
        "La entrada Headline se publicó primero en Blog México.",
        "O post Headline apareceu primeiro em Blog Brasil.",
        "L'articolo Headline sembra essere il primo su Blog Italia.",
    ],
)
def test_a_back_link_in_any_language_is_cut_and_the_lede_kept_whole(back_link: str):
    lede = "The post of chief executive went to an engineer, who first appeared on stage today."
    body = BLOG_ITEM.format(lede=lede, back_link=back_link).encode()
    (article,) = parse_feed(body, source="blog").articles
    assert article.summary == lede


def test_a_lede_that_reads_like_a_back_link_but_names_no_headline_stays():
    lede = "The post of chief executive went to an engineer, who first appeared on stage today."
    body = BLOG_ITEM.format(lede="A first sentence.", back_link=lede).encode()
    (article,) = parse_feed(body, source="blog").articles
    assert article.summary == f"A first sentence. {lede}"


def test_a_description_that_is_only_a_back_link_leaves_no_summary():
    body = BLOG_ITEM.format(lede="", back_link="The post Headline appeared first on Blog.")
    (article,) = parse_feed(body.encode(), source="blog").articles
    assert (article.title, article.summary) == ("Headline", "")


def test_an_atom_entry_keeps_its_own_language():
    langs = [a.lang for a in parse("markup_atom.xml").articles]
    assert langs == ["ja", "en", "ja"]


@pytest.mark.parametrize(
    "body",
    [
        b'<rss version="2.0"><channel><item><title>Caf&eacute;&nbsp;news</title></item>'
        b"</channel></rss>",
        (FEEDS / "newsbytes_rss1.xml").read_bytes(),
        b'<rss version="2.0"><channel><item><title>cut off',
    ],
    ids=["html-entities", "rss1", "truncated"],
)
def test_feeds_the_expat_reader_does_not_know_go_to_feedparser(body: bytes):
    assert read_simple_feed(body, 500) is None
    assert parse_feed(body, source="s") == parse_with_feedparser(body, "s")


def test_json_feed_by_content_type_and_by_sniffing():
    for content_type in ("application/feed+json", None):
        feed = parse("ajupress.json", content_type)
        (item,) = feed.articles
        assert item.key == "guid:20250526154508638"
        assert item.summary.startswith("Over the past year, OpenAI has opened offices")
        assert item.published == datetime(2025, 5, 26, 6, 45, 8, tzinfo=UTC)
        assert feed.title == "AJU Press"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html><body><p>Not a feed</p></body></html>", "not an RSS"),
        (b"\x89PNG\r\n\x1a\n\x00\x00garbage", "damaged feed"),
        (b'{"title": "no version"}', "not a JSON Feed"),
        (b"{" + b'"a":[' * 5000, "not valid JSON"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": 5}', "without an items list"),
    ],
)
def test_unusable_bytes_raise_one_line_feed_error(body: bytes, message: str):
    with pytest.raises(FeedError, match=message) as caught:
        parse_feed(body, source="bad-source")
    assert "\n" not in str(caught.value) and str(caught.value).startswith("bad-source")


def test_damaged_feed_keeps_what_parsed():
    body = (FEEDS / "joongang_rss2.xml").read_bytes().replace(b"</channel>", b"<broken></channel>")
    feed = parse_feed(body, source="s")
    assert feed.problem and "damaged" in feed.problem
    assert len(feed.articles) == 2


def test_doctype_entities_are_not_expanded():
    body = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<rss version="2.0"><channel><title>t</title>
<item><title>x &b;&b;&b;&b;&b;&b;&b;&b;</title><link>https://example.org/1</link></item>
</channel></rss>"""
    feed = parse_feed(body, source="s")
    assert all(len(a.title) < 100 for a in feed.articles)


def test_canonical_url_drops_tracking_and_fragment_keeps_meaningful_query():
    assert canonical_url("HTTPS://Example.COM:443/a?utm_source=x&id=7&fbclid=y#top") == (
        "https://example.com/a?id=7"
    )
    assert canonical_url("http://example.com:8080") == "http://example.com:8080/"


def test_article_key_ignores_scheme_changes_and_falls_back_to_a_hash():
    assert article_key("http://ex.com/a", None, "t") == article_key("https://ex.com/a", None, "t")
    assert article_key(None, "https://ex.com/a?utm_medium=rss", "t") == "url:ex.com/a"
    hashed = article_key(None, None, "Title")
    assert hashed.startswith("hash:") and hashed == article_key("  ", "", "Title")


def test_plain_text_drops_scripts_and_decodes_entities():
    assert plain_text("<script>alert(1)</script><b>A &amp; B</b>\n  c", 100) == "A & B c"
