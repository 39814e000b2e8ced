"""A printout's subtitle joins its parts by " · ", and each dot goes with the part after it:
after a long district name the council report's and the follow-up's subtitles ended a line in a
lone "·" ("… Östermalms stadsdelsförvaltning ·" over "1 januari – …")."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.reports import council_report, crisis_contacts
from samverkan_desktop.reports.follow_up import build_follow_up
from tests.core.long_district_name import BASE, name_breaking, printout_lines, rename_district

TODAY = dt.date(2026, 12, 2)  # a Wednesday
NB = "\xa0"

# Each printout, and its subtitle as the old code wrote it: its date phrases held whole, the
# parts joined by plain spaces around the dot.
PRINTOUTS: dict[str, tuple[Callable[[Session], bytes], str]] = {
    "council report": (
        lambda s: council_report.build(s, today=TODAY),
        f"{{name}} · 1{NB}januari{NB}–{NB}2{NB}december{NB}2026 · onsdag{NB}2{NB}december{NB}2026",
    ),
    "follow-up": (
        lambda s: build_follow_up(s, FollowUpPeriod.T2, 2026, TODAY),
        f"{{name}} · 1{NB}maj{NB}–{NB}31{NB}augusti{NB}2026 · per{NB}2{NB}december{NB}2026"
        f"{NB}(v.{NB}49)",
    ),
    "crisis contacts": (
        lambda s: crisis_contacts.build(s, TODAY),
        f"{{name}} · per{NB}2{NB}december{NB}2026{NB}(v.{NB}49)",
    ),
}


def _ends_a_line_in_a_dot(lines: list[str]) -> bool:
    return any(line.endswith("·") for line in lines[:-1])


@pytest.mark.moment("2026-12-02T12:00")
@pytest.mark.parametrize("printout", sorted(PRINTOUTS))
def test_a_subtitle_line_never_ends_in_a_dot(
    demo_db: Database, tmp_path: Path, printout: str
) -> None:
    build, subtitle = PRINTOUTS[printout]
    rename_district(demo_db, name_breaking(subtitle, _ends_a_line_in_a_dot))
    lines = printout_lines(demo_db.call(build), tmp_path)
    first = next(i for i, line in enumerate(lines) if line.startswith(BASE))
    shown = lines[first : first + 3]
    assert not any(line.endswith("·") for line in shown), shown
    assert any(line.startswith("· ") for line in shown[1:]), shown  # the dot went with the part
