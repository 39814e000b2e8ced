"""A line of totals under a table, each under its column and aligned as its cells: apart from
the rows, so sorting the table never moves it among them and a selection never takes it in
(Larm → Statistik: the year's loans and hours under the twelve months)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from ui.widgets.list_table import text_margin


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
