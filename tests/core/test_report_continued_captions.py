"""A table going on over a page break goes on under what it belongs to, not under all its
heading holds: the notice's open actions under "1. Uppföljning av åtgärder (forts.)", not under
the item's start time ("09.00 1. … (forts.)" read as another item at nine); a structure card
under its group's name, not its status ("… (planerad, startar 2026-12-17) (forts.)")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.models import ActionSource
from samverkan_desktop.reports import group_structure
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.services import (
    actions,
    agenda,
    contacts,
    groups,
    meetings,
    membership_changes,
)
from samverkan_desktop.services.actions import ActionInput
from tests.core.meeting_data import at, make_group
from tests.core.test_report_continued_tables import page_lines
from tests.core.test_walks_cli import needs_pdftotext

FIRST, SECOND = dt.date(2026, 9, 8), dt.date(2026, 11, 3)


def _captions(pages: list[list[str]]) -> list[str]:
    return [line for page in pages for line in page if "(forts.)" in line]


@needs_pdftotext
def test_the_notices_open_actions_go_on_under_the_item_without_its_time(
    sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.session() as s:
        group = make_group(s, members=("Anna Berglund", "Sara Holm"))
        first, second = (
            meetings.add_meeting(s, group, meetings.MeetingInput(at(d, 9), at(d, 10, 30), "Sal 2"))
            for d in (FIRST, SECOND)
        )
        item = meetings.get_meeting(s, second).agenda[0]
        agenda.update_agenda_item(s, item.id, item.title, minutes=20)  # the agenda gets times
        sara = meetings.get_meeting(s, first).invitees[1].person_id
        for n in range(1, 41):
            actions.create_action(
                s,
                ActionInput(
                    f"Åtgärd nummer {n} om belysningen vid Hötorget",
                    responsible_person_id=sara,
                    source_type=ActionSource.MEETING,
                    source_id=first,
                ),
                today=FIRST,
            )
        pages = page_lines(agenda_pdf(s, second), tmp_path)
    assert "09.00 1. Uppföljning av åtgärder" in pages[0]  # the item's heading keeps its time
    assert pages[1][0] == "1. Uppföljning av åtgärder (forts.)"
    assert _captions(pages) == ["1. Uppföljning av åtgärder (forts.)"]


@needs_pdftotext
def test_a_planned_groups_card_goes_on_under_its_name_without_its_status(
    demo_db: Database, tmp_path: Path
) -> None:
    name = "Arbetsgrupp våldsbejakande extremism"  # the demo's group still to start
    with demo_db.session() as s:
        group = next(g.id for g in groups.list_groups(s) if g.name == name)
        for n in range(90):  # a card longer than a page: an organisation each
            organisation = contacts.create_organisation(
                s, contacts.OrganisationInput(f"Förening nummer {n} i Östermalm")
            )
            person = contacts.create_person(
                s, contacts.PersonInput(f"Deltagare {n}", "Ordförande", organisation)
            )
            membership_changes.add_member(s, group, person)
        pages = page_lines(group_structure.build_structure(s), tmp_path)
    lines = [line for page in pages for line in page]
    assert any(line.startswith(f"{name} (planerad, startar ") for line in lines)  # its status
    assert f"{name} (forts.)" in _captions(pages)
    assert not any(line.startswith(f"{name} (planerad") for line in _captions(pages))
