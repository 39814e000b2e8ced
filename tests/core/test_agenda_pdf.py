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
    assert "2026-09-08: Beställt." in text  # the latest note under an action
    assert "Sara Holm" in text


def test_the_notice_holds_everything_the_agenda_shows(db: Database) -> None:
    """get_notice skips only what the notice never prints (decisions, this meeting's own
    actions, its neighbours, whether it has minutes); the rest is get_meeting's, field for
    field."""
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
        full, decisions=(), actions=(), previous_meeting=None, next_meeting=None, has_minutes=False
    )
    assert [a.title for a in notice.carried_actions] == [f"Belysning {first}"]
