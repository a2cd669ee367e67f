"""Guarded patterns skip the regex only where it could not have matched.

`required_strings` reads sre's parse tree; a mistake there would silently drop matches, so
every Guarded pattern the detector uses is compared with its plain regex over the dev set,
on whole texts and on the short windows the detector gives it.
"""

import random
import re

import bot.detect.triggers as triggers
from bot.detect.lexicon import fold
from bot.detect.patterns import Guarded, alternatives_of, by_prefix, required_strings
from tests.detect.test_scan import texts

GUARDED = {name: rx for name, rx in vars(triggers).items() if isinstance(rx, Guarded)}


def test_required_strings():
    assert required_strings(r"(?:based|born) in\s*$") == [{"based in", "born in"}]
    assert required_strings(r"(?:Based|born) in$", re.IGNORECASE) == [{"based in", "born in"}]
    assert required_strings("(?<=after )x") == [{"x"}]  # a lookaround is no part of a match
    assert required_strings("(?:ab)?cd") == [{"cd"}]
    assert required_strings(r"hub\w* (?:for|of)") == [{"hub"}, {" for", " of"}]
    assert required_strings("(?i:abc)d") == [{"d"}]  # other case rules inside
    assert required_strings("a|[bc]") == []  # one branch requires nothing
    assert required_strings(r"\w+") == []


def test_guarded_search_is_the_plain_search():
    assert GUARDED, "the detector uses Guarded patterns"
    rng = random.Random(11)
    for text in texts()[::3]:
        for haystack in (text, fold(text)):
            cuts = sorted(rng.randrange(len(haystack) + 1) for _ in range(2))
            for name, guarded in GUARDED.items():
                plain = guarded.regex
                assert bool(guarded.search(haystack)) == bool(plain.search(haystack)), name
                window = (max(0, cuts[1] - 40), cuts[1])
                found = guarded.search(haystack, *window)
                expected = plain.search(haystack, *window)
                assert (found and found.span()) == (expected and expected.span()), (name, text)
                assert [m.span() for m in guarded.finditer(haystack)] == [
                    m.span() for m in plain.finditer(haystack)
                ], name


def test_guarded_match_window_and_case():
    assert Guarded("based in", re.IGNORECASE).match("Based in Seoul") is not None
    assert Guarded("based in").match("Based in Seoul") is None
    guarded = Guarded("based in")
    assert guarded.search("x based in Seoul", 2, 10).span() == (2, 10)
    assert guarded.search("x based in Seoul", 3, 10) is None  # the window holds no match


def test_by_prefix_finds_where_any_alternative_matches():
    alternatives = ["in talks", "in(?:to|side)", "india", "open(?:s|ed)? an? office"]
    alternatives += [r"\w+ hub", "x"]  # unsure from the first character; one character long
    plain = re.compile("|".join(alternatives))
    text = "inside india, it opens an office; xinto a hub in talks in"
    expected = [i for i in range(len(text) + 1) if plain.match(text, i)]
    for depth in (1, 2, 3):
        dispatched = re.compile(f"(?={by_prefix(alternatives, depth)})")
        assert [m.start() for m in dispatched.finditer(text)] == expected, depth


def test_alternatives_of_splits_only_the_top_level():
    assert alternatives_of("(?:a|b(?:c|d))") == ["a", "b(?:c|d)"]
    assert alternatives_of("(?:a|b)c") == ["(?:a|b)c"]  # the group does not span it all
    assert alternatives_of(r"[|)(]x|\||y|[]|]z") == ["[|)(]x", r"\|", "y", "[]|]z"]
    assert alternatives_of(r"[^]|]a|(?<!x|y)b") == ["[^]|]a", "(?<!x|y)b"]
    assert alternatives_of(r"(a)|\1") == [r"(a)|\1"]  # a backreference: left whole


def test_alternatives_of_match_where_the_whole_does():
    # a sample of the trigger patterns' Latin phrases, on dev-set texts
    phrases = [phrase for latin, _ in triggers.PARTS.values() for phrase in latin]
    split = [phrase for phrase in phrases if len(alternatives_of(phrase)) > 1]
    assert len(split) > 50
    for phrase in random.Random(7).sample(split, 25):
        whole = re.compile(phrase)
        parts = [re.compile(part) for part in alternatives_of(phrase)]
        for text in texts()[:60]:
            folded = fold(text)
            either = [i for i in range(len(folded)) if any(p.match(folded, i) for p in parts)]
            assert [i for i in range(len(folded)) if whole.match(folded, i)] == either, phrase
