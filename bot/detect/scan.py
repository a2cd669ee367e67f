"""Where phrase patterns can match, found in one pass instead of one regex scan each; pure.

The detector's trigger patterns (bot/detect/triggers.py `_compile`) each open with a
lookbehind and a long alternation, so sre tries every alternative at every position. These
helpers find the few positions where any of them can start, so each pattern is tried only
there, with the same matches as its own finditer (tests/detect/test_scan.py checks it).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from typing import Any

from bot.detect.lexicon import trie_pattern
from bot.detect.triggers import NON_WORD, PARTS, WORD_END


class TriggerStarts:
    """Every position where at least one of some `_compile` patterns matches, in one scan.

    Running each pattern over the text costs a try of every alternative at every position:
    sre can skip nothing, as each pattern opens with a lookbehind and its literal phrases
    may start anywhere. Here the literal phrases become one pattern led by a character
    set, which sre skips to in C, and the Latin phrases are only tried after a non-word
    character, and only those that can begin with the character there. Each pattern then
    matches from some of these positions only: trying just those (`finditer_starts`) finds
    what its own finditer would.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        bounded = [f"(?:{phrase}){WORD_END}" for rx in patterns for phrase in PARTS[rx][0]]
        literals = {phrase for rx in patterns for phrase in PARTS[rx][1]}
        self._everywhere = "" in literals  # an empty phrase matches at every position
        literals.discard("")
        self._patterns = patterns  # at the text's start, each is simply tried
        # The boundary character is consumed, the phrase only looked at: each match is one
        # character long, so a boundary that ends one phrase can begin the next.
        self._after_boundary = re.compile(f"{NON_WORD}(?={_by_prefix(bounded)})")
        # sre walks a branch's alternatives one by one wherever the first-character set lets
        # it in, so the phrases led by ASCII (whose positions fill every English text) are
        # kept apart from the rest: a space then walks a handful of alternatives, not 200.
        self._literals = [
            _literal_starts({phrase for phrase in literals if phrase[0].isascii() is ascii})
            for ascii in (True, False)
        ]

    def __call__(self, folded: str) -> list[int]:
        """Sorted positions in `folded` where some of the patterns may match."""
        if self._everywhere:
            return list(range(len(folded) + 1))
        starts = [m.start() for rx in self._literals for m in rx.finditer(folded)]
        starts += [m.end() for m in self._after_boundary.finditer(folded)]
        if any(rx.match(folded) for rx in self._patterns):
            starts.append(0)
        return sorted(set(starts))


def _literal_starts(literals: set[str]) -> re.Pattern[str]:
    """Where any of `literals` starts: the first character consumed, the rest looked at, so
    every start is found, overlaps too."""
    by_first: dict[str, list[str]] = {}
    for phrase in sorted(literals):
        by_first.setdefault(phrase[0], []).append(phrase[1:])
    alternatives = [
        re.escape(first) + ("" if "" in rests else f"(?={trie_pattern(rests)})")
        for first, rests in by_first.items()
    ]
    return re.compile("|".join(alternatives) or r"(?!x)x")


def _by_prefix(alternatives: list[str]) -> str:
    """A pattern matching where any of `alternatives` does, which tries only those that can
    begin with the two characters at hand: `ab(?<=(?=…)..)` is led by
    literals, which sre checks before entering a branch, and then steps back over them to
    try the alternatives. Alternatives whose second character is unsure are tried after the
    first; those whose first is unsure, everywhere. Only for lookahead use: where it
    matches, not how far, is what it has in common with them."""
    tree: dict[str, dict[str, list[str]]] = {}  # first char -> second char ("": any) -> alts
    anywhere: list[str] = []
    for alternative in alternatives:
        if (pairs := _prefixes(alternative, 2)) is not None:
            for pair in sorted(pairs):
                tree.setdefault(pair[0], {}).setdefault(pair[1], []).append(alternative)
        elif (firsts := _prefixes(alternative, 1)) is not None:
            for char in sorted(firsts):
                tree.setdefault(char, {}).setdefault("", []).append(alternative)
        else:
            anywhere.append(alternative)
    branches = []
    for first, by_second in sorted(tree.items()):
        inner = [
            re.escape(second) + _stepping_back(alts, 2)
            for second, alts in sorted(by_second.items())
            if second
        ]
        if "" in by_second:
            inner.append(_stepping_back(by_second[""], 1))
        branches.append(re.escape(first) + "(?:" + "|".join(inner) + ")")
    return "(?:" + ("|".join(branches + anywhere) or r"(?!x)x") + ")"


