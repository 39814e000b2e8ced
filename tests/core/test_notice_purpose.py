"""The notice opens with the group's purpose and goal, as the papers open a meeting ("Mål och
syfte"), on both roads that print it: the services (the window) and plain SQL (the command
line); a group without them prints neither heading."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import Group
from samverkan_desktop.notice_sqlite import read_notice
from samverkan_desktop.reports.agenda import agenda_pdf, build_agenda
from samverkan_desktop.services import meetings
from samverkan_desktop.services.meetings import MeetingInput
from tests.core.meeting_data import at, make_group

DAY = dt.date(2026, 12, 2)
PURPOSE = "Dela den lokala lägesbilden kring Stureplan."
GOAL = "Öka tryggheten för boende, besökare och verksamma."


def _text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "kallelse.pdf"
    path.write_bytes(pdf)
    run = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(run.stdout.split())


def _meeting(db: Database, purpose: str | None, goal: str | None) -> int:
    with db.session() as s:
        group_id = make_group(s)
        group = s.get(Group, group_id)
        assert group is not None
        group.purpose, group.goal = purpose, goal
        s.flush()
        data = MeetingInput(at(DAY, 13), at(DAY, 15), "Garnisonen", None, None)
        meeting_id = meetings.add_meeting(s, group_id, data)
        agenda_pdf(s, meeting_id)  # prepared, as when the window first opens it
        return meeting_id


def test_the_notice_says_what_the_group_is_for_on_both_roads(
    sqlite_db: Database, sqlite_url: str, tmp_path: Path
) -> None:
    meeting_id = _meeting(sqlite_db, PURPOSE, GOAL)
    with sqlite_db.session() as s:
        text = _text(agenda_pdf(s, meeting_id), tmp_path)
    assert f"Syfte {PURPOSE}" in text and f"Mål {GOAL}" in text
    assert text.index(PURPOSE) < text.index("Dagordning")
    plain = read_notice(sqlite_url, meeting_id)
    assert plain is not None and plain.group_purpose == PURPOSE and plain.group_goal == GOAL
    assert PURPOSE in _text(build_agenda(plain), tmp_path)


def test_a_group_without_purpose_or_goal_prints_neither(
    sqlite_db: Database, tmp_path: Path
) -> None:
    meeting_id = _meeting(sqlite_db, None, None)
    with sqlite_db.session() as s:
        text = _text(agenda_pdf(s, meeting_id), tmp_path)
    assert "Syfte" not in text and "Mål" not in text
