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
        self._after_boundary = re.compile(f"{NON_WORD}(?={_by_first_char(bounded)})")
        # First character consumed, the rest looked at: every start is found, overlaps too.
        by_first: dict[str, list[str]] = {}
        for phrase in sorted(literals):
            by_first.setdefault(phrase[0], []).append(phrase[1:])
        alternatives = [
            re.escape(first) + ("" if "" in rests else f"(?={trie_pattern(rests)})")
            for first, rests in by_first.items()
        ]
        self._literal = re.compile("|".join(alternatives) or r"(?!x)x")

    def __call__(self, folded: str) -> list[int]:
        """Sorted positions in `folded` where some of the patterns may match."""
        if self._everywhere:
            return list(range(len(folded) + 1))
        starts = [m.start() for m in self._literal.finditer(folded)]
        starts += [m.end() for m in self._after_boundary.finditer(folded)]
        if any(rx.match(folded) for rx in self._patterns):
            starts.append(0)
        return sorted(set(starts))


def _by_first_char(alternatives: list[str]) -> str:
    """A pattern matching where any of `alternatives` does, which tries only those that can
    begin with the character at hand: `c(?<=(?=…)[\\s\\S])` is led by a literal, which sre
    checks before entering a branch, and then steps back over `c` to try the alternatives.
    Only for lookahead use: where it matches, not how far, is what it has in common."""
    by_first: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for alternative in alternatives:
        chars = _first_chars(alternative)
        if chars is None:
            anywhere.append(alternative)
        for char in sorted(chars or ()):
            by_first.setdefault(char, []).append(alternative)
    branches = [
        re.escape(char) + "(?<=(?=" + "|".join(alts) + r")[\s\S])"
        for char, alts in sorted(by_first.items())
    ]
    return "(?:" + ("|".join(branches + anywhere) or r"(?!x)x") + ")"


def _first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` can begin with; None if unsure (any character,
    or the empty string). Read from sre's own parse tree (Python 3.11's private re._parser):
    should that module be missing or its shape change, the answer is None, always safe."""
    try:
        parser = importlib.import_module("re._parser")
        c = importlib.import_module("re._constants")
    except ImportError:
        return None

    def sequence(items: Any) -> tuple[set[str], bool] | None:
        """First characters of a sequence and whether it can match empty."""
        chars: set[str] = set()
        for op, av in items:
            first = item(op, av)
            if first is None:
                return None
            chars |= first[0]
            if not first[1]:
                return chars, False
        return chars, True

    def item(op: Any, av: Any) -> tuple[set[str], bool] | None:
        if op is c.LITERAL:
            return {chr(av)}, False
        if op is c.IN and all(o is c.LITERAL or (o is c.RANGE and a[1] - a[0] < 99) for o, a in av):
            chars = {chr(a) for o, a in av if o is c.LITERAL}
            chars.update(chr(x) for o, a in av if o is c.RANGE for x in range(a[0], a[1] + 1))
            return chars, False
        if op is c.SUBPATTERN and not av[1] and not av[2]:  # no inline flags
            return sequence(av[3])
        if op is c.BRANCH:
            found = [sequence(branch) for branch in av[1]]
            if any(f is None for f in found):
                return None
            return set().union(*(f[0] for f in found if f)), any(f[1] for f in found if f)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            first = sequence(av[2])
            return None if first is None else (first[0], first[1] or av[0] == 0)
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero-width: what follows decides
            return set(), True
        return None  # any character, a back-reference, …: unsure

    try:
        found = sequence(parser.parse(pattern))
    except (AttributeError, IndexError, TypeError, ValueError, re.error):
        return None
    if found is None or found[1]:
        return None
    return frozenset(found[0])


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
