"""An opened walk's header at 1100 × 700: the title on one line, the printouts under one "Skriv
ut" menu, and the steps with the next step on one row. Three print buttons beside the title had
broken "Trygghetsvandring Tessinparken" onto two lines, and "Mer" had dropped to a row of its own
under the steps. The longest place's title, "Trygghetsvandring Gyllenstiernsgatan", took two lines
beside the buttons until they moved under it, beside the date."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from tests.ui.demo_walks import gyllenstiernsgatan_2021, tessinparken
from tests.ui.menus import choose_in_menu
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks import walk_view
from ui.walks.area import WalksArea


def _keys(portable: str) -> str:
    return QKeySequence(portable).toString(QKeySequence.SequenceFormat.NativeText)


def test_the_header_keeps_to_its_rows_at_1100(
    qtbot: QtBot, demo_ctx: AppContext, monkeypatch
) -> None:
    previews: list[str] = []
    monkeypatch.setattr(
        walk_view, "preview_in_background", lambda _parent, title, *_args: previews.append(title)
    )
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1100, 700)
    area.open_walk(tessinparken(demo_ctx))
    settle(qtbot)
    view = area.view
    assert view.title.text() == "Trygghetsvandring Tessinparken"
    assert view.title.height() < 2 * view.title.fontMetrics().lineSpacing()  # one line
    row = {label.y() for label in view.step_labels} | {view.next_button.y()}
    assert len(row) == 1  # the steps and the next step side by side
    assert view.more_button.isVisible() and view.more_button.y() < view.step_labels[0].y()
    assert view.print_button.text() == "Skriv ut ▾"
    menu = view.print_button.menu()
    assert menu is not None
    # the keys as Qt writes them here: "Ctrl+Shift+P", or "Ctrl+Skift+P" once a test before
    # this one has loaded Qt's own Swedish
    choose_in_menu(menu, "Checklista…\t" + _keys("Ctrl+P"))
    choose_in_menu(menu, "Vandringsrapport…\t" + _keys("Ctrl+Shift+P"))
    assert previews == ["Checklista", "Vandringsrapport"]


def test_the_longest_place_keeps_the_title_on_one_line_at_1100(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1100, 700)
    area.open_walk(gyllenstiernsgatan_2021(demo_ctx))
    settle(qtbot)
    view = area.view
    assert view.title.text() == "Trygghetsvandring Gyllenstiernsgatan"
    assert view.title.height() < 2 * view.title.fontMetrics().lineSpacing()  # one line
    for button in (view.print_button, view.letters_button, view.more_button):
        assert button.isVisible()
        assert button.geometry().bottom() < view.step_labels[0].y()  # still in the header
