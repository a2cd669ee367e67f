"""Fast phrase lookup: many literal phrases compiled into one trie-shaped regex; pure."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

from bot.detect.hanzi import TO_TRADITIONAL

V = TypeVar("V")

# Boundaries are only Latin/Cyrillic letters and digits: Hangul particles, Japanese
# kana and Arabic prefixes attach directly to names ("오픈AI는", "東京に").
WORD_CHARACTERS = r"A-Za-z0-9\u00C0-\u024F\u0400-\u04FF"
# ... and only between two such characters: a change of script is a boundary too
# ("OpenAI日本法人", "日本AI市場").
_ENDS_WORD = f"(?:(?![{WORD_CHARACTERS}])|(?<![{WORD_CHARACTERS}]))"


# Characters that look like a plain hyphen or space, or show nothing, which some sites put
# in their copy: "ex\u2011Google" (a hyphen that does not break), "Rechen\u00adzentrum" (a
# soft hyphen), a zero-width space. And Latin letters and digits written full width, as
# Japanese and Chinese copy often does ("米オープンＡＩ", "ＧＰＵ"), but not its punctuation,
# which the phrases of those languages are written with ("，", "（"). The phrases are written
# with the plain forms.
_LOOKALIKES = str.maketrans(
    {
        "\u2010": "-",
        "\u2011": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u00ad": None,
        "\u200b": None,
        "\u2060": None,
        "\ufeff": None,
    }
    | {
        chr(code): chr(code - 0xFEE0)
        for code in range(0xFF10, 0xFF5B)
        if chr(code - 0xFEE0).isalnum()
    }
)
_HAS_LOOKALIKES = re.compile(f"[{''.join(map(chr, _LOOKALIKES))}]")
# Runs of blanks and tabs, as text taken from a page often has: one space (a line break stays,
# as it ends the headline and sentences).
_BLANKS = re.compile(r"[ \t]{2,}|\t")
# A feed that escapes its text twice leaves "R&amp;D" or "OpenAI&#39;s" after parsing; a
# caller of `beachhead classify` may pass text from the feed as it came.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A common noun in scare quotes ("abre ‘hub’ em Lisboa", "ses « robotaxis »") reads as the
# bare word, as the phrases are written. A name keeps its quotes (capitalised, or in a script
# without case: "‘노르비아’"), which mark it as a name.
_LOWER = "a-zß-öø-ÿ"
_OPENING_QUOTES = "‘'\"“«"
_QUOTE_AFTER_BLANK = tuple(f" {mark}" for mark in _OPENING_QUOTES)
# (the quote first, then what stands before it, so that a search skips to the quotes)
_SCARE_QUOTED = re.compile(
    f"[{_OPENING_QUOTES}](?<![\\w'’][{_OPENING_QUOTES}])"
    f" ?([{_LOWER}][{_LOWER}-]*[{_LOWER}]) ?[’'\"”»](?![\\w'’])"
)


def plain_characters(text: str) -> str:
    """`text` with HTML entities decoded, plain hyphens and spaces for their look-alikes, no
    invisible characters, ASCII letters and digits for full-width ones, composed (NFC: a
    text written on some systems spells "한국" or "für" as letters plus combining marks, which
    no phrase would match), one space for a run of blanks or a tab, and no scare quotes around
    a common noun."""
    if "&" in text:
        text = _ENTITY.sub(lambda entity: html.unescape(entity.group()), text)
    if not text.isascii():
        if _HAS_LOOKALIKES.search(text):
            text = text.translate(_LOOKALIKES)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    if "  " in text or "\t" in text:
        text = _BLANKS.sub(" ", text)
    # (an opening quote follows a blank or starts the text; most texts have none, and the
    # apostrophes of "OpenAI's" and "firms'" follow a letter)
    if text[:1] in _OPENING_QUOTES or any(quote in text for quote in _QUOTE_AFTER_BLANK):
        text = _SCARE_QUOTED.sub(r"\1", text)
    return text


def fold(text: str) -> str:
    """Lower-case without changing length, so offsets in the folded text fit the original;
    the typographic apostrophe of most news copy reads as "'" ("s’installe", "won’t")."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered.replace("’", "'")


# Arabic copy often leaves out the hamza on alif and writes final ى as ي: "الامارات" for
# "الإمارات", "انثروبيك" for "أنثروبيك", "الي" for "إلى". A phrase is looked for in these
# spellings too.
_HAMZA_ON_ALIF = str.maketrans("أإآ", "ااا")
_ALIF_MAQSURA = str.maketrans("ى", "ي")
_HAN = re.compile("[\u4e00-\u9fff]")


