"""Printouts of long and awkward data: 40 invited with long organisation names, a text longer
than a page in a single table cell. A row taller than a page failed the whole printout
("LayoutError: … too large on page 2"); it is split over the pages, nothing of it lost."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from samverkan_desktop.db import Database
from samverkan_desktop.reports import style
from samverkan_desktop.services import meetings
from tests.core.held_minutes import held_minutes_pdf
from tests.core.meeting_data import at, make_group

DAY = dt.date(2026, 12, 2)
LONG_NAME = (
    "Östermalms stadsdelsförvaltning, avdelningen för individ- och familjeomsorg, "
    "enheten för ekonomiskt bistånd"
)


def pages_of(pdf: bytes, tmp_path: Path) -> list[str]:
    """The text of each page of ``pdf``, as pdftotext reads it."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "stress.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_minutes_with_forty_invited_not_yet_noted_print_every_name(
    sqlite_db: Database, tmp_path: Path
) -> None:
    names = [f"Anna-Karin Gyllenstierna af Lundholm {n:02}" for n in range(39)] + ["Fatima"]
    with sqlite_db.session() as s:
        group = make_group(s, LONG_NAME, members=tuple(names))
        meeting = meetings.add_meeting(s, group, meetings.MeetingInput(at(DAY, 13), at(DAY, 15)))
    with sqlite_db.session() as s:
        pages = pages_of(held_minutes_pdf(s, meeting), tmp_path)
    text = flat(" ".join(pages))
    assert "Närvaro ej noterad" in text
    # The list goes on on page 2 under its label again.
    assert "Närvaro ej noterad (forts.)" in flat(pages[1])
    for name in names:
        assert name in text
    assert "None" not in text
    assert 2 <= len(pages) <= 4
    assert all(f"Sida {n} av {len(pages)}" in page for n, page in enumerate(pages, start=1))


def test_a_cell_longer_than_a_page_goes_on_over_the_pages(tmp_path: Path) -> None:
    words = [f"ord{n}" for n in range(700)]
    story = [
        style.table(["Nr", "Beslut"], [["1", " ".join(words)], ["2", "Sista raden"]], [12, 40]),
        style.facts([("Deltagare", "\n".join(f"Person {n}" for n in range(90)))]),
    ]
    pages = pages_of(style.Document("Test").build(story), tmp_path)
    text = flat(" ".join(pages))
    assert all(word in text.split() for word in words)
    assert "Sista raden" in text and "Person 0" in text and "Person 89" in text
    assert 3 <= len(pages) <= 6


def test_a_heading_is_not_left_alone_over_a_table_whose_first_row_goes_on(
    tmp_path: Path,
) -> None:
    """An exercise report's "Lärdomar och åtgärder" stood alone at a page's foot: the lessons'
    first row (a long lesson and action) did not fit in what was left and went on to the next
    page, the heading not."""
    rows = [["\n".join(f"lärdom {row}.{line}" for line in range(15))] for row in range(2)]
    story = [
        style.spacer(190),  # about a page less 120 points: room for the heading, not the row
        style.heading("Lärdomar och åtgärder"),
        style.table(["Lärdom"], rows, [100]),
    ]
    pages = pages_of(style.Document("Test").build(story), tmp_path)
    heading_page = next(page for page in pages if "Lärdomar och åtgärder" in page)
    assert "lärdom 0.0" in heading_page
    assert len(pages) == 2


def test_the_last_line_of_a_paragraph_is_not_left_alone_on_the_next_page(
    tmp_path: Path,
) -> None:
    """The council report's walks: a prioritised place's long name took the last two lines of
    page 3 and its status, "Ingen vandring under perioden", stood alone on page 4."""
    place = "<b>" + " ".join(["Gyllenstiernsgatan/Karlavägen vid tunnelbanans uppgång"] * 2)
    text = place + "</b><br/>Ingen vandring under perioden"
    filler = style.FRAME_HEIGHT - 2.9 * style.STYLES["bullet"].leading  # 2 lines of 3
    story = [Spacer(1, filler), style.bullet_markup(text, "1.")]
    pages = pages_of(style.Document("Test").build(story), tmp_path)
    assert len(pages) == 2
    assert "Gyllenstiernsgatan" in pages[1] and "Ingen vandring under perioden" in pages[1]


def _line_starts(pdf: bytes, tmp_path: Path, left: float) -> list[tuple[float, str]]:
    """Page 1's lines right of ``left`` (points): where each starts and its first word."""
    path = tmp_path / "bbox.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<', html)
    lines: dict[float, tuple[float, str]] = {}
    for x, y, word in words:
        if float(x) > left and (float(y) not in lines or float(x) < lines[float(y)][0]):
            lines[float(y)] = (float(x), word)
    return [lines[y] for y in sorted(lines)]


def test_an_invited_name_wrapped_over_lines_is_indented_after_its_first(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """Under "Närvaro ej noterad" a name with a long organisation wrapped to a line starting
    "bistånd", which read as a name of its own: a name's further lines are indented."""
    names = [f"Anna-Karin Gyllenstierna af Lundholm {n:02}" for n in range(6)]
    with sqlite_db.session() as s:
        # A convener of another name: the minutes' head names the group's convener (since
        # 20a9d284 the first member, made Sammankallande, is it), which is no invited name.
        group = make_group(s, LONG_NAME, members=("Sara Holm", *names))
        meeting = meetings.add_meeting(s, group, meetings.MeetingInput(at(DAY, 13), at(DAY, 15)))
    with sqlite_db.session() as s:
        pdf = held_minutes_pdf(s, meeting)
    pages_of(pdf, tmp_path)  # skips without pdftotext
    starts = _line_starts(pdf, tmp_path, style.MARGIN_X + 30 * mm)
    first = [x for x, word in starts if word == "Anna-Karin"]
    assert len(first) == len(names) and len(set(first)) == 1
    where = [n for n, (_x, word) in enumerate(starts) if word == "Anna-Karin"]
    # The lines of the names: from the first name's to the last's (and its one further line).
    further = [x for x, word in starts[where[0] : where[-1] + 2] if word != "Anna-Karin"]
    assert further and all(abs(x - first[0] - 3 * mm) < 1 for x in further)
