"""Plays a user's path, one step per event, and closes the dialogs it opens.

A path is a generator: each ``yield`` hands back to Qt's event loop, and the next step runs from
a fresh timer event, as a user's next click would. That matters for what is measured: Qt deletes
a ``deleteLater()``'d object only when the event that asked for it has returned to the loop, so a
path run in one go would keep every dialog it opened until its very end. ``yield Wait(...)``
pauses until a condition holds (a PDF built in the background, a list loaded).

The ``DialogCloser`` answers every modal dialog the moment it is in front, by Esc or by a click on
its Avbryt button by turns (a context menu by Esc), and counts which kinds it closed: a step that was meant to open one
and did not is reported, never passed over in silence.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Generator
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QWidget,
)

from samverkan_desktop.i18n import _


@dataclass(frozen=True)
class Wait:
    """Pause the path until ``done()`` holds; ``what`` names it when it never does."""

    done: Callable[[], bool]
    what: str
    seconds: float = 20.0


Path = Generator["Wait | None", None, None]


class Player(QObject):
    """Runs ``path`` step by step from the event loop; ``finished`` once it has ended (or
    failed: ``error`` says how)."""

    ended = Signal()

    def __init__(self, path: Path, interval_ms: int = 0) -> None:
        super().__init__()
        self._path = path
        self._interval = interval_ms
        self._waiting: Wait | None = None
        self._wait_until = 0.0
        self.finished = False
        self.error: BaseException | None = None

    def start(self) -> None:
        QTimer.singleShot(0, self._step)

    def _step(self) -> None:
        waiting = self._waiting
        if waiting is not None:
            if not waiting.done():
                if time.monotonic() > self._wait_until:
                    self._fail(TimeoutError(f"waited {waiting.seconds:.0f} s for {waiting.what}"))
                    return
                QTimer.singleShot(10, self._step)
                return
            self._waiting = None
        try:
            asked = next(self._path)
        except StopIteration:
            self._end()
            return
        except BaseException as error:  # noqa: BLE001 - reported by whoever runs the path
            self._fail(error)
            return
        if asked is not None:
            self._waiting = asked
            self._wait_until = time.monotonic() + asked.seconds
        QTimer.singleShot(self._interval, self._step)

    def _fail(self, error: BaseException) -> None:
        self.error = error
        self._path.close()
        self._end()

    def _end(self) -> None:
        self.finished = True
        self.ended.emit()


class DialogCloser(QObject):
    """Closes each modal dialog and context menu once it is shown, as a user who changed
    their mind."""

    def __init__(self) -> None:
        super().__init__()
        self.closed: Counter[str] = Counter()
        self._turn = 0
        self._save_next = False
        self._pending: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def save_next(self) -> None:
        """The next dialog is saved as it is (Enter: its default button), not closed."""
        self._save_next = True

    def _poll(self) -> None:
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None or not widget.isVisible() or widget is self._pending:
            return
        # Answered from an event of its own: a dialog the answer opens runs its loop there,
        # not inside this timer's slot, which Qt would not call again until it returned.
        self._pending = widget
        QTimer.singleShot(0, lambda: self._answer(widget))

    def _answer(self, widget: QWidget) -> None:
        self._pending = None
        if not shiboken6.isValid(widget) or not widget.isVisible():
            return
        self.closed[type(widget).__name__] += 1
        if self._save_next:
            self._save_next = False
            save_dialog(widget)
            return
        self._turn += 1
        close_dialog(widget, by_cancel=self._turn % 2 == 0)


def save_dialog(widget: QWidget) -> None:
    """Its OK button clicked (Enter where it has none)."""
    for box in widget.findChildren(QDialogButtonBox):
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None and ok.isVisible():
            QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
            return
    QTest.keyClick(widget, Qt.Key.Key_Return)


def close_dialog(widget: QWidget, by_cancel: bool = False) -> None:
    """Avbryt when asked and the dialog has it, else Esc."""
    if by_cancel and isinstance(widget, QDialog):
        cancel = _cancel_button(widget)
        if cancel is not None:
            QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)
            return
    QTest.keyClick(widget, Qt.Key.Key_Escape)
    if widget.isVisible() and isinstance(widget, QMessageBox):  # no Esc button: the only one
        buttons = widget.buttons()
        if len(buttons) == 1:
            QTest.mouseClick(buttons[0], Qt.MouseButton.LeftButton)


def _cancel_button(dialog: QDialog) -> QWidget | None:
    for box in dialog.findChildren(QDialogButtonBox):
        standard = box.button(QDialogButtonBox.StandardButton.Cancel)
        if standard is not None and standard.isVisible():
            return standard
    if isinstance(dialog, QMessageBox):
        return dialog.escapeButton()
    cancel = _("Cancel")
    labelled = (b for b in dialog.findChildren(QAbstractButton) if b.isVisible())
    return next((b for b in labelled if b.text().replace("&", "") == cancel), None)
