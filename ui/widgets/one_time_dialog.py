"""Dialogs (and context menus) run with ``exec()`` are deleted once answered.

A dialog made with a parent (to sit over it and share its window) belongs to that parent: closed,
it is only hidden, and stays alive as long as the view does, which for an area is the whole
session. Every form opened and closed kept its hundred-odd widgets (some 2,100 widgets and 16 MiB
per round of the everyday dialogs, measured with ``python -m tests.soak``).

``exec()`` here asks for the dialog's deletion when it returns, with ``deleteLater()``: Qt deletes
it only once the event that opened it (the click, the key) has been handled and control is back in
the event loop that was running then, not in a message box or another dialog opened meanwhile. So
the caller still reads what was chosen (``dialog.values()``, ``saved_id``) after ``exec()``,
shows a message, opens the next form, as before. ``WA_DeleteOnClose`` does not allow that: with it
``QDialog.exec()`` deletes the dialog before returning.

Not for a dialog that is ``exec()``'d a second time (none is); a dialog shown with ``show()`` or
``open()`` deletes itself on close instead (``WA_DeleteOnClose``, as the PDF preview). A context
menu made at each right-click was kept the same way: ``popup_once``.

Answered, the dialog gives the keyboard back to the window under it: where no window manager
hands it back (the message after Kontakter's Excel import, on a desk without one, or offscreen),
no window was active and the list's keys (Ctrl+K on the people list) went nowhere.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget


class OneTimeDialog(QDialog):
    """A dialog deleted after its ``exec()`` (see the module)."""

    def exec(self) -> int:
        return exec_once(self, super().exec)


def exec_once(dialog: QDialog, run: Callable[[], int] | None = None) -> int:
    """``dialog.exec()``, then its deletion asked for: for a message box or a Qt dialog made on
    the spot. ``run``: the exec to call (OneTimeDialog's is Qt's own), by default the dialog's."""
    before = QApplication.focusWidget()
    try:
        return (run or dialog.exec)()
    finally:
        dialog.deleteLater()
        _give_back_keys(dialog.parentWidget() or before)


def _give_back_keys(owner: QWidget | None) -> None:
    """The window the dialog sat over active again, if none is: Qt then puts the focus back on
    the widget that had it there (the list the user was in), or on the one code chose since."""
    if owner is None or not shiboken6.isValid(owner) or QApplication.activeWindow() is not None:
        return  # gone with what the dialog did, or a window is active: nothing to give back
    window = owner.window()
    if window.isVisible():
        window.activateWindow()


def popup_once(menu: QMenu, at: QPoint) -> QAction | None:
    """``menu.exec(at)`` for a menu made for one right-click, then its deletion asked for; the
    entry chosen has done its work by then."""
    try:
        return menu.exec(at)
    finally:
        menu.deleteLater()
