"""What an empty list says over its rows, and how it names the action that fills it.

A blank box under a list's header says nothing: a new coordinator on an empty database could
not tell an empty register from a broken one, nor what to do first. A list therefore says why
it is empty: nothing registered yet (and which action adds the first), or nothing matching the
search and the filters. An empty register also offers that first step as a button under the
text: the words named a toolbar action she still had to find above the list.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton

from samverkan_desktop.i18n import _
from ui.widgets.table_model import MUTED_COLOUR, WARNING_COLOUR


def action_named(action: QAction) -> str:
    """“New group” (Ctrl+N): an action as a hint names it, its words and keys read from the
    action itself (a changed shortcut changes the hint too)."""
    name = action.text().replace("&", "").removesuffix("…")
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    if keys:
        return _("“{name}” ({keys})").format(name=name, keys=keys)
    return _("“{name}”").format(name=name)


def no_match_text() -> str:
    return _("Nothing matches the search or the filters.")


class EmptyText(QObject):
    """A label over ``view``'s viewport, shown while ``model`` has no rows and a text is set."""

    def __init__(self, view: QAbstractItemView, model: QAbstractItemModel) -> None:
        super().__init__(view)
        self.view = view
        self.model = model
        self.label = QLabel(view.viewport())
        self.label.setObjectName("emptyText")
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.hide()
        # The first step as a button, under the text (``set_action``). Out of the Tab chain:
        # from the keyboard the keys the text names do it.
        self.button = QPushButton(view.viewport())
        self.button.setObjectName("emptyAction")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self._trigger)
        self.button.hide()
        self._action: QAction | None = None
        self._text = ("", False)
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.update)
        view.viewport().installEventFilter(self)

    def set_text(self, text: str, warning: bool = False) -> None:
        """``""``: say nothing; ``warning``: in red, for something the user has to change."""
        if (text, warning) != self._text:  # a style sheet costs: set only on change
            self._text = (text, warning)
            colour = (WARNING_COLOUR if warning else MUTED_COLOUR).name()
            self.label.setStyleSheet(f"color: {colour}; padding: 24px;")
            self.label.setText(text)
        self.update()

    def set_action(self, action: QAction | None) -> None:
        """``action`` offered as a button under the text while the list is empty (the register
        has nothing yet: "Ny grupp…"); None: no button (a search that finds nothing)."""
        if action is not self._action:
            if self._action is not None:
                self._action.changed.disconnect(self.update)
            self._action = action
            if action is not None:
                action.changed.connect(self.update)  # disabled (read-only role): no button
        self.update()

    def _trigger(self) -> None:
        if self._action is not None:
            self._action.trigger()

    def update(self, *_args: Any) -> None:
        empty = bool(self.label.text()) and self.model.rowCount() == 0
        rect = self.view.viewport().rect()
        if empty:
            self.label.setGeometry(rect)
        self.label.setVisible(empty)
        action = self._action
        offered = empty and action is not None and action.isEnabled() and action.isVisible()
        if offered and action is not None:
            self.button.setText(action.text())
            hint = self.button.sizeHint()
            below = self.label.heightForWidth(rect.width())  # the text, wrapped, and padding
            self.button.setGeometry(
                rect.center().x() - hint.width() // 2, below, hint.width(), hint.height()
            )
        self.button.setVisible(offered)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.update()
        return super().eventFilter(watched, event)
