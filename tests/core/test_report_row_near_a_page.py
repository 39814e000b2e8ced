"""A table row about a page tall (a walk action's 4,000-character note, a long lesson) printed
whole, over the pages. The page's room was taken as the frame's height, 12 points more than a
page holds (its padding above and below): a row in those 12 points was neither moved whole
(it fits on no page) nor split inside (it "fitted a page"), and the printout failed with
"LayoutError: … too large on page 2". Under a heading, whose part on the next page starts
under "… (forts.)", the table's two rows kept either side of a break made the window wider."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop.reports import style

# Line counts whose row spans the heights around a page's room (about 11 points a line).
LINES = range(52, 72)


def _text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:  # CI installs poppler-utils: never skipped there
        pytest.fail("pdftotext (poppler-utils) is needed")
    path = tmp_path / "near.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _rows(lines: int, tall_at: int, count: int) -> list[list[str]]:
    rows = [[str(n), f"Kort rad {n}"] for n in range(1, count + 1)]
    rows[tall_at][1] = "\n".join(f"notering {lines}.{line}" for line in range(lines))
    return rows


@pytest.mark.parametrize(
    ("under_heading", "tall_at", "count"),
    [(False, 0, 1), (True, 0, 1), (True, 0, 3), (True, 2, 5)],
    ids=["alone", "under a heading", "first of three", "third of five"],
)
def test_a_row_about_a_page_tall_is_printed_whole(
    tmp_path: Path, under_heading: bool, tall_at: int, count: int
) -> None:
    failed = []
    for lines in LINES:
        story = [style.table(["Nr", "Notering"], _rows(lines, tall_at, count), [12, 120])]
        if under_heading:
            story.insert(0, style.heading("Åtgärder"))
        try:
            text = _text(style.Document("Test").build(story), tmp_path)
        except Exception as error:  # noqa: BLE001 - the printout failing is what is looked for
            failed.append(f"{lines} lines: {type(error).__name__}")
            continue
        words = set(text.split())
        missing = [n for n in range(lines) if f"{lines}.{n}" not in words]
        short = [n for n in range(1, count + 1) if n != tall_at + 1]
        if missing or any(f"Kort rad {n}" not in text for n in short):
            failed.append(f"{lines} lines: missing")
    assert failed == []
