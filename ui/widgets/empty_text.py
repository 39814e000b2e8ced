"""What an empty list says over its rows, and how it names the action that fills it.

A blank box under a list's header says nothing: a new coordinator on an empty database could
not tell an empty register from a broken one, nor what to do first. A list therefore says why
it is empty: nothing registered yet (and which action adds the first), or nothing matching the
search and the filters. An empty register also offers that first step as a button under the
text: the words named a toolbar action she still had to find above the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton

from samverkan_desktop.i18n import _
from ui.widgets.table_model import MUTED_COLOUR, WARNING_COLOUR


def action_named(action: QAction) -> str:
    """“New group” (Ctrl+N): an action as a hint names it, its words and keys read from the
    action itself (a changed shortcut changes the hint too)."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return button_named(action.text(), keys)


def button_named(text: str, keys: str = "") -> str:
    """“Add member” (Ctrl+M): a button as a hint names it, from its text and its keys."""
    name = text.replace("&", "").removesuffix("…")
    if keys:
        return _("“{name}” ({keys})").format(name=name, keys=keys)
    return _("“{name}”").format(name=name)


def no_match_text() -> str:
    return _("Nothing matches the search or the filters.")


PADDING = 24  # around the text, on every side


def empty_style(warning: bool = False) -> str:
    """The look of what an empty list or view says: muted (``warning``: red), with room."""
    colour = (WARNING_COLOUR if warning else MUTED_COLOUR).name()
    return f"color: {colour}; padding: {PADDING}px;"


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
        # The first steps as buttons side by side under the text (``set_actions``): Ny
        # person… and Importera från Excel…. Out of the Tab chain: from the keyboard the keys
        # the text names do it.
        self.buttons: list[QPushButton] = []
        self.button = self._new_button()  # the first step's
        self._actions: list[QAction] = []
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
            self.label.setStyleSheet(empty_style(warning))
            self.label.setText(text)
        self.update()

    def _new_button(self) -> QPushButton:
        button = QPushButton(self.view.viewport())
        button.setObjectName("emptyAction")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        at = len(self.buttons)
        button.clicked.connect(lambda _checked=False: self._trigger(at))
        button.hide()
        self.buttons.append(button)
        return button

    def set_action(self, action: QAction | None) -> None:
        """``action`` offered as a button under the text while the list is empty (the register
        has nothing yet: "Ny grupp…"); None: no button (a search that finds nothing)."""
        self.set_actions([] if action is None else [action])

    def set_actions(self, actions: Sequence[QAction]) -> None:
        """``actions`` offered side by side under the text while the list is empty, the first
        step first ("Ny person…", "Importera från Excel…"); none: no button."""
        if list(actions) != self._actions:
            for old in self._actions:
                old.changed.disconnect(self.update)
            self._actions = list(actions)
            for action in self._actions:
                action.changed.connect(self.update)  # disabled (read-only role): no button
            while len(self.buttons) < len(self._actions):
                self._new_button()
        self.update()

    def _trigger(self, at: int) -> None:
        offered = self._offered()
        if at < len(offered):
            offered[at].trigger()

    def _offered(self) -> list[QAction]:
        return [a for a in self._actions if a.isEnabled() and a.isVisible()]

    def update(self, *_args: Any) -> None:
        if not shiboken6.isValid(self.label):
            # A QListWidget's model clears its items after the viewport (and the label on it)
            # is gone, when the list is destroyed: its rowsRemoved arrives here too late.
            return
        empty = bool(self.label.text()) and self.model.rowCount() == 0
        rect = self.view.viewport().rect()
        if empty:
            self.label.setGeometry(rect)
        self.label.setVisible(empty)
        offered = self._offered() if empty else []
        for button, action in zip(self.buttons, offered, strict=False):
            button.setText(action.text())
        shown = self.buttons[: len(offered)]
        gap = 8
        width = sum(b.sizeHint().width() for b in shown) + gap * max(len(shown) - 1, 0)
        left = rect.center().x() - width // 2
        below = self.label.heightForWidth(rect.width())  # the text, wrapped, and padding
        for button in shown:
            hint = button.sizeHint()
            button.setGeometry(left, below, hint.width(), hint.height())
            left += hint.width() + gap
        for at, button in enumerate(self.buttons):
            button.setVisible(at < len(offered))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.update()
        return super().eventFilter(watched, event)
