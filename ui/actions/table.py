"""The Actions list's view over the lazy ``ActionsModel``: one row selected, kept by id across
reloads, sorting by a click on a header (done by the page, not by a proxy)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QWidget

from samverkan_desktop.enums import ActionStatus
from samverkan_desktop.formatting import date_with_week
from samverkan_desktop.services.action_list import PAGE_SIZE
from samverkan_desktop.services.action_list_rows import ActionListRow
from samverkan_desktop.services.action_rows import status_text
from ui.actions.model import (
    AREA,
    DUE,
    RESPONSIBLE,
    SOURCE,
    STATUS,
    TITLE,
    ActionsModel,
    cell_text,
)
from ui.actions.open_list_widths import (
    READABLE_TEXT,
    TITLE_FLOOR_WRAPPED,
    narrow_list_fit,
    open_list_fit,
)
from ui.actions.shared_widths import (
    LEFT_OUT_BESIDE_PANE,
    TITLE_FLOOR,
    WIDTHS,
    Fit,
    fitted,
    title_gives_way,
)
from ui.actions.text_needs import ON_LINES, TextNeeds, text_needs
from ui.widgets.chosen_in_view import resized_keeping_chosen
from ui.widgets.hand_sizing import HandSizing
from ui.widgets.list_table import setup_list_table, show_cut_text, stretch_from, text_margin
from ui.widgets.record_table import MIN_TEXT_WIDTH, SortHeader
from ui.widgets.sort_header import two_line_width
from ui.widgets.two_lines import LineCounter, TwoLinesDelegate

# In two-line rows a title that needs more takes up to this many lines, its row alone that
# high: what the action is was cut on two lines at 1024 and 1280 px ("Ta fram polisens
# statistik / över bedrägerier mot ä…") while the short ones leave the rows low (one line
# where every cell fits on one: ``_fit_rows``). A source and a responsible may take them too.
TITLE_LINES = 3
# With no action chosen a text cut on one line takes more rather than cut these (open_list_fit).
OPEN_LIST_WHOLE = (TITLE, SOURCE, RESPONSIBLE)
KEEP_SELECTION_ROWS = 2000  # a reload fetches pages up to the selected row, but not forever


class ActionsTable(HandSizing):
    current_changed = Signal(object)  # ActionListRow or None
    activated = Signal(object)  # ActionListRow: double-click or Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actions_model = ActionsModel(self)
        self.setModel(self.actions_model)
        self.setObjectName("actionsTable")
        setup_list_table(self)
        self._one_line = self.fontMetrics().height() + 10
        self.verticalHeader().setDefaultSectionSize(self._one_line)
        self.setItemDelegate(TwoLinesDelegate(self))  # two lines where a title is cut on one
        # Arrows that point the same way as in every other list (▲ ascending).
        self.setHorizontalHeader(SortHeader(Qt.Orientation.Horizontal, self))
        header = self._hand_sized_header()  # (a column dragged by hand keeps its width)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.setSortIndicator(DUE, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self.actions_model.sort)
        self._announced: int | None = None
        self._needs: TextNeeds | None = None  # the texts' room: _text_needs
        # _fit_every_row's last: the columns' widths, the viewport's, wrapping, the rows
        self._rows_fitted: tuple[tuple[int, ...], int, bool, int] | None = None
        self._counter: LineCounter | None = None  # the texts' lines, measured once per width
        # The rows out of sight are fitted once the show or resize has settled: its steps
        # (the first rows, then two or three widths as the pane and splitter settle) each
        # fitted all 100 fetched rows, a third of the list's first show.
        self._rest_of_rows = QTimer(self)
        self._rest_of_rows.setSingleShot(True)
        self._rest_of_rows.setInterval(0)
        self._rest_of_rows.timeout.connect(self._fit_rows_out_of_sight)
        self._fit_to_viewport()
        self.selectionModel().currentRowChanged.connect(lambda *_a: self.announce())
        self.selectionModel().selectionChanged.connect(lambda *_a: self.announce())
        self.actions_model.modelReset.connect(self.announce)
        self.actions_model.modelReset.connect(self._refit_to_rows)
        self.actions_model.rowsInserted.connect(lambda _p, first, last: self._fit_rows(first, last))
        self.current_changed.connect(lambda _row: self._fit_to_viewport())
        self.doubleClicked.connect(lambda _index: self._activate())
        enter = QAction(self)
        enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        enter.triggered.connect(self._activate)
        self.addAction(enter)

    def sort_state(self) -> tuple[int, bool]:
        header = self.horizontalHeader()
        return header.sortIndicatorSection(), (
            header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        )

    def current_row(self) -> ActionListRow | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row()):
            return None
        return self.actions_model.row_at(index.row())

    def current_id(self) -> int | None:
        row = self.current_row()
        return None if row is None else row.id

    def select_id(self, action_id: int | None, load_all: bool = False) -> bool:
        """Select an action; pages are fetched up to it (within reason unless ``load_all``)."""
        model = self.actions_model
        position = model.position_of(action_id)
        if position < 0 or (position >= KEEP_SELECTION_ROWS and not load_all):
            return False
        number = model.row_of_id(action_id)  # type: ignore[arg-type]
        if number < 0:
            return False
        index = model.index(number, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)
        return True

    def _fit_to_viewport(self) -> None:
        """Every column in view without scrolling sideways (a 1100 px window cut "Status" and
        half of "Klart senast"): the texts give way, the title last and least; the due dates
        and the status stay whole, and a cut text ends in "…". A title cut on one line takes
        two (``_show_two_lines``), and the title gives way further (TITLE_FLOOR_WRAPPED); the
        source then reads whole on two lines where there is room, and beside a chosen action's
        pane a list without that room leaves it out (LEFT_OUT_BESIDE_PANE). A
        window wider than the natural WIDTHS gives the room over them to the texts (GROWING),
        not to Status. Fitted again beside the scroll bar the taller rows bring (resizeEvent)."""
        if self._user_sized:
            for column in LEFT_OUT_BESIDE_PANE:  # the user sizes every column themselves
                self.setColumnHidden(column, False)
            self._fit_rows_to_title()
            return
        due, status = self._whole_rooms(two_lines=False)
        reserve = max(status, self.horizontalHeader().sectionSizeHint(STATUS))
        floors = {TITLE: TITLE_FLOOR, SOURCE: MIN_TEXT_WIDTH, RESPONSIBLE: MIN_TEXT_WIDTH}
        floors |= {AREA: MIN_TEXT_WIDTH, DUE: due}
        viewport = self.viewport().width()
        room = viewport - reserve
        measured = self._text_needs()
        needs = measured.one_line
        widths, hidden = self._fitted(floors, room, needs)
        two_lines = needs[TITLE] > widths[TITLE]
        if self._announced is None and any(needs[c] > widths[c] for c in OPEN_LIST_WHOLE):
            # no pane: what tells the rows apart whole (ui.actions.open_list_widths)
            dates = self._dates_rooms()
            fit = open_list_fit(viewport, measured, dates) or narrow_list_fit(
                viewport, measured, dates
            )
            if fit is not None:
                self._apply(True, fit.widths, fit.hidden, fit.reserve)
                return
        if two_lines:
            floors[TITLE] = TITLE_FLOOR_WRAPPED
            needs = needs | {TITLE: measured.two_lines[TITLE]}
            widths, hidden = self._fitted(floors, room, needs)
            squeezed = min(widths.get(c, READABLE_TEXT) for c in (RESPONSIBLE, AREA))
            # beside the pane a source cut or left out ("Trygghetsvandring / 2021-05-18,
            # Gyllensti…" at 1280 px)
            source_cut = self._announced is not None
            source_cut = source_cut and widths.get(SOURCE, 0) < measured.two_lines[SOURCE]
            if AREA in hidden or squeezed < READABLE_TEXT or source_cut:
                # In two-line rows the date and the status go onto two lines ("2026-11-22" above
                # "(v. 47)") before the texts beside them are cut to their first letters: at
                # 1024 px beside the pane Ansvarig read "Öster…" in 56 px beside a Klart senast
                # column of 123 px and a Status of 123 px.
                # (no wider than that: the room a date has over its two lines is the texts')
                floors[DUE], status = self._whole_rooms(two_lines=True)
                reserve = max(status, self.horizontalHeader().sectionSizeHint(STATUS))
                room = viewport - reserve
                natural = WIDTHS | {DUE: floors[DUE]}
                widths, hidden = self._fitted(floors, room, needs, natural, whole_source=True)
            if sum(WIDTHS.values()) >= room:  # a wide window shares its room (GROWING)
                widths = title_gives_way(widths, self._text_needs().two_lines)
        self._apply(two_lines, widths, hidden, reserve)

    def reads_whole(self, viewport: int) -> bool:
        """Whether with no action chosen the titles, sources and responsibles read whole in a
        viewport that wide (``open_list_fit``)."""
        return open_list_fit(viewport, self._text_needs(), self._dates_rooms()) is not None

    def _apply(
        self, two_lines: bool, widths: dict[int, int], hidden: frozenset[int], reserve: int
    ) -> None:
        """The columns sized to ``widths`` (Status stretching from ``reserve``), ``hidden``
        left out, the rows as high as their texts need."""
        with self._program_sizing():
            self._show_two_lines(two_lines)
            for column in LEFT_OUT_BESIDE_PANE:
                self.setColumnHidden(column, column in hidden)
            for column, width in widths.items():
                self.setColumnWidth(column, width)
            stretch_from(self, STATUS, reserve)
        self._fit_every_row()

    def _dates_rooms(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """The room of the due dates and of Status (with its title) on one line, and on two."""
        hint = self.horizontalHeader().sectionSizeHint(STATUS)
        one, two = (self._whole_rooms(two_lines=two) for two in (False, True))
        return (one[0], max(one[1], hint)), (two[0], max(two[1], hint))

    def _whole_rooms(self, two_lines: bool) -> tuple[int, int]:
        """The room the due dates and the statuses need whole, in their widest forms (a
        two-digit week, the longest status with ", försenad"): on one line, or on two between
        their words."""
        due = date_with_week(dt.date(2026, 12, 28))
        statuses = [status_text(s, True) for s in ActionStatus]
        if not two_lines:
            return self._text_room(due), max(map(self._text_room, statuses))
        metrics = self.fontMetrics()
        empty = self._text_room("")
        widest = max(two_line_width(text, metrics) for text in statuses)
        return empty + two_line_width(due, metrics), empty + widest

    def _fitted(
        self,
        floors: dict[int, int],
        room: int,
        needs: dict[int, int],
        natural: dict[int, int] = WIDTHS,
        whole_source: bool = False,
    ) -> Fit:
        """``fitted`` beside the pane where an action is chosen."""
        beside_pane = self._announced is not None
        measured = self._text_needs()
        return fitted(floors, room, needs, measured, beside_pane, natural, whole_source)

    def _fit_rows_to_title(self) -> None:
        """Rows two lines high if a title is cut on one line in its column as sized by hand."""
        self._show_two_lines(self._text_needs().one_line[TITLE] > self.columnWidth(TITLE))
        self._fit_every_row()

    def _fit_every_row(self) -> None:
        """``_fit_rows`` for every row fetched, unless the rows and the columns' widths are
        those fitted last (a row chosen fits the columns again: thousands of rows fetched cost):
        the rows in sight at once, the others when the event loop is next free."""
        columns = range(self.actions_model.columnCount())
        fitted = (
            tuple(0 if self.isColumnHidden(c) else self.columnWidth(c) for c in columns),
            self.viewport().width(),
            self.wordWrap(),
            self.actions_model.rowCount(),
        )
        if fitted != self._rows_fitted:
            self._rows_fitted = fitted
            last = self.actions_model.rowCount() - 1
            top = max(self.rowAt(0), 0)
            if self._fit_rows(top, last, self.viewport().height()) < last or top > 0:
                self._rest_of_rows.start()

    def _fit_rows_out_of_sight(self) -> None:
        self._fit_rows(0, self.actions_model.rowCount() - 1)
        # Painted anew: rows grown under a list scrolled to its end (a row chosen, then
        # Ctrl+End) left a strip of the old rows' pixels above one of them (seen under Xvfb)
        self.viewport().update()

    def _fit_rows(self, first: int, last: int, sight: int | None = None) -> int:
        """In two-line rows, each of the rows ``first``–``last`` as high as its texts need: a
        title, a source and a responsible up to TITLE_LINES lines (longer ones end in "…",
        whole in the tooltip), the others up to two; one line where every cell fits on one
        (at 1920 px every row was two lines high with each text on one). With ``sight`` (the
        viewport's height) it stops below the rows in sight; it returns the last row fitted."""
        # Not RecordTable's WrappedRowHeights: these rows come a page at a time and are fitted
        # as they come (rowsInserted), in lines as TwoLinesDelegate draws them (cut with "…"
        # past their lines), where it wraps every text whole of all its rows at each fitting.
        model, font, wrap = self.actions_model, self.font(), self.wordWrap()
        if self._counter is None or self._counter.font != font:
            self._counter = LineCounter(font)
        counter = self._counter
        margins = self._text_room("") - 4
        widths = {
            column: self.columnWidth(column)
            for column in range(model.columnCount())
            if not self.isColumnHidden(column)
        }
        # Status stretches into the rest, maybe not yet laid out ("Öppen, försenad" in 71 px)
        rest = self.viewport().width() - sum(w for c, w in widths.items() if c != STATUS)
        widths[STATUS] = max(widths.get(STATUS, 0), rest)
        rooms = {column: width - margins for column, width in widths.items()}
        spacing = self.fontMetrics().lineSpacing()
        for number in range(first, last + 1):
            lines = 1  # one-line rows: as the header's default, rows once taller too
            if wrap:
                row = model.row_at(number)
                for column, room in rooms.items():
                    text = cell_text(row, column)
                    if lines < TITLE_LINES and counter.width(text) > room:  # (whole first)
                        most = TITLE_LINES if column in ON_LINES else 2
                        lines = max(lines, counter.lines(text, room, most))
            height = self._one_line + (lines - 1) * spacing
            if self.rowHeight(number) != height:
                self.setRowHeight(number, height)
            if sight is not None:
                sight -= height
                if sight < 0:  # the rows below are out of sight
                    return number
        return last

    def _show_two_lines(self, two: bool) -> None:
        """Rows two lines high with the texts broken between words, or one line high; a text
        longer than two lines ends in "…" (a title's tooltip holds it whole)."""
        if two == self.wordWrap():
            return
        self.setWordWrap(two)
        extra = self.fontMetrics().lineSpacing() if two else 0
        self.verticalHeader().setDefaultSectionSize(self._one_line + extra)
        # (which resizes the rows at the old default: one-line rows in two-line rows' height)
        self._rows_fitted = None

    def _text_room(self, text: str) -> int:
        """A column's width for ``text`` whole: the cell's margins either side, the grid line
        and the text's rounding."""
        return self.fontMetrics().horizontalAdvance(text) + text_margin(self) + 4

    def _text_needs(self) -> TextNeeds:
        """The room the texts need, measured once in the first page (``text_needs``); again
        when the rows reload."""
        # Not ColumnMeasures._text_needs (each column's longest text on one line, in rows all
        # held): these columns are fitted on one line, on two and on a row's lines.
        if self._needs is None:
            model = self.actions_model
            rows = [model.row_at(n) for n in range(min(model.rowCount(), PAGE_SIZE))]
            # (the margins measured once: a reload is on every key typed)
            self._needs = text_needs(rows, self.font(), self._text_room(""), TITLE_LINES)
        return self._needs

    def _refit_to_rows(self) -> None:
        """Other rows (a filter typed, another order): the texts' room is measured again."""
        self._needs = None
        self._rows_fitted = None
        self._fit_to_viewport()

    def _stretching_column(self) -> int:
        return STATUS  # (never left out)

    def _sized_by_user(self, index: int) -> None:
        if index == TITLE:  # a title dragged wide enough reads on one line again
            self._fit_rows_to_title()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        # A responsible or a priority area cut short reads whole under the pointer, as a title.
        return show_cut_text(self, event) or super().viewportEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        # Fitted before Qt sets its scroll bars by the columns' widths: a sideways one came and
        # went as the pane opened beside the list.
        self._fit_to_viewport()
        resized_keeping_chosen(self, event, super().resizeEvent)

    def announce(self) -> None:
        if self.pressing:  # told once the press has selected its row
            return
        row = self.current_row()
        key = None if row is None else row.id
        if key != self._announced:
            self._announced = key
            self.current_changed.emit(row)

    def _activate(self) -> None:
        row = self.current_row()
        if row is not None:
            self.activated.emit(row)
