"""The walk report's "Fortfarande öppet" marks an action past its due day "försenad" in red, as
the checklist, the action lists and the report's own action table do (it was black there)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.reports import walk_report
from samverkan_desktop.services import places, walk_editing, walk_rows, walk_steps
from tests.core.pdf_boxes import word_colours

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="needs pdftotext and pdftoppm",
)


def test_a_late_action_still_open_says_so_in_red(demo_db: Database, tmp_path: Path) -> None:
    today = clock.today()
    place = next(p.id for p in demo_db.call(places.list_places) if p.name == "Gyllenstiernsgatan")
    latest = demo_db.call(walk_editing.create_walk, walk_rows.WalkInput(place, today))
    demo_db.call(walk_steps.mark_walked, latest, today)
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(demo_db.call(walk_report.build, latest, today))
    colours = word_colours(pdf, "försenad", tmp_path)
    assert colours  # the 2021 walk's open actions are long past due
    for red, green, blue in colours:
        assert red > 120 and red > green + 60 and red > blue + 60, (red, green, blue)
