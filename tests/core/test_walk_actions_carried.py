"""Earlier walks' remedial actions in a report of a period (the council report): per place,
those open when the period ended and those done within it; the period's own walks tell theirs."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.enums import ActionSource
from samverkan_desktop.models import Observation, ObservationCategory, Place, Walk, WalkStatus
from samverkan_desktop.reports.council_report import build
from samverkan_desktop.services.walk_actions_carried import CarriedAtPlace, carried_walk_actions
from tests.core.test_follow_up import _action
from tests.core.test_group_structure_printout import text_of

IN_JANUARY = dt.date(2027, 1, 10)
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def _walk(session: Session, place: str, day: dt.date) -> tuple[ActionSource, int]:
    """A walk at ``place`` on ``day`` with one observation; the source for its actions."""
    spot = session.query(Place).filter_by(name=place).one_or_none()
    if spot is None:
        spot = Place(name=place)
        session.add(spot)
        session.flush()
    walk = Walk(place_id=spot.id, date=day, status=WalkStatus.WALKED)
    session.add(walk)
    session.flush()
    seen = Observation(
        walk_id=walk.id,
        location="Gången",
        category=ObservationCategory.LIGHTING,
        description="Mörkt",
    )
    session.add(seen)
    session.flush()
    return ActionSource.WALK_OBSERVATION, seen.id


def test_earlier_walks_actions_open_at_the_years_end_or_done_in_it(db: Database) -> None:
    with db.session() as s:
        park = _walk(s, "Tessinparken", dt.date(2025, 9, 23))
        _action(s, "Ny belysning", dt.date(2025, 9, 24), source=park)
        _action(s, "Gallra", dt.date(2025, 9, 24), source=park, done=dt.date(2027, 1, 3))
        _action(s, "Klotter", dt.date(2025, 9, 24), source=park, done=dt.date(2026, 6, 1))
        _action(s, "Skylt", dt.date(2025, 9, 24), source=park, done=dt.date(2025, 10, 1))
        for title in ("Ny skylt", "Ta bort klotter"):  # raised after the year
            _action(s, title, dt.date(2027, 1, 5), source=park)
        # Walked with every action closed before the year: not told.
        closed = _walk(s, "Lappis", dt.date(2024, 5, 1))
        _action(s, "Laga lampan", dt.date(2024, 5, 2), source=closed, done=dt.date(2024, 6, 1))
        # The year's own walk tells its actions itself.
        this_year = _walk(s, "Stureplan", dt.date(2026, 8, 31))
        _action(s, "Lastzoner", dt.date(2026, 8, 31), source=this_year)
    with db.session() as s:
        carried = carried_walk_actions(s, *YEAR, IN_JANUARY)
    # Open on 31 December: the lighting and the thinning done on 3 January.
    assert carried == (CarriedAtPlace("Tessinparken", 2, 1, dt.date(2025, 9, 23)),)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_council_report_tells_what_earlier_walks_left_open(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as s:
        park = _walk(s, "Tessinparken", dt.date(2025, 9, 23))
        _action(s, "Ny belysning", dt.date(2025, 9, 24), source=park)
        _action(s, "Gallra", dt.date(2025, 9, 24), source=park)
        _action(s, "Klotter", dt.date(2025, 9, 24), source=park, done=dt.date(2026, 6, 1))
        pdf = build(s, *YEAR, IN_JANUARY)
    words = " ".join(text_of(pdf, tmp_path).split())
    assert (
        "Trygghetsvandringar Åtgärder från tidigare vandringar, per 31 december 2026: • Tessinparken "
        "(sedan vandringen den 23 september 2025): 2 fortfarande öppna, 1 klar under perioden"
    ) in words
