"""Robustness benchmark: how many of the detector's results change when the dev set's own
items are written the way other sites and feeds write the same text.

    python bench/robustness.py [FILE] [--as-of YYYY-MM-DD]
        FILE defaults to tests/data/market_entry_dev.jsonl; only its tune split is spoilt (the
        holdout stays unread); --as-of as for `beachhead eval`.

Each spoiler rewrites every tune item it applies to (Unicode forms, invisible characters,
entities left escaped, the press's short names for countries and spellings of firms' names,
headline conventions, the datelines of wires and press releases, a summary that opens with
the headline or a photo credit, Chinese in traditional characters) and the table counts the
items whose result (company and country, or none) changes, split into results lost and
results gained, and how many of the changes undo a result the labels call right. A robust
detector changes nothing: the story is the same.

Then the entries found are told of other firms and other markets: each firm written as a
listed firm of the same kind and home with no known presences, and each market named by its
country's or a city's name moved to a market where the firm has none, written as CLDR names
it in the item's language. The entry should be found for the stand-in too. Last, each firm
is written as an unlisted one: where the text calls it an AI firm beside its name, the words
alone should find it (elsewhere it is rightly missed: "Quorvia opens a Tokyo office" names no
AI firm).

The Chinese spoilers and the market stand-ins need the bench extra (OpenCC, Babel): pip
install -e ".[bench]"; without it they are skipped, and say so.
"""

from __future__ import annotations

import re
import sys
import textwrap
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.detect import dev_set_and_day  # noqa: E402
from bot.detect import build_detector  # noqa: E402
from bot.detect.knowledge import LATIN_WORDS, Knowledge  # noqa: E402
from bot.detect.lexicon import plain_characters  # noqa: E402
from bot.detect.places import Gazetteer  # noqa: E402
from bot.detect.triggers import DATELINE  # noqa: E402
from bot.evaluate import date_from_event, predictor, read_as_of, read_jsonl, split_of  # noqa: E402

Item = dict[str, Any]


@dataclass(frozen=True)
class Spoiler:
    """One way a site writes the same story: `rewrite` maps a text (title or summary)."""

    name: str
    rewrite: Callable[[str], str]
    title_only: bool = False
    languages: frozenset[str] = frozenset()  # the items it applies to (empty: all)
    # what to put before the summary instead, made from the item (None: it does not apply)
    lead_in: Callable[[Item], str | None] | None = None


def _soft_hyphens(text: str) -> str:
    # as German sites hyphenate long words: "Rechen\u00adzentrum"
    return re.sub(r"(?<=\w{5})(?=\w{4})", "\u00ad", text, count=3)


def _short_names(text: str) -> str:
    for long, short in SHORT_NAMES:
        text = re.sub(rf"(?<![\w.]){re.escape(long)}(?!\w)", short, text)
    return text


def _full_width(text: str) -> str:
    # as Japanese and Chinese newspapers write Latin letters and digits: "ＯｐｅｎＡＩ"
    return "".join(
        chr(ord(char) + 0xFEE0) if char.isascii() and char.isalnum() else char for char in text
    )


def _title_case(text: str) -> str:
    return re.sub(r"(?<![\w'’])([a-z])", lambda letter: letter.group(1).upper(), text)


@cache
def _several_words() -> re.Pattern[str]:
    """The listed names of several Latin words (as spellings() reads them hyphenated)."""
    names = {
        re.escape(name)
        for company in build_detector().knowledge.companies.values()
        for name in (company.name, *company.aliases)
        if LATIN_WORDS.fullmatch(name)
    }
    return re.compile("|".join(sorted(names, key=len, reverse=True)))


def _hyphenated(text: str) -> str:
    # as German compounds write a name: "Hugging-Face-Chef"
    return _several_words().sub(lambda name: name.group().replace(" ", "-"), text)


# The press's short forms: Hong Kong and Gulf copy, Yonhap, AP and Reuters style.
SHORT_NAMES = (
    ("Hong Kong", "HK"),
    ("South Korea", "S. Korea"),
    ("United States", "U.S."),
    ("Saudi Arabia", "Saudi"),
    ("United Kingdom", "U.K."),
    ("United Arab Emirates", "U.A.E."),
)

