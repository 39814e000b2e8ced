"""A plain text longer than a page in a table cell (a lesson, a decision written at length) goes
on over the pages inside its cell: every line above the page's foot. ReportLab splits such a
text counting its lines 1.2 × the font size apart, ours are further apart (the cell's leading):
the first part got a line too many for every twenty, drawn below the cell over the footer's
rule and text ("Sida 1 av 3"), and further down off the paper."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop.reports import style


def _words_by_page(pdf: bytes, tmp_path: Path) -> list[list[tuple[float, str]]]:
    """Each page's words with the bottom of each (points from the page's top)."""
    if shutil.which("pdftotext") is None:  # CI installs poppler-utils: never skipped there
        pytest.fail("pdftotext (poppler-utils) is needed")
    path = tmp_path / "cell.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = html.split("<page ")[1:]
    return [
        [(float(y), word) for y, word in re.findall(r'yMax="([\d.]+)"[^>]*>([^<]*)<', page)]
        for page in pages
    ]


@pytest.mark.parametrize("heading", [False, True], ids=["alone", "under a heading"])
def test_a_cell_text_over_the_pages_stays_above_each_page_foot(
    tmp_path: Path, heading: bool
) -> None:
    words = [f"ord{n}" for n in range(1300)]  # about two pages of the cell's lines
    rows = [["1", "Kort rad"], ["2", " ".join(words)], ["3", "Sista raden"]]
    story = [style.table(["Nr", "Lärdom"], rows, [12, 80])]
    if heading:
        story.insert(0, style.heading("Lärdomar och åtgärder"))
    pages = _words_by_page(style.Document("Test").build(story), tmp_path)
    foot = style.PAGE_SIZE[1] - style.MARGIN_BOTTOM  # the frame's lower edge
    below = [
        f"page {n}: {word}"
        for n, page in enumerate(pages, start=1)
        for y, word in page
        if word.startswith("ord") and y > foot
    ]
    assert below == []
    printed = [word for page in pages for _y, word in page]
    assert [w for w in printed if w.startswith("ord")] == words  # each once, in order
    assert "Sista" in printed


def test_each_part_of_a_split_text_is_as_tall_as_its_lines() -> None:
    """The row's part on each page has the height of the lines it holds: its rule drawn under
    its last line, not two lines above it (ReportLab measured them 1.2 × the font size apart)."""
    text = " ".join(f"ord{n}" for n in range(1300))
    table = style.table(["Nr", "Lärdom"], [["1", text]], [12, 80])
    width = style.PAGE_SIZE[0] - 2 * style.MARGIN_X
    table.wrap(width, style.PAGE_ROOM)
    first, rest = table.split(width, style.PAGE_ROOM)
    leading = style.STYLES["cell"].leading
    for part in (first, rest):
        part.wrap(width, 10 * style.PAGE_ROOM)
        cell = part._cellvalues[-1][1]
        assert isinstance(cell, str)
        assert part._rowHeights[-1] >= len(cell.split("\n")) * leading
