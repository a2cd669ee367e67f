"""The detector's one-scan trigger search finds what each pattern's own finditer finds.

The speed-ups in scan.py (TriggerStarts, finditer_starts) and lexicon.py (runs in the
trie) must not change a single match; these compare them with the plain regexes over the
dev set, whole and cut into pieces, so a new phrase that the fast path mishandles fails
here rather than quietly changing what is detected.
"""

import json
import random
import re

from bot.detect import build_detector
from bot.detect.detector import TRIGGER_PATTERNS, trigger_starts
from bot.detect.lexicon import _ENDS_WORD, Lexicon, fold
from bot.detect.patterns import prefixes
from bot.detect.scan import finditer_spans, finditer_starts
from bot.detect.triggers import PARTS
from tests.conftest import DATA

TRIGGERS = list(TRIGGER_PATTERNS)


def texts() -> list[str]:
    """Dev-set texts, whole and as random slices and splices (seeded)."""
    rng = random.Random(7)
    whole = []
    for line in (DATA / "market_entry_dev.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            whole.append(f"{record['title']}\n{record.get('summary') or ''}")
    out = list(whole)
    for text in whole:
        start = rng.randrange(len(text))
        out.append(text[start : rng.randrange(start, len(text) + 1)])
        other = rng.choice(whole)
        out.append(text[: rng.randrange(len(text) + 1)] + other[rng.randrange(len(other)) :])
    return out


def test_trigger_starts_give_every_patterns_own_matches():
    union = re.compile("|".join(f"(?:{rx.pattern})" for rx in TRIGGERS))
    for text in texts():
        folded = fold(text)
        starts = trigger_starts()(folded)
        assert bool(starts) == bool(union.search(folded)), text
        for rx in TRIGGERS:
            spans = [m.span() for m in rx.finditer(folded)]
            assert finditer_spans(rx, folded, starts) == spans, (rx.pattern[:60], text)
            expected = [start for start, _ in spans]
            assert finditer_starts(rx, folded, starts) == expected, (rx.pattern[:60], text)


def test_no_trigger_fires_on_plain_function_words():
    # A phrase that lost its words (two raw strings joined where a comma was meant) can come
    # down to " in" or " at" and fire everywhere; a sentence of function words catches it.
    plain = fold(
        "It is, in fact, in the city, at the time of a day, and then (in a bus) we go to it "
        "for an hour or two, with the people who are there, as of now."
    )
    assert [rx.pattern[:60] for rx in TRIGGERS if rx.search(plain)] == []


def test_no_trigger_phrase_opens_with_a_positive_lookbehind():
    # TriggerStarts tries the text's start behind a line break, which such a phrase would see
    phrases = [phrase for rx in TRIGGERS for phrase in PARTS[rx][0]]
    assert not [phrase for phrase in phrases if phrase.lstrip("(?:").startswith("(?<=")]


def test_trigger_starts_overlapping_and_adjacent_phrases():
    # "设立办公室" holds "办公室"; "opens" and "office" are both starts; a phrase at 0.
    examples = [
        *["设立办公室", "开设办公室在首尔", "拠点を開設"],
        *["opens new office in", "x datacenter"],
    ]
    for text in examples:
        folded = fold(text)
        starts = trigger_starts()(folded)
        for rx in TRIGGERS:
            expected = [m.start() for m in rx.finditer(folded)]
            assert finditer_starts(rx, folded, starts) == expected


def test_prefixes():
    assert prefixes("(?:first|new|an?) office", 1) == frozenset("fna")
    assert prefixes("(?:first|new|an?) office", 2) == {"fi", "ne", "an", "a "}
    assert prefixes("b[üu]ro|kantor", 2) == {"bü", "bu", "ka"}
    assert prefixes("(?:now |is )?available", 2) == {"no", "is", "av"}
    assert prefixes("x{3,}", 2) == {"xx"}
    assert prefixes("(?!x)ab", 2) == {"ab"}
    assert prefixes(r"\w+ office", 1) is None  # any word character: unsure
    assert prefixes("(?:x)?", 1) is None  # may match empty
    assert prefixes("a(?:b|$)", 2) is None  # may match one character only
    assert prefixes("[a-z][a-z]", 2) is None  # too many to copy into branches


def plain_lexicon_regex(lexicon: Lexicon[str]) -> re.Pattern[str]:
    """All of a lexicon's phrases in one alternation, longest first: what it must find."""
    phrases = sorted(lexicon._values, key=len, reverse=True)
    alternation = "|".join(re.escape(p) for p in phrases)
    return re.compile(f"{_ENDS_WORD}(?:{alternation}){_ENDS_WORD}")


def test_lexicon_ascii_and_other_phrases_overlap_as_one_regex():
    """ASCII-led and other phrases are found by two patterns; where they overlap, the
    leftmost wins and the scan goes on from its end, as one regex would."""
    lexicon = Lexicon(
        (p, p) for p in ["new york", "york", "york東京", "東京", "東京都", "京都", "k京", "ab", "b"]
    )
    plain = plain_lexicon_regex(lexicon)
    for text in [
        "new york東京都",
        "york東京都 ab",
        "東京都 york",
        "ny東京都abb 京都 ab",
        "k京都ab",
    ]:
        expected = [m.span() for m in plain.finditer(text)]
        assert [(h.start, h.end) for h in lexicon.finditer(text)] == expected, text


def test_lexicon_words_end_where_the_script_changes():
    """Only two letters of cased scripts side by side join one word: "OpenAI日本法人" and
    "日本AI" name Japan, "Japanese" does not name "Japan"."""
    lexicon = Lexicon((p, p) for p in ["日本", "japan", "ai"])
    assert [h.phrase for h in lexicon.finditer("OpenAI日本法人")] == ["日本"]
    assert [h.phrase for h in lexicon.finditer("日本AI市場")] == ["日本", "AI"]
    assert [h.phrase for h in lexicon.finditer("Japanese, Japan")] == ["Japan"]


def test_lexicon_runs_match_the_plain_trie():
    """Lexicons with many first characters are cut into runs; matches stay the same."""
    detector = build_detector()
    lexicons = [
        detector.knowledge.names,
        detector.knowledge.exact_names,
        detector.places._insensitive,
        detector.places._sensitive,
    ]
    plain = [plain_lexicon_regex(lex) for lex in lexicons]
    for text in texts()[:600]:
        for lexicon, rx in zip(lexicons, plain, strict=True):
            haystack = text if lexicon.case_sensitive else fold(text)
            expected = [(m.start(), m.end()) for m in rx.finditer(haystack)]
            assert [(h.start, h.end) for h in lexicon.finditer(text)] == expected, text


def test_a_lexicon_finds_arabic_phrases_without_the_hamza_on_alif():
    # "الامارات" for "الإمارات", "الي" for "إلى": both spellings are common in Arabic copy
    lexicon = Lexicon([("الإمارات", "AE"), ("تصل إلى", "arrives")])
    text = "كوهير تصل الي الامارات"
    assert [(hit.value, hit.phrase) for hit in lexicon.finditer(text)] == [
        ("arrives", "تصل الي"),
        ("AE", "الامارات"),
    ]


def test_a_lexicon_finds_simplified_chinese_names_in_traditional_characters():
    # Taiwan's and Hong Kong's press write "盧森堡" and "小馬智行"; not the other way round,
    # as Japanese writes with the traditional forms.
    lexicon = Lexicon([("卢森堡", "LU"), ("小马智行", "Pony.ai"), ("東京", "JP")])
    text = "小馬智行在盧森堡, 东京"
    assert [hit.value for hit in lexicon.finditer(text)] == ["Pony.ai", "LU"]


def test_a_lexicon_finds_hindi_names_with_and_without_the_nukta():
    # "ब्राज़ील" and "ब्राजील" are both Brazil; the nukta comes combining or precomposed
    lexicon = Lexicon([("ब्राजील", "BR"), ("स्विट्ज़रलैंड", "CH")])
    text = "ब्राज़ील, \u092c\u094d\u0930\u093e\u095b\u0940\u0932, स्विट्जरलैंड"
    assert [hit.value for hit in lexicon.finditer(text)] == ["BR", "BR", "CH"]