# The wire datelines of other presses, each from London, so the city is no target.
FOREIGN_DATELINES = {
    "ar": "لندن (رويترز) - ",
    "ja": "【ロンドン共同】",
    "ko": "(런던=연합뉴스) 홍길동 특파원 = ",
    "zh": "新华社伦敦{day.month}月{day.day}日电 ",
    "de": "LONDON (dpa-AFX) - ",
    "fr": "LONDRES (AFP) - ",
    "es": "LONDRES, {day.day} Nov. (EUROPA PRESS) - ",
    "pt": "LONDRES (Reuters) - ",
    "it": "LONDRA (ANSA) - ",
    "tr": "LONDRA (AA) - ",
    "ru": "ЛОНДОН, {day.day} ноя — РИА Новости. ",
}


SPOILERS = (
    Spoiler("decomposed letters (NFD)", lambda text: unicodedata.normalize("NFD", text)),
    Spoiler("soft hyphens in long words", _soft_hyphens),
    Spoiler("zero-width spaces", lambda text: text.replace(" ", " \u200b")),
    Spoiler("non-breaking hyphens", lambda text: text.replace("-", "\u2011")),
    Spoiler("non-breaking spaces", lambda text: text.replace(" ", "\u00a0")),
    Spoiler("double spaces and tabs", lambda text: text.replace(" ", "  ").replace(", ", ",\t")),
    Spoiler("Windows line ends", lambda text: text.replace("\n", "\r\n")),
    Spoiler("entities left escaped", lambda text: text.replace("&", "&amp;").replace("'", "&#39;")),
    Spoiler("typographic quotes", lambda text: text.replace("'", "’").replace('"', "“")),
    Spoiler("short country names", _short_names),
    Spoiler("full-width letters (CJK copy)", _full_width, languages=frozenset({"ja", "zh", "ko"})),
    Spoiler("names of several words hyphenated", _hyphenated),
    Spoiler("OpenAI written 'Open AI'", lambda text: re.sub(r"\bOpenAI\b", "Open AI", text)),
    Spoiler("headline in title case", _title_case, title_only=True, languages=frozenset({"en"})),
    Spoiler("wire prefix (UPDATE 2-)", lambda text: "UPDATE 2-" + text, title_only=True),
    Spoiler("headline in quotes", lambda text: f"“{text}”", title_only=True),
    Spoiler("headline cut with ...", lambda text: text + "...", title_only=True),
    Spoiler("emoji, hashtags, (Video)", lambda text: f"🚀 {text} (Video) #AI", title_only=True),
    Spoiler("outlet after the headline", lambda text: text + " - Reuters", title_only=True),
    Spoiler(
        "stop after the headline",
        lambda text: text if text.endswith(".") else text + ".",
        title_only=True,
    ),
    Spoiler(
        "wire dateline (LONDON, Reuters)",
        str,
        lead_in=lambda item: _dateline(item, "LONDON, {day:%b} {day.day} (Reuters) - "),
        languages=frozenset({"en"}),
    ),
    Spoiler(
        "press release dateline",
        str,
        lead_in=lambda item: _dateline(item, "London, {day.day} {day:%B %Y} – "),
        languages=frozenset({"en"}),
    ),
    Spoiler(
        "wire datelines of other presses",
        str,
        lead_in=lambda item: _dateline(item, FOREIGN_DATELINES.get(item.get("lang", "en"), "")),
        languages=frozenset(FOREIGN_DATELINES),
    ),
    Spoiler("headline copied into the summary", str, lead_in=lambda item: item["title"] + ". "),
    Spoiler("photo credit before the summary", str, lead_in=lambda item: "(Photo: Reuters) "),
)


