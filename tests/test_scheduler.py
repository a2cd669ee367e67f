from datetime import UTC, datetime, timedelta

from bot.config import SchedulerSettings
from bot.models import SourceState
from bot.scheduler import build_scheduler


async def noop(*_: object) -> None:
    return None


async def test_first_polls_spread_over_jitter_then_every_interval_exactly():
    sources = [
        SourceState(id=1, name="a", url="https://a.example/feed"),
        SourceState(id=2, name="b", url="https://b.example/feed", interval=20),
    ]
    draws = iter([0.5, 0.9])
    before = datetime.now(UTC)
    scheduler = build_scheduler(
        sources, SchedulerSettings(interval=60, jitter=30), noop, noop, rand=lambda: next(draws)
    )
    jobs = {job.id: job for job in scheduler.get_jobs()}
    first_a, first_b = jobs["poll-1"].next_run_time, jobs["poll-2"].next_run_time
    assert timedelta(seconds=15) <= first_a - before < timedelta(seconds=16)
    # A source's spread never exceeds its own interval: 0.9 × min(30, 20) = 18 s.
    assert timedelta(seconds=18) <= first_b - before < timedelta(seconds=19)
    for job, gap in ((jobs["poll-1"], 60), (jobs["poll-2"], 20)):
        fire = job.next_run_time
        for _ in range(5):  # no drift: each later poll is exactly one interval after the last
            after = job.trigger.get_next_fire_time(fire, fire)
            assert after - fire == timedelta(seconds=gap)
            fire = after
