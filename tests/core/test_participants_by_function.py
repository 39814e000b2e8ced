"""The structure appendix and the council report name who takes part by function, as the
agreement defines its groups ("Befattning (organisation)"), not "Östermalms
stadsdelsförvaltning (2)": one part per organisation, a title held by several once."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import MemberRole
from samverkan_desktop.reports import council_report, group_structure
from samverkan_desktop.reports.participants import by_function
from samverkan_desktop.services.group_rows import MemberRow
from tests.core.test_group_structure_printout import text_of

VICTIMS = (
    "Deltagare (5) Trygghets- och säkerhetssamordnare, sekreterare pensionärs- och "
    "funktionshinderråden, verksamhetsutvecklare ×2 (Östermalms stadsdelsförvaltning); "
    "kommunpolis (Lokalpolisområde Norrmalm)"
)


def _member(n: int, title: str | None, organisation: str | None) -> MemberRow:
    return MemberRow(n, n, f"Person {n}", title, organisation, None, None, MemberRole.MEMBER)


def test_a_group_of_fifteen_reads_in_a_few_parts() -> None:
    members = [
        _member(1, "Stadsdelsdirektör", "Östermalms stadsdelsförvaltning"),
        *(_member(n, "Fältassistent", "Östermalms stadsdelsförvaltning") for n in range(2, 6)),
        _member(6, None, "Östermalms stadsdelsförvaltning"),
        *(_member(n, "Kommunpolis", "Lokalpolisområde Norrmalm") for n in range(7, 10)),
        _member(10, "IT-samordnare", "Lokalpolisområde Norrmalm"),
        *(_member(n, None, "Sturegallerian") for n in range(11, 13)),
        *(_member(n, "Rektor", None) for n in range(13, 16)),
    ]
    assert by_function(members) == (
        "Stadsdelsdirektör, fältassistent ×4 och 1 till (Östermalms stadsdelsförvaltning); "
        "kommunpolis ×3, IT-samordnare (Lokalpolisområde Norrmalm); "
        "rektor ×3 (Ingen organisation); Sturegallerian (2)"
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_structure_and_the_council_report_say_who_by_function(
    demo_db: Database, tmp_path: Path
) -> None:
    today = clock.today()
    with demo_db.session() as s:
        structure = " ".join(text_of(group_structure.build_structure(s, today), tmp_path).split())
        council = " ".join(
            text_of(
                council_report.build(s, dt.date(today.year, 1, 1), today, today), tmp_path
            ).split()
        )
    assert VICTIMS in structure
    assert "Deltar " + VICTIMS.removeprefix("Deltagare (5) ") in council
    assert "Östermalms stadsdelsförvaltning (" not in structure + council
    # Those taking part with no named person follow, in the council report's one line.
    assert "förvaltare (Östermalmshallen); MTR Tunnelbanan – vid behov" in council
