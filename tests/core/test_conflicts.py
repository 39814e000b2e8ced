"""Two desks editing the same record: the second save is refused with a message, never a
silent overwrite (version columns), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.models import Group, GroupType, Organisation
from samverkan_desktop.services import (
    action_reading,
    actions,
    contacts,
    group_editing,
    groups,
    meetings,
)
from samverkan_desktop.services.actions import ActionInput
from samverkan_desktop.services.contacts import OrganisationInput, PersonInput
from samverkan_desktop.services.group_rows import GroupInput
from samverkan_desktop.services.meetings import MeetingInput

MESSAGE = "Någon annan ändrade posten medan du redigerade den"


def test_a_stale_save_from_a_second_desk_raises_a_conflict(db: Database) -> None:
    """Desk A reads the record, desk B saves it, A saves its copy: the UPDATE finds the version
    gone (StaleDataError) and the unit of work is refused with a Swedish ConflictError."""
    other_desk = open_database(db.url)
    try:
        with db.session() as s:
            group_id = group_editing.create_group(
                s, GroupInput("Platssamverkan Stureplan", GroupType.PLATSSAMVERKAN)
            )
        with pytest.raises(ConflictError, match=MESSAGE), db.session() as s:
            mine = s.get(Group, group_id)
            assert mine is not None and mine.version == 1
            s.commit()  # desk A has read the record (no transaction held while its form is open)
            with other_desk.session() as theirs:
                group = theirs.get(Group, group_id)
                assert group is not None
                group.notes = "Ändrat vid den andra disken"
            mine.notes = "Min text"
        with db.session() as s:
            stored = s.get(Group, group_id)
            assert stored is not None
            assert stored.notes == "Ändrat vid den andra disken" and stored.version == 2
    finally:
        other_desk.dispose()


def _make_records(db: Database) -> dict[str, int]:
    with db.session() as s:
        org = contacts.create_organisation(s, OrganisationInput("Fastighets AB Stureplan"))
        person = contacts.create_person(s, PersonInput("Olle Ek", organisation_id=org))
        group = group_editing.create_group(s, GroupInput("Trygghetsrådet", GroupType.TRYGGHETSRAD))
        meeting = meetings.add_meeting(
            s,
            group,
            MeetingInput(dt.datetime(2026, 12, 3, 14, 0), dt.datetime(2026, 12, 3, 16, 0), "Rum 1"),
        )
        action = actions.create_action(
            s, ActionInput("Byt belysning i parken", responsible_person_id=person)
        )
    return {"org": org, "person": person, "group": group, "meeting": meeting, "action": action}


def test_every_form_record_refuses_a_save_based_on_an_older_version(db: Database) -> None:
    ids = _make_records(db)
    with db.session() as s:
        group = groups.get_group(s, ids["group"])
        person = contacts.get_person(s, ids["person"])
        org = next(o for o in contacts.list_organisations(s) if o.id == ids["org"])
        meeting = meetings.get_meeting(s, ids["meeting"])
        action = action_reading.get_action(s, ids["action"])
    # Another desk saves each of them.
    with db.session() as s:
        group_editing.update_group(
            s, group.id, GroupInput("Trygghetsrådet Östermalm", GroupType.TRYGGHETSRAD)
        )
        contacts.update_person(s, person.id, PersonInput("Olle Ek", phone="08-555 555"))
        contacts.update_organisation(
            s, org.id, OrganisationInput("Fastighets AB Stureplan", phone="08-121 212")
        )
        meetings.update_meeting(
            s,
            meeting.id,
            MeetingInput(dt.datetime(2026, 12, 3, 15, 0), dt.datetime(2026, 12, 3, 17, 0)),
        )
        actions.update_action(
            s, action.id, ActionInput("Byt belysning", responsible_person_id=person.id)
        )
    stale_saves: list[tuple[Callable[..., object], int, object]] = [
        (
            group_editing.update_group,
            group.id,
            GroupInput("Mitt namn", GroupType.TRYGGHETSRAD, expected_version=group.version),
        ),
        (
            contacts.update_person,
            person.id,
            PersonInput("Olle Eklund", expected_version=person.version),
        ),
        (
            contacts.update_organisation,
            org.id,
            OrganisationInput("Mitt AB", expected_version=org.version),
        ),
        (
            meetings.update_meeting,
            meeting.id,
            MeetingInput(
                dt.datetime(2026, 12, 4, 9, 0),
                dt.datetime(2026, 12, 4, 10, 0),
                expected_version=meeting.version,
            ),
        ),
        (
            actions.update_action,
            action.id,
            ActionInput(
                "Min åtgärd", responsible_person_id=person.id, expected_version=action.version
            ),
        ),
    ]
    for function, record_id, data in stale_saves:
        with pytest.raises(ConflictError, match=MESSAGE):
            db.call(function, record_id, data)
    with db.session() as s:
        assert groups.get_group(s, group.id).name == "Trygghetsrådet Östermalm"
        assert contacts.get_person(s, person.id).phone == "08-555 555"
        assert s.get(Organisation, org.id).phone == "08-121 212"  # type: ignore[union-attr]
        assert action_reading.get_action(s, action.id).title == "Byt belysning"
        assert meetings.get_meeting(s, meeting.id).starts_at.hour == 15
    # Saved from a fresh copy, it goes through, and the version moves on.
    fresh = db.call(groups.get_group, group.id)
    db.call(
        group_editing.update_group,
        group.id,
        GroupInput("Mitt namn", GroupType.TRYGGHETSRAD, expected_version=fresh.version),
    )
    assert db.call(groups.get_group, group.id).version == fresh.version + 1


def test_a_status_change_or_its_undo_after_another_desks_save_is_refused(db: Database) -> None:
    from samverkan_desktop.models import ActionStatus

    org = db.call(contacts.create_organisation, OrganisationInput("Trafikkontoret"))
    action_id = db.call(
        actions.create_action, ActionInput("Laga lampan", responsible_organisation_id=org)
    )
    shown = db.call(action_reading.get_action, action_id)
    mine = db.call(
        actions.set_action_status,
        action_id,
        ActionStatus.IN_PROGRESS,
        expected_version=shown.version,
    )
    assert mine == shown.version + 1
    theirs = db.call(action_reading.get_action, action_id)
    db.call(
        actions.update_action,
        action_id,
        ActionInput("Laga lampan i porten", responsible_organisation_id=org,
                    expected_version=theirs.version),
    )  # fmt: skip
    with pytest.raises(ConflictError, match=MESSAGE):  # the undo of this desk's change
        db.call(actions.set_action_status, action_id, shown.status, expected_version=mine)
    stored = db.call(action_reading.get_action, action_id)
    assert (stored.title, stored.status) == ("Laga lampan i porten", ActionStatus.IN_PROGRESS)
