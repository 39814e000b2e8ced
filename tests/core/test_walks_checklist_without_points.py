"""The blank checklist of a walk planned without a checklist does not tell the walkers to rate
each point by ticking a box (0 = dåligt … 3 = bra): it has no points and no boxes, only lines to
write what is seen and where."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.reports import walk_checklist
from samverkan_desktop.services import places, walk_editing
from samverkan_desktop.services.walk_rows import WalkInput


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "lista.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_a_checklist_without_points_asks_for_no_ticks(sqlite_db: Database, tmp_path: Path) -> None:
    place = sqlite_db.call(places.create_place, places.PlaceInput("Stureplan"))
    walk = sqlite_db.call(
        walk_editing.create_walk,
        WalkInput(place, dt.date(2027, 3, 3), checklist_template_id=None),
    )
    text = " ".join(_text(sqlite_db.call(walk_checklist.build, walk), tmp_path).split())
    assert "Skriv vid varje stopp vad du ser och var" in text
    assert "kryssa" not in text
    assert "0 = dåligt" not in text
