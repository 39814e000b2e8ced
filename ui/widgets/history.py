""" "History" of one record: when, who and what changed, from the audit trail.

``HistoryDialog`` lists the entries newest first and, below, the selected entry's fields with
their value before and after (Swedish field labels where the catalog has them); a change of one
of the record's parts (a meeting's agenda item, an action's note: services.audit_parts) names
the part above its fields. Every register
view gets it through ListPage ("History…", Ctrl+H, the table's context menu); any other view
calls ``show_history``. ``history_table_for`` tells which table a list row belongs to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.errors import DomainError
from samverkan_desktop.formatting import display_datetime
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import audit
from samverkan_desktop.services.audit import HistoryRow
from ui.context import AppContext
from ui.widgets.dialogs import show_error
from ui.widgets.empty_text import empty_style
from ui.widgets.list_table import tab_leaves
from ui.widgets.one_time_dialog import OneTimeDialog
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import Column

# The table behind the rows a register view lists (by the row class's name).
ROW_TABLES: dict[str, str] = {
    "GroupRow": "groups",
    "GroupDetail": "groups",
    "PersonRow": "people",
    "OrganisationRow": "organisations",
    "ActionRow": "actions",
    "MeetingDetail": "meetings",
    "UnitRow": "alarm_units",
    "LoanRow": "alarm_loans",
    "WalkRow": "walks",
    "PlaceRow": "places",
    "PlanRow": "plans",
    "ExerciseRow": "exercises",
}
NAME_ATTRIBUTES = ("name", "title", "code")


def history_table_for(row: Any) -> str | None:
    return ROW_TABLES.get(type(row).__name__) if row is not None else None


def record_title(row: Any) -> str:
    for attribute in NAME_ATTRIBUTES:
        value = getattr(row, attribute, None)
        if isinstance(value, str) and value:
            return value
    return ""


def _columns() -> list[Column[HistoryRow]]:
    return [
        Column(_("When"), lambda r: display_datetime(r.at), sort_key=lambda r: (r.at, r.id)),
        Column(_("Who"), lambda r: r.who),
        Column(_("What"), lambda r: _(r.action.label)),
        Column(_("Changes"), lambda r: r.summary, tooltip=lambda r: r.summary.replace("; ", "\n")),
    ]


class HistoryDialog(OneTimeDialog):
    def __init__(
        self,
        ctx: AppContext,
        table: str,
        record_id: int | str,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        heading = audit.table_label(table) + (f" – {title}" if title else "")
        self.setWindowTitle(_("History: {record}").format(record=heading))
        self.rows: list[HistoryRow] = ctx.call(audit.history, table, record_id)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        if self.rows:
            self.summary.setText(
                ngettext(
                    "{count} change recorded.", "{count} changes recorded.", len(self.rows)
                ).format(count=len(self.rows))
            )
        else:
            self.summary.setText(
                _(
                    "No changes are recorded for this record (it was made before the history "
                    "was kept, or with the example data)."
                )
            )
        self.entries: RecordTable[HistoryRow] = RecordTable(_columns(), self)
        self.entries.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        # Which part of the record the selected change is of ("Dagordningspunkt 3 ”Lägesbild”"),
        # above its fields: the fields alone would read as the record's own.
        self.part = QLabel(self)
        self.part.setObjectName("historyPart")
        self.part.setWordWrap(True)
        self.part.setStyleSheet("font-weight: 600; padding-top: 4px;")
        self.fields = QTableWidget(0, 3, self)
        self.fields.setHorizontalHeaderLabels([_("Field"), _("Before"), _("After")])
        self.fields.verticalHeader().setVisible(False)
        self.fields.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        tab_leaves(self.fields)
        self.fields.setWordWrap(True)
        # By pixels: by whole rows, a row taller than the pane (a long note) had no scroll bar
        # and the rest of its text could not be read.
        self.fields.setVerticalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Wrapped texts need their row heights again whenever the columns get their widths.
        header.sectionResized.connect(lambda *_args: self.fields.resizeRowsToContents())
        self.entries.current_changed.connect(self._show_fields)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.entries)
        lower = QWidget(splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.part)
        lower_layout.addWidget(self.fields, 1)
        splitter.addWidget(lower)
        splitter.setSizes([300, 200])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        if not self.rows:
            # No history: the sentence says so, as an empty list does, in place of two empty
            # tables (the dialog's whole height of headers over nothing).
            splitter.hide()
            self.summary.setStyleSheet(empty_style())
            self.summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.setStretchFactor(self.summary, 1)
            self.resize(560, 220)
            return
        self.resize(900, 560)
        self.entries.set_rows(self.rows, self.rows[0].id)
        self._show_fields(self.entries.current_row())
        self.entries.setFocus()

    def _show_fields(self, row: HistoryRow | None) -> None:
        changes = row.changes if row is not None else ()
        self.part.setText(row.part if row is not None else "")
        self.part.setVisible(bool(self.part.text()))
        self.fields.setRowCount(len(changes))
        for index, change in enumerate(changes):
            for column, text in enumerate((change.label, change.old, change.new)):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.fields.setItem(index, column, item)
        self.fields.resizeRowsToContents()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.fields.resizeRowsToContents()

    def field_texts(self) -> list[tuple[str, str, str]]:
        """What the lower table shows: (field, before, after) per line."""
        return [
            tuple(self.fields.item(r, c).text() for c in range(3))  # type: ignore[misc,union-attr]
            for r in range(self.fields.rowCount())
        ]


def show_history(
    parent: QWidget | None, ctx: AppContext, table: str, record_id: int | str, title: str = ""
) -> None:
    try:
        dialog = HistoryDialog(ctx, table, record_id, title, parent)
    except DomainError as error:
        show_error(parent, error)
        return
    dialog.exec()
