"""Where phrase patterns can match, found in one pass instead of one regex scan each; pure.

The detector's trigger patterns (bot/detect/triggers.py `_compile`) each open with a
lookbehind and a long alternation, so sre tries every alternative at every position. These
helpers find the few positions where any of them can start, so each pattern is tried only
there, with the same matches as its own finditer (tests/detect/test_scan.py checks it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.detect.lexicon import trie_pattern
from bot.detect.patterns import alternatives_of, by_prefix
from bot.detect.triggers import NON_WORD, PARTS, WORD_END


class TriggerStarts:
    """Every position where at least one of some `_compile` patterns matches, in one scan.

    Running each pattern over the text costs a try of every alternative at every position:
    sre can skip nothing, as each pattern opens with a lookbehind and its literal phrases
    may start anywhere. Here the literal phrases become one pattern led by a character
    set, which sre skips to in C, and the Latin phrases are only tried after a non-word
    character, and only those that can begin with the characters there. Each pattern then
    matches from some of these positions only: trying just those (`finditer_starts`) finds
    what its own finditer would.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        bounded = [
            f"(?:{part}){WORD_END}"
            for rx in patterns
            for phrase in PARTS[rx][0]
            for part in alternatives_of(phrase)
        ]
        literals = {phrase for rx in patterns for phrase in PARTS[rx][1]}
        self._everywhere = "" in literals  # an empty phrase matches at every position
        literals.discard("")
        # The boundary character is consumed, the phrase only looked at: each match is one
        # character long, so a boundary that ends one phrase can begin the next. Three
        # characters deep, as "in", "co", "de" open a dozen phrases each and many words.
        self._after_boundary = re.compile(f"{NON_WORD}(?={by_prefix(bounded, 3)})")
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
        # At the text's start no boundary character stands: the same scan behind one (a
        # phrase's own lookbehinds, all negative, read a line break as the text's start).
        if self._after_boundary.match("\n" + folded):
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
