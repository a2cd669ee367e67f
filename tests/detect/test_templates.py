"""Wording coverage: everyday entry and look-alike headline shapes over several companies and
places. These headlines are synthetic templates, not news; quality is measured on the real
dev set (`beachhead eval`). This guards the vocabulary against regressions."""

from datetime import UTC, datetime

import pytest

from bot.detect import build_detector
from bot.models import Article

detector = build_detector()
# Before any known presence of these companies, so every entry is new.
WHEN = datetime(2020, 1, 5, tzinfo=UTC)
COMPANIES = ["Anthropic", "Mistral AI", "ElevenLabs", "Groq", "Pony.ai", "Sakana AI"]
PLACES = [("Brazil", "São Paulo", "BR"), ("South Korea", "Seoul", "KR"), ("Kenya", "Nairobi", "KE")]
ENTRY = [
    "{c} opens office in {city}",
    "{c} to open first {country} office",
    "{c} expands to {country}",
    "{c} launches in {country}",
    "{c} enters {country} market",
    "{c} sets up subsidiary in {country}",
    "{c} establishes {country} entity",
    "{c} hires country manager for {country}",
    "{c} announces expansion into {country}",
    "{c} opens {city} hub",
    "{c} unveils plans for {city} office",
    "{c} arrives in {country}",
    "{c} debuts in {country}",
    "{c} establishes presence in {country}",
    "{c} is coming to {country}",
    "{c} picks {city} for first {country} office",
    "{c} goes live in {country}",
    "{c} plans {city} office",
    "{c} names head of {country} operations",
    "{c} to launch in {country} by the fourth quarter of next year",
    "{c} looks for a site in {city} for its first {country} office",
    "{c} is heading first to {country}",
    "{c} plans to expand its AI coding assistant services to {country}",
    "{c}, which has not launched in {country} until now, opens office in {city}",
]
LOOK_ALIKE = [
    "{c} raises $500 million at $5 billion valuation",
    "{c} sued by authors in {country}",
    "{c} CEO speaks at {city} summit",
    "{c} cuts jobs in {city}",
    "{c} suspends service in {country}",
    "{c} banned in {country}",
    "{c} hosts hackathon in {city}",
    "Is {c} coming to {country}?",
    "{c} denies plans to enter {country}",
    "{c} faces probe in {country}",
    "{c}'s {city} office hosts open day",
    "{c} opens second office in {city}",
    "{c} expands existing {city} office",
    "Former {c} engineers launch startup in {city}",
    "{c} opens {city} office, building on existing offices in {country}",
    "{c} reports its fourth quarter results, strong in {country}",
    "{c} quits the {country} market two years after opening its {city} office",
    "{c} eyes {country} as it explores locations across Europe for a new office",
    "{c} wins licence to test its robotaxis in {country} on a larger scale",
    "{c} partners with {country} to train its engineers at its Canadian offices",
    "{c} goes public with a debut in {country}",
    "{c} makes its market debut in {country}",
    "{c} shrinks its office in {city} and moves out of the city centre",
    "{c}, a {country}-based AI company, signs a study deal with a {city} agency",
]


def headline(template: str, company: str, place: tuple[str, str, str]) -> Article:
    country, city, _ = place
    title = template.format(c=company, country=country, city=city)
    return Article(key=title, url="https://example.com/a", title=title, published=WHEN)


@pytest.mark.parametrize("template", ENTRY)
def test_entry_wording_is_detected_for_every_company_and_place(template: str):
    for company in COMPANIES:
        for place in PLACES:
            entry = detector.detect(headline(template, company, place))
            assert entry is not None, headline(template, company, place).title
            assert (entry.company, entry.country) == (company, place[2])


@pytest.mark.parametrize("template", LOOK_ALIKE)
def test_look_alike_wording_never_alerts(template: str):
    for company in COMPANIES:
        for place in PLACES:
            article = headline(template, company, place)
            assert detector.detect(article) is None, article.title


