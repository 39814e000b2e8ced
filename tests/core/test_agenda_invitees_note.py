"""The notice's closing request ("Meddela sammankallande om du inte kan komma …") goes on with
the invitees' last names: at no length of the list does it stand alone on the last page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.services import meetings
from tests.core.meeting_data import at, make_group
from tests.core.test_report_continued_tables import page_lines
from tests.core.test_walks_cli import needs_pdftotext

DAY = dt.date(2026, 12, 2)


@needs_pdftotext
def test_the_request_under_the_invitees_never_stands_alone(
    sqlite_db: Database, tmp_path: Path
) -> None:
    continued = 0
    with sqlite_db.session() as session:
        for count in range(56, 66):  # the list ending at every place of page 2
            members = tuple(f"Kallad {count}-{n}" for n in range(count))
            group = make_group(session, f"Grupp {count}", members=members)
            meeting = meetings.add_meeting(
                session, group, meetings.MeetingInput(at(DAY, 13), at(DAY, 15))
            )
            pages = page_lines(agenda_pdf(session, meeting), tmp_path)
            assert any(line.startswith("Meddela sammankallande") for line in pages[-1]), count
            assert any(line.startswith(f"Kallad {count}-") for line in pages[-1]), count
            continued += len(pages) > 1
    assert continued
