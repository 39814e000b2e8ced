"""Every printout whose subtitle names its day "per 2 december 2026 (v. 49)" keeps the phrase on
one line: after a long district name the line broke after "per", the day alone under it (the
action plan was mended alone; the follow-up, the structure and the crisis contacts still broke)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.reports import crisis_contacts, group_structure
from samverkan_desktop.reports.follow_up import build_follow_up
from tests.core.long_district_name import BASE, name_breaking, printout_lines, rename_district

TODAY = dt.date(2026, 12, 2)
AS_OF = "per 2 december 2026 (v. 49)"
# As the old code wrote it: the date and the week each held together, "per" free before them.
OLD_AS_OF = "per 2\xa0december\xa02026 (v.\xa049)"


# Each printout, and its subtitle as the old code wrote it around the district's name.
PRINTOUTS: dict[str, tuple[Callable[[Session], bytes], str]] = {
    "follow-up": (
        lambda s: build_follow_up(s, FollowUpPeriod.T2, 2026, TODAY),
        "{name} · 1 maj – 31 augusti 2026 · " + OLD_AS_OF,
    ),
    "structure": (lambda s: group_structure.build_structure(s, TODAY), "{name} · " + OLD_AS_OF),
    "crisis contacts": (lambda s: crisis_contacts.build(s, TODAY), "{name} · " + OLD_AS_OF),
}


def _ends_a_line_in_per(lines: list[str]) -> bool:
    return any(line.endswith(" per") for line in lines)


@pytest.mark.moment("2026-12-02T12:00")
@pytest.mark.parametrize("printout", sorted(PRINTOUTS))
def test_a_subtitle_never_leaves_per_at_a_lines_end(
    demo_db: Database, tmp_path: Path, printout: str
) -> None:
    build, subtitle = PRINTOUTS[printout]
    rename_district(demo_db, name_breaking(subtitle, _ends_a_line_in_per))
    lines = printout_lines(demo_db.call(build), tmp_path)
    # The subtitle: from under the title down to the line naming the week.
    last = next(i for i, line in enumerate(lines) if "(v. 49)" in line)
    shown = lines[1 : last + 1]
    assert BASE in shown[0]
    assert not any(line.endswith("per") for line in shown), shown
    assert shown[-1].endswith(AS_OF), shown
