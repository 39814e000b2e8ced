"""A heading is never left alone at a page's foot: a walk letter printed "Vad vi såg" as the
last line of page 1 and its first observation (a block kept together) on page 2."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from samverkan_desktop.reports import style


def _pages(story: list, tmp_path: Path) -> list[str]:  # type: ignore[type-arg]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "out.pdf"
    path.write_bytes(style.Document("Test").build(story))
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout.split("\f")


def _full_but(left_mm: float) -> Spacer:
    frame = style.PAGE_SIZE[1] - style.MARGIN_TOP - style.MARGIN_BOTTOM
    return Spacer(1, frame - left_mm * mm)


def test_a_heading_goes_with_the_block_after_it(tmp_path: Path) -> None:
    block = KeepTogether([style.paragraph("Lekplatsen (stopp 2) " * 30)])
    pages = _pages([_full_but(22), style.heading("Vad vi såg"), block], tmp_path)
    assert "Vad vi såg" not in pages[0] and "Vad vi såg" in pages[1]
    assert "Lekplatsen" in pages[1]


def test_a_heading_goes_with_a_table_that_has_no_room_below_it(tmp_path: Path) -> None:
    rows = [(str(n), f"Åtgärd {n}") for n in range(1, 40)]
    table = style.table(["Nr", "Åtgärd"], rows, [20, 100])
    pages = _pages([_full_but(15), style.heading("Åtgärder"), table], tmp_path)
    assert "Åtgärder" not in pages[0] and "Åtgärder" in pages[1]


def test_with_room_a_heading_and_a_long_table_start_here(tmp_path: Path) -> None:
    rows = [(str(n), f"Åtgärd {n}") for n in range(1, 80)]
    table = style.table(["Nr", "Åtgärd"], rows, [20, 100])
    pages = _pages([_full_but(90), style.heading("Åtgärder"), table], tmp_path)
    assert "Åtgärder" in pages[0] and "Åtgärd 1\n" in pages[0] + "\n"  # no empty page foot


def test_text_and_full_width_tables_share_the_left_edge(tmp_path: Path) -> None:
    """The title and headings stood 6 pt in from the margin and a facts table's labels 6 pt
    out from it (ReportLab's frame padding): a ragged left edge on every printout."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    story = [
        style.paragraph("Rubrik", "title"),
        style.facts([("Plats", "Tessinparken")]),
        style.heading("Sammanfattning"),
    ]
    path = tmp_path / "edge.pdf"
    path.write_bytes(style.Document("Test").build(story))
    done = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    )
    left = {
        word: float(x)
        for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', done.stdout)
    }
    for word in ("Rubrik", "Plats", "Sammanfattning"):
        assert left[word] == pytest.approx(style.MARGIN_X, abs=1.5), (word, left[word])
