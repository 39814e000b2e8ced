"""How a RecordTable draws its tall cells: items one to a line (``Column.lines``), and wrapping
text that breaks between words only, a too-wide word cut short (``Column.wrap``)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from ui.widgets.list_table import text_margin
from ui.widgets.two_lines import items_on_lines
from ui.widgets.wrapped_text import words_fitted


class LinesDelegate(QStyledItemDelegate):
    """A column of items one to a line in a table whose other columns wrap: an item that
    misses its line by a word or two goes on two, else it is cut short with "…" (the style
    elides line by line; ``items_on_lines``). ``split``: False, never a second line for an
    item (``Column.item_per_line``)."""

    def __init__(self, parent: QTableView, split: bool = True) -> None:
        super().__init__(parent)
        self.split = split

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideRight
        view = self.parent()
        margin = text_margin(view) if isinstance(view, QTableView) else 0
        option.text = items_on_lines(
            option.text, option.font, option.rect.width() - margin, self.split
        )


class WrapDelegate(QStyledItemDelegate):
    """A wrapping column's cell: its lines break between words only; a word wider than the
    column (a squeezed table's "säkerhetssamordnare") is cut short with "…" on a line of its
    own, the whole text in the cell's tooltip; its rows are as tall as that (``wrapped_height``)."""

    def initStyleOption(  # noqa: N802
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        view = self.parent()
        margin = text_margin(view) if isinstance(view, QTableView) else 0
        option.text = words_fitted(option.text, option.rect.width() - margin, option.font)
