"""The walk report's running text writes its days as Swedish prose ("utskriven 5 december 2026",
"Avslutande möte 8 juni 2021"); its tables and footer keep ISO dates. Its short last section,
the closing meeting, never takes a page of its own: the demo's first walk ended with a page
holding only "Avslutande möte 2021-06-08" and two lines."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports import walk_report
from samverkan_desktop.services import walk_reading, walk_records
from tests.core.test_walks_cli import needs_pdftotext

PRINTED = dt.date(2026, 12, 5)
CLOSING = "Avslutande möte 8 juni 2021"
HEADING = "Avslutande möte "


def _pages(pdf: bytes, path: Path) -> list[list[str]]:
    """Each page's lines of text as laid out (the footer last)."""
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        [" ".join(line.split()) for line in page.splitlines() if line.strip()]
        for page in text.split("\f")
        if page.strip()
    ]


def _first_walk(db: Database) -> int:
    return next(
        w.id
        for w in db.call(walk_reading.list_walks)
        if w.place == "Gyllenstiernsgatan" and w.date == dt.date(2021, 5, 18)
    )


@needs_pdftotext
def test_the_report_writes_its_days_in_words_and_its_footer_in_iso(
    demo_db: Database, tmp_path: Path
) -> None:
    walk_id = _first_walk(demo_db)
    pages = _pages(demo_db.call(walk_report.build, walk_id, PRINTED), tmp_path / "r.pdf")
    lines = [line for page in pages for line in page]
    assert "Rapport · tisdag 18 maj 2021 (v. 20) · utskriven 5 december 2026" in lines
    assert CLOSING in lines
    assert all(
        page[-1].startswith("Trygghetsvandring Gyllenstiernsgatan · 2021-05-18 ") for page in pages
    )


@needs_pdftotext
def test_the_closing_meeting_never_stands_alone_on_the_last_page(
    demo_db: Database, tmp_path: Path
) -> None:
    walk_id = _first_walk(demo_db)
    for lines in range(0, 40):
        # One line more each time: the closing section at every position on its page.
        summary = "\n".join(f"Rad {n}" for n in range(lines + 1))
        demo_db.call(walk_records.save_summary, walk_id, summary)
        pages = _pages(demo_db.call(walk_report.build, walk_id, PRINTED), tmp_path / "r.pdf")
        # The heading by its words alone: the old code wrote its date "2021-06-08".
        at = [
            (page, n) for page in pages for n, line in enumerate(page) if line.startswith(HEADING)
        ]
        assert len(at) == 1 and at[0][1] > 0, lines  # something of the report above it
