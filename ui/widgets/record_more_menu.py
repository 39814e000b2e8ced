"""The "More ▾" menu of an opened record carried through steps (a walk, an exercise): take back
the last step, cancel, delete, in that order, as the meeting editor's (its step back, "Mark as
planned", before cancelling and deleting). A walk listed "Cancel…" first and an exercise "Take
back the last step" first: one menu, built here for both."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from samverkan_desktop.i18n import _


class RecordMoreMenu(QMenu):
    """``cancel_text`` and ``delete_text`` name the record ("Cancel the walk…"); the view
    enables each entry for the record's status."""

    def __init__(
        self,
        parent: QWidget,
        step_back: Callable[[], object],
        cancel_text: str,
        cancel: Callable[[], object],
        delete_text: str,
        delete: Callable[[], object],
    ) -> None:
        super().__init__(parent)
        self.back_action = self._entry(_("Take back the last step"), step_back)
        self.cancel_action = self._entry(cancel_text, cancel)
        self.delete_action = self._entry(delete_text, delete)

    def _entry(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action
