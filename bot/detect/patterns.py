"""Regex helpers that keep sre fast on long alternations and on many small windows; pure.

sre tries a branch's alternatives one by one and skips ahead in C only to a literal or a
character set that leads the whole pattern. `by_prefix` dispatches alternatives on their
first characters (two, or as deep as asked); `Guarded` checks for a string every match must
contain before running a pattern at all. Both read sre's own parse tree (Python 3.11's
private re._parser) and answer "unsure" when it is missing or changes shape, which only
costs speed.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from typing import Any

from bot.detect.lexicon import trie_pattern


def _sre() -> tuple[Any, Any] | None:
    """sre's parser and constants, or None where this Python has another layout."""
    try:
        return importlib.import_module("re._parser"), importlib.import_module("re._constants")
    except ImportError:
        return None


def by_prefix(alternatives: list[str], depth: int = 2) -> str:
    """A pattern matching where any of `alternatives` does, which tries only those that can
    begin with the (up to `depth`) characters at hand: `ab(?<=(?=…)..)` is led by literals,
    which sre checks before entering a branch, and then steps back over them to try the
    alternatives. An alternative whose beginning is known to fewer characters is tried at
    that depth; one whose first character is unsure, everywhere. Only for lookahead use:
    where it matches, not how far, is what it has in common with them."""
    root = _Node()
    anywhere: list[str] = []
    for alternative in (part for whole in alternatives for part in alternatives_of(whole)):
        known = next(
            (found for length in range(depth, 0, -1) if (found := prefixes(alternative, length))),
            None,
        )
        if known is None:
            anywhere.append(alternative)
        for prefix in sorted(known or ()):
            node = root
            for char in prefix:
                node = node.children.setdefault(char, _Node())
            node.alternatives.append(alternative)
    return "(?:" + ("|".join([*root.branches(0), *anywhere]) or r"(?!x)x") + ")"


def alternatives_of(pattern: str) -> list[str]:
    """`pattern`'s top-level alternatives, a group around all of it taken off first:
    "(?:a|b(?:c|d))" gives "a" and "b(?:c|d)". Together they match where `pattern` does; apart,
    each is filed under its own first characters (by_prefix), where the whole would be copied
    under all of theirs. Left whole when unsure (a backreference)."""
    if re.search(r"\\[1-9]|\(\?P=", pattern):
        return [pattern]
    while pattern.startswith("(?:") and _closing(pattern) == len(pattern) - 1:
        pattern = pattern[3:-1]
    parts: list[str] = []
    start = 0
    for position in _outside_groups(pattern):
        if pattern[position] == "|":
            parts.append(pattern[start:position])
            start = position + 1
    return [*parts, pattern[start:]]


