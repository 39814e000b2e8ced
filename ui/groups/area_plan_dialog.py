"""The action plan of one priority area of the agreement: its overall goal and its situation
picture's figures, a small table to type in (measure, place, year, value, unit, source), rows
added and removed with buttons or keys, sorted by a click on a column's header. A save refused
because another desk saved the area meanwhile offers to load theirs (F5), keeping what was typed
(ui.widgets.record_form)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.i18n import _
from samverkan_desktop.models import FigureUnit
from samverkan_desktop.services import action_plan
from samverkan_desktop.services.action_plan import AreaPlan, FigureInput, FigureRow
from samverkan_desktop.services.action_plan_texts import number_text
from ui import key_guide
from ui.context import AppContext
from ui.widgets.fields import TextBox
from ui.widgets.form_reload import Values
from ui.widgets.record_form import RecordForm
from ui.widgets.removal_focus import back_to_list

MEASURE, PLACE, YEAR, VALUE, UNIT, SOURCE = range(6)
Index = QModelIndex | QPersistentModelIndex


class NumberItem(QTableWidgetItem):
    """A cell of numbers (year, value): sorted as numbers, not as text ("60" before "142")."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = _number(self.text()), _number(other.text())
        if mine is None or theirs is None:
            return (mine is None, self.text()) < (theirs is None, other.text())
        return mine < theirs


def _number(text: str) -> float | None:
    try:
        return float(text.replace("\u00a0", "").replace(" ", "").replace(",", "."))
    except ValueError:
        return None


class UnitDelegate(QStyledItemDelegate):
    """The unit is picked from a list: antal or procent."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.addItems([_(unit.label) for unit in FigureUnit])
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findText(str(index.data()))))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())


def _row_text(row: Sequence[str]) -> str:
    return _("{measure}, {place} {year}: {value} {unit}").format(
        measure=row[MEASURE], place=row[PLACE], year=row[YEAR], value=row[VALUE], unit=row[UNIT]
    )


class FiguresTable(QTableWidget):
    """The figures typed; Insert adds a row, Delete removes the current one when not editing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        # The rows as last filled from the record, and before that: what another desk changed.
        self._filled: list[tuple[str, ...]] = []
        self._before: list[tuple[str, ...]] = []
        self.setHorizontalHeaderLabels(
            [
                _("Measure"),
                _("Place or area"),
                _("Year"),
                _("Value"),
                _("Unit of measure"),
                _("Source of the figure"),
            ]
        )
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setItemDelegateForColumn(UNIT, UnitDelegate(self))
        header = self.horizontalHeader()
        header.setSectionResizeMode(MEASURE, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(PLACE, 170)
        self.setColumnWidth(YEAR, 60)
        self.setColumnWidth(VALUE, 70)
        self.setColumnWidth(UNIT, 90)
        self.setColumnWidth(SOURCE, 200)
        self.setMinimumHeight(300)
        # Sorted once per click on a header: sorting while typing would move the row away.
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._sort)

    def _sort(self, column: int) -> None:
        self.sortItems(column, self.horizontalHeader().sortIndicatorOrder())

    def append(self, figure: FigureRow) -> None:
        self._append_texts(
            (
                figure.measure,
                figure.place,
                str(figure.year),
                number_text(figure.value),
                _(figure.unit.label),
                figure.source or "",
            )
        )

    def _append_texts(self, texts: tuple[str, ...]) -> QTableWidgetItem:
        """A row of these texts (one per column); returns its first cell."""
        row = self.rowCount()
        self.insertRow(row)
        items = []
        for column, text in enumerate(texts):
            item = NumberItem(text) if column in (YEAR, VALUE) else QTableWidgetItem(text)
            if column in (YEAR, VALUE):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setItem(row, column, item)
            items.append(item)
        return items[MEASURE]

    def add_row(self) -> None:
        """A new row, copying the measure, place, unit and source of the last one (figures come
        in series); the measure at once in typing."""
        last = self.rowCount() - 1
        copied = {
            column: self._text(last, column) if last >= 0 else ""
            for column in (MEASURE, PLACE, UNIT, SOURCE)
        }
        copied[UNIT] = copied[UNIT] or _(FigureUnit.COUNT.label)
        first = self._append_texts(
            tuple(copied.get(column, "") for column in range(self.columnCount()))
        )
        self.setCurrentItem(first)
        self.setFocus()
        self.editItem(first)

    def remove_row(self) -> None:
        row = self.currentRow()
        if row < 0:
            return
        self.removeRow(row)
        if self.rowCount():
            self.setCurrentCell(min(row, self.rowCount() - 1), MEASURE)

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def figures(self) -> list[FigureInput]:
        return [
            FigureInput(
                measure=self._text(row, MEASURE),
                place=self._text(row, PLACE),
                year=self._text(row, YEAR),
                value=self._text(row, VALUE),
                unit=self._text(row, UNIT),
                source=self._text(row, SOURCE),
            )
            for row in range(self.rowCount())
        ]

    def texts(self) -> list[tuple[str, ...]]:
        return [
            tuple(self._text(row, column) for column in range(self.columnCount()))
            for row in range(self.rowCount())
        ]

    def fill(self, figures: Sequence[FigureRow]) -> None:
        self.setRowCount(0)
        for figure in figures:
            self.append(figure)
        self._before, self._filled = self._filled, sorted(self.texts())

    # The table as one field of its form (form_reload.Compound): rows in any order, as sorting
    # by a header changes nothing.
    def form_values(self) -> Values:
        return tuple(sorted(self.texts()))

    def put_form_values(self, values: Values) -> None:
        self.setRowCount(0)
        for texts in values:
            assert isinstance(texts, tuple)
            self._append_texts(texts)

    def form_text(self) -> str:
        """After the other desk's rows were filled in: the rows they changed, added or removed
        (the whole table would bury the row that matters)."""
        keys = {row[: YEAR + 1] for row in self._filled}
        theirs = [_row_text(row) for row in self._filled if row not in self._before]
        gone = [
            _("{measure}, {place} {year} removed").format(
                measure=row[MEASURE], place=row[PLACE], year=row[YEAR]
            )
            for row in self._before
            if row[: YEAR + 1] not in keys
        ]
        return "; ".join(theirs + gone)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and key_guide.TABLE_ADD_ROW.matches(event):
            self.add_row()
            return
        if not editing and key_guide.TABLE_REMOVE_ROW.matches(event) and self.currentRow() >= 0:
            self.remove_row()
            return
        super().keyPressEvent(event)


