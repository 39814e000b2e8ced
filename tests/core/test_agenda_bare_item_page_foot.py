"""A notice's agenda item with nothing under it (no presenter, no open actions) never ends a
page with the next item on the next page: alone at the foot, "10.30 18. Punkt 14" read as a
heading whose text was lost. It goes on to the next page with the item after it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.services import agenda, meetings
from tests.core.meeting_data import at, make_group
from tests.core.test_report_continued_tables import page_lines
from tests.core.test_walks_cli import needs_pdftotext

DAY = dt.date(2026, 12, 2)
ITEM = re.compile(r"^\d\d\.\d\d \d+\. Punkt (\d+) ")  # "10.35 20. Punkt 16 om läget"


@needs_pdftotext
def test_an_item_without_text_goes_on_with_the_next_item(
    sqlite_db: Database, tmp_path: Path
) -> None:
    broken = 0
    with sqlite_db.session() as session:
        for count in range(26, 40):  # the page break at every few items
            group = make_group(session, f"Grupp {count}")
            meeting = meetings.add_meeting(
                session, group, meetings.MeetingInput(at(DAY, 9), at(DAY, 16))
            )
            for n in range(count):  # every other item presented, the rest bare
                presenter = "Anna Berglund" if n % 2 else None
                agenda.add_agenda_item(session, meeting, f"Punkt {n} om läget", presenter)
            for item in meetings.get_meeting(session, meeting).agenda:  # all timed
                agenda.update_agenda_item(session, item.id, item.title, item.presenter, minutes=5)
            pages = page_lines(agenda_pdf(session, meeting), tmp_path)
            for page, after in zip(pages, pages[1:], strict=False):
                last = ITEM.match(page[-2])  # the line over the footer
                if last and int(last[1]) < count - 1:  # the agenda's last item ends it
                    raise AssertionError(f"{count}: {page[-2]!r} alone over {after[0]!r}")
            broken += any(ITEM.match(page[0]) for page in pages[1:])
    assert broken  # the agenda went on over a page break at some length
