"""A group's meeting cycle for the follow-up tests (three meetings, an action raised at the first
due by the second) and the printed text of a meeting PDF."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.models import ActionSource
from samverkan_desktop.services import action_reading, actions, meetings
from samverkan_desktop.services.actions import ActionInput
from tests.core.meeting_data import at, make_group

FIRST, SECOND, THIRD = dt.date(2026, 10, 6), dt.date(2026, 11, 3), dt.date(2026, 12, 1)


def printed_text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "utskrift.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())  # a note wraps in its cell


def cycle(
    s: Session, days: tuple[dt.date, ...] = (FIRST, SECOND, THIRD)
) -> tuple[list[int], int, ActionInput, int]:
    """The meetings' ids, the action's id, its form and version."""
    group = make_group(s)
    ids = [
        meetings.add_meeting(s, group, meetings.MeetingInput(at(d, 9), at(d, 10), "Sal 2"))
        for d in days
    ]
    person = meetings.get_meeting(s, ids[0]).invitees[0].person_id
    data = ActionInput(
        "Belysning i gångtunneln",
        responsible_person_id=person,
        due_on=days[1],
        source_type=ActionSource.MEETING,
        source_id=ids[0],
    )
    action_id = actions.create_action(s, data, today=days[0])
    return ids, action_id, data, action_reading.get_action(s, action_id).version
