"""A space between blocks (style.spacer) ends the page when the page has less room left than
the space: ReportLab moved it on whole, so after a printout's last line it made a page of its
own (the exercise plan's "Sida 2 av 2" with nothing on it), and before a block it pushed the
next page's first line down."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from samverkan_desktop.reports import style

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

LINE = style.STYLES["body"].leading + style.STYLES["body"].spaceAfter  # a body line as placed


def _full_but(left: float) -> Spacer:
    """The page filled but for ``left`` points under one body line after it."""
    return Spacer(1, style.PAGE_ROOM - LINE - left)


def _pdf(story: list[Flowable], tmp_path: Path) -> Path:
    path = tmp_path / "gap.pdf"
    path.write_bytes(style.Document("Test").build(story))
    return path


def _top_of(word: str, pdf: Path) -> tuple[int, float]:
    """The page (from 1) and the top (points from the paper's top) of ``word``."""
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for number, page in enumerate(boxes.split("<page ")[1:], start=1):
        hit = re.search(rf'yMin="([\d.]+)"[^>]*>{word}</word>', page)
        if hit:
            return number, float(hit.group(1))
    raise AssertionError(f"{word} is not printed")


def test_a_space_after_the_last_line_makes_no_empty_page(tmp_path: Path) -> None:
    story = [_full_but(3 * mm), style.paragraph("Sista raden"), style.spacer(4)]
    text = subprocess.run(
        ["pdftotext", str(_pdf(story, tmp_path)), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Sida 1 av 1" in text, text


def test_a_space_at_a_page_foot_does_not_push_the_next_page_down(tmp_path: Path) -> None:
    alone = _top_of("Nästa", _pdf([style.paragraph("Nästa stycke")], tmp_path))
    story = [
        _full_but(3 * mm),
        style.paragraph("Sista raden"),
        style.spacer(4),
        style.paragraph("Nästa stycke"),
    ]
    page, top = _top_of("Nästa", _pdf(story, tmp_path))
    assert page == 2
    assert top == pytest.approx(alone[1], abs=0.5)  # where a page's first line stands


def test_a_space_with_room_keeps_its_height(tmp_path: Path) -> None:
    """Not at a page's foot, a space is as tall as asked."""
    without = _top_of("Nästa", _pdf([style.paragraph("Först"), style.paragraph("Nästa")], tmp_path))
    story = [style.paragraph("Först"), style.spacer(4), style.paragraph("Nästa")]
    assert _top_of("Nästa", _pdf(story, tmp_path))[1] == pytest.approx(without[1] + 4 * mm, abs=0.5)
