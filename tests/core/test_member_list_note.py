"""The member list's closing lines ("Kontrollerad: när kontaktuppgifterna senast
kontrollerades …") go on with the list's last members: at no length of the list do they stand
alone on its last page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports.group_structure import build_members
from tests.core.meeting_data import make_group
from tests.core.test_report_continued_tables import page_lines
from tests.core.test_walks_cli import needs_pdftotext

# Every member's details older than 6 months, at any moment the tests are run at (they are
# checked on the test clock's day: 2027-12-01 was a month after 2027-10-31): the note is printed.
LATER = dt.date(2100, 1, 1)


@needs_pdftotext
def test_the_member_lists_note_never_stands_alone(sqlite_db: Database, tmp_path: Path) -> None:
    continued = 0
    with sqlite_db.session() as session:
        for count in range(24, 44):
            members = tuple(f"Medlem {count}-{n}" for n in range(count))
            group = make_group(session, f"Grupp {count}", members=members)
            pages = page_lines(build_members(session, group, LATER), tmp_path)
            assert any(line.startswith("Kontrollerad:") for line in pages[-1]), count
            assert any(line.startswith(f"Medlem {count}-") for line in pages[-1]), count
            continued += len(pages) > 1
    assert continued