def chinese_scripts() -> tuple[Spoiler, ...]:
    """Chinese written as Taiwan's and Hong Kong's press writes it, in traditional characters
    and their words, by OpenCC (a bench-only dependency: none if it is missing). A character
    map alone would not do: "出海" and "平台" have no one traditional form."""
    try:
        from opencc import OpenCC
    except ImportError:
        return ()
    chinese = frozenset({"zh"})
    return (
        Spoiler("Chinese as Taiwan writes it", OpenCC("s2twp").convert, languages=chinese),
        Spoiler("Chinese as Hong Kong writes it", OpenCC("s2hk").convert, languages=chinese),
    )


def _dateline(item: Item, form: str) -> str | None:
    """A dateline in `form`, dated as the item; None for an undated item (a dateline's date
    would date it) or one whose summary has a dateline already."""
    published = item.get("published") or ""
    if len(published) < len("2025-01-01") or DATELINE.match(item.get("summary") or ""):
        return None
    return form.format(day=date.fromisoformat(published[:10]))


def spoilt(item: Item, spoiler: Spoiler) -> Item | None:
    """`item` as the spoiler writes it; None if it does not apply or changes nothing."""
    if spoiler.languages and item.get("lang", "en") not in spoiler.languages:
        return None
    if spoiler.lead_in is not None:
        summary, lead_in = item.get("summary") or "", spoiler.lead_in(item)
        return {**item, "summary": lead_in + summary} if summary and lead_in else None
    title = spoiler.rewrite(item["title"])
    summary = item.get("summary") or ""
    if not spoiler.title_only:
        summary = spoiler.rewrite(summary)
    if (title, summary) == (item["title"], item.get("summary") or ""):
        return None
    return {**item, "title": title, "summary": summary}


def _names_pattern(names: Iterable[str]) -> re.Pattern[str]:
    """Any of a firm's names, longest first, bounded by Latin letters and digits only
    ("ウェイモが", "웨이모는" are the name too)."""
    longest_first = sorted(names, key=len, reverse=True)
    return re.compile(
        rf"(?<![A-Za-z0-9])(?:{'|'.join(map(re.escape, longest_first))})(?![A-Za-z0-9])",
        re.IGNORECASE,
    )


def firm_swaps(knowledge: Knowledge, items: list[Item]) -> Iterator[tuple[Item, str]]:
    """Each entry item with its firm's names (aliases, products, parent) written as another
    listed firm's, of the same category and home and with no known presences: the rules
    should find the entry by its words, whoever makes it."""
    present = {company for company, _ in knowledge.presences.rows}
    stand_ins: dict[tuple[str, str], str] = {}
    for company in knowledge.companies.values():
        if company.name not in present and not (company.ambiguous or company.needs_context):
            stand_ins.setdefault((company.category, company.home), company.name)
    for item in items:
        firm = knowledge.companies.get(item["company"] or "")
        stand_in = firm and stand_ins.get((firm.category, firm.home))
        if not item["label"] or firm is None or stand_in in (None, firm.name):
            continue
        pattern = _names_pattern({firm.name, *firm.aliases, *firm.products, *firm.parent})
        title, summary = item["title"], item.get("summary") or ""
        if pattern.search(title) or pattern.search(summary):
            rewritten = {
                **item,
                "title": pattern.sub(stand_in, title),
                "summary": pattern.sub(stand_in, summary),
            }
            yield rewritten, str(stand_in)


# An unlisted firm's stand-in name: in no list, no word, no place.
UNLISTED_STAND_IN = "Quorvia"
# Where a text calls the firm an AI one beside its name ("AI giant Quorvia", "Quorvia, a
# French artificial intelligence company"): an unlisted firm is then found by the words alone.
AI_WORD = (
    r"(?:\bAI\b|A\.I\.|[Aa]rtificial [Ii]ntelligence|intelligence artificielle"
    r"|inteligencia artificial|\bKI\b|\bIA\b|인공지능|人工智能|人工知能"
    r"|self-driving|robotaxi|autonomous)"
)
AI_BESIDE = re.compile(
    AI_WORD
    + r"[^.|\n]{0,50}"
    + UNLISTED_STAND_IN
    + "|"
    + UNLISTED_STAND_IN
    + r",? (?:an?|the) [^.|,\n]{0,60}"
    + AI_WORD
)


