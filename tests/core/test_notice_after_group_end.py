"""The notice of a meeting kept after its group ended says at the top, in the warning's red,
that the group has ended and the meeting cannot be held; one kept from before the group's later
start says that the group starts then (``outside_group_days``). Both printed as any coming
meeting's. On both of the notice's readers (SQLite's plain SQL, PostgreSQL's ORM)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.services import group_editing, groups, meetings
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


STARTS = dt.date(2026, 12, 16)
STARTS_NOTE = "Gruppen startar 16 december 2026: mötet kan inte hållas."


@needs_pdftotext
def test_the_notice_says_the_group_starts_later(db: Database, tmp_path: Path) -> None:
    with db.session() as session:
        group = make_group(session, starts_on=None, members=())
        day = STARTS - dt.timedelta(days=10)
        kept = meetings.add_meeting(
            session, group, meetings.MeetingInput(at(day, 13), at(day, 15), title="Workshop")
        )
        first = meetings.add_meeting(
            session, group, meetings.MeetingInput(at(STARTS, 9), at(STARTS, 10))
        )
        shown = groups.get_group(session, group).to_input()
        group_editing.update_group(session, group, dataclasses.replace(shown, starts_on=STARTS))
        kept_lines = [
            line for page in page_lines(agenda_pdf(session, kept), tmp_path) for line in page
        ]
        first_lines = [
            line for page in page_lines(agenda_pdf(session, first), tmp_path) for line in page
        ]
    assert STARTS_NOTE in kept_lines
    assert NOTE not in kept_lines
    assert STARTS_NOTE not in first_lines
