"""A line of totals under a table, each under its column and aligned as its cells: apart from
the rows, so sorting the table never moves it among them and a selection never takes it in
(Larm → Statistik: the year's loans and hours under the twelve months). Right-click copies it
under the columns' titles, as "Kopiera raden" copies a row of the table."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QTableView, QWidget

from samverkan_desktop.i18n import _
from ui.widgets.list_table import text_margin
from ui.widgets.one_time_dialog import popup_once
from ui.widgets.shown_rows import as_stored


class TotalRow(QWidget):
    def __init__(self, table: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.labels: list[QLabel] = []
        self.setFixedHeight(table.verticalHeader().defaultSectionSize())
        header = table.horizontalHeader()
        header.sectionResized.connect(lambda *_args: self._place())
        header.geometriesChanged.connect(self._place)
        table.horizontalScrollBar().valueChanged.connect(lambda _value: self._place())

    def set_texts(self, texts: Sequence[str], right: Sequence[bool]) -> None:
        """One text per column ("" under a column whose sum means nothing), ``right``: the
        columns whose cells are aligned right (numbers)."""
        for label in self.labels:
            label.deleteLater()
        margin = text_margin(self.table) // 2
        self.labels = []
        for text, to_right in zip(texts, right, strict=True):
            label = QLabel(text, self)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setContentsMargins(margin, 0, margin, 0)
            side = Qt.AlignmentFlag.AlignRight if to_right else Qt.AlignmentFlag.AlignLeft
            label.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)
            label.show()
            self.labels.append(label)
        self._place()

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]

    def stored_under(self, titles: Sequence[str]) -> list[str]:
        """The totals under the columns titled ``titles`` (those a copy or an export of the
        table holds), as the table's rows are copied: for a mail or a spreadsheet."""
        model = self.table.model()
        by_title = {
            str(model.headerData(column, Qt.Orientation.Horizontal) or ""): label.text()
            for column, label in enumerate(self.labels)
        }
        return [as_stored(by_title.get(title, "")) for title in titles]

    def copy(self) -> None:
        from samverkan_desktop.exports.table_csv import table_text

        model = self.table.model()
        titles = [
            str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for column in range(len(self.labels))
            if not self.table.isColumnHidden(column)
        ]
        QApplication.clipboard().setText(table_text(titles, [self.stored_under(titles)]))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        menu = QMenu(self)
        menu.addAction(_("Copy the row")).triggered.connect(lambda _checked=False: self.copy())
        popup_once(menu, event.globalPos())

    def _place(self) -> None:
        header = self.table.horizontalHeader()
        left = self.table.frameWidth()
        if self.table.verticalHeader().isVisible():
            left += self.table.verticalHeader().width()
        for column, label in enumerate(self.labels):
            label.setVisible(not header.isSectionHidden(column))
            x = left + header.sectionViewportPosition(column)
            label.setGeometry(x, 0, header.sectionSize(column), self.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        # A rule above the sums, as under a column of figures on paper.
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.drawLine(0, 0, self.width(), 0)
