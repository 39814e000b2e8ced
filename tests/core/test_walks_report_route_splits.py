"""The walk report's "Rutt och bedömningar" starts on the page where its heading and first stops
fit, and goes on over the page break under "Rutt och bedömningar (forts.)": moved whole to the
next page, it left a third of page 1 empty under the participants."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.reports import walk_report
from samverkan_desktop.services import walk_reading, walk_records
from tests.core.test_walks_cli import needs_pdftotext
from tests.core.test_walks_report_page_foot import _pages

HEADING = "Rutt och bedömningar"
# The heading, the header row and two stops (points): less than this may be left empty.
SECTION_START = 100
FOOTER_TOP = 790  # points from the page's top: the footer's line is below


def _room_left_on_page_1(pdf: Path) -> float:
    boxes = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    bottoms = [float(y) for y in re.findall(r'yMax="([\d.]+)">[^<]+<', boxes)]
    return FOOTER_TOP - max(y for y in bottoms if y < FOOTER_TOP)


@needs_pdftotext
def test_the_route_starts_on_page_1_and_goes_on(demo_db: Database, tmp_path: Path) -> None:
    walk = next(w for w in demo_db.call(walk_reading.list_walks) if w.place == "Tessinparken")
    split = 0
    for lines in range(6, 26):  # one line more each time: the section at every place of page 1
        summary = "\n".join(f"Rad {n}" for n in range(lines + 1))
        demo_db.call(walk_records.save_summary, walk.id, summary)
        pdf = tmp_path / "r.pdf"
        pages = _pages(demo_db.call(walk_report.build, walk.id, clock.today()), pdf)
        if HEADING in pages[0]:
            # Its first stops under it, never the heading alone at the page's foot.
            assert pages[0][-2].startswith(("1 ", "2 ", "3 ", "4 ", "5 ")), lines
            if f"{HEADING} (forts.)" in pages[1]:
                split += 1
                start = pages[1].index(f"{HEADING} (forts.)")
                assert pages[1][start + 1].split() == ["Stopp", "Plats", "Tittade", "på"], lines
        else:
            assert _room_left_on_page_1(pdf) < SECTION_START, lines
    assert split


@needs_pdftotext
def test_the_ratings_start_under_the_route_where_their_first_rows_fit(
    demo_db: Database, tmp_path: Path
) -> None:
    """The Stureplan walk's ratings matrix moved whole to page 2 and left a quarter of page 1
    empty under the route; it starts there and goes on "(forts.)", the legend with its end."""
    walk = next(w for w in demo_db.call(walk_reading.list_walks) if w.place.startswith("Sture"))
    pages = _pages(demo_db.call(walk_report.build, walk.id, clock.today()), tmp_path / "r.pdf")
    first = pages[0].index("Bedömning per stopp")
    assert pages[0][first + 1].split()[0] == "Checklistpunkt"
    assert pages[0][first + 2].startswith("Belysning") and pages[0][first + 3].startswith("Över")
    assert pages[1][0] == "Bedömning per stopp (forts.)"
    legend = next(n for n, page in enumerate(pages) if any("godtagbart" in line for line in page))
    assert legend == 1
