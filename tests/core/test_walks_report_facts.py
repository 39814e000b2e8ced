"""The walk report's facts leave out what was not recorded: a walk without a meeting point,
organiser or participants printed the labels 'Samlingsplats' and 'Arrangör' with nothing
beside them and 'Deltagare: 0 organisationer, 0 namngivna personer, 0 boende'. A walk not made
has no report."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.reports import walk_report
from samverkan_desktop.services import places, walk_editing, walk_rows, walk_steps
from tests.core.test_walks_cli import needs_pdftotext


@needs_pdftotext
def test_facts_not_recorded_are_left_out(db: Database, tmp_path: Path) -> None:
    day = dt.date(2026, 3, 10)
    place = db.call(places.create_place, places.PlaceInput("Karlaplan"))
    walk_id = db.call(walk_editing.create_walk, walk_rows.WalkInput(place, day))
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


def test_a_walk_not_yet_walked_has_no_report(db: Database) -> None:
    """Printed ahead, the report of a planned walk said only "Inga bedömningar registrerades."
    and "Inga iakttagelser registrerades.", as of a walk made and found in order: it is refused
    until the walk is made (services.walk_rows.no_report_reason, as the window greys it)."""
    day = dt.date(2026, 12, 20)
    place = db.call(places.create_place, places.PlaceInput("Karlaplan"))
    walk_id = db.call(walk_editing.create_walk, walk_rows.WalkInput(place, day))
    with pytest.raises(ConflictError, match="inte genomförd än"):
        db.call(walk_report.build, walk_id, dt.date(2026, 12, 1))
    db.call(walk_steps.cancel_walk, walk_id)
    with pytest.raises(ConflictError, match="Vandringen är inställd: "):
        db.call(walk_report.build, walk_id, dt.date(2026, 12, 1))
    db.call(walk_steps.step_back, walk_id)
    db.call(walk_steps.mark_walked, walk_id, day)
    assert db.call(walk_report.build, walk_id, day).startswith(b"%PDF")
