"""Kris och övningar → Planer, plan after plan: the version history reads "Årlig revidering."
whole beside the attached files at 1024 × 768, its scroll bar shown or not (half the width each
cut it to "Årlig revideri…" beside the scroll bar), and neither list scrolls sideways: the
files leave out their size and version where they do not fit, their date reads whole. At
1440 × 900 the files show every column."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import plan_attachments
from tests.ui.cell_room import cut_cells
from tests.ui.openers import crisis_tab
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import settle
from ui.context import AppContext

EVERY_FILE_COLUMN = ["Fil", "Version", "Tillagd", "Storlek"]


@pytest.mark.parametrize(
    ("size", "least_file_columns"),
    [((1024, 768), ["Fil", "Tillagd"]), ((1440, 900), EVERY_FILE_COLUMN)],
)
def test_the_version_history_reads_whole_beside_the_files(
    qtbot: QtBot,
    demo_ctx: AppContext,
    tmp_path: Path,
    size: tuple[int, int],
    least_file_columns: list[str],
) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", *size)
    page = area.plans_page
    qtbot.waitUntil(lambda: page.table.model().rowCount() > 0)
    names = column_texts(page.table, "Namn")
    document = tmp_path / "Krisledningsplan_2025_antagen.pdf"
    document.write_bytes(b"%PDF-1.4\n" * 2000)
    for plan in page.table.rows():  # a file for every plan: its date has to read whole
        demo_ctx.call(plan_attachments.attach_file, plan.id, document, tmp_path / "data")
    page.reload()
    click_row(qtbot, page.table, names[0])
    history, files = page.detail.versions, page.detail.files
    annual = 0
    for number, name in enumerate(names):
        if number:  # down the register by keyboard, as one reads plan after plan
            qtbot.keyClick(page.table, Qt.Key.Key_Down)
        settle(qtbot)
        assert page.detail.title.text() == name
        notes = [history.model().index(r, 2).data() for r in range(history.model().rowCount())]
        annual += notes.count("Årlig revidering.")
        assert "Årlig revidering." not in cut_cells(history, "Ändringar"), name
        assert not history.horizontalScrollBar().isVisible(), name
        assert not files.horizontalScrollBar().isVisible(), name
        header = files.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        titles = [files.model().headerData(c, Qt.Orientation.Horizontal) for c in shown]
        assert set(least_file_columns) <= set(titles), name
        assert cut_cells(files, "Tillagd") == [], name
    assert annual > 0
