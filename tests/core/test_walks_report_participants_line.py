"""The walk report's participants line left zero counts in: a walk with Trafikkontoret only
printed "Deltagare: 1 organisation, 0 namngivna personer, 0 boende"."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports import walk_report
from samverkan_desktop.services import places, walk_editing, walk_route, walk_rows, walk_steps
from samverkan_desktop.services.contacts import OrganisationInput, create_organisation
from tests.core.test_walks_cli import needs_pdftotext


@needs_pdftotext
def test_the_participants_line_leaves_out_zero_counts(db: Database, tmp_path: Path) -> None:
    day = dt.date(2021, 4, 20)
    place = db.call(places.create_place, places.PlaceInput("Tessinparken"))
    walk_id = db.call(walk_editing.create_walk, walk_rows.WalkInput(place, day))
    org = db.call(create_organisation, OrganisationInput("Trafikkontoret"))
    db.call(walk_route.add_organisation, walk_id, org)
    db.call(walk_steps.mark_walked, walk_id, day)
    path = tmp_path / "rapport.pdf"
    path.write_bytes(db.call(walk_report.build, walk_id, day))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    facts = " ".join(text.split("Sammanfattning")[0].split())
    assert "Deltagare 1 organisation" in facts
    assert "0 namngivna" not in facts and "0 boende" not in facts
    assert "tisdag 20 april 2021 (v. 16)" in facts  # the day as the walk's tab writes it