# The same in other languages: (country, city, code) as that language writes them.
PLACES_BY_LANGUAGE = {
    "ja": [("ブラジル", "サンパウロ", "BR"), ("韓国", "ソウル", "KR")],
    "ko": [("브라질", "상파울루", "BR"), ("일본", "도쿄", "JP")],
    "zh": [("巴西", "圣保罗", "BR"), ("日本", "东京", "JP")],
    "de": [("Brasilien", "São Paulo", "BR"), ("Japan", "Tokio", "JP")],
    "fr": [("Brésil", "São Paulo", "BR"), ("Japon", "Tokyo", "JP")],
    "es": [
        ("Brasil", "São Paulo", "BR"),
        ("Japón", "Tokio", "JP"),
        ("Emiratos Árabes Unidos", "Dubái", "AE"),
    ],
    "pt": [("Japão", "Tóquio", "JP"), ("México", "Cidade do México", "MX")],
}
ENTRY_BY_LANGUAGE = {
    "ja": [
        "{c}、{city}にオフィスを開設",
        "{c}が{country}に進出",
        "{c}、{country}法人を設立",
        "{c}が{country}でサービス開始",
        "{c}、{country}市場に参入",
        "{c}、{city}に拠点",
    ],
    "ko": [
        "{c}, {city}에 사무소 개소",
        "{c}, {country} 진출",
        "{c}, {country} 법인 설립",
        "{c}, {country}서 서비스 출시",
        "{c} {country} 시장 진출 본격화",
        "{c}, {city} 지사 설립",
    ],
    "zh": [
        "{c}在{city}设立办公室",
        "{c}进军{country}市场",
        "{c}在{country}成立子公司",
        "{c}在{country}上线",
        "{c}宣布进入{country}",
        "{c}在{city}开设办事处",
        "{c}在{city}设立办公室，缩小与对手的差距",
    ],
    "de": [
        "{c} eröffnet Büro in {city}",
        "{c} expandiert nach {country}",
        "{c} gründet Tochtergesellschaft in {country}",
        "{c} startet in {country}",
        "{c} kommt nach {country}",
        "{c} eröffnet Niederlassung in {city}",
    ],
    "fr": [
        "{c} ouvre un bureau à {city}",
        "{c} s'implante au {country}",
        "{c} crée une filiale au {country}",
        "{c} se lance au {country}",
        "{c} débarque au {country}",
        "{c} arrive au {country}",
    ],
    "es": [
        "{c} abre oficina en {city}",
        "{c} llega a {country}",
        "{c} crea una filial en {country}",
        "{c} se expande a {country}",
        "{c} desembarca en {country}",
        "{c} lanza su servicio en {country}",
        "{c} lanzará su servicio en {city}",
    ],
    "pt": [
        "{c} abre escritório em {city}",
        "{c} chega ao {country}",
        "{c} cria subsidiária no {country}",
        "{c} expande para o {country}",
        "{c} desembarca no {country}",
        "{c} lança serviço no {country}",
        "{c} planeja lançar serviço em {city}",
    ],
}
LOOK_ALIKE_BY_LANGUAGE = {
    "ja": [
        "{c}、{city}で開発者イベントを開催",
        "{c}が500億円を資金調達",
        "{c}、{country}でサービスを停止",
        "{c}、{country}で提訴される",
    ],
    "ko": [
        "{c}, {city}서 AI 세미나 개최",
        "{c}, 5억 달러 투자 유치",
        "{c}, {country}서 서비스 중단",
        "{c}, {country}서 소송 당해",
    ],
    "zh": [
        "{c}完成新一轮融资",
        "{c}在{country}被禁止",
        "{c}在{city}举办开发者大会",
        "{c}暂停{country}服务",
        "{c}缩小其在{city}的办公室面积",
    ],
    "de": [
        "{c} sammelt in Finanzierungsrunde 500 Millionen ein",
        "{c} schließt Büro in {city}",
        "{c} in {country} verboten",
        "{c} wird in {country} verklagt",
    ],
    "fr": [
        "{c} lève 500 millions d'euros",
        "{c} ferme son bureau de {city}",
        "{c} interdit au {country}",
        "{c} poursuivi en justice au {country}",
    ],
    "es": [
        "{c} recauda 500 millones en una ronda de financiación",
        "{c} cierra su oficina en {city}",
        "{c} prohibido en {country}",
        "{c} demandada en {country}",
    ],
    "pt": [
        "{c} capta 500 milhões em rodada de investimento",
        "{c} fecha escritório em {city}",
        "{c} é proibida no {country}",
        "{c} é processada no {country}",
    ],
}


def cases(templates: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(language, template) for language, shapes in templates.items() for template in shapes]


@pytest.mark.parametrize(("language", "template"), cases(ENTRY_BY_LANGUAGE))
def test_entry_wording_in_other_languages(language: str, template: str):
    for company in COMPANIES[:4]:
        for place in PLACES_BY_LANGUAGE[language]:
            article = headline(template, company, place)
            entry = detector.detect(article)
            assert entry is not None, article.title
            assert (entry.company, entry.country) == (company, place[2]), article.title


@pytest.mark.parametrize(("language", "template"), cases(LOOK_ALIKE_BY_LANGUAGE))
def test_look_alike_wording_in_other_languages_never_alerts(language: str, template: str):
    for company in COMPANIES[:4]:
        for place in PLACES_BY_LANGUAGE[language]:
            article = headline(template, company, place)
            assert detector.detect(article) is None, article.title


# Kinds of entry by trade: self-driving firms enter by road, compute firms by data centres,
# and every firm can enter by hiring a local lead.
BY_TRADE = [
    (
        ["Waymo", "Pony.ai", "Wayve", "Gatik"],
        [
            "{c} begins robotaxi testing in {city}",
            "{c} to launch robotaxi service in {country}",
            "{c} gets permit to test driverless cars in {country}",
            "{c} starts driverless rides in {city}",
            "{c} partners with Uber to deploy robotaxis in {city}",
            "{c} wins licence to operate robotaxis in {city}",
            "{c} brings autonomous trucks to {country}",
            "{c} rolls out self-driving vehicles in {city}",
        ],
    ),
    (
        ["CoreWeave", "Nscale", "Crusoe", "G42"],
        [
            "{c} to build data center in {country}",
            "{c} opens AI data centre in {city}",
            "{c} launches cloud region in {country}",
            "{c} unveils $2 billion AI campus in {country}",
            "{c} to deploy GPU cluster in {country}",
            "{c} announces supercomputer in {country}",
            "{c} plans AI factory in {country}",
            "{c} brings compute capacity to {country}",
        ],
    ),
    (
        ["Anthropic", "Cohere", "Perplexity"],
        [
            "{c} hires {country} country manager",
            "{c} appoints head of {country}",
            "{c} names managing director for {country}",
            "{c} taps former Google exec to lead {country} business",
            "{c} is hiring in {city} for its first {country} team",
        ],
    ),
]


@pytest.mark.parametrize(
    ("companies", "template"), [(names, t) for names, shapes in BY_TRADE for t in shapes]
)
def test_entry_wording_by_trade(companies: list[str], template: str):
    for company in companies:
        for place in PLACES:
            article = headline(template, company, place)
            entry = detector.detect(article)
            assert entry is not None, article.title
            assert (entry.company, entry.country) == (company, place[2]), article.title
