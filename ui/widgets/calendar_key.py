"""Alt+Down or F4 in a date field drops its calendar down, as a click on its arrow does and as
those keys open a drop-down list. Qt's date field took Alt+Down as Down and silently stepped
the year (or the part the cursor was in) back, and F4 did nothing: a keyboard user had no way
to the calendar a mouse user gets. In it the arrow keys move the day, Enter closes it on that
day and Esc closes it (Qt's popup does both), the keyboard back in the date field."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QStyle, QStyleOptionComboBox

from ui import key_guide


def open_calendar(edit: QDateTimeEdit) -> bool:
    """Drop down ``edit``'s calendar; False if it has none to show (read-only, greyed).

    Qt has no call for it: the press goes where a click on the arrow would, at the arrow as
    the date field itself finds it (it is drawn as a combo box's once it has a calendar)."""
    if not (edit.calendarPopup() and edit.isEnabled()) or edit.isReadOnly():
        return False
    option = QStyleOptionComboBox()
    option.initFrom(edit)
    option.editable = True
    option.subControls = QStyle.SubControl.SC_All
    arrow = edit.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, edit
    )
    at = QPointF(arrow.center())
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        at,
        QPointF(edit.mapToGlobal(at)),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(edit, press)
    return edit.calendarWidget().isVisible()


class CalendarKey(QObject):
    """The keys for a plain ``QDateEdit`` (``OptionalDateEdit`` asks in its own key handler)."""

    def __init__(self, edit: QDateTimeEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        return (
            watched is self._edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and key_guide.DATE_CALENDAR.matches(event)
            and open_calendar(self._edit)
        )
