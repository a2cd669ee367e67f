"""Countries, regions and cities: validation for config and commands, and the gazetteer."""

from __future__ import annotations

import gettext
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pycountry

from bot.detect.lexicon import WORD_CHARACTERS, Hit, Lexicon

# The press of these languages names smaller countries the way pycountry's translations do
# ("Tadjikistan", "Usbekistan", "Quénia", "크로아티아", "Hırvatistan", "Chorwacja"); places.toml
# adds the larger ones' other names and forms by hand. (pycountry's Vietnamese names are
# archaic: "Á-căn-đình" for Argentina.)
TRANSLATED_LANGUAGES = (
    "fr", "de", "es", "pt", "it", "nl", "zh_CN", "zh_TW", "ja", "ko", "ar", "he", "hi", "th",
    "el", "ru", "uk", "pl", "cs", "tr", "id", "sv", "nb_NO", "da", "fi", "ro", "hu",
)  # fmt: skip
# ... except translations that are also a word, a given name or another place: German and
# Nordic "Island" (Iceland), Spanish "Granada" and "Reunión", "Maurice", "Salvador",
# "Norfolk", Romanian "Columbia", Polish "Czad" (fumes) and "Kuba" (a given name), Korean
# "수단" (means), "부탄" (butane), Arabic "مالي" (financial), Hebrew "קניה" (a purchase).
NOT_COUNTRY_NAMES = frozenset(
    {
        "Island",
        "Granada",
        "Grenade",
        "Maurice",
        "Mauricio",
        "Maurizio",
        "Salvador",
        "Guadalupe",
        "Guadalupa",
        "Norfolk",
        "Dominique",
        "Reunión",
        "Équateur",
        "Moldau",
        "Columbia",
        "Czad",
        "Kuba",
        "Man",  # the Isle of Man in Norwegian
        "Того",  # Togo, "of that"
        "Malin",  # Mali's Finnish genitive, a given name
        "多米尼克",
        "萨尔瓦多",
        "薩爾瓦多",
        "獅子山",  # Sierra Leone in Taiwan, Lion Rock in Hong Kong
        "ジャージー",  # Jersey, inside ニュージャージー (New Jersey)
        "조지아",  # Georgia, mostly the American state
        "수단",
        "부탄",
        "مالي",
        "بنين",  # Benin, "sons"
        "نيوي",  # Niue, inside "نيويورك" (New York)
        "הודו",  # India, "turkey" and "they thanked"
        "קניה",
        "ירדן",  # Jordan, the river and a given name
        "מאלי",  # Mali, "by itself"
        "בנין",  # Benin, "a building"
        "בובה",  # Bouvet Island, "a doll"
        "Μάλι",  # Mali, inside "μάλιστα"
        "มาลี",  # Mali, a given name and a flower
    }
)
# Scripts the lexicon matches inside words (all but Latin and Cyrillic, which have word
# boundaries: Korean particles, Arabic and Hebrew prefixes attach to a name; Thai, Chinese
# and Japanese leave no spaces).
_BOUNDED = re.compile(f"[{WORD_CHARACTERS}]")
_HEBREW = re.compile(r"[\u0590-\u05FF]")


def _usable_translation(name: str) -> bool:
    """A name matched inside running text needs three letters, or to end in 国/國 ("德國"):
    shorter ones are too often part of another word ("海地" in "沿海地区", "蒙古" in "内蒙古",
    "マリ" in "マリオ", "चीन" in "प्राचीन", Korean "말리" in "말리는")."""
    if name in NOT_COUNTRY_NAMES or any(mark in name for mark in ",(、"):
        return False
    if _BOUNDED.search(name):
        return True
    # Hebrew prefixes (ב, ה, ו, ל, מ, ש) attach to any word, so three letters are not enough
    # either ("פרו", Peru, opens "פרויקט", a project).
    least = 4 if _HEBREW.search(name) else 3
    return sum(char.isalpha() for char in name) >= least or name[-1] in "国國"


