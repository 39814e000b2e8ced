"""The exercise plan never ends on a page with nothing but its footer: when the year's training
sessions ended at a page's foot, the space after them went on to a page of its own ("Sida 2 av
2", empty)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports import exercise_plan, style
from samverkan_desktop.services import training
from tests.core.test_walks_cli import needs_pdftotext

PLACES = ("Karlavägen 104", "Karlavägen 104, konferensrummet plan 3")  # a line, two lines
FRAME_BOTTOM = style.PAGE_SIZE[1] - style.MARGIN_BOTTOM - style.FRAME_PADDING  # from the top
FOOT = 5 * 2.8346  # points: "at the page's foot" (5 mm)


def _pages(pdf: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "plan.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout.split("<page ")[1:]


def _bottoms(page: str) -> list[float]:
    """Where the page's words end, its footer left out."""
    return [float(y) for y in re.findall(r'yMax="([\d.]+)"', page) if float(y) < FRAME_BOTTOM + 1]


@needs_pdftotext
def test_the_plan_never_ends_on_an_empty_page(sqlite_db: Database, tmp_path: Path) -> None:
    at_foot = 0
    with sqlite_db.session() as session:
        course = training.create_course(session, training.CourseInput("Krisstöd"))
        # One more session each time, of one line or two: the list's end at every place
        # near page 1's foot (about 16 sessions reach it).
        for n in range(30):
            training.create_session(
                session,
                training.SessionInput(
                    course, dt.date(2021, 1, 4) + dt.timedelta(days=n), PLACES[n % 3 == 0]
                ),
            )
            if n < 8:
                continue
            pages = _pages(exercise_plan.build(session, 2021), tmp_path)
            for number, page in enumerate(pages, start=1):
                bottoms = _bottoms(page)
                assert bottoms, f"page {number} of {len(pages)} is empty with {n + 1} sessions"
            at_foot += max(_bottoms(pages[0])) > FRAME_BOTTOM - FOOT
    assert at_foot  # the list did end at the page's foot
