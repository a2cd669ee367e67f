"""What the detector knows: AI companies, their aliases and homes, and known presences."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from bot.detect.lexicon import Hit, Lexicon, fold
from bot.errors import ConfigError
from bot.models import EntryKind
from bot.shipped import shipped_file

# Korean and Japanese press write "오픈AI" and "오픈 AI", "オープンAI" and "オープン AI" alike:
# where a name runs from Hangul, kana or Han into Latin letters, a space may sit at the seam.
SCRIPT_SEAM = re.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])(?=[A-Za-z])"
    r"|(?<=[A-Za-z])(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])"
)


# "Pony AI" is also written "PonyAI", "Scale AI" "ScaleAI": a closing " AI" may lose its space.
SPACED_AI = re.compile(r"(?<=[A-Za-z]) (?=AI$)")


# German adds an s to a name it puts before a noun: "OpenAIs Büro", "Baidus Robotaxis".
GENITIVE_TAKER = re.compile(r"[A-Z][A-Za-z0-9 .-]*[A-RT-WYa-rt-wy0-9]")


def genitive(name: str) -> list[str]:
    """The German genitive of a Latin name that takes one ("Baidus"), matched with its case so
    that an English word ("coheres") is not read as the firm."""
    return [name + "s"] if GENITIVE_TAKER.fullmatch(name) else []


# German joins a name of several words to the noun after it with hyphens, and so the words
# too: "Hugging-Face-Chef", "Scale-AI-Gründer", "Open-AI-Rechenzentrum".
LATIN_WORDS = re.compile(r"[A-Za-z0-9.&]+(?: [A-Za-z0-9.&]+)+")


def spellings(alias: str) -> set[str]:
    """The alias as written; for a name that mixes scripts, with a space at each seam; for a
    Latin name ending in " AI", also without that space; for a Latin name of several words,
    also with hyphens between them."""
    forms = {alias, SCRIPT_SEAM.sub(" ", alias), SPACED_AI.sub("", alias)}
    if LATIN_WORDS.fullmatch(alias):
        forms.add(alias.replace(" ", "-"))
    return forms


# Presence of one kind implies the company already operates that way for these kinds.
COVERS: dict[EntryKind, frozenset[EntryKind]] = {
    # A company with an office or entity in a country is in that market: a local partnership
    # there is business as usual, not a way in (DESIGN §1).
    EntryKind.OFFICE: frozenset(
        {
            EntryKind.OFFICE,
            EntryKind.ENTITY,
            EntryKind.HIRING,
            EntryKind.EXPANSION,
            EntryKind.PARTNERSHIP,
        }
    ),
    EntryKind.ENTITY: frozenset(
        {EntryKind.ENTITY, EntryKind.HIRING, EntryKind.EXPANSION, EntryKind.PARTNERSHIP}
    ),
    EntryKind.DATACENTER: frozenset({EntryKind.DATACENTER}),
    EntryKind.LAUNCH: frozenset({EntryKind.LAUNCH}),
    EntryKind.HIRING: frozenset({EntryKind.HIRING}),
    EntryKind.PARTNERSHIP: frozenset(),
    EntryKind.EXPANSION: frozenset({EntryKind.EXPANSION}),
}
# A company with an office or entity in a country already serves that market: its product
# launching there is product news ("OpenAI's Sora lands in Japan"). Not so for a self-driving
# firm, whose engineering office comes years before a service on the road (Waymo in London).
SERVED_FROM = frozenset({EntryKind.OFFICE, EntryKind.ENTITY})
# A report published this soon after a presence began is still news of that entry.
PRESENCE_GRACE_DAYS = 60
# An announced office or service has opened by then: a plan this old covers every later report.
PLAN_RIPENS_DAYS = 180


@dataclass(frozen=True)
class Company:
    """One AI company from companies.toml."""

    name: str
    home: str
    aliases: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    # Ambiguous names and products that are also a title, a person or a headline word
    # ("Furiosa" the film, "Claude", "Writer"): they count only in a text about AI.
    needs_context: tuple[str, ...] = ()
    # Products that follow the company's service into a market ("OpenAI launches Sora in
    # Mexico", where ChatGPT is sold): their arrival is product news, not an entry.
    side_products: tuple[str, ...] = ()
    website: str = ""
    category: str = ""
    listed: bool = True
    # A conglomerate's name that stands for this AI unit only when a context word appears
    # ("Baidu" in a robotaxi story is Apollo Go; in a search-engine story it is not ours).
    parent: tuple[str, ...] = ()
    parent_context: tuple[str, ...] = ()


@dataclass(frozen=True)
class Presence:
    """A company already operates in a country in this way since this date."""

    company: str
    country: str
    kind: EntryKind
    since: date | None = None
    city: str = ""
    planned: bool = False


@dataclass
class PresenceBook:
    """Known presences, seeded from config and grown from detected events."""

    rows: dict[tuple[str, str], list[Presence]] = field(default_factory=dict)

    def add(self, presence: Presence) -> None:
        """Remember a presence."""
        self.rows.setdefault((presence.company, presence.country), []).append(presence)

    def covers(
        self,
        company: str,
        country: str,
        kind: EntryKind,
        when: datetime | None,
        *,
        planned: bool = False,
        road: bool = False,
    ) -> bool:
        """Did the company already operate in the country this way before `when`?

        A presence that was only announced covers later announcements, and not the opening
        until the plan is old enough to have been carried out. `road`: the company serves
        customers on the road (category autonomous), so its office covers no launch."""
        moment = (when or datetime.now(UTC)).date()
        for presence in self.rows.get((company, country), ()):
            if not _holds(presence.kind, kind, road=road):
                continue
            age = None if presence.since is None else (moment - presence.since).days
            if presence.planned and not planned and (age is None or age <= PLAN_RIPENS_DAYS):
                continue
            if age is None or age > PRESENCE_GRACE_DAYS:
                return True
        return False

    def covers_as_later(self, company: str, country: str, kind: EntryKind) -> bool:
        """Is a move of this kind later business of a presence of another kind?

        An undated report cannot be placed before or after a known presence, but a move of a
        kind that no listed presence is, and that one of them covers (as `covers` reads it for
        a firm off the road), is not the report of a presence's own start: a local
        partnership, or a product launched, by a firm listed there with an office. (A
        self-driving firm's is the caller's to judge.)"""
        rows = self.rows.get((company, country), ())
        return all(p.kind is not kind for p in rows) and any(
            _holds(p.kind, kind, road=False) for p in rows
        )

    def covers_another_site(self, company: str, country: str, kind: EntryKind, city: str) -> bool:
        """Does the company already operate in the country this way in a city other than `city`?

        An undated report cannot be placed before or after a known presence, but a move to
        another city is not the report of that presence's own start: the company was there,
        or had announced its way in (a planned presence) and this is a second site. A city
        that is itself listed may be that presence's own report, so it is not judged here."""
        cities = {
            presence.city
            for presence in self.rows.get((company, country), ())
            if kind in COVERS[presence.kind] and presence.city
        }
        return bool(cities) and city not in cities