# Regions are used only when no single country is meant (DESIGN §1).
REGIONS: dict[str, str] = {
    "EU": "European Union",
    "GCC": "Gulf states",
    "LATAM": "Latin America",
    "MENA": "Middle East and North Africa",
    "APAC": "Asia-Pacific",
    "SEA": "Southeast Asia",
    "NORAM": "North America",
}
REGION_NAMES: dict[str, str] = {
    "European Union": "EU",
    "the EU": "EU",
    "Europe": "EU",
    "European": "EU",
    "유럽": "EU",
    "欧州": "EU",
    "欧洲": "EU",
    "Europa": "EU",
    "Unii Europejskiej": "EU",
    "Unia Europejska": "EU",
    "Unione Europea": "EU",
    "Union européenne": "EU",
    "Unión Europea": "EU",
    "União Europeia": "EU",
    "Gulf": "GCC",
    "Gulf region": "GCC",
    "GCC": "GCC",
    "Latin America": "LATAM",
    "Latin American": "LATAM",
    # "South America" is no "America" (the United States), nor is "North America"
    "South America": "LATAM",
    "North America": "NORAM",
    "North American": "NORAM",
    "Amérique du Nord": "NORAM",
    "América del Norte": "NORAM",
    "Norteamérica": "NORAM",
    "América do Norte": "NORAM",
    "Nordamerika": "NORAM",
    "北米": "NORAM",
    "北美": "NORAM",
    "북미": "NORAM",
    "América del Sur": "LATAM",
    "Amérique du Sud": "LATAM",
    "América do Sul": "LATAM",
    "Südamerika": "LATAM",
    "南米": "LATAM",
    "南美": "LATAM",
    "남미": "LATAM",
    # "its second office in Asia" counts across the continent, as Asia-Pacific does
    "Asia": "APAC",
    "LATAM": "LATAM",
    "América Latina": "LATAM",
    "Amérique latine": "LATAM",
    "Middle East": "MENA",
    "North Africa": "MENA",
    # Europe's subregions are read as Europe: "data centres in the Nordics" (but not the
    # Benelux and DACH, named mostly as a country manager's patch, no target of their own)
    "Nordics": "EU",
    "Nordic region": "EU",
    "Scandinavia": "EU",
    "Baltics": "EU",
    "Iberia": "EU",
    "Balkans": "EU",
    "MENA": "MENA",
    "Asia-Pacific": "APAC",
    "Asia Pacific": "APAC",
    "APAC": "APAC",
    "Southeast Asia": "SEA",
    "South-East Asia": "SEA",
    "동남아": "SEA",
    "東南アジア": "SEA",
    # the other languages the set holds
    "歐洲": "EU",
    "欧盟": "EU",
    "歐盟": "EU",
    "유럽연합": "EU",
    "Europäische Union": "EU",
    "Europäischen Union": "EU",
    "أوروبا": "EU",
    "الاتحاد الأوروبي": "EU",
    "Naher Osten": "MENA",
    "Nahen Osten": "MENA",
    "Nahost": "MENA",
    "Moyen-Orient": "MENA",
    "Oriente Medio": "MENA",
    "Medio Oriente": "MENA",
    "Oriente Médio": "MENA",
    "Timur Tengah": "MENA",
    "中东": "MENA",
    "中東": "MENA",
    "중동": "MENA",
    "الشرق الأوسط": "MENA",
    "海湾": "GCC",
    "海灣": "GCC",
    "الخليج": "GCC",
    "Lateinamerika": "LATAM",
    "Latinoamérica": "LATAM",
    "拉美": "LATAM",
    "拉丁美洲": "LATAM",
    "中南米": "LATAM",
    "ラテンアメリカ": "LATAM",
    "라틴아메리카": "LATAM",
    "중남미": "LATAM",
    "亚太": "APAC",
    "亞太": "APAC",
    "アジア太平洋": "APAC",
    "아시아태평양": "APAC",
    "Asien-Pazifik": "APAC",
    "Südostasien": "SEA",
    "Asie du Sud-Est": "SEA",
    "Sudeste Asiático": "SEA",
    "Sudeste da Ásia": "SEA",
    "Asia Tenggara": "SEA",
    "东南亚": "SEA",
    "東南亞": "SEA",
    "동남아시아": "SEA",
    "جنوب شرق آسيا": "SEA",
    # ... and in the languages the gazetteer's country names cover (Russian ones also in
    # their cases, as places.toml's are: "в Европе", "в Латинской Америке")
    "Европа": "EU",
    "Європа": "EU",
    "Європі": "EU",
    "Європи": "EU",
    "Evropa": "EU",
    "Evropě": "EU",
    "Evropy": "EU",
    "Europie": "EU",
    "Europy": "EU",
    "Europę": "EU",
    "Avrupa": "EU",
    "Eropa": "EU",
    "châu Âu": "EU",
    "ยุโรป": "EU",
    "यूरोप": "EU",
    "אירופה": "EU",
    "Ευρώπη": "EU",
    "Ευρώπης": "EU",
    "Ближний Восток": "MENA",
    "Ближнем Востоке": "MENA",
    "Ближнего Востока": "MENA",
    "Близький Схід": "MENA",
    "Близькому Сході": "MENA",
    "Bliski Wschód": "MENA",
    "Bliskim Wschodzie": "MENA",
    "Bliskiego Wschodu": "MENA",
    "Blízký východ": "MENA",
    "Blízkém východě": "MENA",
    "Orta Doğu": "MENA",
    "Ortadoğu": "MENA",
    "Trung Đông": "MENA",
    "ตะวันออกกลาง": "MENA",
    "मध्य पूर्व": "MENA",
    "Латинская Америка": "LATAM",
    "Ameryka Łacińska": "LATAM",
    "Ameryce Łacińskiej": "LATAM",
    "Ameryki Łacińskiej": "LATAM",
    "Latin Amerika": "LATAM",
    "Amerika Latin": "LATAM",
    "Mỹ Latinh": "LATAM",
    "Юго-Восточная Азия": "SEA",
    "Azja Południowo-Wschodnia": "SEA",
    "Azji Południowo-Wschodniej": "SEA",
    "Güneydoğu Asya": "SEA",
    "Đông Nam Á": "SEA",
    "เอเชียตะวันออกเฉียงใต้": "SEA",
    "दक्षिण पूर्व एशिया": "SEA",
    "Азиатско-Тихоокеанский регион": "APAC",
    "Asya-Pasifik": "APAC",
    "Asia Pasifik": "APAC",
}


