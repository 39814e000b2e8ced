"""The units as large tiles in their status colours: code, state, who has it (not for a home
loan) and until when.
An overdue unit is red, "Overdue" over "since ..."; the selected unit has a dark frame. A unit
due for a function test has the reminder at the foot of its tile (ui/reception/test_mark.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from samverkan_desktop import clock
from samverkan_desktop.formatting import iso_date, local
from samverkan_desktop.i18n import _
from samverkan_desktop.models import UnitKind
from samverkan_desktop.services.alarm_tests import FunctionTestRule
from samverkan_desktop.services.alarms import UnitRow
from ui.alarms.common import Palette, due_line, mark_text, palette, state_lines
from ui.reception.loan_texts import is_home_loan
from ui.reception.tile_look import FULL, LOOKS, TileLook
from ui.reception.tile_measure import TileMeasure


class UnitTile(QFrame):
    clicked = Signal(str)  # the unit's code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        # As high as its lines need where room is short (a code and a state: two lines), taller
        # where there is room (up to the look's maximum): 124 px each, the third row was cut at
        # 1100 × 700 with tiles mostly empty.
        self.code = ""
        self._background = QColor()
        self._look = FULL
        self._style_of: tuple[Palette, bool, bool] | None = None  # colours, selected, overdue
        self.shown: tuple[UnitRow, bool, str | None] | None = None  # set_unit's
        self._signature: tuple[object, ...] = ()
        self.keep_style = False  # a stand-in (tile_measure): styled once, its colours stay
        self.code_label = QLabel(self)
        self.code_label.setObjectName("tileCode")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("tileState")
        self.borrower_label = QLabel(self)
        self.borrower_label.setObjectName("tileBorrower")
        self.due_label = QLabel(self)
        self.due_label.setObjectName("tileDue")
        self.test_label = QLabel(self)
        self.test_label.setObjectName("tileTest")
        self._lines = layout = QVBoxLayout(self)
        layout.setSpacing(2)
        for label in self._labels():
            label.setWordWrap(True)
            layout.addWidget(label)
            if label is self.due_label:
                layout.addStretch(1)  # the test reminder at the foot, apart from the loan
        self.set_look(FULL)

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
        self.shown = (row, selected, test_note)
        colours = palette(row)
        self._background = colours.background
        self._style_of = (colours, selected, row.overdue)
        self._restyle()
        self.code_label.setText(row.code)
        self.state_label.setText("\n".join(state_lines(row)))
        # A home loan's borrower is under threat: "On loan", "home loan", never her name.
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
        self._sign()
        if not self.keep_style:  # a stand-in is never seen
            self._tell_whole_if_cut()

    def set_look(self, look: TileLook) -> None:
        self._look = look
        self.setMinimumWidth(look.min_width)
        self.setMaximumHeight(look.max_height)
        self._lines.setContentsMargins(*look.margins())
        self._restyle()

    def height_for(self, width: int) -> int:
        """As high as its lines need at ``width``, in its look of now."""
        self.ensurePolished()
        self._lines.invalidate()  # its labels' new type
        return min(self.maximumHeight(), self._lines.totalHeightForWidth(width))

    def signature(self) -> tuple[object, ...]:
        """What its height depends on besides its look and width: its lines and its frame."""
        return self._signature

    def _sign(self) -> None:
        lines = tuple(label.text() for label in self._labels() if not label.isHidden())
        frame = self._style_of[1:] if self._style_of else ()
        self._signature = (lines, frame)

    def _restyle(self) -> None:
        if self._style_of is None or (self.keep_style and self.styleSheet()):
            return
        sheet = self._look.style(*self._style_of)
        if sheet != self.styleSheet():  # restyling every tile at each refresh costs
            self.setStyleSheet(sheet)

    def background(self) -> QColor:
        return self._background

    def text(self) -> str:
        """Everything the tile says, one line each."""
        return "\n".join(label.text() for label in self._labels() if label.text())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._tell_whole_if_cut()

    def _tell_whole_if_cut(self) -> None:
        """Lines past the tile's foot (its look's greatest height, a small screen): what it
        says is whole in its tooltip."""
        cut = self._lines.totalHeightForWidth(self.width()) > self.height()
        self.setToolTip(self.text() if cut else "")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.code)
        super().mouseReleaseEvent(event)


# The grid fits as many columns of at least this width as it can, whatever the look: five at
# 1024 wide, six at 1280, seven at 1500 (full-size tiles of at least FULL.min_width).
COLUMN_WIDTH = 190


class TileGrid(QWidget):
    """Tiles in as many columns as fit (COLUMN_WIDTH), in the largest look whose rows
    fit the height the view has (``set_room``), chosen from the room and the tiles at every
    layout; tiles are reused between refreshes. The columns depend on the width alone: chosen
    with the look, a return (the green line, the returned tile's lines gone) turned five
    columns into four at 1024 × 768 and its undo back to five, and the receptionist who finds
    a unit by its place lost it."""

    tile_clicked = Signal(str)
    # The heights the window keeps for the tiles changed (least_heights).
    needs_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("tileGrid")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._grid.setSpacing(12)
        self._tiles: list[UnitTile] = []
        self._measure = TileMeasure(lambda: UnitTile(self))
        self._columns = 0
        self._laid_out_for: tuple[int, int, int] | None = None  # width, room, tiles
        self._room = 0  # the view's height; 0: not known yet, full size
        self._least = (0, 0)
        self.look = FULL
        self.test_rule = FunctionTestRule(0)  # the window's, read with the units

    def set_units(self, rows: list[UnitRow], selected_id: int | None) -> None:
        while len(self._tiles) < len(rows):
            tile = UnitTile(self)
            tile.set_look(self.look)
            tile.clicked.connect(self.tile_clicked)
            self._tiles.append(tile)
        today = clock.today()
        for tile, row in zip(self._tiles, rows, strict=False):
            tile.set_unit(row, row.id == selected_id, self.test_rule.due_note(row, today))
            tile.show()
        for tile in self._tiles[len(rows) :]:
            tile.hide()
        self._layout(force=True)

    def set_room(self, height: int) -> None:
        """The height of the view the tiles are seen in."""
        if height != self._room:
            self._room = height
            self._layout()

    def least_heights(self) -> tuple[int, int]:
        """(a full row at full size, every tile in the look that needs the least height): the
        first is kept in view whatever is above the tiles, the second where room allows (the
        borrower list gives way)."""
        return self._least

    def tiles(self) -> list[UnitTile]:
        return [tile for tile in self._tiles if not tile.isHidden()]

    def tile(self, code: str) -> UnitTile:
        return next(tile for tile in self.tiles() if tile.code == code)

    def _layout(self, force: bool = False) -> None:
        shown = self.tiles()
        key = (self.width(), self._room, len(shown))
        if not force and key == self._laid_out_for:
            return
        self._laid_out_for = key
        self._columns = self._columns_in(shown)
        needed = {look: self._height_needed(shown, look) for look in LOOKS}
        fitting = [look for look in LOOKS if not self._room or needed[look] <= self._room]
        # None fits, even with the borrower list given way (a notice and a warning over a small
        # screen): full size, scrolled, a full row in view (the window keeps its height).
        self._place(shown, fitting[0] if fitting else FULL)
        least = (self._height_needed(shown[: self._columns], FULL), min(needed.values()))
        if least != self._least:
            self._least = least
            self.needs_changed.emit()

    def _columns_in(self, shown: list[UnitTile]) -> int:
        return max(1, min(len(shown) or 1, self.width() // COLUMN_WIDTH))

    def _place(self, shown: list[UnitTile], look: TileLook) -> None:
        if look != self.look:
            self.look = look
            for tile in self._tiles:
                tile.set_look(look)
        columns = self._columns
        for tile in self._tiles:
            self._grid.removeWidget(tile)
        for index, tile in enumerate(shown):
            self._grid.addWidget(tile, index // columns, index % columns)
        heights = self._row_heights(shown, look)
        for index in range(max(self._grid.columnCount(), self._grid.rowCount(), len(heights))):
            self._grid.setColumnStretch(index, 1 if index < columns else 0)
            self._grid.setRowStretch(index, 1 if index < len(heights) else 0)
            # The room beyond is shared evenly: a row needing more than its share was cut.
            self._grid.setRowMinimumHeight(index, heights[index] if index < len(heights) else 0)

    def _height_needed(self, shown: list[UnitTile], look: TileLook) -> int:
        """The rows as high as their lines need in ``look``, at the columns' width."""
        heights = self._row_heights(shown, look)
        return sum(heights) + self._grid.verticalSpacing() * max(0, len(heights) - 1)

    def _row_heights(self, shown: list[UnitTile], look: TileLook) -> list[int]:
        columns = self._columns
        spacing = self._grid.horizontalSpacing()
        width = (self.width() - spacing * (columns - 1)) // columns
        rows = [shown[i : i + columns] for i in range(0, len(shown), columns)]
        return [max(self._measure.height(tile, look, width) for tile in row) for row in rows]

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._layout()


class TileArea(QScrollArea):
    """The tiles' view: tells the grid the height it has; scrolls (PgUp/PgDown) only where even
    the smallest tiles do not fit."""

    resized = Signal()

    def __init__(self, grid: TileGrid, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(grid)
        self.viewport().setAutoFillBackground(False)
        self._grid = grid

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._grid.set_room(self.viewport().height())
        self.resized.emit()
