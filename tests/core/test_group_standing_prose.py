"""A planned group's start in the printouts reads as their prose does, "(planerad, startar 17
december 2026)" after its name in the structure and "Planerad, startar 17 december 2026" on its
member list, not "2026-12-17" among days written in words. The window and the command line's
groups list keep the ISO date of their other columns (test_group_standing)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.reports import group_structure
from samverkan_desktop.services import groups
from tests.core.test_group_structure_printout import group_id, text_of
from tests.core.test_walks_cli import needs_pdftotext

PLANNED = "Arbetsgrupp våldsbejakande extremism"  # the demo's group still to start
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december")  # fmt: skip


def _in_words(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


@needs_pdftotext
def test_a_planned_groups_start_is_printed_in_words(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as s:
        group = group_id(s, PLANNED)
        start = groups.get_group(s, group).starts_on
        assert start is not None and start > clock.today()
        structure = " ".join(text_of(group_structure.build_structure(s), tmp_path).split())
        members = " ".join(text_of(group_structure.build_members(s, group), tmp_path).split())
    assert f"{PLANNED} (planerad, startar {_in_words(start)})" in structure
    assert f"Status Planerad, startar {_in_words(start)}" in members
    assert start.isoformat() not in structure + members
