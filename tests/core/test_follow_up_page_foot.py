"""The follow-up's "Beslut" and "Åtgärder" labels never stand alone at a page's foot with their
table on the next page (the demo's VB report ended its first page with "Åtgärder")."""

from __future__ import annotations

from pathlib import Path

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.reports.follow_up import build_follow_up
from samverkan_desktop.services.follow_up import FollowUpPeriod
from tests.core.test_walks_cli import needs_pdftotext
from tests.core.test_walks_report_page_foot import _pages

LABELS = {"Beslut", "Åtgärder", "Trygghetsvandringar på gruppens platser"}


@needs_pdftotext
def test_a_table_s_label_never_ends_a_page(demo_db: Database, tmp_path: Path) -> None:
    today = clock.today()
    for year in (today.year - 1, today.year):
        for period in FollowUpPeriod:
            pdf = demo_db.call(build_follow_up, period, year, today)
            pages = _pages(pdf, tmp_path / "f.pdf")
            page_ends = {page[-2] for page in pages if len(page) > 1}  # above the footer
            assert not LABELS & page_ends, (period, year, page_ends)
