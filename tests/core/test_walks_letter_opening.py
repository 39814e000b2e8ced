"""A letter from a walk without participants recorded opens with a whole sentence: it read
"... vid Karlaplan tillsammans med . Vi gick rutten ..."."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports import walk_letter
from samverkan_desktop.services import contacts, places, walk_actions, walk_records, walk_steps
from samverkan_desktop.services import walks as walk_service
from tests.core.test_walks_cli import needs_pdftotext


@needs_pdftotext
def test_a_letter_from_a_walk_without_participants(db: Database, tmp_path: Path) -> None:
    day = dt.date(2026, 3, 10)
    place = db.call(places.create_place, places.PlaceInput("Karlaplan"))
    organiser = db.call(contacts.create_person, contacts.PersonInput("Anna Berglund"))
    walk_id = db.call(
        walk_service.create_walk, walk_service.WalkInput(place, day, organiser_id=organiser)
    )
    db.call(walk_steps.mark_walked, walk_id, day)
    owner = db.call(contacts.create_organisation, contacts.OrganisationInput("Trafikkontoret"))
    seen = db.call(
        walk_records.add_observation,
        walk_id,
        walk_records.ObservationInput(
            "Mörkt vid fontänen", location="Fontänen", responsible_organisation_id=owner
        ),
    )
    db.call(
        walk_actions.raise_action,
        seen,
        walk_actions.WalkActionInput("Byt lampor", owner),
        day,
    )
    path = tmp_path / "brev.pdf"
    path.write_bytes(db.call(walk_letter.build, walk_id, owner, day))
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Den 10 mars 2026 genomförde vi en trygghetsvandring vid Karlaplan. Vi gick" in text
    assert "tillsammans med" not in text