REGION_MEMBERS: dict[str, frozenset[str]] = {
    "EU": frozenset(
        [
            "AT",
            "BE",
            "BG",
            "HR",
            "CY",
            "CZ",
            "DK",
            "EE",
            "FI",
            "FR",
            "DE",
            "GR",
            "HU",
            "IE",
            "IT",
            "LV",
            "LT",
            "LU",
            "MT",
            "NL",
            "PL",
            "PT",
            "RO",
            "SK",
            "SI",
            "ES",
            "SE",
        ]
    ),
    "GCC": frozenset(["AE", "BH", "KW", "OM", "QA", "SA"]),
    # as firms use it: the United States and Canada (Mexico is in LATAM)
    "NORAM": frozenset(["US", "CA"]),
    "LATAM": frozenset(
        [
            "AR",
            "BO",
            "BR",
            "CL",
            "CO",
            "CR",
            "CU",
            "DO",
            "EC",
            "GT",
            "HN",
            "MX",
            "NI",
            "PA",
            "PE",
            "PY",
            "SV",
            "UY",
            "VE",
        ]
    ),
    "MENA": frozenset(
        [
            "AE",
            "BH",
            "DZ",
            "EG",
            "IL",
            "IQ",
            "IR",
            "JO",
            "KW",
            "LB",
            "LY",
            "MA",
            "OM",
            "PS",
            "QA",
            "SA",
            "SY",
            "TN",
            "TR",
            "YE",
        ]
    ),
    "APAC": frozenset(
        [
            "AU",
            "BD",
            "CN",
            "HK",
            "ID",
            "IN",
            "JP",
            "KR",
            "LK",
            "MO",
            "MY",
            "NZ",
            "PH",
            "PK",
            "SG",
            "TH",
            "TW",
            "VN",
        ]
    ),
    "SEA": frozenset(["BN", "KH", "ID", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"]),
}


# "Europe" in the press is wider than the EU it is filed under: "robotaxis to launch in
# Europe … in London" means the UK.
EUROPE_BEYOND_EU = frozenset(
    ["GB", "NO", "CH", "IS", "LI", "UA", "RS", "AL", "BA", "ME", "MK", "MD", "AD", "MC", "SM", "TR"]
)


def lies_in(country: str, region: str) -> bool:
    """Is the country one a story about the region may narrow to ("Europe" → London)?"""
    return country != region and country in within(region)


def within(code: str) -> frozenset[str]:
    """What a filter on `code` accepts: the country, or a region and the countries in it
    (Europe's beyond the EU with it, as "Europe" stories narrow to London)."""
    beyond = EUROPE_BEYOND_EU if code == "EU" else frozenset()
    return frozenset({code, *REGION_MEMBERS.get(code, ()), *beyond})


def same_market(a: str, b: str) -> bool:
    """Do two targets name the same market (equal, or a region and one of its countries)?"""
    return a == b or b in REGION_MEMBERS.get(a, ()) or a in REGION_MEMBERS.get(b, ())


def related_markets(code: str) -> frozenset[str]:
    """The code, the regions it belongs to, and a region's member countries."""
    regions = {region for region, members in REGION_MEMBERS.items() if code in members}
    return frozenset({code, *regions, *REGION_MEMBERS.get(code, ())})


def is_region(code: str) -> bool:
    """Is this code a region (EU, GCC, …) rather than one country?"""
    return code in REGIONS


def country_code(value: str) -> str:
    """Normalise a country code, name or region to its code; ValueError if unknown."""
    text = value.strip()
    if text.upper() in REGIONS:
        return text.upper()
    if len(text) == 2 and (found := pycountry.countries.get(alpha_2=text.upper())):
        return str(found.alpha_2)
    if len(text) == 3 and (found := pycountry.countries.get(alpha_3=text.upper())):
        return str(found.alpha_2)
    if len(text) > 3:
        hit = gazetteer().country_by_name(text)
        if hit:
            return hit
    raise ValueError(f"{value!r} is not an ISO 3166-1 alpha-2 country code or a known country")


def country_name(code: str) -> str:
    """A short English name for a country or region code."""
    if code in REGIONS:
        return REGIONS[code]
    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


def flag(code: str) -> str:
    """The flag emoji of a country code (regions have none)."""
    if len(code) != 2 or not code.isalpha():
        return ""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())


HANGUL = re.compile("[\uac00-\ud7a3]")
KANA = re.compile("[\u3040-\u30ff]")
DOMESTIC = re.compile("国内(?!外)")
_KANJI_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# A Chinese country abbreviation counts after a verb of coming, going or being stationed
# ("來台", "赴日", "訪韓", "駐台"; "在" only before Taiwan's: "在台成立", as "在日前" is
# "recently"), and not as the first character of a longer word ("台北", "日本", "台積電").
# (The pattern is led by the name's character, which sre skips to, and looks back for the
# verb from there.)
_CHINESE_TO = "(?:(?<=[來来赴訪访駐驻抵].)|(?<=在[台臺]))"
_CHINESE_LONGER = "[北灣湾中南本國国上下積积達达風风階阶前内方元圓]"
# Japanese copy writes a firm's country as one kanji before its description: "米AIベンチャー",
# "英新興企業" (a US AI venture, a British startup). Read only there, where it is an origin.
JAPANESE_ABBREVIATIONS = {
    "米": "US", "英": "GB", "仏": "FR", "独": "DE", "中": "CN", "韓": "KR", "豪": "AU",
    "印": "IN", "加": "CA", "露": "RU", "伊": "IT", "台": "TW",
}  # fmt: skip
JAPANESE_ORIGIN = re.compile(
    f"(?<![{_KANJI_KANA}])[{''.join(JAPANESE_ABBREVIATIONS)}]"
    "(?=(?:生成)?AI|人工知能|スタートアップ|ベンチャー|新興)"
)
# the letters only Vietnamese uses: "ơ", "ư", "đ" and the toned vowels ("mở", "tại")
VIETNAMESE = re.compile("[đơưĐƠƯ\u1ea0-\u1ef9]")

# The countries whose own press writes in a language. A firm a text calls an AI startup
# without saying where it is from is, in that press, one of its own: "KI-Startup Lumenta
# eröffnet Büro in München" is a German firm's second office (a foreign firm is introduced as
# one: "das US-KI-Startup"). Languages read in many markets that firms move between, English
# and Arabic, presume nothing.
PRESS_COUNTRIES: dict[str, frozenset[str]] = {
    language: frozenset(codes.split())
    for language, codes in {
        "ja": "JP", "ko": "KR", "zh": "CN", "vi": "VN", "th": "TH", "id": "ID", "tr": "TR",
        "pl": "PL", "cs": "CZ", "sk": "SK", "hu": "HU", "ro": "RO", "el": "GR", "he": "IL",
        "it": "IT", "nl": "NL", "fi": "FI", "sv": "SE", "da": "DK", "no": "NO", "nb": "NO",
        "nn": "NO", "uk": "UA", "ru": "RU", "de": "DE AT CH", "fr": "FR BE CH LU",
        "pt": "PT BR",
        "es": "ES MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY PR",
    }.items()
}  # fmt: skip


def press_countries(language: str | None, text: str) -> frozenset[str]:
    """The countries whose press writes `text`: by the feed's language tag ("de-AT" is German),
    else by a script only one language here uses; empty for English, Arabic or unknown."""
    if language:
        return PRESS_COUNTRIES.get(language.split("-")[0].split("_")[0].lower(), frozenset())
    if HANGUL.search(text):
        return PRESS_COUNTRIES["ko"]
    if KANA.search(text):
        return PRESS_COUNTRIES["ja"]
    if VIETNAMESE.search(text):
        return PRESS_COUNTRIES["vi"]
    return frozenset()


# The second part of a German or Nordic compound whose first part names the market: its head,
# its start, its office or its unit there ("Deutschlandchefin", "Japanstart", "Schweizbüro",
# "Sverigekontoret"). Hyphenated, "Japan-Start", the name is found alone.
COMPOUND_HEADS = (
    "chef", "chefin", "start", "premiere", "debüt", "büro", "zentrale", "niederlassung",
    "tochter", "geschäft", "standort", "ableger", "team",
    "kontor", "kontoret", "chefen", "sjef", "sjefen", "lansering", "lanseringen", "etablering",
)  # fmt: skip


@dataclass(frozen=True)
class Place:
    """A country (and maybe a city) a phrase names."""

    country: str
    city: str | None = None
    how: str = "name"  # name, demonym, city or region


class Gazetteer:
    """Finds countries, regions and cities in text, in any script the press uses."""

    def __init__(self, data: dict) -> None:  # type: ignore[type-arg]
        insensitive: list[tuple[str, Place]] = []
        sensitive: list[tuple[str, Place]] = []
        hanja: dict[str, str] = {}
        short: dict[str, str] = {}
        for entry in data["country"]:
            code = entry["code"]
            if "korean_hanja" in entry:
                hanja[entry["korean_hanja"]] = code
            short |= dict.fromkeys(entry.get("chinese_short", []), code)
            for city_spec in entry.get("cities", []):
                names = city_spec.split("|")
                insensitive += [
                    (form, Place(code, names[0], "city"))
                    for name in names
                    for form in _with_russian_cases(name)
                ]
            for name in entry.get("names", []):
                bucket = sensitive if _looks_like_code(name) else insensitive
                bucket += [(form, Place(code, None, "name")) for form in _with_russian_cases(name)]
            # (and in capitals: "COREWEAVE BUYS … HQ IN NEW JERSEY")
            sensitive += [
                (form, Place(code, None, "name"))
                for name in entry.get("cased_names", [])
                for form in (name, name.upper())
            ]
            insensitive += [(d, Place(code, None, "demonym")) for d in entry.get("demonyms", [])]
            insensitive += [
                (stem + head, Place(code, None, "name"))
                for stem in entry.get("compounds", [])
                for head in COMPOUND_HEADS
            ]

        def add_translated(language: str, code: str, name: str) -> None:
            # Swedish and Danish write "USA": only in capitals
            bucket = sensitive if _looks_like_code(name) else insensitive
            bucket += [
                (form, Place(code, None, "name")) for form in (name, *_declined(language, name))
            ]

        translations = {
            language: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
            for language in TRANSLATED_LANGUAGES
        }
        for country in pycountry.countries:
            code = str(country.alpha_2)
            for attr in ("name", "common_name", "official_name"):
                name = getattr(country, attr, None)
                if name and "," not in name:
                    insensitive.append((name, Place(code, None, "name")))
                    # (official names, "Republic of …", are left to places.toml)
                    for language, translation in (
                        translations.items() if attr != "official_name" else ()
                    ):
                        translated = translation.gettext(name)
                        if translated != name and _usable_translation(translated):
                            add_translated(language, code, translated)
        # CLDR's names that places.toml and pycountry lack (bench/cldr_places.py), by language
        for language, by_code in data.get("translations", {}).items():
            for code, names in by_code.items():
                for name in names:
                    add_translated(language, code, name)
        for name, code in REGION_NAMES.items():
            bucket = sensitive if _looks_like_code(name) else insensitive
            bucket += [(form, Place(code, None, "region")) for form in _with_russian_cases(name)]
        insensitive += _inflected_forms(insensitive)
        self._insensitive = Lexicon(insensitive)
        self._sensitive = Lexicon(sensitive, case_sensitive=True)
        # A lone character, with no kanji or kana beside it: "日에" is Japan, "毎日" a day.
        self._hanja = hanja
        self._hanja_pattern = re.compile(
            f"(?<![{_KANJI_KANA}])[{''.join(hanja)}](?![{_KANJI_KANA}])" if hanja else r"(?!x)x"
        )
        # ... and in Chinese, after a verb of going or being there: "來台設點", "赴日發展"
        self._short = short
        self._short_pattern = re.compile(
            f"[{''.join(short)}]{_CHINESE_TO}(?!{_CHINESE_LONGER})" if short else r"(?!x)x"
        )

    def find(self, text: str, folded: str | None = None) -> list[Hit[Place]]:
        """Every place named in `text`, in order; pass `fold(text)` if already computed."""
        hits = [
            hit
            for hit in (*self._insensitive.finditer(text, folded), *self._sensitive.finditer(text))
            if not (
                _inside_hangul_word(text, hit)
                or _inside_katakana_word(text, hit)
                or _written_as_a_word(hit)
            )
        ]
        # "国内", the writer's own country: Japan in Japanese copy, China in Chinese ("国内外",
        # at home and abroad, is neither)
        kana = KANA.search(text) is not None
        if "国内" in text:
            home = "JP" if kana else "CN"
            hits += [
                Hit(Place(home, None, "name"), m.group(), m.start(), m.end())
                for m in DOMESTIC.finditer(text)
            ]
        if kana:
            hits += _abbreviations(JAPANESE_ORIGIN, JAPANESE_ABBREVIATIONS, "demonym", text)
        if self._short:
            hits += _abbreviations(self._short_pattern, self._short, "name", text)
        if self._hanja and HANGUL.search(text):
            hits += _abbreviations(self._hanja_pattern, self._hanja, "demonym", text)
        hits.sort(key=lambda h: (h.start, -h.end))
        # a cased name inside a longer name ("Nhật" in "Nhật Bản") is that name's part
        return [hit for i, hit in enumerate(hits) if i == 0 or hit.end > hits[i - 1].end]

    def country_by_name(self, name: str) -> str | None:
        """The country code a whole name stands for, if any."""
        for hit in self.find(name):
            if hit.start == 0 and hit.end == len(name):
                return hit.value.country
        return None


def _abbreviations(
    pattern: re.Pattern[str], countries: dict[str, str], how: str, text: str
) -> list[Hit[Place]]:
    """Where `pattern` finds a one-character name in `text`, the country `countries` gives it."""
    return [
        Hit(Place(countries[m.group()], None, how), m.group(), m.start(), m.end())
        for m in pattern.finditer(text)
    ]


# German declines what other languages leave alone: "Luxemburgs Verwaltung" (genitive),
# "die luxemburgische Regierung", "den japanischen Markt".
# (also "US-amerikanisch": "das US-amerikanische Start-up")
_GERMAN_ADJECTIVE = re.compile(r"(?:[A-Z]{2,3}-)?[a-zäöüß]+isch")
_GERMAN_ADJECTIVE_ENDINGS = ("e", "en", "er", "es")
_GENITIVE_TAKER = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'-]*(?: [A-ZÀ-Þ][A-Za-zÀ-ÿ'-]*)*[^sxzßSXZ\W]")
_NO_GENITIVE = frozenset({"America"})  # "the Americas" are a continent
# Spanish, Portuguese and Italian inflect an adjective for gender and number: "una società
# italiana", "las empresas mexicanas", "i mercati italiani" (but "indie" and "Indiana" are
# other words, and "china", "chine" are already names).
_ROMANCE_ADJECTIVE = re.compile(r"[a-zà-ÿ-]+o")
_ROMANCE_ENDINGS = ("a", "os", "as", "i", "e")
_NOT_ROMANCE_FORMS = frozenset({"indie", "indiana"})


