"""The walk report's ratings matrix has its own heading, "Bedömning per stopp", kept with it: the
matrix often starts a new page (the route above ends the first), where a table of "1 2 3 Medel"
under no heading did not say that these are the stops' ratings."""

from __future__ import annotations

from pathlib import Path

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.reports import walk_report
from samverkan_desktop.services import walk_reading
from tests.core.test_walks_cli import needs_pdftotext
from tests.core.test_walks_report_page_foot import _pages


@needs_pdftotext
def test_the_ratings_matrix_is_headed_on_its_page(demo_db: Database, tmp_path: Path) -> None:
    for name in ("Tessinparken", "Stureplan/Östermalmstorg"):
        walk = next(w for w in demo_db.call(walk_reading.list_walks) if w.place == name)
        pdf = demo_db.call(walk_report.build, walk.id, clock.today())
        pages = _pages(pdf, tmp_path / "r.pdf")
        shown = [p for p in pages if any(line.startswith("Checklistpunkt") for line in p)]
        # Split over a page break, the next page's part is headed "… (forts.)".
        for n, page in enumerate(shown):
            matrix = next(i for i, line in enumerate(page) if line.startswith("Checklistpunkt"))
            above = "Bedömning per stopp" + (" (forts.)" if n else "")
            assert matrix > 0 and page[matrix - 1] == above, name
