"""The walk report's facts leave out what was not recorded: a walk without a meeting point,
organiser or participants printed the labels 'Samlingsplats' and 'Arrangör' with nothing
beside them and 'Deltagare: 0 organisationer, 0 namngivna personer, 0 boende'."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports import walk_report
from samverkan_desktop.services import places, walk_steps
from samverkan_desktop.services import walks as walk_service
from tests.core.test_walks_cli import needs_pdftotext


@needs_pdftotext
def test_facts_not_recorded_are_left_out(db: Database, tmp_path: Path) -> None:
    day = dt.date(2026, 3, 10)
    place = db.call(places.create_place, places.PlaceInput("Karlaplan"))
    walk_id = db.call(walk_service.create_walk, walk_service.WalkInput(place, day))
    db.call(walk_steps.mark_walked, walk_id, day)
    path = tmp_path / "rapport.pdf"
    path.write_bytes(db.call(walk_report.build, walk_id, day))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    facts = text.split("Sammanfattning")[0]
    assert "Plats" in facts and "Karlaplan" in facts
    for missing in ("Samlingsplats", "Arrangör", "Deltagare", "0 boende"):
        assert missing not in facts
    assert "Inga deltagare registrerade." in text  # the participants' section says it once


@needs_pdftotext
def test_a_walk_not_yet_walked_says_so_above_its_empty_sections(
    db: Database, tmp_path: Path
) -> None:
    """Printed ahead, the report of a planned walk said only "Inga bedömningar registrerades."
    and "Inga iakttagelser registrerades.", as of a walk made and found in order."""
    day = dt.date(2026, 12, 20)
    place = db.call(places.create_place, places.PlaceInput("Karlaplan"))
    walk_id = db.call(walk_service.create_walk, walk_service.WalkInput(place, day))
    texts = []
    for mark in (None, walk_steps.mark_walked):
        if mark is not None:
            db.call(mark, walk_id, day)
        path = tmp_path / "rapport.pdf"
        path.write_bytes(db.call(walk_report.build, walk_id, dt.date(2026, 12, 1)))
        done = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        )
        texts.append(" ".join(done.stdout.split()))
    planned, walked = texts
    line = "Vandringen är inte genomförd ännu: bedömningar, iakttagelser och åtgärder förs in"
    assert line in planned.split("Sammanfattning")[0]
    assert line not in walked