# French inflects an adjective for gender and number too: "une filiale marocaine", "la
# start-up américaine", "des entreprises chinoises", "le gouvernement sénégalais" (the
# lower-case demonyms; a capitalised one is English).
_FRENCH_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ais", ("e", "es")),
    ("ois", ("e", "es")),
    ("ien", ("ne", "s", "nes")),
    ("éen", ("ne", "s", "nes")),
    ("ain", ("e", "s", "es")),
    ("an", ("e", "s", "es")),
    ("and", ("e", "s", "es")),
    ("ol", ("e", "s", "es")),
    ("in", ("e", "s", "es")),
    ("e", ("s",)),
)


def _french_forms(phrase: str, place: Place) -> list[str]:
    if place.how != "demonym" or not phrase[:1].islower():
        return []
    for ending, added in _FRENCH_ENDINGS:
        if phrase.endswith(ending):
            return [phrase + more for more in added]
    return []


def _german_forms(phrase: str, place: Place) -> list[str]:
    if place.how == "demonym" and _GERMAN_ADJECTIVE.fullmatch(phrase):
        return [phrase + ending for ending in _GERMAN_ADJECTIVE_ENDINGS]
    if place.how in ("name", "city") and _GENITIVE_TAKER.fullmatch(phrase):
        return [] if phrase in _NO_GENITIVE else [phrase + "s"]
    return []


