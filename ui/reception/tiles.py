"""The units as large tiles in their status colours: code, state, who has it (not for a home
loan) and until when.
An overdue unit is red, "Overdue" over "since ..."; the selected unit has a dark frame. A unit
due for a function test has the reminder at the foot of its tile (ui/reception/test_mark.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from samverkan_desktop import clock
from samverkan_desktop.formatting import iso_date, local
from samverkan_desktop.i18n import _
from samverkan_desktop.models import UnitKind
from samverkan_desktop.services.alarm_tests import FunctionTestRule
from samverkan_desktop.services.alarms import UnitRow
from ui.alarms.common import due_line, palette, state_text
from ui.reception.loan_texts import is_home_loan
from ui.reception.test_mark import TILE_MARK_STYLE, mark_text

TILE_WIDTH = 200  # the grid fits as many columns of at least this width as it can
SELECTED_BORDER = "#1c3b5a"


class StateLabel(QLabel):
    """The state and, for a home-loan unit, its kind: "Available · home loan" on one line where
    it fits, else on two lines ("Available", "home loan"): wrapped by Qt it broke after the dot
    (at 1440 × 900), a "·" left at the end of the first line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._parts: tuple[str, ...] = ()

    def set_parts(self, *parts: str) -> None:
        self._parts = parts
        self._fit()

    def _fit(self) -> None:
        one_line = " · ".join(self._parts)
        room = self.contentsRect().width()
        fits = self.fontMetrics().horizontalAdvance(one_line) <= room
        self.setText(one_line if fits else "\n".join(self._parts))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the tile's style sets the state's size
            self._fit()


class UnitTile(QFrame):
    clicked = Signal(str)  # the unit's code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # As high as its lines need where room is short (a code and a state: two lines), taller
        # where there is room: 124 px each, the third row was cut at 1100 × 700 with tiles
        # mostly empty.
        self.setMinimumWidth(170)
        self.setMaximumHeight(210)
        self.code = ""
        self._background = QColor()
        self.code_label = QLabel(self)
        self.code_label.setObjectName("tileCode")
        self.state_label = StateLabel(self)
        self.state_label.setObjectName("tileState")
        self.borrower_label = QLabel(self)
        self.borrower_label.setObjectName("tileBorrower")
        self.due_label = QLabel(self)
        self.due_label.setObjectName("tileDue")
        self.test_label = QLabel(self)
        self.test_label.setObjectName("tileTest")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        for label in self._labels():
            label.setWordWrap(True)
            layout.addWidget(label)
            if label is self.due_label:
                layout.addStretch(1)  # the test reminder at the foot, apart from the loan

    def _labels(self) -> tuple[QLabel, ...]:
        return (
            self.code_label,
            self.state_label,
            self.borrower_label,
            self.due_label,
            self.test_label,
        )

    def set_unit(self, row: UnitRow, selected: bool, test_note: str | None = None) -> None:
        """``test_note``: "Function test due since …" for a unit due, else None."""
        self.code = row.code
        colours = palette(row)
        self._background = colours.background
        border = (
            f"4px solid {SELECTED_BORDER}" if selected else f"2px solid {colours.border.name()}"
        )
        text = colours.text.name()
        self.setStyleSheet(
            f"QFrame#tile {{ background: {colours.background.name()}; border: {border};"
            " border-radius: 10px; }"
            " QLabel { background: transparent; border: none; }"
            " QLabel#tileCode { font-size: 26px; font-weight: 700; color: #1c2733; }"
            f" QLabel#tileState {{ font-size: 17px; font-weight: 600; color: {text}; }}"
            " QLabel#tileBorrower { font-size: 19px; color: #1c2733; }"
            f" QLabel#tileDue {{ font-size: 15px; color: {text};"
            f" font-weight: {700 if row.overdue else 400}; }}" + TILE_MARK_STYLE
        )
        self.code_label.setText(row.code)
        if row.kind is UnitKind.HOME_LOAN:
            self.state_label.set_parts(state_text(row), _("home loan"))
        else:
            self.state_label.set_parts(state_text(row))
        # A home loan's borrower is under threat: "On loan · home loan", never her name.
        borrower = "" if is_home_loan(row) else (row.borrower or "")
        self.borrower_label.setText(borrower)
        self.borrower_label.setVisible(bool(borrower))
        if row.due_at is not None and row.purpose is UnitKind.HOME_LOAN and not row.overdue:
            due = _("until {date}").format(date=iso_date(local(row.due_at).date()))
        else:
            # Late: "since …" under the state "Overdue" (said once: "OVERDUE since …" under it
            # cost each late tile a line).
            due = due_line(row)
        self.due_label.setText(due)
        self.due_label.setVisible(bool(due))
        self.test_label.setText(mark_text(test_note))
        self.test_label.setVisible(bool(test_note))

    def background(self) -> QColor:
        return self._background

    def text(self) -> str:
        """Everything the tile says, one line each."""
        return "\n".join(label.text() for label in self._labels() if label.text())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.code)
        super().mouseReleaseEvent(event)


class TileGrid(QWidget):
    """Tiles in as many columns as fit; tiles are reused between refreshes."""

    tile_clicked = Signal(str)
    row_height_changed = Signal(int)  # the first row's: what the window keeps in view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("tileGrid")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._grid.setSpacing(12)
        self._tiles: list[UnitTile] = []
        self._columns = 0
        self._row_height = 0
        self.test_rule = FunctionTestRule(0)  # the window's, read with the units

    def set_units(self, rows: list[UnitRow], selected_id: int | None) -> None:
        while len(self._tiles) < len(rows):
            tile = UnitTile(self)
            tile.clicked.connect(self.tile_clicked)
            self._tiles.append(tile)
        today = clock.today()
        for tile, row in zip(self._tiles, rows, strict=False):
            tile.set_unit(row, row.id == selected_id, self.test_rule.due_note(row, today))
            tile.show()
        for tile in self._tiles[len(rows) :]:
            tile.hide()
        self._layout(force=True)

    def tiles(self) -> list[UnitTile]:
        return [tile for tile in self._tiles if not tile.isHidden()]

    def tile(self, code: str) -> UnitTile:
        return next(tile for tile in self.tiles() if tile.code == code)

    def _layout(self, force: bool = False) -> None:
        shown = self.tiles()
        columns = max(1, min(len(shown) or 1, self.width() // TILE_WIDTH))
        if not force and columns == self._columns:
            return
        self._columns = columns
        for tile in self._tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(shown):
            self._grid.addWidget(tile, index // columns, index % columns)
        rows = (len(shown) + columns - 1) // columns
        for index in range(max(self._grid.columnCount(), self._grid.rowCount())):
            self._grid.setColumnStretch(index, 1 if index < columns else 0)
            self._grid.setRowStretch(index, 1 if index < rows else 0)
        row_height = max(
            (tile.sizeHint().expandedTo(tile.minimumSize()).height() for tile in shown[:columns]),
            default=0,
        )
        if row_height != self._row_height:
            self._row_height = row_height
            self.row_height_changed.emit(row_height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._layout()
