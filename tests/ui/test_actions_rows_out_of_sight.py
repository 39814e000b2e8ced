"""Åtgärder fits the rows in sight at once and the rows below them when the event loop is next
free (fitting all 100 fetched rows at each step of the first show cost a third of it): once the
list settles, a row scrolled to is as tall as its texts need, as a row in sight is."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.openers import actions_listed
from tests.ui.own_style import LookAt
from ui.main_window import MainWindow


def test_rows_below_the_sight_are_fitted_once_the_list_settles(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    found: dict[str, list[int]] = {}

    def look(window: MainWindow) -> None:
        table = actions_listed(qtbot, window).table
        rows = range(table.model().rowCount())
        sight = table.viewport().height()
        found["below"] = [r for r in rows if table.rowViewportPosition(r) > sight]
        found["settled"] = [table.rowHeight(r) for r in rows]
        found["default"] = [table.verticalHeader().defaultSectionSize()]
        table._fit_rows(0, len(rows) - 1)  # every row fitted at once, as before
        found["at_once"] = [table.rowHeight(r) for r in rows]

    look_at_demo((1024, 768), look)
    below = found["below"]
    assert below, "the example district's actions no longer reach below the sight at 1024"
    # (a row below the sight taller than the default: left unfitted, it would differ)
    assert any(found["at_once"][r] != found["default"][0] for r in below)
    assert found["settled"] == found["at_once"]
