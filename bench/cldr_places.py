"""Gazetteer coverage: how many of the Unicode CLDR's names for countries, and for the cities
places.toml lists, the gazetteer finds, per language; with --write, the names it misses are
written to bot/detect/places_cldr.toml, which the gazetteer reads after places.toml.

    pip install -e ".[bench]"      # Babel carries the CLDR data; the bot itself does not need it
    python bench/cldr_places.py [--write]

CLDR is what operating systems and browsers name places with, in every language: an
independent list to test the gazetteer's hand-written and pycountry names against. Cities are
CLDR's time-zone cities, so only the larger ones. The printed table counts, per language,
the names found before and after places_cldr.toml; run it again after editing places.toml.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.detect.places import (  # noqa: E402
    CLDR_PLACES,
    Gazetteer,
    _shipped_places,
    _usable_translation,
    gazetteer,
)

try:
    from babel import Locale
    from babel.core import get_global
except ImportError:  # pragma: no cover - a bench-only dependency
    raise SystemExit('Babel is needed: pip install -e ".[bench]"') from None

# CLDR locale → the language code the gazetteer declines names by (bot.detect.places._CASES)
LOCALES = {
    "en": "en", "fr": "fr", "de": "de", "es": "es", "pt": "pt", "pt_PT": "pt", "it": "it",
    "nl": "nl", "zh_Hans": "zh", "zh_Hant": "zh", "zh_Hant_HK": "zh", "ja": "ja", "ko": "ko",
    "ar": "ar", "he": "he", "hi": "hi", "th": "th", "el": "el", "ru": "ru", "uk": "uk",
    "pl": "pl", "cs": "cs", "tr": "tr", "id": "id", "ms": "ms", "vi": "vi", "sv": "sv",
    "nb": "nb", "da": "da", "fi": "fi", "ro": "ro", "hu": "hu",
}  # fmt: skip

# CLDR names that are also a common word, a name or another place: found by reading every
# new name of up to three letters in a script without spaces, every new Latin and Cyrillic
# one, and each place the new names matched in the dev set. They stay out, as
# places.NOT_COUNTRY_NAMES do.
NOT_PLACE_NAMES = frozenset(
    {
        # a given name, a firm's or a product's name
        "Sofia", "Sofía", "Sófia", "Sofya", "ソフィア", "索菲亚", "索菲亞", "소피아",
        "Phoenix", "フェニックス", "凤凰城", "鳳凰城", "피닉스", "Финикс",
        "Maurício", "Sidney", "Adem", "Athena", "Soul", "Tunes",
        # a word: "meeting" (pt, fr), "ladies" (es), "butane" (de), "if" (ro), "possible"
        # (tr), "education" (id), "burp" (hi), "parse" (ja), a pocket warmer (ja), "Roman
        # letters" (ja ローマ字), "everything" (zh), "free city" (zh)
        "Reunião", "La Réunion", "Damas", "Butan", "Daca", "Kabil", "Talim", "डकार",
        "パース", "カイロ", "ローマ", "万象", "自由城", "自由市",
        # inside a longer word where no space divides them: Arabic "رسول" (messenger), "دكان"
        # (shop), "معدن" (metal); Thai "คลาวด์" (cloud), "บริการ" (service), "โซลาร์" (solar),
        # "โรมัน" (Roman), "เช็ก" is also "check"
        "سول", "دكا", "عدن", "ลาว", "ริกา", "โซล", "โรม", "เช็ก",
        # another place as well: Oakland (奥克兰), Jaipur (Джайпур), Mérida in Spain and
        # Venezuela, San Martín and Santa Elena all over Latin America, St. Martin's churches
        "奥克兰", "奧克蘭", "Джайпур", "Mérida", "Merida", "Мерида", "Меріда", "梅里达",
        "梅里達", "メリダ", "메리다", "मेरिडा", "San Martín", "Santa Elena", "Saint Martin",
        "Saint-Martin", "St. Martin", "São Martinho", "Sfântul Martin",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Missing:
    """A CLDR name the gazetteer does not read as its place."""

    locale: str
    code: str
    name: str
    city: str | None = None  # the city's name in places.toml, for a city


def _reads_as(places: Gazetteer, name: str, code: str) -> bool:
    return any(hit.value.country == code and hit.phrase == name for hit in places.find(f" {name} "))


def _listed_cities() -> dict[str, str]:
    """Each city places.toml lists (its first name) → its country."""
    return {
        spec.split("|")[0]: entry["code"]
        for entry in _shipped_places()["country"]
        for spec in entry.get("cities", [])
    }


def _zone_cities(listed: dict[str, str]) -> dict[str, tuple[str, str]]:
    """CLDR time zone → (city, country) for the listed cities that name a zone."""
    english = Locale("en").time_zones
    zones = get_global("zone_territories")
    found = {}
    for zone, territory in zones.items():
        city = (english.get(zone) or {}).get("city") or zone.split("/")[-1].replace("_", " ")
        if listed.get(city) == territory:
            found[zone] = (city, territory)
    return found


def candidates() -> tuple[list[Missing], int]:
    """Every CLDR name (country, or listed city) with its locale, and how many were tried."""
    listed = _listed_cities()
    zones = _zone_cities(listed)
    names: list[Missing] = []
    for locale in LOCALES:
        data = Locale.parse(locale)
        for code, name in data.territories.items():
            if pycountry.countries.get(alpha_2=code) is not None:
                names.append(Missing(locale, code, name))
        for zone, (city, code) in zones.items():
            name = (data.time_zones.get(zone) or {}).get("city")
            if name:
                names.append(Missing(locale, code, name, city))
    return names, len(names)


def usable(name: Missing) -> bool:
    """Can the gazetteer match this name safely at all (see places._usable_translation)?"""
    return name.name not in NOT_PLACE_NAMES and _usable_translation(name.name)


def table(missing: list[Missing]) -> str:
    """places_cldr.toml's text for the usable missing names."""
    translations: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    cities: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for name in missing:
        if name.city is None:
            bucket = translations[LOCALES[name.locale]][name.code]
        else:
            bucket = cities[name.code][name.city]
        if name.name not in bucket:
            bucket.append(name.name)
    lines = [
        "# Generated by bench/cldr_places.py: the names of countries, and of the cities",
        "# places.toml lists, that the Unicode CLDR gives (through Babel) and places.toml and",
        "# pycountry do not. Do not edit: add names to places.toml and run the script again.",
        "# CLDR data: Copyright © Unicode, Inc., under the Unicode License",
        "# (https://www.unicode.org/license.txt).",
        "",
    ]
    for language in sorted(translations):
        lines.append(f"[translations.{language}]")
        for code in sorted(translations[language]):
            listed = ", ".join(f'"{n}"' for n in translations[language][code])
            lines.append(f"{code} = [{listed}]")
        lines.append("")
    for code in sorted(cities):
        lines += ["[[country]]", f'code = "{code}"', "cities = ["]
        for city in sorted(cities[code]):
            lines.append(f'    "{"|".join([city, *cities[code][city]])}",')
        lines += ["]", ""]
    return "\n".join(lines)


