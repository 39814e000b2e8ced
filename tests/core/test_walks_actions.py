"""Remedial actions raised from a walk's observations, in the shared Action entity."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import InUseError, ValidationError
from samverkan_desktop.models import Action, ActionSource, ActionStatus
from samverkan_desktop.services import (
    checklists,
    places,
    walk_actions,
    walk_editing,
    walk_reading,
    walk_records,
    walk_route,
    walk_steps,
)
from samverkan_desktop.services.contacts import OrganisationInput, create_organisation
from samverkan_desktop.services.walk_actions import WalkActionInput
from samverkan_desktop.services.walk_records import ObservationInput
from samverkan_desktop.services.walk_rows import WalkInput

DAY = dt.date(2021, 9, 23)
TODAY = dt.date(2021, 10, 12)


@pytest.fixture
def observed(db: Database) -> tuple[Database, int, int, int]:
    """(db, walk id, observation id, Trafikkontoret's id) for a walk made at Tessinparken."""
    place = db.call(places.create_place, places.PlaceInput("Tessinparken"))
    template = db.call(checklists.default_template_id)
    walk = db.call(walk_editing.create_walk, WalkInput(place, DAY, checklist_template_id=template))
    stop = db.call(walk_route.add_stop, walk, "Mittstråket")
    db.call(walk_steps.mark_walked, walk, DAY)
    org = db.call(create_organisation, OrganisationInput("Trafikkontoret"))
    obs = db.call(
        walk_records.add_observation,
        walk,
        ObservationInput("Tre stolpar släckta", stop_id=stop, responsible_organisation_id=org),
    )
    return db, walk, obs, org


def _count_actions(db: Database) -> int:
    from sqlalchemy import func, select

    with db.session() as session:
        return session.scalar(select(func.count(Action.id))) or 0


def test_an_action_without_a_responsible_party_is_refused(observed) -> None:  # type: ignore[no-untyped-def]
    db, _walk, obs, _org = observed
    with pytest.raises(ValidationError) as error:
        db.call(walk_actions.raise_action, obs, WalkActionInput("Laga belysningen", None), TODAY)
    assert error.value.field == "responsible_organisation_id"
    assert "ansvarig" in error.value.message
    assert _count_actions(db) == 0


def test_a_due_date_before_the_walk_is_refused_with_both_dates(observed) -> None:  # type: ignore[no-untyped-def]
    db, _walk, obs, org = observed
    with pytest.raises(ValidationError) as error:
        db.call(
            walk_actions.raise_action,
            obs,
            WalkActionInput("Laga belysningen", org, due_on=dt.date(2021, 9, 1)),
            TODAY,
        )
    assert error.value.field == "due_on"
    assert "2021-09-01" in error.value.message and "2021-09-23" in error.value.message
    assert _count_actions(db) == 0


def test_a_raised_action_is_a_shared_action_pointing_at_the_observation(observed) -> None:  # type: ignore[no-untyped-def]
    db, walk, obs, org = observed
    action_id = db.call(
        walk_actions.raise_action,
        obs,
        WalkActionInput("Laga belysningen", org, due_on=dt.date(2021, 11, 30)),
        TODAY,
    )
    with db.session() as session:
        action = session.get(Action, action_id)
        assert action is not None
        assert action.source_type is ActionSource.WALK_OBSERVATION
        assert action.source_id == obs
        assert action.raised_on == TODAY
        assert action.status is ActionStatus.OPEN
    rows = db.call(walk_actions.list_for_walk, walk)
    assert [(r.title, r.responsible, r.walk_id) for r in rows] == [
        ("Laga belysningen", "Trafikkontoret", walk)
    ]
    assert db.call(walk_reading.list_walks)[0].open_actions == 1
    assert db.call(walk_actions.responsible_organisations, walk) == [(org, "Trafikkontoret", 1)]
    with pytest.raises(InUseError, match="1 åtgärd"):
        db.call(walk_records.check_observation_deletable, obs)
    with pytest.raises(InUseError, match="1 åtgärd"):
        db.call(walk_records.delete_observation, obs)


def test_a_follow_up_shows_what_was_closed_since_and_what_is_still_open(observed) -> None:  # type: ignore[no-untyped-def]
    db, walk, obs, org = observed
    done = db.call(walk_actions.raise_action, obs, WalkActionInput("Laga lamporna", org), TODAY)
    db.call(walk_actions.raise_action, obs, WalkActionInput("Högre armaturer", org), TODAY)
    with db.session() as session:
        action = session.get(Action, done)
        assert action is not None
        action.status = ActionStatus.DONE
        action.closed_on = dt.date(2021, 11, 15)
    follow = db.call(walk_steps.plan_follow_up, walk, dt.date(2022, 4, 6))
    result = db.call(walk_actions.follow_up_actions, follow)
    assert result.earlier is not None and result.earlier.id == walk
    assert [a.title for a in result.closed_since] == ["Laga lamporna"]
    assert [a.title for a in result.still_open] == ["Högre armaturer"]
    assert db.call(walk_actions.follow_up_actions, walk).earlier is None
