"""Two desks edit the same agenda item's heading or the same decision's text: the second save,
made from what its form showed before the first, is refused (StaleRecordError) and changes
nothing; made from the current item it passes. The item's number or minutes changing elsewhere
do not refuse a heading's save. Both databases."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.errors import NotFoundError, StaleRecordError
from samverkan_desktop.services import agenda, meetings
from tests.core.meeting_data import at, make_group

DAY = dt.date(2026, 12, 8)


def _meeting(s: Session) -> int:
    group = make_group(s)
    return meetings.add_meeting(s, group, meetings.MeetingInput(at(DAY, 9), at(DAY, 11), "Sal 2"))


def _item(db: Database) -> tuple[int, int]:
    with db.session() as s:
        meeting = _meeting(s)
        agenda.add_agenda_item(s, meeting, "Lägesbild", "Polisen", minutes=15)
        item = agenda.add_agenda_item(s, meeting, "Trygghetsvandring i Hjorthagen", None)
    return meeting, item


def test_a_heading_saved_over_another_desks_is_refused(db: Database) -> None:
    meeting, item = _item(db)
    shown = db.call(agenda.agenda_item_row, item)
    assert shown in db.call(meetings.get_meeting, meeting).agenda  # as the editor lists it
    assert shown.title == "Trygghetsvandring i Hjorthagen"
    db.call(agenda.update_agenda_item, item, "Vandring i Hjorthagen 3 mars", None, shown=shown)
    with pytest.raises(StaleRecordError):
        db.call(agenda.update_agenda_item, item, "Min rubrik", "Anna", minutes=20, shown=shown)
    stored = db.call(agenda.agenda_item_row, item)
    assert (stored.title, stored.presenter, stored.minutes) == (
        "Vandring i Hjorthagen 3 mars",
        None,
        None,
    )
    db.call(agenda.update_agenda_item, item, "Min rubrik", "Anna", minutes=20, shown=stored)
    stored = db.call(agenda.agenda_item_row, item)
    assert (stored.title, stored.presenter, stored.minutes) == ("Min rubrik", "Anna", 20)


def test_a_move_or_minutes_elsewhere_do_not_refuse_the_heading(db: Database) -> None:
    _meeting_id, item = _item(db)
    shown = db.call(agenda.agenda_item_row, item)
    db.call(agenda.move_agenda_item, item, 0)
    db.call(agenda.record_minutes, item, "Promenaden gick bra.", shown=(None, None))
    db.call(agenda.update_agenda_item, item, "Ny rubrik", None, shown=shown)
    stored = db.call(agenda.agenda_item_row, item)
    assert (stored.number, stored.title, stored.notes) == (1, "Ny rubrik", "Promenaden gick bra.")


def test_a_decision_saved_over_another_desks_is_refused(db: Database) -> None:
    meeting, item = _item(db)
    decision = db.call(agenda.add_decision, meeting, "Vandringen genomförs i mars.", item)
    shown = db.call(agenda.decision_row, decision)
    db.call(agenda.update_decision, decision, "Vandringen genomförs 3 mars.", shown=shown.text)
    with pytest.raises(StaleRecordError):
        db.call(agenda.update_decision, decision, "Min text.", shown=shown.text)
    assert db.call(agenda.decision_row, decision).text == "Vandringen genomförs 3 mars."
    db.call(agenda.update_decision, decision, "Min text.", shown="Vandringen genomförs 3 mars.")
    assert db.call(agenda.decision_row, decision).text == "Min text."


def test_a_script_saves_without_a_shown_copy(db: Database) -> None:
    meeting, item = _item(db)
    decision = db.call(agenda.add_decision, meeting, "Beslut.", None)
    db.call(agenda.update_decision, decision, "Ändrat.")
    db.call(agenda.update_agenda_item, item, "Ändrad rubrik", None)
    assert db.call(agenda.decision_row, decision).text == "Ändrat."
    assert db.call(agenda.agenda_item_row, item).title == "Ändrad rubrik"


def test_an_item_or_decision_removed_meanwhile_is_named(db: Database) -> None:
    meeting, item = _item(db)
    decision = db.call(agenda.add_decision, meeting, "Beslut.", None)
    db.call(agenda.remove_decision, decision)
    db.call(agenda.remove_agenda_item, item)
    with pytest.raises(NotFoundError, match="Beslutet finns inte längre"):
        db.call(agenda.decision_row, decision)
    with pytest.raises(NotFoundError, match="Dagordningspunkten finns inte längre"):
        db.call(agenda.agenda_item_row, item)
