"""The annual report's (VB 2025, the example district) "Krisberedskap" starts on page 2 under
the groups, where its heading and its plans' first rows fit: it went to page 3 and left a fifth
of page 2 empty (the room under the headings was counted without ReportLab's overlapping of a
heading's space after with the next one's space before)."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.reports.follow_up import build_follow_up
from tests.core.test_group_structure_printout import text_of


def _pages(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    pages = text_of(pdf, tmp_path).split("\f")
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]


@pytest.mark.moment("2026-12-06T12:00")
def test_crisis_preparedness_starts_where_its_heading_and_first_rows_fit(
    demo_db: Database, tmp_path: Path
) -> None:
    pages = _pages(demo_db.call(build_follow_up, FollowUpPeriod.VB, 2025), tmp_path)
    on = [number for number, page in enumerate(pages, 1) if "Krisberedskap" in page]
    assert on == [2]
    # Under its heading on that page: the plans' heading and the table's first rows.
    page = pages[1]
    below = page[page.index("Krisberedskap") + 1 :]
    assert below[0] == "Planer för krisberedskap"
    assert any(line.startswith("Kontinuitetsplan") for line in below)
    # The rest goes on at page 3's top under its heading again.
    assert pages[2][0] == "Planer för krisberedskap (forts.)"