def unlisted_swaps(knowledge: Knowledge, items: list[Item]) -> Iterator[tuple[Item, bool]]:
    """Each entry item with its firm's names (aliases, parent) written as an unlisted firm's
    (items that name one of its products are left out: the product still names the firm),
    and whether the text calls the firm an AI one beside its name."""
    for item in items:
        firm = knowledge.companies.get(item["company"] or "")
        if not item["label"] or firm is None:
            continue
        title, summary = item["title"], item.get("summary") or ""
        if firm.products and _names_pattern(firm.products).search(f"{title}\n{summary}"):
            continue
        # (a parent is written as the stand-in only where it stands for the firm: "Alphabet's
        # Waymo" names its owner, which stays)
        pattern = _names_pattern({firm.name, *firm.aliases})
        if not pattern.search(f"{title}\n{summary}"):
            pattern = _names_pattern({firm.name, *firm.aliases, *firm.parent})
        if pattern.search(title) or pattern.search(summary):
            title = pattern.sub(UNLISTED_STAND_IN, title)
            summary = pattern.sub(UNLISTED_STAND_IN, summary)
            described = bool(AI_BESIDE.search(f"{title}\n{summary}"))
            yield {**item, "title": title, "summary": summary}, described


# Markets to move an entry to, each with the time zone CLDR names its largest city by:
# mid-sized, on four continents, few firms listed there yet.
STAND_IN_MARKETS = {
    "KE": "Africa/Nairobi", "CL": "America/Santiago", "PL": "Europe/Warsaw",
    "VN": "Asia/Saigon", "MA": "Africa/Casablanca", "PE": "America/Lima",
    "CZ": "Europe/Prague", "NG": "Africa/Lagos", "PH": "Asia/Manila", "EG": "Africa/Cairo",
}  # fmt: skip
# Languages whose place names stand as they are after a preposition (not German, Polish,
# Russian..., which decline them), with their CLDR locale.
UNDECLINED = {
    "en": "en", "fr": "fr", "es": "es", "pt": "pt", "it": "it", "nl": "nl", "ko": "ko",
    "ja": "ja", "zh": "zh_Hans", "id": "id", "vi": "vi", "ar": "ar", "tr": "tr",
}  # fmt: skip


def place_swaps(
    knowledge: Knowledge, places: Gazetteer, items: list[Item]
) -> Iterator[tuple[Item, str]]:
    """Each entry item that names its market by the country's or a city's name (not by an
    adjective, and no other place but the firm's home), with those names written as another
    market's and its largest city's, a market where the firm has no known presence, in the
    item's language as CLDR writes them: the rules should find the entry wherever it goes."""
    from babel import Locale

    present = set(knowledge.presences.rows)
    for item in items:
        language = UNDECLINED.get(item.get("lang", "en"))
        firm = knowledge.companies.get(item["company"] or "")
        if language is None or firm is None:
            continue
        texts = [plain_characters(item["title"]), plain_characters(item.get("summary") or "")]
        hits = [places.find(text) for text in texts]
        target = [hit for found in hits for hit in found if hit.value.country == item["country"]]
        others = {hit.value.country for found in hits for hit in found} - {item["country"]}
        # (a story that names other places too, a region or another market, is left alone:
        # which of them is the target may rightly change)
        if (
            not target
            or any(hit.value.how not in ("name", "city") for hit in target)
            or others - {firm.home}
        ):
            continue
        market = next(
            (
                code
                for code in STAND_IN_MARKETS
                if code != firm.home and (firm.name, code) not in present
            ),
            None,
        )
        if market is None:
            continue
        cldr = Locale.parse(language)
        zone = STAND_IN_MARKETS[market]
        names = {
            "name": cldr.territories[market],
            "city": (cldr.time_zones.get(zone) or {}).get("city")
            or zone.split("/")[1].replace("_", " "),
        }
        rewritten = []
        for text, found in zip(texts, hits, strict=True):
            moved = text
            for hit in sorted(found, key=lambda hit: -hit.start):
                if hit.value.country == item["country"]:
                    moved = moved[: hit.start] + names[hit.value.how] + moved[hit.end :]
            rewritten.append(moved)
        yield {**item, "title": rewritten[0], "summary": rewritten[1]}, market


