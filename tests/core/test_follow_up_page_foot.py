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


@needs_pdftotext
def test_a_group_going_on_over_a_page_break_is_named_again(
    demo_db: Database, tmp_path: Path
) -> None:
    """The demo's VB report began page 2 with "Beslut" of no named group (the page before
    ended inside "Lokal beredningsgrupp Östermalm"): a group's part going on is headed with
    its name again, "Lokal beredningsgrupp Östermalm (forts.)"."""
    today = clock.today()
    parts = (*LABELS, "Vad har vi gjort", "Hur fortsätter vi", "Möte", "Åtgärd", "Plats")
    named = 0
    for year in (today.year - 1, today.year):
        for period in FollowUpPeriod:
            pdf = demo_db.call(build_follow_up, period, year, today)
            for page in _pages(pdf, tmp_path / "f.pdf")[1:]:
                if not page or page[0].startswith("Sida"):
                    continue
                # "Platssamverkan … (forts.)" is a group named again, not the "Plats" column.
                again = page[0].endswith("(forts.)")
                assert again or not page[0].startswith(parts), (period, year, page[:2])
                named += again
    assert named
