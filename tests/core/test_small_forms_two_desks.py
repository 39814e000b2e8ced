"""Two desks save the same small record from a form: a walk's stop (name, what to look at), an
invitee's substitute, the shared settings. The save made from what the form showed before the
other desk's change is refused (StaleRecordError) and changes nothing; made from the record as
saved it passes. Settings: only what the form changed is stored, so another desk's change to
another setting stays. Without a shown copy (scripts, the command line) nothing is checked.
Both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import StaleRecordError
from samverkan_desktop.models import AttendanceStatus
from samverkan_desktop.services import (
    checklists,
    meetings,
    places,
    settings,
    walk_editing,
    walk_route,
)
from samverkan_desktop.services.walk_rows import WalkInput
from tests.core.meeting_data import at, make_group

DAY = dt.date(2026, 9, 8)


def _stop(db: Database) -> int:
    place = db.call(places.create_place, places.PlaceInput("Tessinparken", area="Gärdet"))
    template = db.call(checklists.default_template_id)
    walk = db.call(walk_editing.create_walk, WalkInput(place, DAY, checklist_template_id=template))
    db.call(walk_route.add_stop, walk, "Lekplatsen")
    return db.call(walk_route.add_stop, walk, "Norra entrén", "Belysningen")


def test_a_stop_saved_over_another_desks_is_refused(db: Database) -> None:
    stop = _stop(db)
    shown = db.call(walk_route.stop_row, stop)
    assert (shown.position, shown.name, shown.description) == (2, "Norra entrén", "Belysningen")
    db.call(walk_route.update_stop, stop, "Norra entrén", "Belysningen och buskagen", shown=shown)
    with pytest.raises(StaleRecordError):
        db.call(walk_route.update_stop, stop, "Entrén mot norr", "Belysningen", shown=shown)
    stored = db.call(walk_route.stop_row, stop)
    assert (stored.name, stored.description) == ("Norra entrén", "Belysningen och buskagen")
    db.call(walk_route.update_stop, stop, "Entrén mot norr", stored.description, shown=stored)
    assert db.call(walk_route.stop_row, stop).name == "Entrén mot norr"


def test_moving_a_stop_elsewhere_does_not_refuse_its_text(db: Database) -> None:
    stop = _stop(db)
    shown = db.call(walk_route.stop_row, stop)
    db.call(walk_route.move_stop, stop, -1)
    db.call(walk_route.update_stop, stop, "Entrén mot norr", None, shown=shown)
    stored = db.call(walk_route.stop_row, stop)
    assert (stored.position, stored.name, stored.description) == (1, "Entrén mot norr", None)


def _invitee(db: Database) -> int:
    with db.session() as s:
        group = make_group(s)
        meeting = meetings.add_meeting(
            s, group, meetings.MeetingInput(at(DAY, 9), at(DAY, 10, 30), "Karlavägen 104")
        )
        invitee = meetings.get_meeting(s, meeting).invitees[0].id
        s.commit()
    return invitee


def test_a_substitute_saved_over_another_desks_marking_is_refused(db: Database) -> None:
    invitee = _invitee(db)
    shown = db.call(meetings.invitee_row, invitee)
    assert shown.status is AttendanceStatus.INVITED
    db.call(meetings.set_attendance, invitee, AttendanceStatus.PRESENT)  # a click elsewhere
    with pytest.raises(StaleRecordError):
        db.call(
            meetings.set_attendance,
            invitee,
            AttendanceStatus.SUBSTITUTE,
            "Per Persson",
            shown=shown,
        )
    assert db.call(meetings.invitee_row, invitee).status is AttendanceStatus.PRESENT
    stored = db.call(meetings.invitee_row, invitee)
    db.call(
        meetings.set_attendance, invitee, AttendanceStatus.SUBSTITUTE, "Per Persson", shown=stored
    )
    stored = db.call(meetings.invitee_row, invitee)
    assert (stored.status, stored.substitute_name) == (AttendanceStatus.SUBSTITUTE, "Per Persson")


def test_a_substitutes_name_changed_elsewhere_refuses_another_name(db: Database) -> None:
    invitee = _invitee(db)
    db.call(meetings.set_attendance, invitee, AttendanceStatus.SUBSTITUTE, "Per Persson")
    shown = db.call(meetings.invitee_row, invitee)
    db.call(
        meetings.set_attendance,
        invitee,
        AttendanceStatus.SUBSTITUTE,
        "Per Persson, Polisen",
        shown=shown,
    )
    with pytest.raises(StaleRecordError):
        db.call(
            meetings.set_attendance, invitee, AttendanceStatus.SUBSTITUTE, "Eva Ek", shown=shown
        )
    assert db.call(meetings.invitee_row, invitee).substitute_name == "Per Persson, Polisen"


KEEP, RETENTION = "backups.keep", "alarms.retention_months"


def test_settings_store_only_what_the_form_changed(db: Database) -> None:
    shown = db.call(settings.current_values)
    db.call(settings.save_settings, {RETENTION: 6})  # another desk
    mine = dict(shown, **{KEEP: 30})
    db.call(settings.save_settings, mine, shown=shown)
    stored = db.call(settings.current_values)
    assert (stored[KEEP], stored[RETENTION]) == (30, 6)  # theirs stays beside mine


def test_a_setting_changed_at_both_desks_refuses_the_second(db: Database) -> None:
    shown = db.call(settings.current_values)
    db.call(settings.save_settings, dict(shown, **{KEEP: 20}), shown=shown)
    with pytest.raises(StaleRecordError):
        db.call(settings.save_settings, dict(shown, **{KEEP: 30, RETENTION: 6}), shown=shown)
    stored = db.call(settings.current_values)
    assert (stored[KEEP], stored[RETENTION]) == (20, shown[RETENTION])  # nothing of the second
    db.call(settings.save_settings, dict(stored, **{KEEP: 30}), shown=stored)
    assert db.call(settings.current_values)[KEEP] == 30


def test_a_script_stores_every_value_it_gives_over_another_desks(db: Database) -> None:
    """The command line has no form's copy (shown=None): what it gives is stored, also a
    value back to the default and over a change another desk made meanwhile."""
    default = settings.SPECS[KEEP].default
    assert isinstance(default, int)  # a number setting, not a choice
    db.call(settings.save_settings, {KEEP: default + 6, RETENTION: 6})  # another desk
    db.call(settings.save_settings, {KEEP: default, RETENTION: 7})  # the script
    stored = db.call(settings.current_values)
    assert (stored[KEEP], stored[RETENTION]) == (default, 7)
