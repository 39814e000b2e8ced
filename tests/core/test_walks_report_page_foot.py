"""The walk report's "Avslutat sedan dess" and "Fortfarande öppet" (what happened to the earlier
walk's actions) never stand alone at the foot of a page with their table on the next: whatever
the length of the summary above them, a page does not end with one."""

from __future__ import annotations

import subprocess
from pathlib import Path

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.reports import walk_report
from samverkan_desktop.services import places, walk_editing, walk_records, walk_rows, walk_steps
from tests.core.test_walks_cli import needs_pdftotext

LABELS = {"Avslutat sedan dess", "Fortfarande öppet"}


def _pages(pdf: bytes, path: Path) -> list[list[str]]:
    """Each page's lines of text as laid out (the footer last)."""
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        [line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")
    ]


@needs_pdftotext
def test_follow_up_sub_headings_stay_with_their_tables(demo_db: Database, tmp_path: Path) -> None:
    place = next(p.id for p in demo_db.call(places.list_places) if p.name == "Universitetet–Lappis")
    today = clock.today()
    walk_id = demo_db.call(walk_editing.create_walk, walk_rows.WalkInput(place, today))
    demo_db.call(walk_steps.mark_walked, walk_id, today)
    for lines in range(0, 60):
        # One line more each time: a page's worth of positions for the follow-up section.
        summary = "\n".join(f"Rad {n}" for n in range(lines + 1))
        demo_db.call(walk_records.save_summary, walk_id, summary)
        pages = _pages(demo_db.call(walk_report.build, walk_id, today), tmp_path / "r.pdf")
        assert {line for page in pages for line in page} >= LABELS
        page_ends = {page[-2] for page in pages if len(page) > 1}  # above the footer
        assert not LABELS & page_ends, lines
