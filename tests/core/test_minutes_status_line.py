"""Minutes are printed of a meeting held only: those of a meeting still planned or cancelled
printed "Närvarande –" and "Inga beslut fattades." as of a meeting held with nobody there and
nothing decided. They are refused with the reason, one rule in the core
(meeting_common.no_minutes_reason) for the command line and the editor's greyed button; the
notice and agenda is printed before the meeting and stays."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.reports.minutes import minutes_pdf
from samverkan_desktop.services import meetings
from samverkan_desktop.services.meetings import MeetingInput
from tests.core.meeting_data import at, make_group
from tests.core.test_cli import run_cli
from tests.core.test_meeting_printouts_text import _text

DAY = dt.date(2026, 11, 18)
NOT_HELD = (
    "Mötet är inte markerat som genomfört: markera det som genomfört först, skriv sedan ut "
    "minnesanteckningarna."
)
CANCELLED = "Mötet är inställt: det har inga minnesanteckningar."


def _meetings(db: Database, *statuses: MeetingStatus) -> list[int]:
    """One meeting a week of one group, each at its status."""
    found = []
    with db.session() as s:
        group = make_group(s)
        for week, status in enumerate(statuses):
            day = DAY + dt.timedelta(weeks=week)
            meeting = meetings.add_meeting(
                s, group, MeetingInput(at(day, 13), at(day, 15), "Garnisonen", None, None)
            )
            if status is not MeetingStatus.PLANNED:
                meetings.set_meeting_status(s, meeting, status)
            found.append(meeting)
    return found


def _meeting(db: Database, status: MeetingStatus) -> int:
    return _meetings(db, status)[0]


@pytest.mark.parametrize(
    ("status", "reason"),
    [(MeetingStatus.PLANNED, NOT_HELD), (MeetingStatus.CANCELLED, CANCELLED)],
)
def test_minutes_of_a_meeting_not_held_are_refused_with_the_reason(
    sqlite_db: Database, tmp_path: Path, status: MeetingStatus, reason: str
) -> None:
    meeting = _meeting(sqlite_db, status)
    with pytest.raises(ConflictError) as refused:
        sqlite_db.call(minutes_pdf, meeting)
    assert str(refused.value) == reason
    # The notice and agenda is what a meeting not yet held has to print.
    assert "Dagordning" in _text(sqlite_db.call(agenda_pdf, meeting), tmp_path)


def test_minutes_of_a_held_meeting_are_printed(sqlite_db: Database, tmp_path: Path) -> None:
    text = _text(sqlite_db.call(minutes_pdf, _meeting(sqlite_db, MeetingStatus.HELD)), tmp_path)
    assert "Minnesanteckningar" in text and "Närvarande" in text


def test_print_minutes_of_a_meeting_not_held_is_one_line_and_exit_1(
    sqlite_url: str, sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "minnesanteckningar.pdf"
    statuses = (MeetingStatus.PLANNED, MeetingStatus.CANCELLED, MeetingStatus.HELD)
    planned, cancelled, held = _meetings(sqlite_db, *statuses)
    for meeting, reason in ((planned, NOT_HELD), (cancelled, CANCELLED)):
        code, _out, err = run_cli(
            capsys, "--db", sqlite_url, "print", "minutes", str(meeting), "--out", str(out)
        )
        assert (code, err) == (1, f"Fel: {reason}\n")
        assert not out.exists()
    code, _out, _err = run_cli(
        capsys, "--db", sqlite_url, "print", "minutes", str(held), "--out", str(out)
    )
    assert code == 0 and out.read_bytes().startswith(b"%PDF")
