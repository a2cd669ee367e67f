from datetime import UTC, datetime, timedelta

from bot.cluster import match_event
from bot.config import SchedulerSettings
from bot.detect import build_detector
from bot.evaluate import cluster_score, date_from_event, predictor, read_jsonl
from bot.models import EntryKind, Subscription
from bot.route import route
from tests.chat.test_render import make_event
from tests.conftest import DATA

WINDOW = timedelta(days=14)


NOW = datetime(2026, 11, 25, tzinfo=UTC)  # we process old news today (a backfill)


def test_second_report_within_window_joins_the_event_by_publication_dates():
    event = make_event().model_copy(update={"first_seen": NOW})
    later = event.entry.model_copy(update={"city": None})
    assert match_event(later, [event], datetime(2025, 5, 30, tzinfo=UTC), NOW, WINDOW) is event


def test_same_company_other_country_or_months_later_is_a_new_event():
    event = make_event().model_copy(update={"first_seen": NOW})
    japan = event.entry.model_copy(update={"country": "JP"})
    assert match_event(japan, [event], datetime(2025, 5, 27, tzinfo=UTC), NOW, WINDOW) is None
    september = datetime(2025, 9, 10, tzinfo=UTC)
    assert match_event(event.entry, [event], september, NOW, WINDOW) is None


def test_by_default_an_opening_weeks_after_its_announcement_is_the_same_event():
    # OpenAI's French subsidiary was reported on 17 September 2024, its Paris office on 9
    # October: one entry. An entry two months later is another.
    default = timedelta(days=SchedulerSettings().cluster_days)
    event = make_event().model_copy(update={"first_seen": NOW})
    three_weeks = datetime(2025, 6, 17, tzinfo=UTC)
    assert match_event(event.entry, [event], three_weeks, NOW, default) is event
    two_months = datetime(2025, 7, 28, tzinfo=UTC)
    assert match_event(event.entry, [event], two_months, NOW, default) is None


def test_a_data_centre_weeks_after_the_office_is_another_event():
    # OpenAI Korea opened on 10 September 2025; its Korean data centres were reported on
    # 1 October. A report of the office that also names the data centre stays with either.
    default = timedelta(days=SchedulerSettings().cluster_days)
    office = make_event().model_copy(update={"first_seen": NOW})
    three_weeks = datetime(2025, 6, 17, tzinfo=UTC)
    datacenter = office.entry.model_copy(
        update={"kind": EntryKind.DATACENTER, "kinds": (EntryKind.DATACENTER,), "city": None}
    )
    assert match_event(datacenter, [office], three_weeks, NOW, default) is None
    both = datacenter.model_copy(update={"kinds": (EntryKind.DATACENTER, EntryKind.OFFICE)})
    assert match_event(both, [office], three_weeks, NOW, default) is office
    launch = datacenter.model_copy(update={"kind": EntryKind.LAUNCH, "kinds": ()})
    assert match_event(launch, [office], three_weeks, NOW, default) is office


def test_of_two_events_a_report_joins_the_one_of_its_kind_then_the_nearest():
    default = timedelta(days=SchedulerSettings().cluster_days)
    office = make_event().model_copy(update={"first_seen": NOW})
    both = office.entry.model_copy(
        update={"kind": EntryKind.DATACENTER, "kinds": (EntryKind.DATACENTER, EntryKind.OFFICE)}
    )
    datacenter = office.model_copy(update={"id": 8, "entry": both})
    three_weeks = datetime(2025, 6, 17, tzinfo=UTC)
    assert match_event(both, [office, datacenter], three_weeks, NOW, default) is datacenter
    later = office.model_copy(
        update={
            "id": 9,
            "reports": tuple(
                r.model_copy(update={"published": datetime(2025, 6, 10, tzinfo=UTC)})
                for r in office.reports
            ),
        }
    )
    assert match_event(office.entry, [office, later], three_weeks, NOW, default) is later


