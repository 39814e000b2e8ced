"""A new walk's observations at 1024 × 768: before the first one the empty list scrolled
sideways ("Vad ni såg" out of sight; the severity, not yet fitted to any row, went uncounted at
its header's 100 px), and the first one read in 92 px, seven lines, "Belysningen / vid /
gångvägen…", while the category and the photos' count kept their columns. Now the empty list
shows every title without a scroll bar, and the short columns go to the pane beside (which
shows the category and the photos) so that what was seen gets the room."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import Severity
from samverkan_desktop.services import (
    contacts,
    places,
    walk_editing,
    walk_records,
    walk_rows,
    walk_steps,
)
from tests.ui.cell_room import cut_cells
from tests.ui.clicks import click_tab
from tests.ui.openers import area_in_window
from tests.ui.windows import keep_shot, settle
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.widgets.lines_room import line_count
from ui.widgets.list_table import text_margin

SEEN = "Belysningen vid gångvägen är trasig, mörkt under träden och svårt att se vem som kommer"


def test_a_new_walk_s_first_observation_gets_the_room(qtbot: QtBot, demo_ctx: AppContext) -> None:
    ctx = demo_ctx
    today = clock.today()
    tessin = next(p.id for p in ctx.call(places.list_places) if p.name == "Tessinparken")
    walk_id = ctx.call(walk_editing.create_walk, walk_rows.WalkInput(tessin, today))
    ctx.call(walk_steps.mark_walked, walk_id, today)
    _window, area = area_in_window(qtbot, ctx, "walks", WalksArea, 1024, 768)
    area.open_walk(walk_id)
    view = area.view
    click_tab(qtbot, view.tabs, view.observations_tab)
    settle(qtbot)
    table = view.observations_tab.table
    keep_shot(view, "walk-first-observation-empty-1024")
    model = table.model()
    titles = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(6)]
    header = table.horizontalHeader()
    out_of_sight = [
        title
        for c, title in enumerate(titles)
        if not table.isColumnHidden(c)
        and header.sectionViewportPosition(c) + header.sectionSize(c) > table.viewport().width()
    ]
    assert out_of_sight == [] and not table.horizontalScrollBar().isVisible()

    trafikkontoret = next(
        o.id for o in ctx.call(contacts.list_organisations) if o.name == "Trafikkontoret"
    )
    ctx.call(
        walk_records.add_observation,
        walk_id,
        walk_records.ObservationInput(
            SEEN,
            location="Gångvägen mot Valhallavägen",
            severity=Severity.MEDIUM,
            responsible_organisation_id=trafikkontoret,
        ),
    )
    ctx.bus.announce("walks")
    settle(qtbot)
    keep_shot(view, "walk-first-observation-1024")
    shown = {t: table.columnWidth(c) for c, t in enumerate(titles) if not table.isColumnHidden(c)}
    assert max(shown, key=shown.__getitem__) == "Vad ni såg", shown
    lines = line_count(SEEN, table.font(), table.columnWidth(5) - text_margin(table))
    assert lines <= 4, shown
    assert {title: cut_cells(table, title) for title in shown} == {title: [] for title in shown}
    assert not table.horizontalScrollBar().isVisible()
