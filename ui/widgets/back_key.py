"""Esc goes back from a record's view (a walk, an exercise, a meeting) but not from inside a
text being written: a coordinator typing a summary who presses Esc by habit, or to close a
completer, was thrown out of the walk. One rule for every text field, one line or several (a
walk's checklist note, the exercise log's note left the record on Esc, while a summary kept
it): with text in it, Esc stays in the field and leaves the text as it is (the answers of a
walk are saved on leaving, a log note kept as a draft, but the user who pressed Esc meant to
stay, and nothing typed is dropped by a key that also means "back"); an empty field, a list, a
button, a read-only text go back. Alt+Left and the back link leave from anywhere.

The view's back action has a context wide enough to fire from any of its fields, and from a
popup opened by one (a date's calendar, a completer). Qt first asks the focused widget
(ShortcutOverride, passed up to its parents) whether it wants the key: the filter below answers
yes for Esc in a multi-line text field, so the key stays in the field. A popup is a window of
its own, whose keys never reach the view's filter: there the back key closes the popup, as Esc
does in it, instead of leaving."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ui import key_guide


def _writing(widget: QWidget | None) -> bool:
    """A field the user can type in, with text in it (see the module)."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly() and bool(widget.text())
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly() and bool(widget.toPlainText())
    return False


class _EscStaysInText(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and key_guide.TEXT_KEEPS_ESC.matches(event)
            and _writing(QApplication.focusWidget())
        ):
            event.accept()  # the field's key, not the view's shortcut
            return True
        return False


def guarded_back(view: QWidget, slot: Callable[[], object]) -> Callable[[], object]:
    """``slot`` (leave ``view``) for its back keys: not fired by Esc in a text field of
    ``view`` with text in it; with a popup open the key closes the popup and stays."""
    view.installEventFilter(_EscStaysInText(view))

    def back() -> object:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            return None
        return slot()

    return back