def _romance_forms(phrase: str, place: Place) -> list[str]:
    if place.how == "demonym" and _ROMANCE_ADJECTIVE.fullmatch(phrase):
        forms = (phrase[:-1] + ending for ending in _ROMANCE_ENDINGS)
        return [form for form in forms if form.lower() not in _NOT_ROMANCE_FORMS]
    return []


# Arabic makes a country's adjective with -ية (after a feminine noun: "السوق الكرواتية", the
# Croatian market; "شركة فرنسية"), which holds a name like "الصين" or "لبنان" but not one
# ending in ا or ة ("كرواتيا", "فرنسا", "سنغافورة").
_ARABIC_NAME_ENDING = re.compile(r"[\u0600-\u06FF]{2,}(?:ا|(?<!ي)ة)")


def _arabic_forms(phrase: str, place: Place) -> list[str]:
    if place.how != "name":
        return []
    # "for" (لِ) before the article drops its alif: "مديرا عاما للسعودية", Saudi head
    forms = ["لل" + phrase[2:]] if phrase.startswith("ال") and len(phrase) > 4 else []
    if not _ARABIC_NAME_ENDING.fullmatch(phrase):
        return forms
    if phrase.endswith("يا"):
        return [*forms, phrase[:-1] + "ة"]
    return [*forms, phrase[:-1] + "ية"]


