"""The collaboration structure and a group's member list, printed (read back with pdftotext as
a person reads them), from the command line too."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.reports import group_structure
from samverkan_desktop.services import group_editing, group_rows, groups
from tests.core.test_cli import run_cli

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)

TODAY = dt.date(2026, 12, 1)
# The example district laid out around TODAY too: around a later day (a run at 31 December) the
# council had held its 7 December meeting, and ending it on TODAY was refused.
pytestmark = pytest.mark.moment("2026-12-01T12:00")
PLACE = "Platssamverkan Stureplan/Östermalmstorg"


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "x.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def group_id(session, name: str) -> int:  # type: ignore[no-untyped-def]
    return next(g.id for g in groups.list_groups(session) if g.name == name)


def test_the_structure_names_the_agreement_and_the_groups_by_type_not_the_ended(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.session() as s:
        group_editing.end_group(s, group_id(s, "Chefsamråd trygghet"), TODAY, today=TODAY)
    with demo_db.session() as s:
        text = text_of(group_structure.build_structure(s, TODAY), tmp_path)
    words = " ".join(text.split())
    assert "Samverkansstruktur" in words
    assert "Östermalms stadsdelsförvaltning, dnr ÖST 2020/150" in words
    assert "Revidering var 12:e månad" in words
    # From the steering group down; the planned group says so.
    order = [words.index(h) for h in ("Styrgrupp (1)", "Beredningsgrupp (1)", "Arbetsgrupper (3)")]
    assert order == sorted(order)
    assert "Arbetsgrupp våldsbejakande extremism (planerad, startar" in words
    assert "Deltagare (7) Platsutvecklare (City i samverkan); kommunpolis" in words
    assert "driftchef (Stureplansgruppen)" in words
    assert "Chefsamråd trygghet" not in words
    assert "1 avslutad grupp visas inte." in words
    # Norrmalm's council (its "Kontaktperson sdf" works for Norrmalm) is Norrmalm's to list,
    # as the council report and the follow-up leave it out.
    assert "Norrmalms trygghets- och säkerhetsråd" not in words
    assert "Trygghetsråd (1) Trygghetsråd Östermalm" in words


def test_the_member_list_shows_how_to_reach_each_member_and_old_checks(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.session() as s:
        text = text_of(group_structure.build_members(s, group_id(s, PLACE), TODAY), tmp_path)
    words = " ".join(text.split())
    assert words.startswith(PLACE)
    assert "Medlemslista · Platssamverkan · per 1 december 2026 (v. 49)" in words
    assert "7 medlemmar" in words
    for shown in ("Camilla Rydén", "Driftchef", "08-440 57 30", "elin.strand@example.se"):
        assert shown in words
    assert "aldrig" in words  # Jonas Björk's details were never checked
    assert "äldre än 6 månader" in words


def test_both_print_from_the_command_line(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = str(demo_db.engine.url.render_as_string(hide_password=False))
    with demo_db.session() as s:
        place = group_id(s, PLACE)
    structure = tmp_path / "struktur.pdf"
    code, out, _err = run_cli(capsys, "--db", url, "print", "structure", "--out", str(structure))
    assert code == 0 and structure.read_bytes().startswith(b"%PDF")
    members = tmp_path / "medlemmar.pdf"
    code, _out, _err = run_cli(
        capsys, "--db", url, "print", "memberlist", str(place), "--out", str(members)
    )
    assert code == 0 and PLACE in text_of(members.read_bytes(), tmp_path)
    code, _out, err = run_cli(
        capsys, "--db", url, "print", "memberlist", "999", "--out", str(tmp_path / "x.pdf")
    )
    assert code != 0 and "Det finns ingen grupp med nummer 999." in err
    assert "Traceback" not in err


def test_a_group_just_created_and_an_empty_register_print_too(db: Database, tmp_path: Path) -> None:
    from samverkan_desktop.models import GroupType

    with db.session() as s:
        text = text_of(group_structure.build_structure(s, TODAY), tmp_path)
        assert "Inga grupper är registrerade." in text
        new = group_editing.create_group(s, group_rows.GroupInput("Tom grupp", GroupType.NATVERK))
        text = text_of(group_structure.build_members(s, new, TODAY), tmp_path)
    assert "Gruppen har inga medlemmar ännu." in text
    assert "0 medlemmar" in text
