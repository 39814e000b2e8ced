"""A table whose first row is taller than a page (a walk action's long note, a lesson written
at length) and two rows after it: the last row never ends the table alone on a page under
"… (forts.)" when it could share that page with the row before it. It did for rows of three
lines or more: such a row counted as enough on its side of a break. And the first row's part on
the next page began with an empty line (ReportLab's split of a text at a line break), drawn
as a gap under the header row and measured a line too tall."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop.reports import style
from tests.core.test_report_continued_tables import page_lines
from tests.core.test_walks_cli import needs_pdftotext

LINES = range(52, 180, 3)  # the first row: from about a page to two and a half


def _story(lines: int, short: int, heading: bool) -> list:
    rows = [["1", "\n".join(f"notering {n}" for n in range(lines))]]
    rows += [[str(k), "\n".join(f"rad {k}.{n}" for n in range(short))] for k in (2, 3)]
    story = [style.table(["Nr", "Notering"], rows, [12, 120])]
    if heading:
        story.insert(0, style.heading("Åtgärder"))
    return story


@needs_pdftotext
@pytest.mark.parametrize("heading", [True, False], ids=["under a heading", "alone"])
@pytest.mark.parametrize("short", [1, 3, 4, 8])
def test_the_last_row_is_not_left_alone_after_a_row_taller_than_a_page(
    tmp_path: Path, heading: bool, short: int
) -> None:
    alone = []
    for lines in LINES:
        pages = page_lines(style.Document("Test").build(_story(lines, short, heading)), tmp_path)
        last = pages[-1]
        if not any(line.startswith("3 rad 3.0") for line in last):
            alone.append(f"{lines} lines: row 3 not on the last page")
        elif not any("rad 2." in line or "notering" in line for line in last):
            alone.append(f"{lines} lines: row 3 alone on page {len(pages)}")
        printed = " ".join(" ".join(page) for page in pages)
        missing = [n for n in range(lines) if f"notering {n} " not in printed + " "]
        if missing:
            alone.append(f"{lines} lines: notering {missing[0]} missing")
    assert alone == []


def _tops(pdf: bytes, tmp_path: Path) -> list[list[tuple[float, str]]]:
    """Each page's words with the top of each (points from the page's top)."""
    if shutil.which("pdftotext") is None:  # CI installs poppler-utils: never skipped there
        pytest.fail("pdftotext (poppler-utils) is needed")
    path = tmp_path / "gap.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        [(float(y), word) for y, word in re.findall(r'yMin="([\d.]+)"[^>]*>([^<]*)<', page)]
        for page in html.split("<page ")[1:]
    ]


def test_a_row_going_on_over_a_page_has_no_empty_line_under_the_header(tmp_path: Path) -> None:
    """The first line on the next page stands as close under the header row as the row's
    first line does on the first page."""
    pages = _tops(style.Document("Test").build(_story(100, 1, True)), tmp_path)
    gaps = []
    for page in pages[:2]:
        header = next(y for y, word in page if word == "Notering")
        first = next(y for y, word in page if word == "notering")
        gaps.append(round(first - header, 1))
    assert gaps[1] == gaps[0]
