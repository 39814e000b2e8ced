"""Actions from any source: who (a person and/or an organisation), by when, status, follow-up
notes, and the filters of the Actions area and the Overview."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, ValidationError
from samverkan_desktop.models import Action, ActionSource, ActionStatus
from samverkan_desktop.services import action_reading, actions, contacts, groups, overview
from samverkan_desktop.services.action_filter import ActionFilter
from samverkan_desktop.services.actions import ActionInput
from tests.core.meeting_data import make_group

TODAY = dt.date(2026, 11, 23)


def _setup(db: Database) -> dict[str, int]:
    with db.session() as s:
        areas = {a.code: a.id for a in groups.list_priority_areas(s)}
        gid = make_group(s, priority_area_ids=(areas["places_and_vulnerable_areas"],))
        traffic = contacts.create_organisation(s, contacts.OrganisationInput("Trafikkontoret"))
        police = contacts.create_organisation(s, contacts.OrganisationInput("Polisen"))
        officer = contacts.create_person(
            s, contacts.PersonInput("Sara Holm", "Kommunpolis", organisation_id=police)
        )
        ids = {
            "lighting": actions.create_action(
                s,
                ActionInput(
                    "Bättre belysning i trappan ner till McDonalds",
                    responsible_organisation_id=traffic,
                    due_on=dt.date(2026, 11, 1),
                    group_id=gid,
                    raised_on=dt.date(2026, 9, 1),
                ),
                TODAY,
            ),
            "walk": actions.create_action(
                s,
                ActionInput(
                    "Måla bron vit så att platsen blir ljusare",
                    responsible_organisation_id=traffic,
                    due_on=dt.date(2027, 3, 1),
                    source_type=ActionSource.WALK_OBSERVATION,
                    source_id=17,
                    priority_area_id=areas["school_as_crime_scene"],
                ),
                TODAY,
            ),
            "police": actions.create_action(
                s,
                ActionInput(
                    "Riktad insats mot narkotikaförsäljningen",
                    responsible_person_id=officer,
                    due_on=dt.date(2026, 10, 15),
                    raised_on=dt.date(2026, 9, 1),
                ),
                TODAY,
            ),
        }
        ids.update(gid=gid, traffic=traffic, police=police, officer=officer, **areas)
    return ids


def test_filters_open_overdue_organisation_area_and_source(db: Database) -> None:
    ids = _setup(db)
    with db.session() as s:
        actions.set_action_status(s, ids["police"], ActionStatus.DONE, on=TODAY)

        def titles(**kwargs: object) -> list[str]:
            rows = action_reading.list_actions(s, ActionFilter(**kwargs), TODAY)  # type: ignore[arg-type]
            return [r.title[:12] for r in rows]

        assert titles() == ["Bättre belys", "Måla bron vi", "Riktad insat"]
        assert titles(open_only=True) == ["Bättre belys", "Måla bron vi"]
        assert titles(overdue=True) == ["Bättre belys"]
        assert titles(organisation_id=ids["traffic"]) == ["Bättre belys", "Måla bron vi"]
        # The person's organisation counts for "by organisation".
        assert titles(organisation_id=ids["police"]) == ["Riktad insat"]
        # An action without an area of its own takes its group's.
        assert titles(priority_area_id=ids["places_and_vulnerable_areas"]) == ["Bättre belys"]
        assert titles(priority_area_id=ids["school_as_crime_scene"]) == ["Måla bron vi"]
        assert titles(source_type=ActionSource.WALK_OBSERVATION, source_id=17) == ["Måla bron vi"]
        assert titles(search="narkotika") == ["Riktad insat"]
        row = action_reading.get_action(s, ids["police"], TODAY)
        assert row.closed_on == TODAY and row.responsible == "Sara Holm · Polisen"
        assert row.notes == () and not row.overdue


def test_status_notes_and_reopening(db: Database) -> None:
    ids = _setup(db)
    with db.session() as s:
        actions.add_action_note(s, ids["lighting"], "Offert begärd.", dt.date(2026, 10, 1))
        actions.set_action_status(
            s, ids["lighting"], ActionStatus.IN_PROGRESS, dt.date(2026, 11, 2), "Beställd."
        )
        row = action_reading.get_action(s, ids["lighting"], TODAY)
        assert [n.text for n in row.notes] == ["Offert begärd.", "Beställd."]
        assert row.status is ActionStatus.IN_PROGRESS and row.overdue
        actions.set_action_status(s, ids["lighting"], ActionStatus.DONE, TODAY)
        actions.set_action_status(s, ids["lighting"], ActionStatus.OPEN, TODAY)
        assert action_reading.get_action(s, ids["lighting"], TODAY).closed_on is None
        with pytest.raises(ValidationError, match="innan den togs upp"):
            actions.set_action_status(s, ids["lighting"], ActionStatus.DONE, dt.date(2026, 1, 1))


def test_responsible_is_required_by_service_and_database(db: Database) -> None:
    with pytest.raises(ValidationError) as error, db.session() as s:
        actions.create_action(s, ActionInput("Något ska göras"))
    assert error.value.field == "responsible" and "ansvarig" in error.value.message
    with pytest.raises(ValidationError, match="Klart-datum"), db.session() as s:
        org = contacts.create_organisation(s, contacts.OrganisationInput("SL"))
        actions.create_action(
            s,
            ActionInput(
                "X",
                responsible_organisation_id=org,
                raised_on=dt.date(2026, 5, 1),
                due_on=dt.date(2026, 4, 1),
            ),
        )
    with pytest.raises(ConflictError, match="databasens regler"), db.session() as s:
        s.add(Action(title="Utan ansvarig", raised_on=TODAY))
        s.flush()
    with pytest.raises(ConflictError, match="databasens regler"), db.session() as s:
        org = contacts.create_organisation(s, contacts.OrganisationInput("MTR"))
        s.add(
            Action(
                title="Klar utan datum",
                raised_on=TODAY,
                responsible_organisation_id=org,
                status=ActionStatus.DONE,
            )
        )
        s.flush()


def test_overview_lists_overdue_actions_oldest_first(db: Database) -> None:
    _setup(db)
    with db.session() as s:
        section = next(sec for sec in overview.gather(s, TODAY) if sec.key == "actions_overdue")
    assert section.total == 2
    assert [i.title[:12] for i in section.items] == ["Riktad insat", "Bättre belys"]
    assert "för 39 dagar sedan" in section.items[0].detail
    assert section.items[0].area == "actions"


def test_an_action_is_not_closed_or_noted_on_a_later_day(db: Database) -> None:
    """Closed "2027-05-01" on 1 December 2026 went unremarked into the owner's letter."""
    today = dt.date(2026, 12, 1)
    with db.session() as s:
        owner = contacts.create_organisation(s, contacts.OrganisationInput("Trafikkontoret"))
        action = actions.create_action(
            s,
            ActionInput(
                "Utreda ny belysning",
                responsible_organisation_id=owner,
                source_type=ActionSource.OTHER,
            ),
            today=today,
        )
        with pytest.raises(ValidationError, match="senare än i dag") as refused:
            actions.set_action_status(
                s, action, ActionStatus.DONE, on=dt.date(2027, 5, 1), today=today
            )
        assert refused.value.field == "closed_on"
        actions.set_action_status(s, action, ActionStatus.DONE, on=today, today=today)


def test_a_status_note_has_the_limit_of_a_note_added_alone(db: Database) -> None:
    """A follow-up note with a status change was stored at any length; alone it is refused past
    4000 characters. Now both are, naming the note, and the status is not changed either."""
    ids = _setup(db)
    with db.session() as s:
        with pytest.raises(ValidationError) as refused:
            actions.set_action_status(
                s, ids["lighting"], ActionStatus.DONE, TODAY, "x" * 4001, today=TODAY
            )
        assert refused.value.field == "text"
        assert refused.value.message == "Anteckningen får vara högst 4000 tecken."
        row = action_reading.get_action(s, ids["lighting"], TODAY)
        assert row.status is ActionStatus.OPEN and row.notes == ()
    with db.session() as s:
        actions.set_action_status(
            s, ids["lighting"], ActionStatus.DONE, TODAY, "x" * 4000, today=TODAY
        )
    with db.session() as s:
        assert [
            len(n.text) for n in action_reading.get_action(s, ids["lighting"], TODAY).notes
        ] == [4000]