def _stepping_back(alternatives: list[str], width: int) -> str:
    """Having read `width` characters: does any of `alternatives` match where they began?"""
    return "(?<=(?=" + "|".join(alternatives) + ")" + r"[\s\S]" * width + ")"


# More possible prefixes than this and a pattern counts as unsure: it would be copied into
# too many branches.
MAX_PREFIXES = 64


def _prefixes(pattern: str, length: int) -> frozenset[str] | None:
    """The strings of `length` characters a match of `pattern` can begin with; None if
    unsure (any character, too many choices, or a match that may be shorter). Read from
    sre's own parse tree (Python 3.11's private re._parser): should that module be missing
    or its shape change, the answer is None, always safe."""
    try:
        parser = importlib.import_module("re._parser")
        c = importlib.import_module("re._constants")
    except ImportError:
        return None

    def sequence(items: Any, heads: set[str]) -> set[str] | None:
        """`heads` (prefixes so far) extended by what `items` can match next."""
        for op, av in items:
            extended = item(op, av, heads)
            if extended is None or len(extended) > MAX_PREFIXES:
                return None
            heads = extended
        return heads

    def item(op: Any, av: Any, heads: set[str]) -> set[str] | None:
        done = {head for head in heads if len(head) >= length}
        if done == heads:
            return heads
        growing = heads - done
        if op is c.LITERAL:
            return done | {head + chr(av) for head in growing}
        if op is c.IN and all(o is c.LITERAL or (o is c.RANGE and a[1] - a[0] < 99) for o, a in av):
            chars = {chr(a) for o, a in av if o is c.LITERAL}
            chars.update(chr(x) for o, a in av if o is c.RANGE for x in range(a[0], a[1] + 1))
            return done | {head + char for head in growing for char in chars}
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # no inline flags
            return sequence(av[3], heads)
        if op is c.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                if (extended := sequence(branch, heads)) is None:
                    return None
                found |= extended
            return found
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            least, most, body = av
            found, count = set(), 0
            while True:
                if count >= least or all(len(head) >= length for head in heads):
                    found |= heads
                if count == most or all(len(head) >= length for head in heads):
                    return found
                extended = sequence(body, heads)
                if extended is None:
                    return None
                if extended == heads:  # the body matches only the empty string
                    return found | heads
                heads, count = extended, count + 1
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width: what follows decides
            return heads
        return None  # any character, a back-reference, …: unsure

    try:
        found = sequence(parser.parse(pattern), {""})
    except (AttributeError, IndexError, TypeError, ValueError, re.error):
        return None
    if found is None or any(len(head) < length for head in found):
        return None
    return frozenset(found)


def finditer_spans(rx: re.Pattern[str], folded: str, starts: list[int]) -> list[tuple[int, int]]:
    """Where `rx.finditer(folded)` matches begin and end, trying only `starts` (which must
    include every position `rx` can match from): as finditer, each search resumes where the
    last match ended."""
    found: list[tuple[int, int]] = []
    end = 0
    for start in starts:
        if start >= end and (match := rx.match(folded, start)):
            if match.end() == start:  # finditer has special rules for empty matches
                return [m.span() for m in rx.finditer(folded)]
            end = match.end()
            found.append((start, end))
    return found


def finditer_starts(rx: re.Pattern[str], folded: str, starts: list[int]) -> list[int]:
    """Where `rx.finditer(folded)` matches begin (see `finditer_spans`)."""
    return [start for start, _ in finditer_spans(rx, folded, starts)]
