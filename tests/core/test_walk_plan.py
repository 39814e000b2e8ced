"""The year's walk plan ('Trygghetsvandringar 2025: plan och utfall'): the places prioritised
that year in rank order with their walks, those without one marked (planned: 'Ingen vandring
planerad'; the year over: 'Ingen vandring genomförd'), and the year's walks at other places.
Nothing showed which of the report's prioritised places had a walk."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.reports import walk_plan as plan_report
from samverkan_desktop.services import (
    checklists,
    places,
    walk_actions,
    walk_editing,
    walk_records,
    walk_route,
    walk_steps,
)
from samverkan_desktop.services.contacts import OrganisationInput, create_organisation
from samverkan_desktop.services.walk_actions import WalkActionInput
from samverkan_desktop.services.walk_plan import year_plan
from samverkan_desktop.services.walk_records import ObservationInput
from samverkan_desktop.services.walk_rows import WalkInput
from tests.core.test_alarms_reports import text_of

YEAR = 2025
IN_JUNE = dt.date(YEAR, 6, 1)  # the year under way
NEXT_JANUARY = dt.date(YEAR + 1, 1, 10)  # the year over


def _walk(db: Database, place: int, day: dt.date) -> int:
    template = db.call(checklists.default_template_id)
    return db.call(walk_editing.create_walk, WalkInput(place, day, checklist_template_id=template))


def fill_plan(db: Database) -> None:
    ids = {
        name: db.call(places.create_place, places.PlaceInput(name, area="Gärdet"))
        for name in ("Tessinparken", "Universitetet–Lappis", "Gyllenstiernsgatan", "Stureplan")
    }
    # Prioritised out of rank order: the plan follows the ranks, not the order of entry.
    db.call(places.set_priority, ids["Tessinparken"], YEAR, "Mörk kvällstid", 2)
    db.call(places.set_priority, ids["Universitetet–Lappis"], YEAR, None, 3)
    db.call(places.set_priority, ids["Gyllenstiernsgatan"], YEAR, "Lägesbilden", 1)

    walked = _walk(db, ids["Gyllenstiernsgatan"], dt.date(YEAR, 3, 10))
    stop = db.call(walk_route.add_stop, walked, "Hållplatsen")
    db.call(walk_steps.mark_walked, walked, dt.date(YEAR, 3, 10))
    org = db.call(create_organisation, OrganisationInput("Trafikkontoret"))
    obs = db.call(
        walk_records.add_observation,
        walked,
        ObservationInput("Lampan släckt", stop_id=stop, responsible_organisation_id=org),
    )
    for title, due in (("Byt lampan", dt.date(YEAR, 4, 1)), ("Skylt", dt.date(YEAR, 12, 1))):
        db.call(
            walk_actions.raise_action,
            obs,
            WalkActionInput(title, org, due_on=due),
            dt.date(YEAR, 3, 11),
        )
    _walk(db, ids["Tessinparken"], dt.date(YEAR, 9, 1))  # planned, not walked
    _walk(db, ids["Tessinparken"], dt.date(YEAR - 1, 9, 1))  # another year: not in the plan
    cancelled = _walk(db, ids["Universitetet–Lappis"], dt.date(YEAR, 5, 5))
    db.call(walk_steps.cancel_walk, cancelled, "För få anmälda")
    other = _walk(db, ids["Stureplan"], dt.date(YEAR, 4, 15))
    db.call(walk_steps.mark_walked, other, dt.date(YEAR, 4, 15))


@pytest.fixture
def planned(db: Database) -> Database:
    fill_plan(db)
    return db


def test_the_plan_lists_the_places_by_rank_with_their_walks(planned: Database) -> None:
    plan = planned.call(year_plan, YEAR, IN_JUNE)
    assert [(p.rank, p.place) for p in plan.prioritised] == [
        (1, "Gyllenstiernsgatan"),
        (2, "Tessinparken"),
        (3, "Universitetet–Lappis"),
    ]
    first, second, third = plan.prioritised
    assert first.reason == "Lägesbilden" and first.gap is None
    (walk,) = first.walks
    assert walk.status is WalkStatus.WALKED and walk.observation_count == 1
    assert (walk.open_actions, walk.overdue_actions) == (2, 1)  # one past its day in June
    assert [w.status for w in second.walks] == [WalkStatus.PLANNING]  # 2024's left out
    assert second.gap is None  # planned: nothing missing while the year lasts
    # A cancelled walk is listed but is no walk: still to plan.
    assert [w.status for w in third.walks] == [WalkStatus.CANCELLED]
    assert third.gap == "Ingen vandring planerad"
    assert [p.place for p in plan.others] == ["Stureplan"] and plan.others[0].rank is None


def test_once_the_year_is_over_only_a_walk_made_counts(planned: Database) -> None:
    plan = planned.call(year_plan, YEAR, NEXT_JANUARY)
    assert [p.gap for p in plan.prioritised] == [
        None,
        "Ingen vandring genomförd",  # planned for September and never walked
        "Ingen vandring genomförd",
    ]
    # The places list by priority year says the same (the year is over, whatever today is).
    rows = planned.call(places.list_places, priority_year=YEAR)
    assert {r.name: r.year_gap for r in rows} == {
        "Gyllenstiernsgatan": None,
        "Tessinparken": "Ingen vandring genomförd",
        "Universitetet–Lappis": "Ingen vandring genomförd",
    }
    assert all(r.year_gap is None for r in planned.call(places.list_places))


def test_the_printout_reads_as_the_plan(planned: Database, tmp_path: Path) -> None:
    pdf = planned.call(plan_report.build, YEAR, IN_JUNE)
    text = " ".join(text_of(pdf, tmp_path, "plan").split())
    assert "Trygghetsvandringar 2025: plan och utfall" in text
    assert "3 platser prioriterade för 2025. 1 har ingen vandring planerad ännu." in text
    assert text.index("Gyllenstiernsgatan") < text.index("Tessinparken")
    assert text.index("Tessinparken") < text.index("Universitetet–Lappis")
    assert "1 iakttagelse · 2 öppna åtgärder," in text and "varav 1 försenad" in text
    assert "Ingen vandring planerad" in text
    # The council and the reader of the plan see why a walk did not happen.
    assert "2025-05-05 (v. 19) · Inställd – För få anmälda" in text
    assert "Vandringar vid platser som inte är prioriterade" in text
    assert text.index("Vandringar vid platser") < text.index("Stureplan")

    over = " ".join(
        text_of(planned.call(plan_report.build, YEAR, NEXT_JANUARY), tmp_path, "over").split()
    )
    assert "2 fick ingen vandring." in over and "Ingen vandring genomförd" in over


def test_a_year_without_priorities_or_walks_says_so(planned: Database, tmp_path: Path) -> None:
    text = " ".join(text_of(planned.call(plan_report.build, 2019, IN_JUNE), tmp_path, "e").split())
    assert (
        "Ingen plats är prioriterad för 2019 och ingen vandring är planerad eller genomförd" in text
    )
    assert "Prioriterade platser" not in text  # a sentence, not empty tables
