"""The search and the filters above a register's list (ListPage's): the search field and its
pause (ui.widgets.search_narrowing), combos and check boxes that narrow the list, their row or
rows, their place in the Tab order, whether any of them narrows the list, and back to "all"."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.composed_text import composed
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.search_field import SearchField
from ui.widgets.search_narrowing import SearchNarrowing


class PageFilters(QWidget):
    """ListPage's search and filters; ``_left_layout`` (the list's column) is ListPage's."""

    _left_layout: QVBoxLayout

    def _build_filters(self, search_placeholder: str) -> None:
        self._searching = SearchNarrowing(self, search_placeholder, lambda: self.reload())
        self.search: SearchField = self._searching.field
        self._filters: list[QComboBox | QCheckBox] = []
        self._last_filter: QWidget = self.search  # Tab: the search, its filters, the list
        # A check box's state when added is its "all": ticked, "Include training that expires
        # within 60 days" widens the gaps listed rather than narrowing them.
        self._unfiltered: dict[QCheckBox, bool] = {}
        self.filter_bar = QHBoxLayout()
        self.filter_bar.setContentsMargins(0, 0, 0, 0)
        self.filter_bar.addWidget(self.search, 3)

    def reload(self, select_id: Any = None) -> None:
        raise NotImplementedError

    def add_filter(self, widget: QComboBox | QCheckBox) -> None:
        """A combo (with an "all" entry first) or a check box that narrows the list."""
        self._filters.append(widget)
        self.tab_after_filters(widget)
        if isinstance(widget, QCheckBox):
            self._unfiltered[widget] = widget.isChecked()
            widget.toggled.connect(lambda _on: self.narrow())
            self.filter_bar.addWidget(widget, 0)
        else:
            widget.currentIndexChanged.connect(lambda _i: self.narrow())
            self.filter_bar.addWidget(widget, 1)

    def tab_after_filters(self, widget: QWidget) -> None:
        """``widget`` next in the Tab order after the search and the filters so far, before
        the list, as read: a filter made after the list followed it (Lån's period dates, which
        are no ``add_filter`` filters, came after the list)."""
        QWidget.setTabOrder(self._last_filter, widget)
        self._last_filter = widget

    def filters_below(self, widgets: Sequence[QWidget]) -> QHBoxLayout:
        """``widgets`` on a row of their own under the search, above the list (taken out
        of the search's row if there): beside a chosen record's pane, one row left the search
        too narrow for its placeholder ("Sök kod, låntagare, fabrikat ell…" at 1280 px)."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self._move_filters(widgets, row)
        row.addStretch(1)
        return row

    def filters_wrapping(self, widgets: Sequence[QWidget]) -> FlowLayout:
        """``widgets`` under the search as ``filters_below``, each as wide as its text, onto a
        second line where the list is narrow: beside a group's members at 1024 px the list
        gives the pane room its filters' one line would keep."""
        row = FlowLayout(centred=True)  # a label beside a field as in a row of its own
        self._move_filters(widgets, row)
        return row

    def _move_filters(self, widgets: Sequence[QWidget], row: QLayout) -> None:
        for widget in widgets:
            self.filter_bar.removeWidget(widget)
            row.addWidget(widget)
        self._left_layout.insertLayout(self._left_layout.indexOf(self.filter_bar) + 1, row)

    def filters_on(self) -> bool:
        """Whether a search or a filter narrows the list (else it shows the whole register)."""
        return bool(self.search_text()) or any(
            widget.isChecked() != self._unfiltered[widget]
            if isinstance(widget, QCheckBox)
            else widget.currentIndex() > 0
            for widget in self._filters
        )

    def search_text(self) -> str:
        # Composed like the stored rows: pages that filter their rows here find pasted text too.
        return composed(self.search.text().strip())

    def narrow(self) -> None:
        """Reload for the search or a filter the user changed (SearchNarrowing.narrow)."""
        self._searching.narrow()

    def filter_state(self) -> tuple[object, ...]:
        """The search and every filter as they are now (LinkedView compares them)."""
        return (
            self.search.text(),
            *(
                widget.isChecked() if isinstance(widget, QCheckBox) else widget.currentIndex()
                for widget in self._filters
            ),
        )

    def clear_filters(self) -> None:
        """Empty the search and set every filter to "all" (without reloading)."""
        self.search.clear_quietly()
        for widget in self._filters:
            widget.blockSignals(True)
            if isinstance(widget, QCheckBox):
                widget.setChecked(self._unfiltered[widget])
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            widget.blockSignals(False)
