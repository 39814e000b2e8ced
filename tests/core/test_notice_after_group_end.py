"""The notice of a meeting kept after its group ended (``after_group_end``) says at the top, in
the warning's red, that the group has ended and the meeting cannot be held; it printed as any
coming meeting's. On both of the notice's readers (SQLite's plain SQL, PostgreSQL's ORM)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.services import group_editing, meetings
from tests.core.meeting_data import at, make_group
from tests.core.test_report_continued_tables import page_lines
from tests.core.test_walks_cli import needs_pdftotext

ENDED = dt.date(2026, 12, 6)
NOTE = "Gruppen avslutades 6 december 2026: mötet kan inte hållas."


@needs_pdftotext
def test_the_notice_says_the_group_has_ended(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        group = make_group(session)
        day = ENDED + dt.timedelta(days=10)
        kept = meetings.add_meeting(
            session, group, meetings.MeetingInput(at(day, 13), at(day, 15), title="Workshop")
        )
        before = meetings.add_meeting(
            session, group, meetings.MeetingInput(at(ENDED, 9), at(ENDED, 10))
        )
        group_editing.end_group(session, group, ENDED, today=ENDED)
        kept_lines = [
            line for page in page_lines(agenda_pdf(session, kept), tmp_path) for line in page
        ]
        before_lines = [
            line for page in page_lines(agenda_pdf(session, before), tmp_path) for line in page
        ]
    assert NOTE in kept_lines
    assert NOTE not in before_lines
