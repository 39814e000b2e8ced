"""A quiet line under a list saying what just happened, with "Undo" when it can be undone.

It replaces nothing the user must read (errors still come as dialogs); it disappears after a
while, when closed, or when the next notice arrives. A notice ``kept`` stays until one of the
last two: an Undo that is safe at any time and undoes much (a contact list imported by mistake,
noticed when reading the list) should not go while the user looks. ``show_warning`` is for a problem that
needs no answer now (e.g. the daily backup failed): amber, and it stays until closed.

While the notice offers "Undo", Ctrl+Z does it too: the key's action sits on the notice, so it
answers only while the notice shows (its area is the one shown), and a text field with the focus
keeps its own Ctrl+Z for its text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.i18n import _
from ui import key_guide
from ui.widgets.path_line import PathLine

NOTICE_STYLE = """
QFrame#notice { background: #e8f1ea; border: 1px solid #b7d4bf; border-radius: 6px; }
QFrame#notice QLabel { color: #1d4d2b; }
QFrame#notice QPushButton { padding: 2px 12px; }
QFrame#notice QToolButton { border: none; color: #1d4d2b; }
"""
WARNING_STYLE = """
QFrame#notice { background: #fff7e6; border: 1px solid #f0d59a; border-radius: 6px; }
QFrame#notice QLabel { color: #6b4e00; }
QFrame#notice QPushButton { padding: 2px 12px; }
QFrame#notice QToolButton { border: none; color: #6b4e00; }
"""
# A note inside a form (moved, on a holiday, other meetings following): worth noticing, not alarming.
NOTE_LABEL_STYLE = (
    "background: #fff7e6; color: #6b4e00; border: 1px solid #f0d59a; border-radius: 4px;"
    " padding: 4px 8px;"
)
VISIBLE_MS = 20_000


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setStyleSheet(NOTICE_STYLE)
        self._undo: Callable[[], None] | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(_("Undo"), self)
        self.undo_button.clicked.connect(self._run_undo)
        # No text: Hjälp → Kortkommandon lists the key once, under the lists' keys, not again
        # with the actions of every area that has a notice.
        self.undo_action = key_guide.LIST_UNDO.apply(QAction(self))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        # Enabled only while Undo is offered: two notices shown in one window never compete.
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(lambda _checked=False: self._run_undo())
        self.addAction(self.undo_action)
        self.undo_button.setToolTip(key_guide.with_keys(_("Undo"), self.undo_action))
        close = QToolButton(self)
        close.setText("×")
        close.setToolTip(_("Close"))
        close.clicked.connect(self.dismiss)
        # The text, and under it the paths it names, each on a line of its own (show_warning).
        self._text_column = QVBoxLayout()
        self._text_column.setContentsMargins(0, 0, 0, 0)
        self._text_column.setSpacing(2)
        self._text_column.addWidget(self.label)
        self.path_lines: list[PathLine] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addLayout(self._text_column, 1)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignVCenter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VISIBLE_MS)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def show_message(
        self,
        text: str,
        undo: Callable[[], None] | None = None,
        warn: bool = False,
        kept: bool = False,
    ) -> None:
        """``warn``: done, but with something to heed (a lend to someone whose training has
        expired): amber, as the reception shows it. ``kept``: shown until closed or replaced."""
        self._undo = undo
        self.setStyleSheet(WARNING_STYLE if warn else NOTICE_STYLE)
        self.label.setText(text)
        self._show_paths(())
        self.undo_button.setVisible(undo is not None)
        self.undo_action.setEnabled(undo is not None)
        self.show()
        if kept:
            self._timer.stop()
        else:
            self._timer.start()

    def offered_undo(self) -> Callable[[], None] | None:
        """The undo the notice offers now (None when it offers none or is gone): a series of
        steps (an item moved down three times) can keep one undo for all of them."""
        return self._undo if self.isVisible() else None

    def show_warning(self, text: str, paths: Sequence[Path] = ()) -> None:
        """A problem to know about, not to answer now: shown until the user closes it.
        ``paths``: those the text names after it, each on a line of its own (PathLine)."""
        self._undo = None
        self._timer.stop()
        self.setStyleSheet(WARNING_STYLE)
        self.label.setText(text)
        self._show_paths(paths)
        self.undo_button.hide()
        self.undo_action.setEnabled(False)
        self.show()

    def _show_paths(self, paths: Sequence[Path]) -> None:
        for line in self.path_lines:
            line.deleteLater()
        self.path_lines = [PathLine(path, self) for path in paths]
        for line in self.path_lines:
            self._text_column.addWidget(line)

    def dismiss(self) -> None:
        self._undo = None
        self.undo_action.setEnabled(False)
        self._timer.stop()
        self.hide()

    def _run_undo(self) -> None:
        undo = self._undo
        self.dismiss()
        if undo is not None:
            undo()
