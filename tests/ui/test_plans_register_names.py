"""The plans register gives a plan's name the room, not its kind: shared equally, a 1280 px
window cut "Krisledningsplan Östermalms stadsdelsför…" beside a whole "Krisledningsplan", though
the name is what tells the plans apart (and the kind mostly repeats its first words). What the
names do not need goes to the kind."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells
from tests.ui.openers import crisis_tab
from tests.ui.tables import click_header
from tests.ui.windows import settle
from ui.context import AppContext
from ui.widgets.list_table import text_margin
from ui.widgets.record_table import SortHeader, words_fitted

_WRAP = int(Qt.TextFlag.TextWordWrap)


def test_every_plan_name_shows_whole_at_1280(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1280, 800)
    table = area.plans_page.table
    assert table.model().rowCount() == 11
    assert cut_cells(table, "Namn") == []
    # Wider, the room the names do not need goes to the kinds: at 1440 px "Handlingsplan mot
    # våldsbejakande extremism" and "Systematiskt brandskyddsarbete (SBA)" were cut while the
    # names had 90 px to spare. Since "Senast övad" took its room, they are whole from 1536 px.
    window.resize(1536, 900)
    settle(qtbot)
    assert cut_cells(table, "Namn") == []
    assert cut_cells(table, "Typ") == []
    # Narrower, the name keeps twice the kind's width.
    window.resize(1100, 700)
    settle(qtbot)
    name, kind = column_of(table, "Namn"), column_of(table, "Typ")
    assert table.columnWidth(name) >= 2 * table.columnWidth(kind) - 2


def test_every_name_and_title_shows_whole_at_1366(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """At 1366 × 768 "Handlingsplan mot våldsbejakande extre…" was cut while the version, date
    and revision columns held 10-15 px each that their titles do not use. The titles stay whole
    on one line, beside the sort arrow of whichever column sorts. Since "Senast övad" took its
    room the names come first: a long kind takes a second line (plan_register_widths), no name
    is cut."""
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1366, 768)
    table = area.plans_page.table
    assert cut_cells(table, "Namn") == []
    assert table.horizontalScrollBar().maximum() == 0
    header = table.horizontalHeader()
    assert isinstance(header, SortHeader)
    titles = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    for title in ("Version", "Fastställd", "Nästa revidering", "Senast övad"):
        click_header(qtbot, table, title)
        settle(qtbot)
        assert [header.shown_title(c) for c in range(8)] == titles


def test_every_plan_name_reads_whole_at_1024(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """At 1024 × 768 every name was cut ("Krisledningsplan Österm…", "Lokal handlingsplan
    mot…"): a name breaks between its words onto more lines, its row as tall as that, and the
    list still shows every plan without scrolling."""
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1024, 768)
    table = area.plans_page.table
    model = table.model()
    assert model.rowCount() == 11
    name = column_of(table, "Namn")
    room = table.columnWidth(name) - text_margin(table)
    metrics = table.fontMetrics()
    for row in range(model.rowCount()):
        # as drawn: a word wider than the column is cut short ("samverkansöver…")
        text = words_fitted(str(model.index(row, name).data()), room, table.font())
        needed = metrics.boundingRect(QRect(0, 0, room, 10_000), _WRAP, text)
        assert needed.width() <= room and needed.height() <= table.rowHeight(row), text
    assert table.horizontalScrollBar().maximum() == 0
    assert table.verticalScrollBar().maximum() == 0
