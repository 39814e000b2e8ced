"""The annual follow-up's open lessons print who answers for each as the evaluation report does:
the person on a line of their own, the organisation in small type under it. "Per Almgren ·
Östermalms stadsdelsförvaltning" took three lines of the narrow column, the "·" ending the first
and the organisation as large as the name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports.follow_up import build_follow_up
from samverkan_desktop.services.follow_up import FollowUpPeriod
from tests.core.crisis_data import organisation, person
from tests.core.meeting_data import make_group
from tests.core.pdf_boxes import name_over_organisation
from tests.core.test_follow_up import _follow
from tests.core.test_follow_up_vb_year import IN_JANUARY, _held, _lesson
from tests.core.test_walks_cli import needs_pdftotext


@needs_pdftotext
def test_an_open_lessons_responsible_is_the_person_over_the_organisation(
    db: Database, tmp_path: Path
) -> None:
    with db.session() as s:
        _follow(s, make_group(s, "Lokal beredningsgrupp"), t1=False, t2=False, vb=True)
        district = organisation(s, "Östermalms stadsdelsförvaltning")
        who = person(s, "Per Almgren", organisation_id=district)
        exercise_id = _held(s, "Strömavbrott", dt.date(2026, 2, 17), None)
        _lesson(s, exercise_id, "Reservrutin saknas", who, dt.date(2026, 12, 1))
    with db.session() as s:
        pdf = build_follow_up(s, FollowUpPeriod.VB, 2026, IN_JANUARY)
    assert name_over_organisation(pdf, tmp_path, "Per Almgren", "Östermalms stadsdelsförvaltning")
