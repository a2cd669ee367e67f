"""Fast phrase lookup: many literal phrases compiled into one trie-shaped regex; pure."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

V = TypeVar("V")

# Boundaries are only Latin/Cyrillic letters and digits: Hangul particles, Japanese
# kana and Arabic prefixes attach directly to names ("오픈AI는", "東京に").
_WORD = r"A-Za-z0-9\u00C0-\u024F\u0400-\u04FF"


def fold(text: str) -> str:
    """Lower-case without changing length, so offsets in the folded text fit the original;
    the typographic apostrophe of most news copy reads as "'" ("s’installe", "won’t")."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered.replace("’", "'")


def lower_pattern(pattern: str) -> str:
    """Lower-case a regex's literals but not its escapes (\\S must stay \\S)."""
    out, escaped = [], False
    for char in pattern:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out)


# sre tries a branch's alternatives one by one, so a trie with hundreds of first characters
# (Latin, Hangul, kana, CJK) costs a long walk at each position tried. Its first level is
# cut into runs of this many characters, each behind a one-step character-set test; 16 to
# 64 measured about the same, twice as fast as one run on the dev set.
FIRST_LEVEL_RUN = 32


def trie_pattern(phrases: Iterable[str]) -> str:
    """Build a regex alternation shaped like a trie, so matching cost does not grow per phrase."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    firsts = sorted(char for char in trie if char)
    if "" in trie or len(firsts) <= FIRST_LEVEL_RUN:
        return render(trie)
    # The same alternatives in the same order, so the same match: only one can start with
    # a given character, and the set tests just skip runs that cannot.
    runs = []
    for i in range(0, len(firsts), FIRST_LEVEL_RUN):
        run = firsts[i : i + FIRST_LEVEL_RUN]
        chars = "".join(re.escape(char) for char in run)
        branches = "|".join(re.escape(char) + render(trie[char]) for char in run)
        runs.append(f"(?=[{chars}])(?:{branches})")
    chars = "".join(re.escape(char) for char in firsts)
    return f"(?=[{chars}])(?:{'|'.join(runs)})"


def by_prefix(alternatives: list[str]) -> str:
    """A pattern matching where any of `alternatives` does, which tries only those that can
    begin with the two characters at hand: `ab(?<=(?=…)..)` is led by
    literals, which sre checks before entering a branch, and then steps back over them to
    try the alternatives. Alternatives whose second character is unsure are tried after the
    first; those whose first is unsure, everywhere. Only for lookahead use: where it
    matches, not how far, is what it has in common with them."""
    tree: dict[str, dict[str, list[str]]] = {}  # first char -> second char ("": any) -> alts
    anywhere: list[str] = []
    for alternative in alternatives:
        if (pairs := prefixes(alternative, 2)) is not None:
            for pair in sorted(pairs):
                tree.setdefault(pair[0], {}).setdefault(pair[1], []).append(alternative)
        elif (firsts := prefixes(alternative, 1)) is not None:
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


def prefixes(pattern: str, length: int) -> frozenset[str] | None:
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


@dataclass(frozen=True)
class Hit(Generic[V]):
    """One phrase found in a text."""

    value: V
    phrase: str
    start: int
    end: int


class Lexicon(Generic[V]):
    """Map many phrases to values and find them all in a text, longest match first."""

    def __init__(self, entries: Iterable[tuple[str, V]], *, case_sensitive: bool = False) -> None:
        self.case_sensitive = case_sensitive
        self._values: dict[str, V] = {}
        for phrase, value in entries:
            key = phrase if case_sensitive else fold(phrase)
            if key.strip():
                self._values.setdefault(key, value)
        # Longest match first comes from the trie's greedy optional tails. Case-insensitive
        # lexicons match folded text: much faster than re.IGNORECASE.
        body = trie_pattern(self._values) if self._values else r"(?!x)x"
        self._regex = re.compile(f"(?<![{_WORD}])(?:{body})(?![{_WORD}])")

    def __len__(self) -> int:
        return len(self._values)

    def finditer(self, text: str, folded: str | None = None) -> Iterator[Hit[V]]:
        """Every non-overlapping phrase in `text`, left to right; pass `fold(text)` if known."""
        haystack = text if self.case_sensitive else (folded if folded is not None else fold(text))
        for match in self._regex.finditer(haystack):
            value = self._values.get(match.group(0))
            if value is not None:
                yield Hit(value, text[match.start() : match.end()], match.start(), match.end())