@dataclass
class Knowledge:
    """Everything the detector looks up, built once."""

    companies: dict[str, Company]
    presences: PresenceBook = field(default_factory=PresenceBook)

    def __post_init__(self) -> None:
        names: list[tuple[str, str]] = []
        exact: list[tuple[str, str]] = []
        for company in self.companies.values():
            loose = {company.name, *company.aliases} - set(company.ambiguous)
            names += [(form, company.name) for alias in loose for form in spellings(alias)]
            exact += [
                (form, company.name) for alias in company.ambiguous for form in spellings(alias)
            ]
            exact += [(form, company.name) for alias in loose for form in genitive(alias)]
            exact += [(product, company.name) for product in company.products]
        self.names = Lexicon(names)
        self.exact_names = Lexicon(exact, case_sensitive=True)
        # A headline in capitals ("ELON MUSK'S XAI TO BUILD …") writes the exact-case names
        # in capitals too; they are read there as names that need context.
        self.shouted_names = Lexicon(
            [
                (name.upper(), company.name)
                for company in self.companies.values()
                for name in (*company.ambiguous, *company.products)
                if name.upper() != name
            ],
            case_sensitive=True,
        )
        self.needs_context = frozenset(n for c in self.companies.values() for n in c.needs_context)
        self.side_products = frozenset(
            form
            for c in self.companies.values()
            for p in c.side_products
            for form in (p, p.upper())
        )
        self.products = frozenset(p for c in self.companies.values() for p in c.products)
        units = [c for c in self.companies.values() if c.parent and c.parent_context]
        # Every parent's names in one lexicon, looked for first: a parent is named far more
        # seldom than its unit's context words ("robotaxi") are written.
        self.parents = Lexicon(
            [(form, c.name) for c in units for p in c.parent for form in (p, *genitive(p))]
        )
        self.unit_words = {
            c.name: (
                Lexicon([(w, c.name) for w in c.parent_context]),
                # ... and the words of the unit's own names ("Baidu's Apollo vehicles")
                Lexicon([(w, c.name) for name in (c.name, *c.aliases) for w in name.split()]),
            )
            for c in units
        }

    def parent_hits(self, text: str, folded: str) -> list[Hit[str]]:
        """Parent names standing for their AI unit, where the unit's context words appear."""
        hits: list[Hit[str]] = []
        in_context: dict[str, bool] = {}
        for hit in self.parents.finditer(text, folded):
            context, own_words = self.unit_words[hit.value]
            if hit.value not in in_context:
                in_context[hit.value] = next(context.finditer(text, folded), None) is not None
            if in_context[hit.value] and not _owns_another(text, hit.end, (context, own_words)):
                hits.append(hit)
        return hits

    def lists(self, name: str) -> bool:
        """Is `name` written the way companies.toml writes a firm (any alias or product), be
        the text about AI or not?"""
        return (
            next(self.names.finditer(name, fold(name)), None) is not None
            or next(self.exact_names.finditer(name), None) is not None
        )

    def category(self, company: str) -> str:
        """The company's category in companies.toml ("" if unlisted)."""
        found = self.companies.get(company)
        return found.category if found else ""

    def on_the_road(self, company: str) -> bool:
        """Does the company serve customers on the road (category autonomous)? Its vehicles
        enter a country by testing, and its offices come years before any service there."""
        return self.category(company) == "autonomous"

    def home(self, company: str) -> str | None:
        """The company's home country, if listed."""
        found = self.companies.get(company)
        return found.home if found else None


