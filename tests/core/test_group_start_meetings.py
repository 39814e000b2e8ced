"""A group's start ('Startdatum', ``groups edit --starts``) and its meetings: a start moved later
than a meeting held, or minuted, is refused naming that meeting (day and title) and the latest
start that fits, nothing changed; an earlier start is free; the rule's planned meetings before a
later start go and the rule plans from it, while a meeting holding the user's work and a single
meeting added by hand stay; ``groups edit --starts`` says how many went, and their days."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services import (
    agenda,
    calendar,
    group_editing,
    group_start,
    groups,
    meeting_rules,
)
from samverkan_desktop.services import meetings as meeting_service
from tests.core.meeting_data import at, make_group
from tests.core.test_cli import run_cli

TODAY = dt.date(2026, 12, 1)
FORMED = dt.date(2026, 1, 12)
WORKSHOP = dt.date(2026, 2, 3)
GROUP = "Lokal beredningsgrupp"


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _meeting(db: Database, group: int, day: dt.date, title: str | None = None) -> int:
    data = meeting_service.MeetingInput(at(day, 9), at(day, 11), title=title)
    return db.call(meeting_service.add_meeting, group, data)


def _group_with_held_workshop(db: Database) -> int:
    group = db.call(make_group, starts_on=FORMED)
    db.call(meeting_service.mark_held, _meeting(db, group, WORKSHOP, "Workshop"))
    db.call(meeting_service.mark_held, _meeting(db, group, dt.date(2026, 3, 10)))
    return group


def _move_start(db: Database, group: int, start: dt.date | None) -> None:
    detail = db.call(groups.get_group, group)
    data = dataclasses.replace(detail.to_input(), starts_on=start)
    db.call(group_editing.update_group, group, data)


def _meetings(db: Database, group: int) -> list[tuple[dt.date, MeetingStatus]]:
    rows = db.call(
        calendar.list_calendar,
        dt.date(2025, 1, 1),
        dt.date(2027, 6, 30),
        calendar.CalendarFilter(group_ids=(group,)),
    )
    return [(row.starts_at.date(), row.status) for row in rows]


def test_a_start_later_than_a_held_meeting_is_refused_naming_it(db: Database) -> None:
    group = _group_with_held_workshop(db)
    before = _meetings(db, group)
    with pytest.raises(ValidationError) as refused:
        _move_start(db, group, dt.date(2027, 1, 1))  # even a day to come
    assert refused.value.message == (
        "Mötet ”Workshop” den 2026-02-03 hölls före 2027-01-01: låt gruppen starta senast "
        "2026-02-03."
    )
    assert refused.value.field == "starts_on"
    with pytest.raises(ValidationError) as asked:  # refused before the form asks anything
        db.call(group_start.meetings_removed_by_start, group, dt.date(2027, 1, 1))
    assert asked.value.message == refused.value.message
    assert db.call(groups.get_group, group).starts_on == FORMED
    assert _meetings(db, group) == before

    _move_start(db, group, WORKSHOP)  # the meeting's own day fits
    assert db.call(groups.get_group, group).starts_on == WORKSHOP
    assert _meetings(db, group) == before


def test_minutes_of_a_meeting_not_marked_held_stop_a_later_start_too(db: Database) -> None:
    group = db.call(make_group, starts_on=FORMED)
    db.call(meeting_service.cancel_meeting, _meeting(db, group, dt.date(2026, 1, 20)))
    minuted = _meeting(db, group, WORKSHOP)
    db.call(agenda.add_decision, minuted, "Trygghetsvandring i Tessinparken i april")
    with pytest.raises(ValidationError) as refused:
        _move_start(db, group, dt.date(2026, 3, 2))
    # The cancelled meeting before it was no reason; untitled, the meeting is said by its day.
    assert refused.value.message == (
        "Gruppens möte den 2026-02-03, före 2026-03-02, har minnesanteckningar: låt gruppen "
        "starta senast 2026-02-03."
    )


def test_an_untitled_held_meeting_is_said_by_its_day(db: Database) -> None:
    group = db.call(make_group, starts_on=FORMED)
    db.call(meeting_service.mark_held, _meeting(db, group, WORKSHOP))
    with pytest.raises(ValidationError) as refused:
        _move_start(db, group, dt.date(2027, 1, 1))
    assert refused.value.message == (
        "Gruppen höll ett möte den 2026-02-03, före 2027-01-01: låt gruppen starta senast "
        "2026-02-03."
    )


def test_an_earlier_start_stays_free(db: Database) -> None:
    group = _group_with_held_workshop(db)
    assert db.call(group_start.meetings_removed_by_start, group, dt.date(2025, 9, 1)) == []
    _move_start(db, group, dt.date(2025, 9, 1))
    assert db.call(groups.get_group, group).starts_on == dt.date(2025, 9, 1)


def test_planned_meetings_before_a_later_start_go_and_work_stays(db: Database) -> None:
    group = db.call(make_group, starts_on=FORMED)
    # Planned in October: its meetings of October and November are past and were never held.
    db.call(
        meeting_rules.set_rule_from_phrase,
        group,
        "första måndagen i månaden",
        today=dt.date(2026, 10, 1),
    )
    by_day = {
        row.starts_at.date(): row.id
        for row in db.call(
            calendar.list_calendar,
            FORMED,
            dt.date(2027, 3, 31),
            calendar.CalendarFilter(group_ids=(group,)),
        )
    }
    assert sorted(by_day)[:5] == [
        dt.date(2026, 10, 5),
        dt.date(2026, 11, 2),
        dt.date(2026, 12, 7),
        dt.date(2027, 1, 4),
        dt.date(2027, 2, 1),
    ]
    noted = db.call(meeting_service.get_meeting, by_day[dt.date(2027, 1, 4)])
    data = meeting_service.MeetingInput(
        noted.starts_at, noted.ends_at, note="Inbjudan till skolan skickad"
    )
    db.call(meeting_service.update_meeting, noted.id, data)
    _meeting(db, group, dt.date(2026, 12, 10), "Workshop")
    # What the form names before it saves: the meetings that go, nothing changed yet.
    asked = db.call(group_start.meetings_removed_by_start, group, dt.date(2027, 1, 15))
    assert [when.date() for when in asked] == [
        dt.date(2026, 10, 5),
        dt.date(2026, 11, 2),
        dt.date(2026, 12, 7),
    ]
    assert db.call(group_start.meetings_removed_by_start, group, dt.date(2026, 3, 1)) == []

    _move_start(db, group, dt.date(2027, 1, 15))

    planned = MeetingStatus.PLANNED
    assert _meetings(db, group)[:4] == [
        (dt.date(2026, 12, 10), planned),  # added by hand: the user's
        (dt.date(2027, 1, 4), planned),  # its note is the user's work
        (dt.date(2027, 2, 1), planned),
        (dt.date(2027, 3, 1), planned),
    ]


def test_groups_edit_starts_refuses_in_one_line_and_changes_nothing(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sqlite_db
    group = _group_with_held_workshop(db)
    before = (db.call(groups.get_group, group), _meetings(db, group))
    words = ("--db", db.url, "groups", "edit", str(group), "--starts")
    assert run_cli(capsys, *words, "2026-04-01") == (
        1,
        "",
        "Fel: Mötet ”Workshop” den 2026-02-03 hölls före 2026-04-01: låt gruppen starta "
        "senast 2026-02-03.\n",
    )
    assert (db.call(groups.get_group, group), _meetings(db, group)) == before
    code, _out, err = run_cli(capsys, *words, "2026-02-03")
    assert (code, err) == (0, "")
    assert db.call(groups.get_group, group).starts_on == WORKSHOP


def test_groups_edit_starts_says_how_many_planned_meetings_went(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sqlite_db
    group = db.call(make_group, starts_on=FORMED)
    db.call(
        meeting_rules.set_rule_from_phrase,
        group,
        "första måndagen i månaden",
        today=dt.date(2026, 10, 1),
    )
    words = ("--db", db.url, "groups", "edit", str(group), "--starts")
    assert run_cli(capsys, *words, "2026-10-15") == (
        0,
        f"Gruppen {group} ”{GROUP}” är sparad.\n"
        "1 planerat möte före 2026-10-15 togs bort: 2026-10-05.\n",
        "",
    )
    code, out, _err = run_cli(capsys, *words, "2027-01-15")
    assert (code, out.splitlines()[1:]) == (
        0,
        ["3 planerade möten före 2027-01-15 togs bort: 2026-11-02, 2026-12-07, 2027-01-04."],
    )
    assert min(day for day, _status in _meetings(db, group)) == dt.date(2027, 2, 1)
    code, out, _err = run_cli(capsys, *words, "2026-06-01")  # earlier: nothing goes
    assert (code, len(out.splitlines())) == (0, 1)
