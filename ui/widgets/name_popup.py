"""A record picker's popup (RecordCombo's): the items the text typed matches, by the rule the
field takes a name by (``RecordCombo.matches``), as wide as the longest of them and kept inside
the window; Enter in it with nothing chosen completes the field as Enter in the field does."""

from __future__ import annotations

import heapq
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QStyle

from samverkan_desktop.composed_text import composed
from ui import key_guide

if TYPE_CHECKING:
    from ui.widgets.record_combo import RecordCombo


class MatchingItems(QSortFilterProxyModel):
    """A combo box's items that the text typed in it matches (``matches``), in the combo's
    order."""

    def __init__(self, combo: RecordCombo) -> None:
        super().__init__(combo)
        self.setSourceModel(combo.model())
        self._combo = combo
        self._rows: frozenset[int] = frozenset()
        self._shown_for: str | None = None  # the text the rows were matched for

    def show_matching(self, typed: str) -> bool:
        """Offer the items ``typed`` matches; whether they are others than before (Qt asks
        twice a letter typed: filtering 5,000 rows once is enough)."""
        text = composed(typed.strip())
        if text == self._shown_for:
            return False
        self.beginFilterChange()
        self._rows = frozenset(self._combo.matches(text))
        self._shown_for = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        return True

    def forget(self) -> None:
        """The items changed: match again for the next text, even the same."""
        self._shown_for = None

    def filterAcceptsRow(  # noqa: N802 (Qt's name)
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        return source_row in self._rows

    def texts(self) -> list[str]:
        """The items offered."""
        texts = self._combo.item_texts()
        return [texts[row] for row in sorted(self._rows)]


POPUP_TEXT_SLACK = 8  # the item's text rounded up and its delegate's padding
_MEASURED = 20  # so many of the longest texts offered: the widest is among them


class NameCompleter(QCompleter):
    """A picker's popup: what the field would take (``RecordCombo.value``, by the same rule),
    not Qt's own "contains" filter, which offered Hanna and Johanna for "Anna". A plain popup
    as before: nothing in it is chosen until the user goes into it."""

    def __init__(self, combo: RecordCombo) -> None:
        super().__init__(combo)
        self._combo = combo
        self._offered = MatchingItems(combo)
        combo.items_changed.connect(self._offered.forget)
        self.setModel(self._offered)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self._list().installEventFilter(self)

    def _list(self) -> QAbstractItemView:
        popup = self.popup()
        assert popup is not None  # a completer makes its list when first asked for it
        return popup

    def popup_open(self) -> bool:
        return self._list().isVisible()

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt's name)
        # Called with the typed text whenever it changes: the items are matched here, and the
        # completer's own filter is given "", which every item starts with.
        if self._offered.show_matching(path):
            self._fit_popup_to_items()
        return [""]

    def _fit_popup_to_items(self) -> None:
        """The popup as wide as its longest item, up to the window's width: Qt sizes it to the
        field, which cut "Anna Berglund — Kommunpolis, Os…". A minimum width, as Qt sets the
        popup's geometry from the field's at each letter typed."""
        popup = self._list()
        metrics = popup.fontMetrics()
        # The longest texts measured, not a thousand of them at the first letter typed.
        longest = heapq.nlargest(_MEASURED, self._offered.texts(), key=len)
        widest = max((metrics.horizontalAdvance(text) for text in longest), default=0)
        margins = 2 * (popup.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        scroll_bar = popup.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        wanted = widest + margins + scroll_bar + 2 * popup.frameWidth() + POPUP_TEXT_SLACK
        field = self.widget()
        window = field.window().width() if field is not None else wanted
        popup.setMinimumWidth(min(wanted, window))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        popup, field = self._list(), self.widget()
        # Enter while the popup is open and nothing in it chosen: the field completes what
        # was typed, as Enter in the field does (Qt only closed the popup).
        if (
            watched is popup
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and key_guide.PICKER_COMPLETE.matches(event)
            and not popup.currentIndex().isValid()
            and self._combo.complete_typed()
        ):
            popup.hide()
            return True
        if watched is popup and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._combo.popup_shown_or_hidden()
        # The widened popup kept to the window: it is placed at the field's left edge, so a
        # field on the right of a dialog had its popup run past the dialog's edge.
        placed = event.type() in (QEvent.Type.Show, QEvent.Type.Move)
        if watched is popup and placed and field is not None:
            window, shown = field.window().geometry(), popup.geometry()
            if shown.right() > window.right():
                popup.move(max(window.left(), window.right() - shown.width()), shown.top())
        return super().eventFilter(watched, event)