def _found(names: list[Missing], missing: list[Missing], locale: str, city: bool) -> str:
    total = sum(1 for n in names if n.locale == locale and (n.city is not None) == city)
    lost = sum(1 for n in missing if n.locale == locale and (n.city is not None) == city)
    return f"{total - lost:>5}/{total:<4}"


def main() -> int:
    """Print coverage per language by places.toml and pycountry alone and with
    places_cldr.toml; --write first writes that file anew."""
    names, tried = candidates()
    by_hand = Gazetteer(_shipped_places())
    missing = [name for name in names if not _reads_as(by_hand, name.name, name.code)]
    if "--write" in sys.argv[1:]:
        path = ROOT / "bot" / "detect" / CLDR_PLACES
        path.write_text(table([name for name in missing if usable(name)]), "utf-8")
        gazetteer.cache_clear()
    shipped = gazetteer()
    still = [name for name in missing if not _reads_as(shipped, name.name, name.code)]
    print(f"CLDR names tried: {tried} (countries, and the cities places.toml lists)")
    print("names found:   countries by hand  with CLDR    cities by hand  with CLDR")
    for locale in LOCALES:
        print(
            f"{locale:14} {_found(names, missing, locale, False):>17} "
            f"{_found(names, still, locale, False):>10} {_found(names, missing, locale, True):>17} "
            f"{_found(names, still, locale, True):>10}"
        )
    left = [name for name in still if usable(name)]
    print(f"\nusable names still not read as their place (another place has them): {len(left)}")
    for name in left:
        city = f" ({name.city})" if name.city else ""
        print(f"  {name.locale} {name.code} {name.name!r}{city}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
