"""Who answers for an action, in the printouts' narrow "Ansvarig" columns: the person's name on
a line of its own and the organisation under it in small type, as the evaluation report prints
it. Flat, "Maria Åkesson · Östermalms stadsdelsförvaltning" wrapped over two or three lines, the
"·" ending the first and the organisation as large as the name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.models import Action, ActionSource, Organisation
from samverkan_desktop.reports import actions_list, walk_checklist, walk_report
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.reports.follow_up import build_follow_up
from samverkan_desktop.services import (
    actions,
    meetings,
    places,
    walk_actions,
    walk_editing,
    walk_rows,
    walk_steps,
)
from samverkan_desktop.services.actions import ActionInput
from samverkan_desktop.services.follow_up import FollowUpPeriod
from tests.core.crisis_data import organisation, person
from tests.core.held_minutes import held_minutes_pdf
from tests.core.meeting_data import at, make_group
from tests.core.pdf_boxes import name_over_organisation
from tests.core.test_follow_up import _follow
from tests.core.test_walks_cli import needs_pdftotext

NAME = "Maria Åkesson"
DISTRICT = "Östermalms stadsdelsförvaltning"
DAY = dt.date(2026, 12, 3)


def _responsible(s: Session) -> int:
    """Maria, of the district (the example district's own, where it has one)."""
    district = s.scalar(select(Organisation.id).where(Organisation.name == DISTRICT))
    return person(s, NAME, organisation_id=district or organisation(s, DISTRICT))


def _meeting_action(s: Session) -> tuple[int, int]:
    """A group's two meetings, the first raising an action of Maria's: (first, second)."""
    group = make_group(s, "Arbetsgrupp särskilt utsatta brottsoffer")
    first, second = (
        meetings.add_meeting(s, group, meetings.MeetingInput(at(d, 13), at(d, 14), "Karlavägen"))
        for d in (DAY, DAY + dt.timedelta(days=28))
    )
    actions.create_action(
        s,
        ActionInput(
            "Samla erfarenheter av våld i nära relation från socialtjänsten",
            responsible_person_id=_responsible(s),
            due_on=DAY + dt.timedelta(days=20),
            source_type=ActionSource.MEETING,
            source_id=first,
        ),
        today=DAY,
    )
    return first, second


@needs_pdftotext
def test_the_actions_list(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        _meeting_action(s)
        pdf = actions_list.build(s, today=DAY)
    assert name_over_organisation(pdf, tmp_path, NAME, DISTRICT) == 1


@needs_pdftotext
def test_the_minutes_and_the_next_notice(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        first, second = _meeting_action(s)
        minutes, notice = held_minutes_pdf(s, first), agenda_pdf(s, second)
    assert name_over_organisation(minutes, tmp_path, NAME, DISTRICT) == 1  # raised there
    assert name_over_organisation(notice, tmp_path, NAME, DISTRICT) == 1  # followed up


@needs_pdftotext
def test_the_groups_follow_up(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        first, _second = _meeting_action(s)
        group = meetings.get_meeting(s, first).group_id
        _follow(s, group, t1=False, t2=False, vb=True)
        pdf = build_follow_up(s, FollowUpPeriod.VB, 2026, dt.date(2027, 1, 10))
    assert name_over_organisation(pdf, tmp_path, NAME, DISTRICT) == 1


@needs_pdftotext
def test_a_follow_up_walks_report_and_checklist(demo_db: Database, tmp_path: Path) -> None:
    """An earlier walk's action at the place, open, handed to a person of the district."""
    with demo_db.session() as s:
        place = next(p.id for p in places.list_places(s) if p.name == "Gyllenstiernsgatan")
        today = DAY + dt.timedelta(days=7)
        latest = walk_editing.create_walk(s, walk_rows.WalkInput(place, today))
        earlier = walk_actions.follow_up_actions(s, latest).still_open[0]
        action = s.get(Action, earlier.id)
        assert action is not None
        action.responsible_person_id = _responsible(s)
        action.responsible_organisation_id = None  # the person's own, as the rows show it
        s.flush()
        checklist = walk_checklist.build(s, latest, today)
        walk_steps.mark_walked(s, latest, today)
        report = walk_report.build(s, latest, today)
    assert name_over_organisation(checklist, tmp_path, NAME, DISTRICT) == 1
    assert name_over_organisation(report, tmp_path, NAME, DISTRICT) == 1