# Slavic adjectives take the case, gender and number of their noun: "на японском рынке",
# "на японський ринок", "na rynek japoński", "na japońskim rynku", "na japonský trh". Their
# masculine forms in places.toml ("японский", "japoński", "japonský") give the others.
_SLAVIC_ADJECTIVE_ENDINGS: tuple[tuple[re.Pattern[str], int, tuple[str, ...]], ...] = (
    (
        re.compile(r"[а-яіїєґ']+[сцз]ький"),  # Ukrainian: японський
        2,
        ("ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою", "е", "і", "их", "ими"),
    ),
    (
        re.compile(r"[а-яё]+кий"),  # Russian: японский
        2,
        ("ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими"),
    ),
    (
        re.compile(r"[a-ząćęłńóśźż]+ki"),  # Polish: japoński
        1,
        ("i", "iego", "iemu", "im", "a", "iej", "ą", "ie", "ich", "imi"),
    ),
    (
        re.compile(r"[a-záčďéěíňóřšťúůýž]+ký"),  # Czech: japonský
        1,
        ("ý", "ého", "ému", "ém", "ým", "á", "é", "ou", "ých", "ými", "í"),
    ),
)


def _slavic_forms(phrase: str, place: Place) -> list[str]:
    if place.how != "demonym":
        return []
    for pattern, cut, endings in _SLAVIC_ADJECTIVE_ENDINGS:
        if pattern.fullmatch(phrase):
            return [phrase[:-cut] + ending for ending in endings]
    return []


def _inflected_forms(entries: list[tuple[str, Place]]) -> list[tuple[str, Place]]:
    """The declined (German, Slavic) and inflected (Romance, French, Arabic) forms of the
    gazetteer's names that it does not hold already."""
    known = {phrase.lower() for phrase, _ in entries}
    forms: list[tuple[str, Place]] = []
    for inflect in (_german_forms, _romance_forms, _french_forms, _arabic_forms, _slavic_forms):
        new = [(form, place) for phrase, place in entries for form in inflect(phrase, place)]
        forms += [(form, place) for form, place in new if form.lower() not in known]
        known |= {form.lower() for form, _ in new}
    return forms


# Polish, Czech, Russian and Ukrainian decline a country's name after every preposition:
# "w Japonii", "do Kanady", "w Kanadzie"; "v Německu"; "в Японии", "в Казахстане"; "у Канаді";
# Finnish and Hungarian in their place cases: "Saksaan", "Ruotsissa"; "Németországban".
# These are the regular endings of one-word names (and Russian "<adjective> <noun>": "в Новой
# Зеландии"); the irregular and plural names are in places.toml ("w Niemczech", "w Stanach
# Zjednoczonych").
_POLISH_LOCATIVE = {
    "t": "cie", "d": "dzie", "r": "rze", "n": "nie", "m": "mie", "s": "sie", "z": "zie",
    "w": "wie", "b": "bie", "p": "pie", "f": "fie", "ł": "le", "k": "ce", "g": "dze",
}  # fmt: skip


def _polish_cases(name: str) -> list[str]:
    stem, last = name[:-1], name[-1]
    if name.endswith(("ia", "ja", "ea")):  # Japonia, Francja, Korea
        return [stem + "i", stem + "ę", stem + "ą"]
    if last == "a":  # Kanada: Kanady, Kanadzie, Kanadę, Kanadą; Ameryka: Ameryki, Ameryce
        genitive = stem + ("i" if stem[-1] in "kgl" else "y")
        locative = stem[:-1] + _POLISH_LOCATIVE.get(stem[-1], stem[-1] + "i")
        return [genitive, locative, stem + "ę", stem + "ą"]
    if last.isalpha() and last not in "aeiouyąęó":  # Katar: Kataru, Katarze, Katarem
        # (after k, g, l the locative is the genitive: w Iraku, w Izraelu)
        soft = _POLISH_LOCATIVE.get(last, "") if last not in "kgl" else ""
        return [name + "u", name + "em", *([stem + soft] if soft else [])]
    return []


