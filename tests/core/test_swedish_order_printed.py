"""Printouts list organisations in Swedish order too: a walk report's participants and a
group's members by organisation ("Zetterberg, Åberg, Ängby, Öberg", "Éva" beside "eva"). They
sorted in code-point order, Ä before Å and "Éva" after "Öberg"."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.enums import GroupType
from samverkan_desktop.reports import walk_report
from samverkan_desktop.services import (
    contacts,
    group_editing,
    group_rows,
    membership_changes,
    places,
    walk_editing,
    walk_route,
    walk_rows,
    walk_steps,
)
from tests.core.test_cli import run_cli
from tests.core.test_walks_cli import needs_pdftotext

SWEDISH = ["Adam", "eva", "Éva", "Zetterberg", "Åberg", "Ängby", "Öberg"]
SHUFFLED = ["Öberg", "Éva", "Zetterberg", "Ängby", "Adam", "Åberg", "eva"]


def _in_order(text: str, names: list[str]) -> list[str]:
    return sorted(names, key=text.index)


@needs_pdftotext
def test_the_walk_reports_participants_come_in_swedish_order(db: Database, tmp_path: Path) -> None:
    day = dt.date(2026, 4, 20)
    place = db.call(places.create_place, places.PlaceInput("Tessinparken"))
    walk_id = db.call(walk_editing.create_walk, walk_rows.WalkInput(place, day))
    for name in SHUFFLED:
        org = db.call(
            contacts.create_organisation, contacts.OrganisationInput(f"{name} Fastigheter")
        )
        db.call(walk_route.add_organisation, walk_id, org)
    db.call(walk_steps.mark_walked, walk_id, day)
    path = tmp_path / "rapport.pdf"
    path.write_bytes(db.call(walk_report.build, walk_id, day))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    organisations = [f"{name} Fastigheter" for name in SWEDISH]
    assert _in_order(text, organisations) == organisations


def test_a_groups_members_by_organisation_come_in_swedish_order(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session() as s:
        group_id = group_editing.create_group(
            s, group_rows.GroupInput("Trygghetsrådet", GroupType.TRYGGHETSRAD)
        )
        for n, name in enumerate(SHUFFLED):
            org = contacts.create_organisation(s, contacts.OrganisationInput(name))
            person = contacts.create_person(
                s, contacts.PersonInput(f"Person {n}", organisation_id=org)
            )
            membership_changes.add_member(s, group_id, person)
    code, out, err = run_cli(capsys, "--db", db.url, "groups", "show", str(group_id))
    assert (code, err) == (0, "")
    members = next(line for line in out.splitlines() if line.startswith("Medlemmar"))
    assert (
        members.split(":", 1)[1].split()
        == " ".join(f"{n} (1)," for n in SWEDISH).rstrip(",").split()
    )
