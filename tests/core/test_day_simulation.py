"""A simulated day at one site, run through the real queue fold, call policy and estimates."""

from __future__ import annotations

import json
import math
from dataclasses import asdict

import pytest

from core.day_arrivals import desk_skills
from core.day_simulation import DaySimulation, run_from_cli, simulate_day
from core.site_queue import SiteQueue, TicketState


@pytest.fixture(scope="module")
def day() -> DaySimulation:
    simulation = DaySimulation(seed=7, visitors=400, desks=4, kiosks=2)
    simulation.run()
    return simulation


def test_the_same_seed_gives_the_same_day() -> None:
    assert simulate_day(seed=3, visitors=150) == simulate_day(seed=3, visitors=150)
    assert simulate_day(seed=3, visitors=150) != simulate_day(seed=4, visitors=150)


def test_no_two_residents_are_given_the_same_number(day: DaySimulation) -> None:
    numbers = [t.number for t in day.queue.tickets.values()]
    assert day.queue.number_clashes == []
    assert len(numbers) == len(set(numbers)), "two tickets share a number"
    # Kiosks and desks each issue from their own block: numbers end in the block digit.
    blocks = {t.origin: int(t.number[-1]) for t in day.queue.tickets.values()}
    assert blocks.get("kiosk-1") == 1 and blocks.get("kiosk-2") == 2
    assert all(b in (3, 4, 5, 6) for o, b in blocks.items() if o.startswith("desk-"))


def test_every_visitor_is_accounted_for(day: DaySimulation) -> None:
    report = day.report()
    assert sum(report.visitors.values()) == 400
    tickets = day.queue.tickets.values()
    assert report.tickets == len(tickets)
    assert report.tickets == report.visitors["walk-in"] + report.visitors["appointment"]
    assert report.served + report.walked_away + report.not_seen == report.tickets
    assert all(t.state in (TicketState.COMPLETED, TicketState.NO_SHOW) for t in tickets)
    assert len(day.queue.visitors) == report.visitors["business visitor"]
    assert all(v.signed_out_ms is not None for v in day.queue.visitors.values())


def test_the_report_shares_are_proportions(day: DaySimulation) -> None:
    report = day.report()
    for share in (report.walk_ins_within_10, report.everyone_within_30):
        assert 0.0 <= share <= 1.0
    assert report.p90_wait >= report.mean_wait * 0.5
    assert report.throughput_per_desk_hour > 0


def test_one_desk_keeps_people_waiting_longer_than_four() -> None:
    one = simulate_day(seed=5, visitors=120, desks=1)
    four = simulate_day(seed=5, visitors=120, desks=4)
    assert one.mean_wait > four.mean_wait
    assert one.everyone_within_30 < four.everyone_within_30


def test_the_estimate_error_is_finite_and_reported(day: DaySimulation) -> None:
    report = day.report()
    assert math.isfinite(report.estimate_mae) and report.estimate_mae >= 0
    assert "wait estimate error" in report.text()
    # The tuned estimator should be within a handful of minutes on an ordinary busy day.
    assert report.estimate_mae < 10, report.text()


def test_the_command_prints_text_or_json() -> None:
    text = run_from_cli(seed=1, visitors=60, desks=2, kiosks=1, as_json=False)
    assert "everyone seen within 30 minutes" in text
    data = json.loads(run_from_cli(seed=1, visitors=60, desks=2, kiosks=1, as_json=True))
    assert data == asdict(simulate_day(seed=1, visitors=60, desks=2, kiosks=1))


def test_one_desk_covers_every_service_and_bad_layouts_are_refused() -> None:
    assert len(desk_skills(1)[0]) == 7
    with pytest.raises(ValueError, match="9 terminals at most"):
        DaySimulation(desks=8, kiosks=2)


def test_the_days_events_fold_to_the_queue_the_simulation_ran(day: DaySimulation) -> None:
    """``events`` is the day's journal: folded afresh, it gives the very same queue."""
    again = SiteQueue.fold(reversed(day.events), day.queue.day, day.calendar)
    assert again.summary() == day.queue.summary()
    assert len(day.events) == day.queue.event_count