# "Alphabet's Velmora": a parent in the possessive before a name stands for that firm ...
OWNED_NAME = re.compile(r"[’']s ([A-Z][\w-]*)")


def _owns_another(text: str, end: int, unit_words: tuple[Lexicon[str], ...]) -> bool:
    """Does a parent's name ending at `end` own another named firm ("Alphabet's Velmora"),
    rather than stand for its unit ("Alphabet's Self-Driving Unit", "Baidu's Apollo cars")?"""
    owned = OWNED_NAME.match(text, end)
    return owned is not None and not any(
        next(words.finditer(owned.group(1)), None) for words in unit_words
    )


def _holds(presence: EntryKind, kind: EntryKind, *, road: bool) -> bool:
    """Does a presence of one kind mean the company already does `kind` there? An office or
    entity also serves the market its products launch in, unless the company serves
    customers on the road (`road`: its office comes years before its service)."""
    served = kind is EntryKind.LAUNCH and not road and presence in SERVED_FROM
    return kind in COVERS[presence] or served


def _company(row: dict[str, Any]) -> Company:
    return Company(
        name=row["name"],
        home=row["home"],
        aliases=tuple(row.get("aliases", ())),
        products=tuple(row.get("products", ())),
        ambiguous=tuple(row.get("ambiguous", ())),
        needs_context=tuple(row.get("needs_context", ())),
        side_products=tuple(row.get("side_products", ())),
        website=row.get("website", ""),
        category=row.get("category", ""),
        parent=tuple(row.get("parent", ())),
        parent_context=tuple(row.get("parent_context", ())),
    )


def parse_since(value: Any) -> date | None:
    """A presence date written as YYYY, YYYY-MM or YYYY-MM-DD.

    A bare year means "by the end of that year": read as 1 January it would make the
    entry's own reports later that year look like news of a company already present."""
    if value in (None, ""):
        return None
    parts = [int(p) for p in str(value).split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    return date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)


def build_knowledge(
    company_rows: Iterable[dict[str, Any]], presence_rows: Iterable[dict[str, Any]] = ()
) -> Knowledge:
    """Knowledge from parsed TOML rows (pure; raises ValueError on a bad row)."""
    companies: dict[str, Company] = {}
    parents: dict[str, str] = {}
    for row in company_rows:
        company = _company(row)
        for parent in company.parent:
            if parents.setdefault(parent, company.name) != company.name:
                raise ValueError(
                    f"{company.name}: parent {parent!r} is already {parents[parent]}'s: a "
                    "parent's name can stand for one unit only"
                )
        if stray := set(company.needs_context) - {*company.ambiguous, *company.products}:
            raise ValueError(
                f"{company.name}: needs_context lists {', '.join(sorted(stray))}, "
                "which is not one of its ambiguous names or products"
            )
        if stray := set(company.side_products) - set(company.products):
            raise ValueError(
                f"{company.name}: side_products lists {', '.join(sorted(stray))}, "
                "which is not one of its products"
            )
        companies[company.name] = company
    book = PresenceBook()
    for row in presence_rows:
        if row["company"] not in companies:
            raise ValueError(f"presence names unknown company {row['company']!r}")
        book.add(
            Presence(
                company=row["company"],
                country=row["country"],
                kind=EntryKind(row["kind"]),
                since=parse_since(row.get("since")),
                city=row.get("city", ""),
                planned=bool(row.get("planned", False)),
            )
        )
    return Knowledge(companies=companies, presences=book)


def _read_toml(path: Path | None, default_name: str) -> dict[str, Any]:
    try:
        if path is not None:
            return tomllib.loads(path.read_text(encoding="utf-8"))
        return tomllib.loads(shipped_file(default_name).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path or default_name}: cannot read detector knowledge: {exc}"
        ) from None


def load_knowledge(companies: Path | None = None, presences: Path | None = None) -> Knowledge:
    """Read companies and presences files (None = the shipped ones)."""
    company_data = _read_toml(companies, "companies.toml")
    presence_data = _read_toml(presences, "presences.toml")
    try:
        return build_knowledge(company_data["companies"], presence_data.get("presences", ()))
    except (KeyError, ValueError, TypeError) as exc:
        raise ConfigError(f"{companies or 'companies.toml'}: bad entry: {exc}") from None