class AreaPlanDialog(RecordForm[AreaPlan]):
    def __init__(
        self,
        ctx: AppContext,
        agreement_id: int,
        priority_area_id: int,
        parent: QWidget | None = None,
    ) -> None:
        plan = ctx.call(action_plan.get_area_plan, agreement_id, priority_area_id)
        super().__init__(
            _("Goal and situation picture – {area}").format(area=plan.area),
            parent,
            ok_text=_("Save"),
            settings=ctx.settings,
            size=(980, 520),
        )
        self.ctx = ctx
        self.agreement_id = agreement_id
        self.priority_area_id = priority_area_id
        self.goal_edit = TextBox(self, _("e.g. Allmänna platser är trygga och välskötta"), lines=2)
        self.add_row("goal", _("Overall goal"), self.goal_edit)
        self.table = FiguresTable(self)
        self.add_button = QPushButton(_("Add row"), self)
        self.add_button.setToolTip(key_guide.with_keys(_("A new figure"), key_guide.TABLE_ADD_ROW))
        self.add_button.clicked.connect(lambda _checked=False: self.table.add_row())
        self.remove_button = QPushButton(_("Remove row"), self)
        self.remove_button.setToolTip(
            key_guide.with_keys(_("Remove the chosen figure"), key_guide.TABLE_REMOVE_ROW)
        )
        self.remove_button.clicked.connect(lambda _checked=False: self.table.remove_row())
        back_to_list(self.remove_button, self.table, self.add_button)
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.add_row("figures", _("Situation picture"), box)
        self.show_record(plan)  # as opened: a save on another desk's since is refused
        self.goal_edit.setFocus()

    def read_record(self, shown: AreaPlan) -> AreaPlan:
        return self.ctx.call(action_plan.get_area_plan, shown.agreement_id, shown.priority_area_id)

    def fill(self, record: AreaPlan) -> None:
        self.goal_edit.setPlainText(record.goal or "")
        self.table.fill(record.figures)
        self._as_typed = self.table.texts()

    def edited(self) -> bool:
        # Rows typed in, added or removed are changes too (the table is no field of the form);
        # rows only sorted are not.
        return super().edited() or sorted(self.table.texts()) != sorted(self._as_typed)

    def save(self) -> None:
        self.ctx.call(
            action_plan.save_area_plan,
            self.agreement_id,
            self.priority_area_id,
            self.goal_edit.toPlainText(),
            self.table.figures(),
            expected=self.record,
        )
