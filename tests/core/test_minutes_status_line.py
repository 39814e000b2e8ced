"""Minutes printed before the meeting is marked as held say so under the title (usually a slip:
the coordinator prints after the meeting); a cancelled meeting's minutes say it is cancelled.
Printing is never refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.reports.minutes import minutes_pdf
from samverkan_desktop.services import meetings
from samverkan_desktop.services.meetings import MeetingInput
from tests.core.meeting_data import at, make_group
from tests.core.test_meeting_printouts_text import _text

DAY = dt.date(2026, 11, 18)
NOT_HELD = "Mötet är inte markerat som genomfört."  # as the editor's button says
CANCELLED = "Mötet är inställt."


def _minutes(db: Database, tmp_path: Path, status: MeetingStatus) -> str:
    with db.session() as s:
        group = make_group(s)
        meeting = meetings.add_meeting(
            s, group, MeetingInput(at(DAY, 13), at(DAY, 15), "Garnisonen", None, None)
        )
        if status is not MeetingStatus.PLANNED:
            meetings.set_meeting_status(s, meeting, status)
        return _text(minutes_pdf(s, meeting), tmp_path)


def test_minutes_of_a_meeting_not_marked_held_say_so_under_the_title(
    sqlite_db: Database, tmp_path: Path
) -> None:
    text = _minutes(sqlite_db, tmp_path, MeetingStatus.PLANNED)
    assert NOT_HELD in text
    # Under the title and the group, before the meeting's facts.
    assert text.index("Minnesanteckningar") < text.index(NOT_HELD) < text.index("Datum")
    assert CANCELLED not in text


def test_minutes_of_a_held_meeting_have_no_such_line(sqlite_db: Database, tmp_path: Path) -> None:
    text = _minutes(sqlite_db, tmp_path, MeetingStatus.HELD)
    assert NOT_HELD not in text and CANCELLED not in text
    assert "Närvarande" in text  # the minutes themselves are there


def test_minutes_of_a_cancelled_meeting_say_it_is_cancelled(
    sqlite_db: Database, tmp_path: Path
) -> None:
    text = _minutes(sqlite_db, tmp_path, MeetingStatus.CANCELLED)
    assert CANCELLED in text and NOT_HELD not in text
    assert text.index(CANCELLED) < text.index("Datum")