# genitive, dative, accusative, instrumental, prepositional
_RUSSIAN_ENDINGS = {
    "ия": ("ии", "ии", "ию", "ией", "ии"),
    "ея": ("еи", "ее", "ею", "еей", "ее"),
    "я": ("и", "е", "ю", "ей", "е"),
    "й": ("я", "ю", "й", "ем", "е"),
    "ь": ("я", "ю", "ь", "ем", "е"),
}
_RUSSIAN_ADJECTIVE = ("ой", "ой", "ую", "ой", "ой")


def _russian_cases(word: str) -> tuple[str, ...] | None:
    for ending, cases in _RUSSIAN_ENDINGS.items():
        if word.endswith(ending):
            return tuple(word[: -len(ending)] + case for case in cases)
    if word.endswith("а"):  # Канада, Америка
        stem = word[:-1]
        hard = stem[-1] not in "гкхжшщч"
        return tuple(stem + case for case in ("ы" if hard else "и", "е", "у", "ой", "е"))
    if word[-1] not in "оеиуюэы":  # Казахстан; Того, Перу, Чили do not decline
        return tuple(word + case for case in ("а", "у", "", "ом", "е"))
    return None


def _russian_forms(name: str) -> list[str]:
    """The cases of a one-word name or of "<adjective> <noun>", and each, the name too, with
    е for ё, as much copy writes it ("Объединенные")."""
    words = name.split(" ")
    forms: list[str] = []
    if len(words) == 2 and words[0].endswith("ая"):  # Новая Зеландия: в Новой Зеландии
        nouns = _russian_cases(words[1]) or (words[1],) * 5
        forms = [
            words[0][:-2] + a + " " + n for a, n in zip(_RUSSIAN_ADJECTIVE, nouns, strict=True)
        ]
    elif len(words) == 1:
        forms = list(_russian_cases(name) or ())
    return forms + [form.replace("ё", "е") for form in (name, *forms) if "ё" in form]


_CZECH_LOCATIVE = {
    "d": "dě", "t": "tě", "n": "ně", "m": "mě", "b": "bě", "p": "pě", "v": "vě", "r": "ře",
    "k": "ce", "h": "ze", "l": "le", "s": "se", "z": "ze",
}  # fmt: skip


def _czech_cases(name: str) -> list[str]:
    stem, last = name[:-1], name[-1]
    if name.endswith("ie"):  # Itálie: v Itálii, s Itálií
        return [stem + "i", stem + "í"]
    if last == "o":  # Německo: v Německu, z Německa, s Německem
        return [stem + "u", stem + "a", stem + "em"]
    if last == "a":  # Kanada: z Kanady, v Kanadě, do Kanady, s Kanadou
        locative = stem[:-1] + _CZECH_LOCATIVE.get(stem[-1], stem[-1] + "e")
        return [stem + "y", locative, stem + "u", stem + "ou"]
    if last.isalpha() and last not in "aeiouyáéíóúůýě":  # Katar: v Kataru, s Katarem
        return [name + "u", name + "em"]
    return []


_UKRAINIAN_LOCATIVE = {"к": "ці", "г": "зі", "х": "сі"}


def _ukrainian_cases(name: str) -> list[str]:
    stem, last = name[:-1], name[-1]
    if name.endswith("ія"):  # Японія: в Японії, до Японії, Японію, Японією
        return [stem + "ї", stem + "ю", stem + "єю"]
    if last == "а":  # Канада: Канади, у Канаді, Канаду, Канадою; Америка: в Америці
        locative = stem[:-1] + _UKRAINIAN_LOCATIVE.get(stem[-1], stem[-1] + "і")
        return [stem + "и", locative, stem + "у", stem + "ою"]
    if last in "йь":  # Китай: Китаю, у Китаї, Китаєм
        return [
            stem + "ю",
            stem + ("ї" if last == "й" else "і"),
            stem + ("єм" if last == "й" else "ем"),
        ]
    if last not in "аеєиіїоуюя":  # Казахстан: Казахстану, у Казахстані, Казахстаном
        return [name + "у", name + "і", name + "ом"]
    return []


# A Russian name in places.toml, as Russian writes it (no Ukrainian і, ї, є): "Лондон" gives
# "в Лондоне", "Эр-Рияд" "в Эр-Рияде". (Ukrainian and declined forms are listed as they are.)
_RUSSIAN_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ][а-яё]+)*")


def _with_russian_cases(name: str) -> tuple[str, ...]:
    """A name listed in places.toml and, if it is Russian, its cases."""
    return (name, *_declined("ru", name)) if _RUSSIAN_NAME.fullmatch(name) else (name,)


def _finnish_cases(name: str) -> list[str]:
    """Saksa: Saksan, Saksassa, Saksasta, Saksaan; Israel: Israelin, Israelissa, Israeliin;
    a double stop halves before the closed endings (Kreikka: Kreikassa, but Kreikkaan). The
    irregular ones (Suomi: Suomessa; the plural Yhdysvallat) come out wrong and match
    nothing."""
    stem = name if name[-1] in "aeiouyäö" else name + "i"
    weak = re.sub(r"(kk|pp|tt)([aeiouyäö])$", lambda m: m[1][0] + m[2], stem)
    back = any(vowel in name.rsplit("-", 1)[-1].lower() for vowel in "aou")
    a = "a" if back else "ä"
    return [weak + "n", weak + "ss" + a, weak + "st" + a, stem + stem[-1] + "n"]


