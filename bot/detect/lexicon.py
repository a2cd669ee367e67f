"""Fast phrase lookup: many literal phrases compiled into one trie-shaped regex; pure."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

V = TypeVar("V")

# Boundaries are only Latin/Cyrillic letters and digits: Hangul particles, Japanese
# kana and Arabic prefixes attach directly to names ("오픈AI는", "東京に").
_WORD = r"A-Za-z0-9\u00C0-\u024F\u0400-\u04FF"


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

    return render(trie)


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
            key = phrase if case_sensitive else phrase.lower()
            if key.strip():
                self._values.setdefault(key, value)
        flags = 0 if case_sensitive else re.IGNORECASE
        # Longest match first comes from the trie's greedy optional tails.
        body = trie_pattern(self._values) if self._values else r"(?!x)x"
        self._regex = re.compile(f"(?<![{_WORD}])(?:{body})(?![{_WORD}])", flags)

    def __len__(self) -> int:
        return len(self._values)

    def finditer(self, text: str) -> Iterator[Hit[V]]:
        """Every non-overlapping phrase in `text`, left to right."""
        for match in self._regex.finditer(text):
            phrase = match.group(0)
            key = phrase if self.case_sensitive else phrase.lower()
            value = self._values.get(key)
            if value is not None:
                yield Hit(value, phrase, match.start(), match.end())
