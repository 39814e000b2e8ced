"""A follow-up walk's report: 'Avslutat sedan dess' and 'Fortfarande öppet' read as one table,
each column under the same column of the other (they had their own widths, and the status
stood where the other table had a date)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import ActionStatus
from samverkan_desktop.reports import walk_report
from samverkan_desktop.services import (
    actions,
    places,
    walk_actions,
    walk_editing,
    walk_rows,
    walk_steps,
)

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>')


def _words(pdf: bytes, tmp_path: Path) -> list[tuple[float, float, str]]:
    """Each word of the report with where it starts: (y, x, text)."""
    path = tmp_path / "rapport.pdf"
    path.write_bytes(pdf)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [(float(y), float(x), text) for x, y, text in WORD.findall(html)]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_closed_since_and_still_open_share_their_columns(demo_db: Database, tmp_path: Path) -> None:
    today = clock.today()
    place = next(p.id for p in demo_db.call(places.list_places) if p.name == "Gyllenstiernsgatan")
    latest = demo_db.call(walk_editing.create_walk, walk_rows.WalkInput(place, today))
    demo_db.call(walk_steps.mark_walked, latest, today)
    # One of the earlier walk's open actions done: both tables have a row.
    still_open = demo_db.call(walk_actions.follow_up_actions, latest).still_open
    assert len(still_open) > 1
    demo_db.call(actions.set_action_status, still_open[0].id, ActionStatus.DONE)

    words = _words(demo_db.call(walk_report.build, latest, today), tmp_path)
    heads = sorted((y, x, text) for y, x, text in words if text == "Åtgärd")
    assert len(heads) == 2  # the two tables' header rows
    rows = [[(x, text) for y, x, text in words if abs(y - head[0]) < 1] for head in heads]
    closed = [x for x, _text in rows[0]]
    assert [t for _x, t in rows[0]] == ["Åtgärd", "Ansvarig", "Vandring", "Avslutad", "Status"]
    assert [t for _x, t in rows[1]] == [
        "Åtgärd",
        "Ansvarig",
        "Vandring",
        "Klart",
        "senast",
        "Status",
    ]
    open_ = [x for x, t in rows[1] if t != "senast"]
    assert closed == pytest.approx(open_, abs=0.5)
