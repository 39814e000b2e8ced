"""The report to the district council of a period with nothing in it, in a register where
nobody is known to sign (no name in the settings, no group's contact): it still ends with a
block to sign, lines for the signature and the name; it ended without one and could not be
sent as it was. Its footer gives the period with a spaced dash, as its subtitle does."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.reports.council_report import build
from tests.core.test_alarms_reports import text_of

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


def test_an_empty_report_still_ends_with_lines_to_sign(db: Database, tmp_path: Path) -> None:
    with db.session() as s:
        pdf = build(s, dt.date(2026, 1, 1), dt.date(2026, 3, 31), dt.date(2026, 4, 2))
    lines = [" ".join(line.split()) for line in text_of(pdf, tmp_path).splitlines()]
    lines = [line for line in lines if line]
    assert (
        "Stadsdelsförvaltningen · 1 januari – 31 mars 2026 · torsdag 2 april 2026 (v. 14)" in lines
    )
    signature = lines.index("Underskrift " + "_" * 40)
    assert lines[signature - 1] == "Stadsdelsförvaltningen"  # under the administration
    assert lines[signature + 1] == "Namnförtydligande " + "_" * 40
    assert lines[-1] == "Anmälan till nämnden 2026-01-01 – 2026-03-31 Sida 1 av 1"  # the footer
