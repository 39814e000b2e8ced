"""A group's end ("End group…", the form's status "Avslutad", ``groups end``) and its meetings:
an end before a meeting held, or minuted, is refused naming the last such meeting (day and
title) and the earliest end that fits, nothing changed; a cancelled meeting is no reason, and
ending on the meeting's day or later is free."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import GroupStatus, MeetingStatus
from samverkan_desktop.services import agenda, calendar, group_editing, groups
from samverkan_desktop.services import meetings as meeting_service
from tests.core.meeting_data import at, make_group
from tests.core.test_cli import run_cli

TODAY = dt.date(2026, 12, 1)
FORMED = dt.date(2026, 1, 12)
WORKSHOP = dt.date(2026, 10, 6)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _meeting(db: Database, group: int, day: dt.date, title: str | None = None) -> int:
    data = meeting_service.MeetingInput(at(day, 9), at(day, 11), title=title)
    return db.call(meeting_service.add_meeting, group, data)


def _group_with_held_workshop(db: Database) -> int:
    group = db.call(make_group, starts_on=FORMED)
    db.call(meeting_service.mark_held, _meeting(db, group, dt.date(2026, 3, 10)))
    db.call(meeting_service.mark_held, _meeting(db, group, WORKSHOP, "Workshop"))
    return group


def _state(db: Database, group: int) -> tuple[object, list[tuple[dt.date, MeetingStatus]]]:
    rows = db.call(
        calendar.list_calendar,
        dt.date(2026, 1, 1),
        dt.date(2027, 6, 30),
        calendar.CalendarFilter(group_ids=(group,)),
    )
    return db.call(groups.get_group, group), [(r.starts_at.date(), r.status) for r in rows]


def test_an_end_before_a_held_meeting_is_refused_naming_the_last(db: Database) -> None:
    group = _group_with_held_workshop(db)
    before = _state(db, group)
    with pytest.raises(ValidationError) as refused:
        db.call(group_editing.end_group, group, dt.date(2026, 3, 1))  # before both
    assert refused.value.message == (
        "Mötet ”Workshop” den 2026-10-06 hölls efter 2026-03-01: låt gruppen avslutas tidigast "
        "2026-10-06."
    )
    assert refused.value.field == "ended_on"
    assert _state(db, group) == before
    db.call(group_editing.end_group, group, WORKSHOP)  # the meeting's own day fits
    assert db.call(groups.get_group, group).ended_on == WORKSHOP


def test_minutes_of_a_meeting_not_held_stop_an_earlier_end_too(db: Database) -> None:
    group = db.call(make_group, starts_on=FORMED)
    minuted = _meeting(db, group, WORKSHOP)
    db.call(agenda.add_decision, minuted, "Trygghetsvandring i Tessinparken i april")
    db.call(meeting_service.cancel_meeting, _meeting(db, group, dt.date(2026, 11, 3)))
    with pytest.raises(ValidationError) as refused:
        db.call(group_editing.end_group, group, dt.date(2026, 9, 30))
    # The later cancelled meeting was no reason; untitled, the meeting is said by its day.
    assert refused.value.message == (
        "Gruppens möte den 2026-10-06, efter 2026-09-30, har minnesanteckningar: låt gruppen "
        "avslutas tidigast 2026-10-06."
    )
    db.call(group_editing.end_group, group, dt.date(2026, 10, 31))  # after it: free


def test_an_untitled_held_meeting_is_said_by_its_day(db: Database) -> None:
    group = db.call(make_group, starts_on=FORMED)
    db.call(meeting_service.mark_held, _meeting(db, group, WORKSHOP))
    with pytest.raises(ValidationError) as refused:
        db.call(group_editing.end_group, group, dt.date(2026, 9, 30))
    assert refused.value.message == (
        "Gruppen höll ett möte den 2026-10-06, efter 2026-09-30: låt gruppen avslutas tidigast "
        "2026-10-06."
    )


def test_the_form_status_ended_as_of_today_is_refused_before_a_meeting_held_ahead(
    db: Database,
) -> None:
    group = db.call(make_group, starts_on=FORMED)
    db.call(meeting_service.mark_held, _meeting(db, group, dt.date(2026, 12, 3), "Workshop"))
    detail = db.call(groups.get_group, group)
    data = dataclasses.replace(detail.to_input(), status=GroupStatus.ENDED)
    with pytest.raises(ValidationError) as refused:
        db.call(group_editing.update_group, group, data)
    assert refused.value.message == (
        "Mötet ”Workshop” den 2026-12-03 hölls efter 2026-12-01: låt gruppen avslutas tidigast "
        "2026-12-03."
    )
    assert refused.value.field == "status"
    assert db.call(groups.get_group, group).status is not GroupStatus.ENDED


def test_groups_end_refuses_in_one_line_and_changes_nothing(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sqlite_db
    group = _group_with_held_workshop(db)
    before = _state(db, group)
    words = ("--db", db.url, "groups", "end", str(group), "--on")
    assert run_cli(capsys, *words, "2026-06-30") == (
        1,
        "",
        "Fel: Mötet ”Workshop” den 2026-10-06 hölls efter 2026-06-30: låt gruppen avslutas "
        "tidigast 2026-10-06.\n",
    )
    assert _state(db, group) == before
    code, _out, err = run_cli(capsys, *words, "2026-10-06")
    assert (code, err) == (0, "")
    assert db.call(groups.get_group, group).ended_on == WORKSHOP


def test_groups_end_names_the_planned_meetings_it_keeps_after_the_end(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    # Meetings added by hand are the user's work: ending keeps them, and says which, so no
    # one believes them gone while they stand in the calendar.
    db = sqlite_db
    group = db.call(make_group, starts_on=FORMED)
    first = _meeting(db, group, dt.date(2026, 12, 8))
    second = _meeting(db, group, dt.date(2027, 1, 12), "Workshop")
    words = ("--db", db.url, "groups", "end", str(group), "--on")
    code, out, err = run_cli(capsys, *words, "2026-12-07")
    assert (code, err) == (0, "")
    assert out.splitlines()[1] == (
        "Kvar i kalendern, eftersom de har en egen dagordning eller lades till eller ändrades "
        f"för hand: möte {first} (2026-12-08), möte {second} (2027-01-12). Ställ in dem med "
        "samverkan meetings cancel om de inte blir av."
    )
    db.call(meeting_service.cancel_meeting, second)
    code, out, err = run_cli(capsys, *words, "2026-12-07")  # the end date given again
    assert (code, err) == (0, "")
    # Set to end on that day already (still meeting until then): said so, no list.
    assert (
        out
        == f"Gruppen {group} ”Lokal beredningsgrupp” är satt att avslutas 2026-12-07; --on DATUM flyttar slutet.\n"
    )


def test_groups_end_of_one_kept_meeting_says_how_to_cancel_it(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sqlite_db
    kept, ended_on_its_day = db.call(make_group, starts_on=FORMED), db.call(make_group, "Nätverk")
    meeting = _meeting(db, kept, dt.date(2026, 12, 8))
    _meeting(db, ended_on_its_day, dt.date(2026, 12, 8))
    code, out, _err = run_cli(capsys, "--db", db.url, "groups", "end", str(kept))  # today
    assert code == 0
    assert out.splitlines()[1] == (
        "Kvar i kalendern, eftersom det har en egen dagordning eller lades till eller ändrades "
        f"för hand: möte {meeting} (2026-12-08). Ställ in det med samverkan meetings cancel "
        f"{meeting} om det inte blir av."
    )
    # A meeting on the end day itself is within the group's term: nothing more to say.
    words = ("--db", db.url, "groups", "end", str(ended_on_its_day), "--on", "2026-12-08")
    code, out, _err = run_cli(capsys, *words)
    assert code == 0
    assert out == f"Gruppen {ended_on_its_day} ”Nätverk” är satt att avslutas 2026-12-08.\n"
