"""The Overview fits a window 900 px wide: the day and the button to the weekly summary stood
side by side and made the page some 970 px wide, cut off on the right (the button, the cards'
right edge and the scroll bar out of sight). Where they have no room beside each other the
button goes under the day; at 1024 px and wider it stays beside it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.windows import area_of, settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.overview.view import OverviewArea


def _in_window(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _overview(qtbot: QtBot, ctx: AppContext, width: int) -> tuple[MainWindow, OverviewArea]:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), width, 700)
    settle(qtbot)
    return window, area_of(window, "overview", OverviewArea)


def test_the_overview_fits_a_window_900_px_wide(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, area = _overview(qtbot, demo_ctx, 900)
    assert window.width() == 900
    shown = window.rect()
    assert shown.contains(_in_window(window, area))
    assert shown.contains(_in_window(window, area.weekly_button))
    assert area.heading.width() >= area.heading.sizeHint().width()  # the whole day
    button = _in_window(window, area.weekly_button)
    assert button.top() >= _in_window(window, area.heading).bottom()  # under the day
    for card in area.section_cards():  # below one another, scrolled to: none cut on the right
        assert _in_window(window, card).right() <= shown.right(), card.section.title


def test_the_button_stays_beside_the_day_at_1024_px(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, area = _overview(qtbot, demo_ctx, 1024)
    heading = _in_window(window, area.heading)
    button = _in_window(window, area.weekly_button)
    assert button.top() == heading.top() and button.left() > heading.right()
    assert window.rect().contains(button)