def _hungarian_cases(name: str) -> list[str]:
    """Németország: Németországban, Németországba, Németországon; Kína: Kínában, Kínán; the
    endings follow the last vowel (Izraelben), and a final a or e lengthens (Kínába)."""
    vowels = [char for char in name.lower() if char in "aáoóuúeéiíöőüű"]
    back = bool(vowels) and vowels[-1] in "aáoóuú"
    stem = name[:-1] + {"a": "á", "e": "é"}.get(name[-1], name[-1])
    on = "n" if stem[-1] in "aáoóuúeéiíöőüű" else ("on" if back else "en")
    return [stem + ("ban" if back else "ben"), stem + ("ba" if back else "be"), stem + on]


_GERMAN_STRONG_ENDING = re.compile(r"(?:(?<=isch)|(?<=igt)|(?<=lich))es?$")
_GERMAN_PLURALS = frozenset({"Niederlande", "Emirate"})


def _german_cases(name: str) -> list[str]:
    """The dative of a German name that declines: its adjectives ("Vereinigte Arabische
    Emirate", "Vereinigtes Königreich", "Tschechische Republik" → "in den Vereinigten
    Arabischen Emiraten", "im Vereinigten Königreich", "in der Tschechischen Republik") and
    plural nouns ("Niederlande" → "in den Niederlanden")."""
    words = [_GERMAN_STRONG_ENDING.sub("en", word) for word in name.split(" ")]
    if words[-1] in _GERMAN_PLURALS:
        words[-1] += "n"
    return [" ".join(words)]


# The regular cases of a country's name, by language.
_CASES: dict[str, Callable[[str], list[str]]] = {
    "de": _german_cases,
    "hu": _hungarian_cases,
    "fi": _finnish_cases,
    "pl": _polish_cases,
    "cs": _czech_cases,
    "uk": _ukrainian_cases,
    "ru": _russian_forms,
}


def _declined(language: str, name: str) -> list[str]:
    """The other cases of a country's name in a language that declines it (of one-word
    names, and Russian and German "<adjective> <noun>")."""
    cases = _CASES.get(language)
    if cases is None or (" " in name and language not in ("ru", "de")):
        return []
    return [
        form
        for form in dict.fromkeys(cases(name))
        if form != name and form not in NOT_COUNTRY_NAMES
    ]


def _inside_hangul_word(text: str, hit: Hit[Place]) -> bool:
    """Korean particles follow a place name, nothing comes before it: a Korean name glued to
    the syllable before is part of another word ("국빈" a state guest is no 빈, Vienna; "주도하는"
    leading is no 도하, Doha)."""
    return hit.start > 0 and bool(HANGUL.match(hit.phrase[0]) and HANGUL.match(text, hit.start - 1))


_KATAKANA_NAME = re.compile("[\u30a1-\u30fa\u30fc]+")
_KATAKANA = re.compile("[\u30a1-\u30fa\u30fc]")


def _inside_katakana_word(text: str, hit: Hit[Place]) -> bool:
    """Japanese writes a loanword in katakana with no space, so a name in katakana glued to
    the letter before is part of another word ("ウインドウズ", Windows, is no インド; "ワクチン",
    a vaccine, no クチン, Kuching), and so is a short one glued to the letter after ("チリソース",
    chili sauce; "タイム", time; "アルバイト", a part-time job). ("・" separates words.)"""
    if not _KATAKANA_NAME.fullmatch(hit.phrase):
        return False
    if hit.start > 0 and _KATAKANA.match(text, hit.start - 1):
        return True
    return len(hit.phrase) <= 3 and _KATAKANA.match(text, hit.end) is not None


def _written_as_a_word(hit: Hit[Place]) -> bool:
    """A city's name is capitalised in every cased script; written all in lower case it is a
    word: "a nice day" is not in Nice, "la fortaleza del ecosistema" not in Fortaleza. (Not so
    for countries: "la scène tech suisse", "la IA china" are adjectives that still name one.)"""
    return hit.value.how == "city" and hit.phrase.islower()


def _looks_like_code(name: str) -> bool:
    """All-caps abbreviations ("US", "UAE") must match case-sensitively."""
    letters = name.replace(".", "")
    return letters.isupper() and len(letters) <= 5


def _shipped_toml(name: str) -> dict:  # type: ignore[type-arg]
    return tomllib.loads(resources.files("bot.detect").joinpath(name).read_text("utf-8"))


@cache
def _shipped_places() -> dict:  # type: ignore[type-arg]
    """places.toml, read once for the gazetteer and the triggers."""
    return _shipped_toml("places.toml")


# The names of places the Unicode CLDR gives and places.toml and pycountry lack, written by
# bench/cldr_places.py (never by hand).
CLDR_PLACES = "places_cldr.toml"


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer (places.toml, then CLDR's names), built once."""
    places, cldr = _shipped_places(), _shipped_toml(CLDR_PLACES)
    return Gazetteer({**cldr, "country": places["country"] + cldr.get("country", [])})


def compound_stems() -> tuple[str, ...]:
    """Every country's `compounds` in places.toml: the names German and Nordic press join to
    the word for a move or a unit there ("Deutschlandstart", "Sverigekontor")."""
    return tuple(
        stem for entry in _shipped_places()["country"] for stem in entry.get("compounds", ())
    )
