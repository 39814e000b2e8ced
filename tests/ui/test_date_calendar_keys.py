"""Alt+Down and F4 in a date field drop its calendar down, as a click on the field's arrow
does (and as the keys open a drop-down list); Esc closes it again, the date as it was (also
after arrow keys: test_date_calendar_cancel), and Enter takes the day moved to with the arrow keys. Before, Alt+Down stepped the date's year
back without a word and F4 did nothing: the calendar could only be reached with the mouse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QStyle, QTableView
from pytestqt.qtbot import QtBot

from tests.ui.clicks import type_date
from tests.ui.openers import rule_start_clicked
from tests.ui.record_tabs import walk_tab
from tests.ui.test_rule_dialog import GROUP, group_id
from tests.ui.windows import keep_shot
from ui.context import AppContext
from ui.walks.walk_view import WalkView
from ui.widgets.date_field import OptionalDateEdit

__all__ = ["group_id"]  # the fixture, used by name


def _calendar_shown() -> bool:
    return QApplication.activePopupWidget() is not None


def _held_on(qtbot: QtBot, ctx: AppContext) -> tuple[WalkView, OptionalDateEdit]:
    """A walk's closing tab in the active main window, its "held on" date field clicked."""
    view = walk_tab(qtbot, ctx, "closing_tab")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.window())
    field = view.closing_tab.held_on
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    return view, field


def test_alt_down_and_f4_open_a_walks_date_calendar_and_esc_closes_it(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    view, field = _held_on(qtbot, demo_ctx)
    day = field.value() or dt.date(2026, 5, 20)
    type_date(qtbot, field, day)
    assert field.value() == day

    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(_calendar_shown)
    assert field.value() == day  # no year stepped back
    popup = QApplication.activePopupWidget()
    assert popup is not None and popup.isAncestorOf(field.calendarWidget())
    qtbot.keyClick(popup.focusWidget() or popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _calendar_shown())
    assert field.value() == day
    assert view.isVisible()  # Esc closed the calendar, not the walk
    qtbot.waitUntil(field.hasFocus)

    qtbot.keyClick(field, Qt.Key.Key_F4)
    qtbot.waitUntil(_calendar_shown)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    keys = popup.focusWidget() or popup
    qtbot.keyClick(keys, Qt.Key.Key_Right)
    qtbot.keyClick(keys, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not _calendar_shown())
    assert field.value() == day + dt.timedelta(days=1)


def test_alt_down_opens_the_meeting_rules_start_date_calendar(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int
) -> None:
    dialog, field = rule_start_clicked(qtbot, demo_ctx, group_id, GROUP)
    before = field.date()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(_calendar_shown)
    assert field.date() == before
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.keyClick(popup.focusWidget() or popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _calendar_shown())
    assert dialog.isVisible() and field.date() == before


@pytest.fixture
def swedish_locale() -> Iterator[None]:
    """Qt's day names in Swedish, as the program sets them at its start (ui.app)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("swedish_locale")
def test_the_calendars_weekday_names_read_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """Monday's "mån" read "m…": the popup's columns were narrower than the name and margins."""
    _view, field = _held_on(qtbot, demo_ctx)
    qtbot.keyClick(field, Qt.Key.Key_F4)
    qtbot.waitUntil(_calendar_shown)
    qtbot.wait(50)
    table = field.calendarWidget().findChild(QTableView)
    assert table is not None
    keep_shot(field.calendarWidget().window(), "date-calendar-weekdays")
    names = [table.model().index(0, column).data() for column in range(7)]
    assert names == ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
    # What the cell's delegate draws: the name elided to the room between its margins.
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    metrics = table.fontMetrics()
    shown = [
        metrics.elidedText(name, Qt.TextElideMode.ElideRight, table.columnWidth(c) - 2 * margin)
        for c, name in enumerate(names)
    ]
    assert shown == names
    qtbot.keyClick(QApplication.activePopupWidget() or table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _calendar_shown())