def main() -> int:
    """Print, per spoiler, how many tune results change."""
    path, as_of = dev_set_and_day(sys.argv[1:])
    items = [
        item
        for item in date_from_event(read_jsonl(path.read_text(encoding="utf-8")))
        if split_of(item) == "tune"
    ]
    detector = build_detector()
    predict = predictor(read_as_of(detector, as_of) if as_of else detector)

    def result(item: Item) -> tuple[str, str] | None:
        entry = predict(item)
        return (entry.company, entry.country) if entry else None

    plain = [result(item) for item in items]
    print(f"dev set: {path.name}, tune split, {len(items)} items")
    print(
        f"{'spoiler':32} {'applies':>8} {'changed':>8} {'lost':>6} {'gained':>7} {'was right':>10}"
    )
    spoilers = (*SPOILERS, *chinese_scripts())
    for spoiler in spoilers:
        applies = changed = lost = gained = was_right = 0
        for item, before in zip(items, plain, strict=True):
            rewritten = spoilt(item, spoiler)
            if rewritten is None:
                continue
            applies += 1
            after = result(rewritten)
            if after == before:
                continue
            changed += 1
            lost += before is not None
            gained += before is None
            right = (item["company"], item["country"]) if item["label"] else None
            was_right += before == right
        print(f"{spoiler.name:32} {applies:8} {changed:8} {lost:6} {gained:7} {was_right:10}")
    if len(spoilers) == len(SPOILERS):
        print('(Chinese in traditional characters: skipped, it needs pip install -e ".[bench]")')
    # An entry found for its firm must be found for a stand-in firm too, in the same country.
    found = [
        item
        for item, before in zip(items, plain, strict=True)
        if before == (item["company"], item["country"])
    ]
    tried = 0
    changes: list[str] = []
    for rewritten, stand_in in firm_swaps(detector.knowledge, found):
        tried += 1
        after = result(rewritten)
        if after != (stand_in, rewritten["country"]):
            changes.append(f"{rewritten['id']}: {stand_in} → {after or 'nothing'}")
    print(
        f"\nentries found, their firm written as a same-kind firm with no known presences: "
        f"{tried}, result changed: {len(changes)}"
    )
    for line in changes:
        print(f"  {line}")
    # ... and for an unlisted firm, where the text calls it an AI one.
    kept = {True: 0, False: 0}
    tried_unlisted = {True: 0, False: 0}
    lost_described = []
    for rewritten, described in unlisted_swaps(detector.knowledge, found):
        tried_unlisted[described] += 1
        if result(rewritten) == (UNLISTED_STAND_IN, rewritten["country"]):
            kept[described] += 1
        elif described:
            lost_described.append(rewritten["id"])
    print(
        f"\nentries found, their firm written as an unlisted one ({UNLISTED_STAND_IN}): "
        f"found {kept[True]} of {tried_unlisted[True]} where the text calls it an AI firm "
        f"beside its name, {kept[False]} of {tried_unlisted[False]} elsewhere; not found:"
    )
    print(textwrap.fill(" ".join(lost_described), initial_indent="  ", subsequent_indent="  "))
    # ... and in another market, one with no known presence of the firm.
    try:
        swaps = list(place_swaps(detector.knowledge, detector.places, found))
    except ImportError:
        print('\nplace stand-ins: skipped, they need Babel (pip install -e ".[bench]")')
        return 0
    changes = []
    for rewritten, market in swaps:
        after = result(rewritten)
        if after is None or after[1] != market:
            changes.append(
                f"{rewritten['id']}: {market} → {after or 'nothing'}: {rewritten['title']}"
            )
    print(
        f"\nentries found that name their market by its name or a city's, moved to a market "
        f"where the firm has no known presence: {len(swaps)}, market not found: {len(changes)}"
    )
    for line in changes:
        print(f"  {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
