"""The walk report names the follow-up walk planned at the place, with its date: the police and
the residents reading the report of the demo's 2021 walk at Gyllenstiernsgatan read
'Uppföljning planerad' and not when."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop import demo
from samverkan_desktop.db import Database
from samverkan_desktop.formatting import long_date
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.reports import walk_report
from samverkan_desktop.services import walks as walk_service


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_report_names_the_planned_follow_up(sqlite_db: Database, tmp_path: Path) -> None:
    sqlite_db.call(demo.load)
    walk = next(
        w
        for w in sqlite_db.call(walk_service.list_walks)
        if w.status is WalkStatus.FOLLOW_UP_PLANNED
    )
    later = sqlite_db.call(walk_service.get_walk, walk.id).follow_ups[0]
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(sqlite_db.call(walk_report.build, walk.id))
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Uppföljande vandring" in text
    assert long_date(later.date) in text
