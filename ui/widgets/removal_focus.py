"""Where the focus goes after a "Ta bort" button under (or beside) a list: back to the list,
on the row chosen in the removed one's place (``RecordTable.set_rows``, ``next_choice``), so
Delete and the arrow keys go on from there. A click left the focus on the button, where the
arrows moved between buttons and Delete did nothing.

The last row removed, the focus goes to where the first one is added (the add button, or the
field a name is typed in) when the list has one: an empty list takes no key, and its empty
text names that very button; the removal's Undo (Ctrl+Z) still answers from a button. So
after the button and after Delete pressed in the list alike. A list without one (a
register's table) keeps the focus, empty."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QWidget


def back_to_list(
    trigger: QAbstractButton | QAction, view: QAbstractItemView, first: QWidget | None = None
) -> None:
    """After ``trigger`` (a button or a tool bar's action) removed from ``view``, the focus
    goes to ``view``, or to ``first`` once ``view`` is empty. Wire it after the removal's own
    slot: Qt calls slots in the order they were connected, and the list must be refilled.
    Also after a question answered "No": the list is where the row to remove is chosen."""
    signal = trigger.clicked if isinstance(trigger, QAbstractButton) else trigger.triggered
    signal.connect(lambda *_args: focus_after_removal(view, first))
    if first is not None:
        _EmptiedWatch(view, first)


def focus_after_removal(view: QAbstractItemView, first: QWidget | None = None) -> None:
    if _empty(view) and first is not None and _takes_focus(first):
        first.setFocus(Qt.FocusReason.OtherFocusReason)
    elif _takes_focus(view):
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        if view.currentIndex().isValid():
            view.scrollTo(view.currentIndex())


class _EmptiedWatch(QObject):
    """The list's last row gone while the list has the focus (Delete pressed in it): the
    focus to ``first``, as after the button. Looked at once the events in hand are handled:
    a list refilled (cleared, then filled) is empty for a moment. The window's focus widget,
    not ``hasFocus()``: right after the question closes the window may not be active yet."""

    def __init__(self, view: QAbstractItemView, first: QWidget) -> None:
        super().__init__(view)
        self._view = view
        self._first = first
        self._had_rows = not _empty(view)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._look)
        model = view.model()
        for signal in (model.modelReset, model.rowsRemoved, model.rowsInserted):
            signal.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        self._later.start()

    def _look(self) -> None:
        had_rows, self._had_rows = self._had_rows, not _empty(self._view)
        if had_rows and not self._had_rows and self._view.window().focusWidget() is self._view:
            focus_after_removal(self._view, self._first)


def _empty(view: QAbstractItemView) -> bool:
    model = view.model()
    return model is None or model.rowCount() == 0


def _takes_focus(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()
