"""A walk's observations get the column widths their own texts need, whichever walk was opened
before in the same list: the list measured its columns' least widths (a word's room, a count's,
the severity's) once, with the first walk's rows, so a walk of long words opened after one of
short words was squeezed as if its words were short, and the other way round."""

from __future__ import annotations

import pytest
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
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.area import WalksArea

SCREEN = (1024, 768)

# (where, what was seen, how serious, who answers for it)
SHORT = [
    ("Bänken", "Skräp", Severity.LOW, "Trafikkontoret"),
    ("Entrén", "Mörkt", Severity.LOW, "Trafikkontoret"),
]
LONG = [
    (
        "Gyllenstiernsgatan/Karlavägen",
        "Trafiksäkerhetsproblem vid övergångsstället, skymd sikt",
        Severity.HIGH,
        "Östermalms stadsdelsförvaltning",
    ),
    ("Lekplatsen", "Belysningsarmaturerna trasiga", Severity.MEDIUM, "Trafikkontoret"),
]


def _walk(ctx: AppContext, observations: list[tuple[str, str, Severity, str]]) -> int:
    today = clock.today()
    tessin = next(p.id for p in ctx.call(places.list_places) if p.name == "Tessinparken")
    organisations = {o.name: o.id for o in ctx.call(contacts.list_organisations)}
    walk_id = ctx.call(walk_editing.create_walk, walk_rows.WalkInput(tessin, today))
    ctx.call(walk_steps.mark_walked, walk_id, today)
    for where, seen, severity, responsible in observations:
        ctx.call(
            walk_records.add_observation,
            walk_id,
            walk_records.ObservationInput(
                seen,
                location=where,
                severity=severity,
                responsible_organisation_id=organisations[responsible],
            ),
        )
    return walk_id


def _widths_after(qtbot: QtBot, ctx: AppContext, walk_ids: list[int]) -> list[int]:
    """The observations' column widths (0: left out) of the last walk, the walks opened one
    after the other in the same window."""
    _window, area = area_in_window(qtbot, ctx, "walks", WalksArea, *SCREEN)
    view = area.view
    table = view.observations_tab.table
    for walk_id in walk_ids:
        area.open_walk(walk_id)
        bar = view.tabs.tabBar()
        index = view.tabs.indexOf(view.observations_tab)
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        settle(qtbot)
        assert table.model().rowCount() == 2
    columns = range(table.model().columnCount())
    return [0 if table.isColumnHidden(c) else table.columnWidth(c) for c in columns]


@pytest.mark.parametrize(("before", "shown"), [(SHORT, LONG), (LONG, SHORT)])
def test_the_columns_are_those_of_the_walk_shown(
    qtbot: QtBot,
    demo_ctx: AppContext,
    before: list[tuple[str, str, Severity, str]],
    shown: list[tuple[str, str, Severity, str]],
) -> None:
    first, second = _walk(demo_ctx, before), _walk(demo_ctx, shown)
    alone = _widths_after(qtbot, demo_ctx, [second])
    assert _widths_after(qtbot, demo_ctx, [first, second]) == alone
