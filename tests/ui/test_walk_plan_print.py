"""Trygghetsvandringar → 'Årets vandringsplan…' asks for the year (this year, or the year the
walks list shows) and opens the preview of that year's plan; Platser, listed by a priority year,
marks a prioritised place without a walk that year. Nothing showed which places had no walk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.core.test_walks_cli import needs_pdftotext, pdf_text
from tests.ui.clicks import click_button
from tests.ui.tables import column_texts, row_texts
from tests.ui.windows import show_window, shown_windows, wait_for_preview
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.walks.plan_print import WalkPlanDialog

PLAN_ENTRY = "Årets vandringsplan…"


def _dialog(qtbot: QtBot) -> WalkPlanDialog:
    qtbot.waitUntil(lambda: bool(shown_windows(WalkPlanDialog)))
    return shown_windows(WalkPlanDialog)[-1]


@needs_pdftotext
def test_the_plan_entry_previews_the_year_chosen(
    qtbot: QtBot, demo_ctx: AppContext, tmp_path: Path
) -> None:
    area = show_window(qtbot, WalksArea(demo_ctx), 1280, 800)
    click_button(qtbot, area.walks_page.toolbar, PLAN_ENTRY)
    dialog = _dialog(qtbot)
    assert dialog.year.value() == clock.today().year  # no year in the list's filter
    dialog.year.selectAll()
    qtbot.keyClicks(dialog.year, "2021")  # the year of the report to the council
    click_button(qtbot, dialog, "Förhandsgranska")
    preview = wait_for_preview(qtbot)
    assert preview.windowTitle() == "Trygghetsvandringar 2021: plan och utfall"
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(preview.pdf)
    text = " ".join(pdf_text(pdf).split())
    assert "3 platser prioriterade för 2021. Alla har en vandring." in text
    assert "1. Gyllenstiernsgatan" in text and "2. Tessinparken" in text
    assert "3. Universitetet–Lappis" in text
    preview.close()

    # The list narrowed to a year: the plan starts at that year.
    page = area.walks_page
    page.year_filter.setCurrentIndex(page.year_filter.findData(2021))
    click_button(qtbot, page.toolbar, PLAN_ENTRY)
    dialog = _dialog(qtbot)
    assert dialog.year.value() == 2021
    qtbot.keyClick(dialog.year, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_places_listed_by_a_year_mark_those_without_a_walk(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area = show_window(qtbot, WalksArea(demo_ctx), 1280, 800)
    area.tabs.setCurrentWidget(area.places_page)
    page = area.places_page
    this_year = clock.today().year
    # The demo prioritises Tessinparken this year without a walk there.
    page.year_filter.setCurrentIndex(page.year_filter.findData(this_year))
    qtbot.waitUntil(lambda: "Tessinparken" in column_texts(page.table, "Plats"))
    assert row_texts(page.table, "Tessinparken")["Prioriterad"].endswith(
        "· Ingen vandring planerad"
    )
    page.year_filter.setCurrentIndex(page.year_filter.findData(2021))  # each walked in 2021
    qtbot.waitUntil(lambda: "Universitetet–Lappis" in column_texts(page.table, "Plats"))
    assert all("Ingen vandring" not in t for t in column_texts(page.table, "Prioriterad"))
    page.year_filter.setCurrentIndex(0)  # all places: no year to lack a walk in
    assert all("Ingen vandring" not in t for t in column_texts(page.table, "Prioriterad"))
