"""Every printout whose subtitle names its day "per 2 december 2026 (v. 49)" keeps the phrase on
one line: after a long district name the line broke after "per", the day alone under it (the
action plan was mended alone; the follow-up, the structure and the crisis contacts still broke)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.models import Organisation, OrganisationKind
from samverkan_desktop.reports import crisis_contacts, group_structure
from samverkan_desktop.reports.follow_up import build_follow_up
from samverkan_desktop.reports.page_look import MARGIN_X, PAGE_SIZE
from samverkan_desktop.reports.style import STYLES, wrap_words
from tests.core.test_group_structure_printout import text_of

TODAY = dt.date(2026, 12, 2)
AS_OF = "per 2 december 2026 (v. 49)"
# As the old code wrote it: the date and the week each held together, "per" free before them.
OLD_AS_OF = "per 2\xa0december\xa02026 (v.\xa049)"
BASE = "Stadsdelsförvaltningen"
MORE = " för Östermalm med Norra Djurgårdsstaden, Hjorthagen, Ladugårdsgärdet och Frihamnen"


# Each printout, and its subtitle as the old code wrote it around the district's name.
PRINTOUTS: dict[str, tuple[Callable[[Session], bytes], str]] = {
    "follow-up": (
        lambda s: build_follow_up(s, FollowUpPeriod.T2, 2026, TODAY),
        "{name} · 1 maj – 31 augusti 2026 · " + OLD_AS_OF,
    ),
    "structure": (lambda s: group_structure.build_structure(s, TODAY), "{name} · " + OLD_AS_OF),
    "crisis contacts": (lambda s: crisis_contacts.build(s, TODAY), "{name} · " + OLD_AS_OF),
}


def _name_breaking_after_per(subtitle: str) -> str:
    """The district's name that, as the old subtitle's words were laid out, ends a line in
    "per"."""
    room = PAGE_SIZE[0] - 2 * MARGIN_X
    for end in range(len(MORE) + 1):
        name = (BASE + MORE[:end]).rstrip(" ,")
        lines = wrap_words(subtitle.format(name=name).split(" "), STYLES["subtitle"], room)
        if lines and any(line.endswith(" per") for line in lines):
            return name
    raise AssertionError("no name length breaks this subtitle after 'per'")


def _rename_district(db: Database, name: str) -> None:
    def rename(s: Session) -> None:
        district = s.scalars(
            select(Organisation)
            .where(Organisation.kind == OrganisationKind.DISTRICT)
            .order_by(Organisation.id)
        ).first()
        assert district is not None
        district.name = name

    db.call(rename)


@pytest.mark.moment("2026-12-02T12:00")
@pytest.mark.parametrize("printout", sorted(PRINTOUTS))
def test_a_subtitle_never_leaves_per_at_a_lines_end(
    demo_db: Database, tmp_path: Path, printout: str
) -> None:
    build, subtitle = PRINTOUTS[printout]
    name = _name_breaking_after_per(subtitle)
    _rename_district(demo_db, name)
    lines = [line.strip() for line in text_of(demo_db.call(build), tmp_path).splitlines()]
    lines = [line for line in lines if line]
    # The subtitle: from under the title down to the line naming the week.
    last = next(i for i, line in enumerate(lines) if "(v. 49)" in line)
    shown = lines[1 : last + 1]
    assert BASE in shown[0]
    assert not any(line.endswith("per") for line in shown), shown
    assert shown[-1].endswith(AS_OF), shown
