"""Esc in a date field's drop-down calendar cancels: the field keeps the date it had when the
calendar opened, though the arrow keys moved the day in it. Before, Qt moved the field's date
with each arrow key, and Esc closed the calendar on the day moved to. Enter takes the day moved
to, and in a form that saves on Enter it only closes the calendar: the form stays open."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QTableView, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import contacts
from tests.ui.clicks import type_date, type_text
from tests.ui.openers import rule_start_clicked
from tests.ui.test_rule_dialog import GROUP, group_id
from tests.ui.windows import keep_shot, show_window
from ui.contacts.person_dialog import PersonDialog
from ui.context import AppContext

__all__ = ["group_id"]  # the fixture, used by name

NAME = "Kalle Kalendersson"
DAY = dt.date(2026, 5, 20)


def _popup() -> QWidget:
    popup = QApplication.activePopupWidget()
    assert popup is not None
    return popup.focusWidget() or popup


def _in_calendar(qtbot: QtBot, field: QDateEdit, *keys: Qt.Key) -> None:
    """Alt+Down drops the calendar down; ``keys`` pressed in it (the last one closes it)."""
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    for key in keys:
        qtbot.keyClick(_popup(), key)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def test_esc_after_arrow_keys_keeps_the_date_and_enter_takes_the_day_without_saving(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog = show_window(qtbot, PersonDialog(demo_ctx), 560, 600)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_text(qtbot, dialog.name_edit, NAME)
    field = dialog.verified_edit
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    type_date(qtbot, field, DAY)
    assert field.value() == DAY

    _in_calendar(qtbot, field, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Escape)
    assert field.value() == DAY  # was 2026-05-28, the day moved to
    assert dialog.isVisible()

    _in_calendar(qtbot, field, Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Return)
    assert field.value() == DAY + dt.timedelta(days=2)
    assert dialog.isVisible()  # the Enter that chose the day saved nothing
    assert not demo_ctx.call(contacts.list_people, NAME)

    qtbot.keyClick(field, Qt.Key.Key_Return)  # the form's own Enter saves
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [person] = demo_ctx.call(contacts.list_people, NAME)
    assert person.last_verified == DAY + dt.timedelta(days=2)


def test_esc_in_an_empty_date_fields_calendar_leaves_it_empty(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog = show_window(qtbot, PersonDialog(demo_ctx), 560, 600)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    field = dialog.verified_edit
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    assert field.value() is None
    _in_calendar(qtbot, field, Qt.Key.Key_Left, Qt.Key.Key_Escape)
    assert field.value() is None
    assert field.lineEdit().text() == "–"


def test_esc_in_the_meeting_rules_start_date_calendar_keeps_the_date(
    qtbot: QtBot, demo_ctx: AppContext, group_id: int
) -> None:
    """A plain date field (the rule's first meeting day), not the form's own kind."""
    dialog, field = rule_start_clicked(qtbot, demo_ctx, group_id, GROUP)
    before = field.date()
    _in_calendar(qtbot, field, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Escape)
    assert field.date() == before
    _in_calendar(qtbot, field, Qt.Key.Key_Down, Qt.Key.Key_Return)
    assert field.date() == before.addDays(7)
    assert dialog.isVisible()


def test_a_click_on_a_day_takes_it_and_a_click_outside_cancels(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog = show_window(qtbot, PersonDialog(demo_ctx), 560, 600)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    field = dialog.verified_edit
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    type_date(qtbot, field, DAY)

    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    days = field.calendarWidget().findChild(QTableView)
    assert days is not None
    qtbot.wait(50)
    cell = days.model().index(3, 2)  # the third week's Wednesday: always May's own day
    qtbot.mouseClick(days.viewport(), Qt.MouseButton.LeftButton, pos=days.visualRect(cell).center())
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert field.value() == DAY.replace(day=int(cell.data()))

    chosen = field.value()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(_popup(), Qt.Key.Key_Up)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    qtbot.mouseClick(popup, Qt.MouseButton.LeftButton, pos=QPoint(-10, -10))  # outside it
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert field.value() == chosen


def test_esc_gives_back_the_typed_text_the_field_refused(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """A field holding "2027-02-30" (no such day, refused in red): the calendar opened, moved
    in and left with Esc gave back the date held under the text, and the text typed was gone."""
    dialog = show_window(qtbot, PersonDialog(demo_ctx), 560, 600)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    field = dialog.verified_edit
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(field.hasFocus)
    type_date(qtbot, field, DAY)
    qtbot.mouseClick(field.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "2027-02-30")
    refusal = field.refusal()
    assert refusal is not None and "2027-02-30" in refusal

    _in_calendar(qtbot, field, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Escape)
    assert field.lineEdit().text() == "2027-02-30"
    assert field.refusal() == refusal
    assert field.lineEdit().toolTip() == refusal  # still shown as refused
    qtbot.wait(50)
    keep_shot(dialog, "date-refused-after-calendar-esc")

    # Enter in the calendar chooses the day moved to: the text typed makes way for it.
    _in_calendar(qtbot, field, Qt.Key.Key_Right, Qt.Key.Key_Return)
    assert field.refusal() is None
    assert field.value() == DAY + dt.timedelta(days=1)
