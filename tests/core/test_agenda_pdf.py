"""The notice and agenda as a coordinator prints it: a long list of open actions starts under
its agenda item on the first page and goes on, with its header, on the next; every action,
its responsible, due date and overdue status are there; short cells and wrapped ones alike."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import ActionSource, ActionStatus
from samverkan_desktop.reports.agenda import agenda_pdf
from samverkan_desktop.services import actions, meetings
from samverkan_desktop.services.actions import ActionInput
from tests.core.meeting_data import at, make_group

FIRST, SECOND = dt.date(2026, 9, 8), dt.date(2026, 11, 3)


def _pages(pdf: bytes, tmp_path: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "kallelse.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")


def test_a_long_list_of_open_actions_starts_on_the_first_page(
    sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.session() as s:
        group = make_group(s, members=("Anna Berglund", "Sara Holm"))
        first, second = (
            meetings.add_meeting(s, group, meetings.MeetingInput(at(d, 9), at(d, 10, 30), "Sal 2"))
            for d in (FIRST, SECOND)
        )
        sara = meetings.get_meeting(s, first).invitees[1].person_id
        for n in range(1, 31):
            action = actions.create_action(
                s,
                ActionInput(
                    f"Åtgärd nummer {n} om belysningen vid Hötorget & tunnelbanans uppgång",
                    responsible_person_id=sara,
                    due_on=dt.date(2026, 10, 1) if n % 2 else None,
                    source_type=ActionSource.MEETING,
                    source_id=first,
                ),
                today=FIRST,
            )
            if n % 3 == 0:
                actions.set_action_status(
                    s, action, ActionStatus.IN_PROGRESS, on=FIRST, note="Beställt."
                )
        pdf = agenda_pdf(s, second)
    pages = _pages(pdf, tmp_path)
    assert "1. Uppföljning av åtgärder" in pages[0]
    assert "Åtgärd nummer 1 om belysningen" in pages[0]  # under its heading, not a page later
    assert "Ansvarig" in pages[1] and "Klart senast" in pages[1]  # the header goes on
    text = "\n".join(pages)
    for n in range(1, 31):
        assert f"Åtgärd nummer {n} om" in text
    assert "Hötorget &" in text  # plain cells draw user text as it is, markup-free
    assert "2026-10-01" in text and "försenad" in text  # due and overdue
    # The state and "försenad" are joined by "·" as the walk and action printouts join them.
    assert "Öppen ·" in text and "Pågår ·" in text
    assert "Öppen –" not in text and "Pågår –" not in text
    assert "2026-09-08: Beställt." in text  # the latest note under an action
    assert "Sara Holm" in text


def test_the_notice_holds_everything_the_agenda_shows(db: Database) -> None:
    """get_notice skips only what the notice never prints (decisions, this meeting's own
    actions, its neighbours and the group's standing after it, whether it has minutes); the
    rest is get_meeting's, field for field."""
    with db.session() as s:
        group = make_group(s, members=("Anna Berglund", "Sara Holm"))
        first, second, third = (
            meetings.add_meeting(s, group, meetings.MeetingInput(at(d, 9), at(d, 10, 30), "Sal 2"))
            for d in (FIRST, SECOND, dt.date(2026, 12, 1))
        )
        sara = meetings.get_meeting(s, first).invitees[1].person_id
        for source in (first, second):
            actions.create_action(
                s,
                ActionInput(
                    f"Belysning {source}",
                    responsible_person_id=sara,
                    source_type=ActionSource.MEETING,
                    source_id=source,
                ),
                today=FIRST if source == first else SECOND,
            )
    with db.session() as s:
        full = meetings.get_meeting(s, second)
        notice = meetings.get_notice(s, second)
    assert full.actions and full.previous_meeting and full.next_meeting  # there is more
    assert notice == dataclasses.replace(
        full,
        decisions=(),
        actions=(),
        previous_meeting=None,
        next_meeting=None,
        has_minutes=False,
        group_after=None,  # with the next meeting: what the minutes say when there is none
        group_term_until=None,
    )
    assert [a.title for a in notice.carried_actions] == [f"Belysning {first}"]


@pytest.mark.parametrize(
    "shape", ["80 lines of notes", "one 5,000-character note", "20 decisions", "long decision"]
)
def test_long_minutes_flow_onto_more_pages(sqlite_db: Database, tmp_path: Path, shape: str) -> None:
    """The minutes of a real meeting run to several pages. A paragraph that found no room at a
    page's foot lost its laid-out lines in ReportLab, and the reports' layout cache then
    answered for lines that were gone ('Para' object has no attribute 'blPara')."""
    from samverkan_desktop.services import agenda
    from tests.core.held_minutes import held_minutes_pdf

    with sqlite_db.session() as s:
        group = make_group(s, members=("Anna Berglund", "Sara Holm"))
        meeting = meetings.add_meeting(
            s, group, meetings.MeetingInput(at(FIRST, 9), at(FIRST, 10, 30), "Sal 2")
        )
        item = agenda.add_agenda_item(s, meeting, "Laget runt")
        lines = [f"Organisation {n}: allt lugnt, inga särskilda händelser." for n in range(80)]
        if shape == "80 lines of notes":
            agenda.record_minutes(s, item, "\n".join(lines))
        elif shape == "one 5,000-character note":
            agenda.record_minutes(s, item, "Lång anteckning om läget i området. " * 140)
        elif shape == "20 decisions":
            for n in range(20):
                agenda.add_decision(s, meeting, f"Beslut nummer {n}: " + "att gå vidare. " * 8)
        else:
            agenda.add_decision(s, meeting, "Ett långt beslut om belysningen. " * 118)
        pdf = held_minutes_pdf(s, meeting)
    pages = _pages(pdf, tmp_path)
    assert len([page for page in pages if page.strip()]) >= 2
    text = " ".join(" ".join(pages).split())
    if shape == "80 lines of notes":
        assert "Organisation 0:" in text and "Organisation 79:" in text
    elif shape == "20 decisions":
        assert "Beslut nummer 0:" in text and "Beslut nummer 19:" in text
