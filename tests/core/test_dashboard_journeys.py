"""Satisfaction by kiosk journey: which journey residents had just finished when they rated it.

``feedback.given`` carries an optional ``journey``; feedback without one (given from the
home screen, or by terminals from before the field) counts under ``feedback``. Every
figure below is worked out by hand from the ratings written next to it.
"""

from __future__ import annotations

import csv
import io

import pytest

from core.dashboard_figures import (
    ALL,
    FEEDBACK_JOURNEY,
    JOURNEYS,
    DashboardFigures,
    csv_text,
    figures,
)
from core.events import EventType, Scope
from tests.core.test_dashboard_figures import (
    CANARY,
    DAY1,
    WHITECHAPEL,
    Journal,
    assert_splits_add_up,
)


def rated(j: Journal, site: str, rating: int, journey: object = None, clock: str = "12:00") -> None:
    payload: dict[str, object] = {"rating": rating, "service": "housing", "language": "en"}
    if journey is not None:
        payload["journey"] = journey
    j.record(f"kiosk-{site}", site, EventType.FEEDBACK_GIVEN, payload, clock, scope=Scope.CENTRAL)


@pytest.fixture(scope="module")
def month() -> DashboardFigures:
    j = Journal()
    a, b = WHITECHAPEL, CANARY
    # Whitechapel: after a ticket 5, 4, 2; after a check-in 5; none named 3 and 1; and one
    # named "feedback" (from the home screen) 5.
    for rating in (5, 4, 2):
        rated(j, a, rating, "ticket")
    rated(j, a, 5, "checkin")
    rated(j, a, 3)
    rated(j, a, 1)
    rated(j, a, 5, "feedback")
    # Canary Wharf: after a form 4, 5, 5, 4; after sending documents 1; after a ticket 3.
    for rating in (4, 5, 5, 4):
        rated(j, b, rating, "form")
    rated(j, b, 1, "documents")
    rated(j, b, 3, "ticket")
    # The next day's rating is outside the period.
    j.record("kiosk-x", a, EventType.FEEDBACK_GIVEN, {"rating": 1, "journey": "form"}, "10:00",
             day="2026-11-24", scope=Scope.CENTRAL)  # fmt: skip
    return figures(j.events, [DAY1])


def test_each_journey_at_one_site(month: DashboardFigures) -> None:
    table = month.satisfaction_by_journey
    ticket = table.get(WHITECHAPEL, "ticket")
    assert (ticket.responses, ticket.satisfied) == (3, 2)  # 5 and 4 of 5, 4, 2
    assert ticket.mean_rating == pytest.approx(11 / 3)
    assert ticket.share_satisfied == pytest.approx(2 / 3)
    assert ticket.meets_target is False  # 67% < 80%
    assert (ticket.rated_5, ticket.rated_4, ticket.rated_2, ticket.rated_1) == (1, 1, 1, 0)
    form = table.get(CANARY, "form")
    assert (form.responses, form.mean_rating, form.share_satisfied) == (4, 4.5, 1.0)
    assert form.meets_target is True


def test_feedback_naming_no_journey_counts_under_feedback(month: DashboardFigures) -> None:
    # 3 and 1 with no journey, and 5 named "feedback": three responses, 9 / 3.
    row = month.satisfaction_by_journey.get(WHITECHAPEL, FEEDBACK_JOURNEY)
    assert (row.responses, row.mean_rating, row.satisfied) == (3, 3.0, 1)
    names = {r.journey for r in month.satisfaction_by_journey.detail()}
    assert names == {"ticket", "checkin", "feedback", "form", "documents"}
    assert names <= set(JOURNEYS)


def test_journeys_across_sites_and_in_total(month: DashboardFigures) -> None:
    table = month.satisfaction_by_journey
    ticket = table.get(ALL, "ticket")  # 5, 4, 2 and 3
    assert (ticket.responses, ticket.mean_rating, ticket.share_satisfied) == (4, 3.5, 0.5)
    total = table.get()
    # Whitechapel 5+4+2+5+3+1+5 = 25 over 7; Canary Wharf 4+5+5+4+1+3 = 22 over 6.
    assert total.responses == 13
    assert total.mean_rating == pytest.approx(47 / 13)
    assert total.satisfied == 8  # four 4-or-5s at each site
    counts = (total.rated_1, total.rated_2, total.rated_3, total.rated_4, total.rated_5)
    assert counts == (2, 1, 2, 3, 5)
    # The journeys split the same ratings as the services do, and add up to the totals.
    assert month.satisfaction.get().responses == total.responses
    assert month.satisfaction.get().rated_5 == total.rated_5
    assert_splits_add_up(table)


def test_a_journey_this_version_does_not_know_keeps_its_name() -> None:
    j = Journal()
    rated(j, WHITECHAPEL, 2, "print-letter")  # a newer kiosk's journey
    rated(j, WHITECHAPEL, 4, "")  # an empty name is no name
    rated(j, WHITECHAPEL, 5, 7)  # not a name at all
    table = figures(j.events, [DAY1]).satisfaction_by_journey
    assert table.get(ALL, "print-letter").mean_rating == 2.0
    assert table.get(ALL, FEEDBACK_JOURNEY).responses == 2  # the 4 and the 5


def test_csv_of_satisfaction_by_journey(month: DashboardFigures) -> None:
    rows = list(csv.DictReader(io.StringIO(csv_text(month.satisfaction_by_journey))))
    assert list(rows[0])[:3] == ["site", "journey", "responses"]
    form = next(r for r in rows if r["site"] == CANARY and r["journey"] == "form")
    assert (form["responses"], form["mean_rating"], form["meets_target"]) == ("4", "4.5", "yes")
    assert month.table("satisfaction_by_journey") is month.satisfaction_by_journey


def test_a_comment_added_after_its_rating_is_not_a_second_rating() -> None:
    # The faces record 4 after a check-in the moment one is tapped; the resident then writes
    # a comment, recorded as its own event with the same rating and ``adds_to``.
    j = Journal()
    rated(j, WHITECHAPEL, 4, "checkin")
    first = j.events[-1]
    comment = {"rating": 4, "service": "housing", "journey": "checkin", "adds_to": first.id}
    j.record("kiosk-x", WHITECHAPEL, EventType.FEEDBACK_GIVEN, comment, "12:01",
             scope=Scope.CENTRAL)  # fmt: skip
    result = figures(j.events, [DAY1])
    assert result.satisfaction_by_journey.get(ALL, "checkin").responses == 1
    assert result.satisfaction.get().responses == 1
    assert result.skipped == 0