def _closing(pattern: str) -> int:
    """Where the group that opens `pattern` closes (-1: it does not open with one)."""
    depth = 0
    for position, char in _structure(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return position if char == ")" else -1
    return -1


def _outside_groups(pattern: str) -> Iterator[int]:
    """Positions of `pattern`'s characters that stand in no group, class or escape."""
    depth = 0
    for position, char in _structure(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            yield position


def _structure(pattern: str) -> Iterator[tuple[int, str]]:
    """`pattern`'s characters outside escapes and character classes, with their positions
    ("[)]" and "\\(" hold no parenthesis)."""
    position = 0
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 2
            continue
        if char == "[":
            # a "]" first in the class (after "^") is one of its members
            position += 2 if pattern.startswith("^", position + 1) else 1
            position += 1 if pattern.startswith("]", position) else 0
            while position < len(pattern) and pattern[position] != "]":
                position += 2 if pattern[position] == "\\" else 1
            position += 1
            continue
        yield position, char
        position += 1


class _Node:
    """A trie of the alternatives' known beginnings, rendered as nested literal branches."""

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.alternatives: list[str] = []

    def branches(self, width: int) -> list[str]:
        found = [
            re.escape(char) + "(?:" + "|".join(child.branches(width + 1)) + ")"
            for char, child in sorted(self.children.items())
        ]
        if self.alternatives and width:
            found.append(_stepping_back(self.alternatives, width))
        return found


def _stepping_back(alternatives: list[str], width: int) -> str:
    """Having read `width` characters: does any of `alternatives` match where they began?"""
    return "(?<=(?=" + "|".join(alternatives) + ")" + r"[\s\S]" * width + ")"


# More possible prefixes than this and a pattern counts as unsure: it would be copied into
# too many branches.
MAX_PREFIXES = 64


def prefixes(pattern: str, length: int) -> frozenset[str] | None:
    """The strings of `length` characters a match of `pattern` can begin with; None if
    unsure (any character, too many choices, or a match that may be shorter)."""
    if (sre := _sre()) is None:
        return None
    parser, c = sre

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


def required_strings(pattern: str, flags: int = 0) -> list[frozenset[str]]:
    """Sets of strings such that every match of `pattern` contains one string of each set,
    case-folded under re.IGNORECASE; the longest strings first, none if none is known.
    Lookarounds are no part of a match and require nothing."""
    if (sre := _sre()) is None:
        return []
    parser, c = sre
    folded = bool(flags & re.IGNORECASE)

    def exact(items: Any) -> frozenset[str] | None:
        """The strings a sequence matches, if it is only literals and choices of them."""
        heads = {""}
        for op, av in items:
            if op is c.LITERAL:
                tails: frozenset[str] | None = frozenset(
                    [chr(av).casefold() if folded else chr(av)]
                )
            elif op is c.SUBPATTERN and not (av[1] | av[2]) & re.IGNORECASE:
                tails = exact(av[3])
            elif op is c.BRANCH:
                found = [exact(branch) for branch in av[1]]
                tails = None if None in found else frozenset().union(*found)  # type: ignore[arg-type]
            else:
                return None
            if tails is None or len(heads) * len(tails) > MAX_PREFIXES:
                return None
            heads = {head + tail for head in heads for tail in tails}
        return frozenset(heads)

    def contained(items: Any) -> list[frozenset[str]]:
        """The sets a match of the sequence takes one string of each from."""
        found: list[frozenset[str]] = []
        run: list[Any] = []  # items that together match one of a few exact strings

        def close() -> None:
            if run and (strings := exact(run)) and "" not in strings:
                found.append(strings)

        for op, av in items:
            if exact([*run, (op, av)]) is not None:
                run.append((op, av))
                continue
            close()
            run = [(op, av)] if exact([(op, av)]) is not None else []
            if not run:
                found.extend(item(op, av))
        close()
        return found

    def item(op: Any, av: Any) -> list[frozenset[str]]:
        if op is c.SUBPATTERN and not (av[1] | av[2]) & re.IGNORECASE:
            return contained(av[3])
        if op is c.BRANCH:
            best = [_longest(contained(branch)) for branch in av[1]]
            return [] if None in best else [frozenset().union(*best)]  # type: ignore[arg-type]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and av[0] >= 1:
            return contained(av[2])
        return []  # a set, an assertion, an optional part, …: nothing required

    try:
        found = contained(parser.parse(pattern, flags))
    except (AttributeError, IndexError, TypeError, ValueError, re.error):
        return []
    return sorted(set(found), key=lambda s: (-min(map(len, s)), len(s), sorted(s)))


def _longest(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """Of some required sets, the one whose shortest string is longest (then the smallest)."""
    return max(sets, key=lambda s: (min(map(len, s)), -len(s)), default=None)


class Guarded:
    """A compiled pattern that first looks, in C, for a string every match contains: for the
    patterns tried on many short windows (what stands before each place or name) that
    seldom hold. Same matches as `re.compile(pattern, flags)`, which is `.regex`."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.regex = re.compile(pattern, flags)
        # Each set as one trie of literals: led by a character set, which sre skips to in C.
        self._needles = [re.compile(trie_pattern(s)) for s in required_strings(pattern, flags)]
        self._folded = bool(flags & re.IGNORECASE)

    def _may_match(self, text: str, pos: int, endpos: int) -> bool:
        if not self._needles:
            return True
        if self._folded:  # the needles are case-folded: look in a folded copy of the window
            text, pos, endpos = text[pos:endpos].casefold(), 0, sys.maxsize
        return all(needles.search(text, pos, endpos) for needles in self._needles)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As re.Pattern.search."""
        return self.regex.search(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As re.Pattern.match."""
        return self.regex.match(text, pos, endpos) if self._may_match(text, pos, endpos) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """As re.Pattern.finditer."""
        return self.regex.finditer(text) if self._may_match(text, 0, len(text)) else iter(())