def test_undated_report_joins_an_event_seen_within_the_window():
    event = make_event().model_copy(update={"first_seen": NOW - timedelta(days=2)})
    assert match_event(event.entry, [event], None, NOW, WINDOW) is event
    assert match_event(event.entry, [event], None, NOW + timedelta(days=30), WINDOW) is None


def test_routing_filters_company_country_kind_and_confidence():
    event = make_event()
    subs = [
        Subscription(name="all", target="console"),
        Subscription(name="kr", target="console", countries=("KR",), companies=("openai",)),
        Subscription(name="jp", target="console", countries=("JP",)),
        Subscription(name="entity", target="console", kinds=(EntryKind.ENTITY,)),
        Subscription(name="dc", target="console", kinds=(EntryKind.DATACENTER,)),
        Subscription(name="strict", target="console", min_confidence=0.99),
    ]
    assert [s.name for s in route(event, subs)] == ["all", "kr", "entity"]


def test_real_multi_outlet_reports_cluster_into_their_events():
    """The dev set's reports of one event (several outlets, differing wording and cities)
    group into one event; the same company's entries months apart stay apart."""
    items = date_from_event(read_jsonl((DATA / "market_entry_dev.jsonl").read_text()))
    score = cluster_score(items, predictor(build_detector()))
    assert score.labelled_events >= 50 and score.reports >= 150
    assert score.pair_precision >= 0.94 and score.pair_recall >= 0.9, score.row()


def test_a_move_into_two_countries_is_one_event_for_reports_of_either():
    # Baidu and Lyft's robotaxis "in the UK and Germany" (4 August 2025): German outlets
    # reported Germany, others the UK.
    event = make_event().model_copy(update={"first_seen": NOW})
    both = event.entry.model_copy(update={"country": "GB", "also": ("DE",)})
    uk_and_germany = event.model_copy(update={"entry": both})
    germany = event.entry.model_copy(update={"country": "DE"})
    when = datetime(2025, 5, 27, tzinfo=UTC)
    assert match_event(germany, [uk_and_germany], when, NOW, WINDOW) is uk_and_germany
    france = event.entry.model_copy(update={"country": "FR"})
    assert match_event(france, [uk_and_germany], when, NOW, WINDOW) is None
    subs = [
        Subscription(name="de", target="console", countries=("DE",)),
        Subscription(name="fr", target="console", countries=("FR",)),
    ]
    assert [s.name for s in route(uk_and_germany, subs)] == ["de"]


def test_a_subscription_to_a_region_gets_the_countries_in_it():
    event = make_event()  # South Korea
    germany = event.model_copy(update={"entry": event.entry.model_copy(update={"country": "DE"})})
    swiss = event.model_copy(update={"entry": event.entry.model_copy(update={"country": "CH"})})
    subs = [
        Subscription(name="europe", target="console", countries=("EU",)),
        Subscription(name="gulf", target="console", countries=("GCC",)),
        Subscription(name="germany", target="console", countries=("DE",)),
    ]
    assert [s.name for s in route(germany, subs)] == ["europe", "germany"]
    assert [s.name for s in route(swiss, subs)] == ["europe"]  # Europe beyond the EU too
    assert route(event, subs) == []


def test_a_region_and_one_of_its_countries_are_the_same_market():
    event = make_event().model_copy(update={"first_seen": NOW})
    europe = event.entry.model_copy(update={"country": "EU"})
    finland = event.entry.model_copy(update={"country": "FI"})
    in_europe = event.model_copy(update={"entry": europe})
    assert match_event(finland, [in_europe], datetime(2025, 5, 27, tzinfo=UTC), NOW, WINDOW)
    japan = event.entry.model_copy(update={"country": "JP"})
    assert match_event(japan, [in_europe], datetime(2025, 5, 27, tzinfo=UTC), NOW, WINDOW) is None