def arabic_spellings(phrase: str) -> set[str]:
    """`phrase` and its spellings without the hamza on alif, and with ي for ى."""
    plain = phrase.translate(_HAMZA_ON_ALIF)
    return {phrase, plain, plain.translate(_ALIF_MAQSURA)}


# Hindi copy writes the z and f of foreign names with the nukta or without it ("ब्राज़ील",
# "ब्राजील"), as a combining sign or as one precomposed letter.
_NUKTA = "\u093c"
_PRECOMPOSED_NUKTA = str.maketrans({"\u095b": "ज" + _NUKTA, "\u095e": "फ" + _NUKTA})
_WITH_NUKTA = str.maketrans({"ज": "ज" + _NUKTA, "फ": "फ" + _NUKTA})


def _hindi_spellings(phrase: str) -> set[str]:
    plain = phrase.translate(_PRECOMPOSED_NUKTA).replace(_NUKTA, "")
    dotted = plain.translate(_WITH_NUKTA)
    composed = dotted.replace("ज" + _NUKTA, "\u095b").replace("फ" + _NUKTA, "\u095e")
    return {plain, dotted, composed}


def name_spellings(phrase: str) -> set[str]:
    """A name's Arabic spellings, its Hindi spellings with and without the nukta and, as the
    press of Taiwan and Hong Kong writes in traditional characters the names the mainland's
    writes in simplified ones, its traditional spelling ("卢森堡", "盧森堡"). (Only names:
    trigger phrases in traditional characters are listed as such, as some simplified phrases
    read otherwise there. Nor from traditional to simplified: Japanese is written with the
    traditional forms.)"""
    spellings = arabic_spellings(phrase)
    if _HAN.search(phrase):
        spellings.add(phrase.translate(TO_TRADITIONAL))
    if "ज" in phrase or "फ" in phrase or "\u095b" in phrase or "\u095e" in phrase:
        spellings |= _hindi_spellings(phrase)
    return spellings


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
                for spelling in sorted(name_spellings(key), key=key.__ne__):
                    self._values.setdefault(spelling, value)
        # Longest match first comes from the trie's greedy optional tails. Case-insensitive
        # lexicons match folded text: much faster than re.IGNORECASE. Phrases led by ASCII,
        # whose starts fill every English text, are kept apart from the others: a word that
        # opens no phrase then fails after one short walk, not after a test of every run of
        # hundreds of first characters (see FIRST_LEVEL_RUN).
        ascii_led = [phrase for phrase in self._values if phrase[0].isascii()]
        others = [phrase for phrase in self._values if not phrase[0].isascii()]
        body = trie_pattern(ascii_led) if ascii_led else r"(?!x)x"
        self._ascii = re.compile(f"(?<![{WORD_CHARACTERS}])(?:{body}){_ENDS_WORD}")
        # The others' phrase is looked at from its first character, which sre skips to in C
        # and consumes: so every start is found, and finditer keeps the leftmost of both.
        firsts = "".join(sorted({re.escape(phrase[0]) for phrase in others}))
        self._others = (
            re.compile(
                f"[{firsts}](?<={_ENDS_WORD}(?=((?:{trie_pattern(others)}){_ENDS_WORD}))"
                r"[\s\S])"
            )
            if others
            else None
        )

    def __len__(self) -> int:
        return len(self._values)

    def finditer(self, text: str, folded: str | None = None) -> Iterator[Hit[V]]:
        """Every non-overlapping phrase in `text`, left to right; pass `fold(text)` if known."""
        haystack = text if self.case_sensitive else (folded if folded is not None else fold(text))
        for start, end in self._spans(haystack):
            value = self._values.get(haystack[start:end])
            if value is not None:
                yield Hit(value, text[start:end], start, end)

    def _spans(self, haystack: str) -> Iterator[tuple[int, int]]:
        """Where phrases are, as one regex of all of them would find them: at each step the
        leftmost phrase (longest there) at or after the end of the last one."""
        if self._others is None:
            yield from (m.span() for m in self._ascii.finditer(haystack))
            return
        others = ((m.start(), m.end(1)) for m in self._others.finditer(haystack))
        other = next(others, None)
        found = self._ascii.search(haystack)
        end = 0
        while True:
            while other is not None and other[0] < end:
                other = next(others, None)
            if found is not None and found.start() < end:
                found = self._ascii.search(haystack, end)
            if found is not None and (other is None or found.start() < other[0]):
                span = found.span()
            elif other is not None:
                span = other
            else:
                return
            yield span
            end = span[1]
