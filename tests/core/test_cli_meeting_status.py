"""``meetings held ID`` and ``meetings cancel ID``: what the editor's "Markera som genomfört" and
"Ställ in möte…" do, for a script clearing ``meetings list --not-held``. A meeting not begun yet
is refused unless --future (the window asks first), a cancelled one is not marked held, and a
refusal changes nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import Group, Meeting, MeetingStatus
from samverkan_desktop.services import audit
from samverkan_desktop.services.meeting_common import to_utc
from tests.core.meeting_data import at, make_group
from tests.core.test_cli import run_cli

PAST = dt.date(2025, 5, 7)


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """SQLite only: the services these commands call are tested on both backends."""
    return sqlite_db


def _meeting(db: Database, day: dt.date, status: MeetingStatus = MeetingStatus.PLANNED) -> int:
    with db.session() as s:
        group = s.scalar(select(Group.id)) or make_group(s, "Lokal styrgrupp Östermalm")
        start = to_utc(at(day, 9))
        meeting = Meeting(
            group_id=group, starts_at=start, ends_at=start + dt.timedelta(hours=1), status=status
        )
        s.add(meeting)
        s.flush()
        return meeting.id


def _status(db: Database, meeting_id: int) -> MeetingStatus:
    with db.session() as s:
        return s.get(Meeting, meeting_id).status  # type: ignore[union-attr]


def _not_held(db: Database, capsys: pytest.CaptureFixture[str]) -> list[int]:
    code, out, _err = run_cli(capsys, "--db", db.url, "meetings", "list", "--not-held", "--json")
    assert code == 0
    return [m["id"] for m in json.loads(out)]


def _trail(db: Database, meeting_id: int) -> list[str]:
    with db.session() as s:
        return [row.summary for row in audit.history(s, "meetings", meeting_id)]


def test_held_marks_a_past_meeting_and_the_not_held_list_drops_it(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = _meeting(db, PAST)
    assert _not_held(db, capsys) == [meeting]
    code, out, err = run_cli(capsys, "--db", db.url, "meetings", "held", str(meeting))
    assert (code, err) == (0, "")
    assert out == (
        f"Mötet {meeting} (Lokal styrgrupp Östermalm, 2025-05-07 09.00) är markerat som "
        "genomfört.\n"
    )
    assert _not_held(db, capsys) == []
    assert "Status: Planerat → Genomfört" in _trail(db, meeting)[0]
    # Again: said so, nothing written to the trail.
    code, out, _err = run_cli(capsys, "--db", db.url, "meetings", "held", str(meeting))
    assert code == 0 and "var redan markerat som genomfört" in out
    assert len(_trail(db, meeting)) == 2  # created, marked held


def test_a_meeting_not_begun_is_refused_naming_its_date_unless_future(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    day = clock.today() + dt.timedelta(days=14)
    meeting = _meeting(db, day)
    code, out, err = run_cli(capsys, "--db", db.url, "meetings", "held", str(meeting))
    assert (code, out) == (1, "")
    assert err == (
        f"Fel: Mötet {meeting} (Lokal styrgrupp Östermalm, {day.isoformat()} 09.00) har inte "
        "ägt rum ännu; ange --future för att ändå markera det som genomfört.\n"
    )
    assert _status(db, meeting) is MeetingStatus.PLANNED
    code, _out, err = run_cli(capsys, "--db", db.url, "meetings", "held", str(meeting), "--future")
    assert (code, err) == (0, "")
    assert _status(db, meeting) is MeetingStatus.HELD


def test_a_cancelled_meeting_is_not_marked_held(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = _meeting(db, PAST, MeetingStatus.CANCELLED)
    code, out, err = run_cli(capsys, "--db", db.url, "meetings", "held", str(meeting))
    assert (code, out) == (1, "")
    assert err == (
        "Fel: Mötet är inställt och kan inte markeras som genomfört; återställ det först.\n"
    )
    assert _status(db, meeting) is MeetingStatus.CANCELLED


@pytest.mark.parametrize("command", ["held", "cancel"])
def test_an_unknown_meeting_is_one_line(
    db: Database, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    meeting = _meeting(db, PAST)
    code, out, err = run_cli(capsys, "--db", db.url, "meetings", command, "9999")
    assert (code, out, err) == (1, "", "Fel: Det finns inget möte med nummer 9999.\n")
    code, out, err = run_cli(capsys, "--db", db.url, "meetings", command, "nio")
    assert (code, out) == (1, "") and len(err.splitlines()) == 1 and "”nio”" in err
    assert _status(db, meeting) is MeetingStatus.PLANNED


def test_cancel_keeps_the_reason_and_refuses_a_held_meeting(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting = _meeting(db, PAST)
    code, out, err = run_cli(
        capsys, "--db", db.url, "meetings", "cancel", str(meeting), "--reason", "Krock"
    )
    assert (code, err) == (0, "")
    assert out == f"Mötet {meeting} (Lokal styrgrupp Östermalm, 2025-05-07 09.00) är inställt.\n"
    assert _not_held(db, capsys) == []
    assert "Status: Planerat → Inställt" in _trail(db, meeting)[0]
    with db.session() as s:
        assert s.get(Meeting, meeting).note == "Krock"  # type: ignore[union-attr]

    held = _meeting(db, PAST, MeetingStatus.HELD)
    code, out, err = run_cli(capsys, "--db", db.url, "meetings", "cancel", str(held))
    assert (code, out) == (1, "")
    assert err == "Fel: Mötet har redan genomförts och kan inte ställas in.\n"
    assert _status(db, held) is MeetingStatus.HELD
