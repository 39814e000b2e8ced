"""The rule editor's "Next meetings": day, week and a note (a holiday, a meeting skipped or moved,
the other group's meeting it comes before). The date and week take their text's width and the
note the rest, wrapping onto more lines where it is long: the table never scrolls sideways, so
no note is cut at the dialog's size on a small screen. Every meeting of a rule has the rule's
time, which the read-back above says ("kl. 09.00–10.30"): a column repeating it on each row
took the room the note needs."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services.meeting_rules import PreviewDate
from ui.groups.removed_meetings import short_day
from ui.groups.rule_notes import note_text
from ui.widgets.list_table import tab_leaves
from ui.widgets.table_model import MUTED_COLOUR, WARNING_COLOUR

NOTE_COLUMN = 2


class RuleDatesTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        tab_leaves(self)
        self.setObjectName("nextMeetings")
        self.setHorizontalHeaderLabels([_("Date"), _("Week"), _("Note")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        # A wrapped note makes its row taller (rows follow the note column's width); a row of
        # one line keeps the height it had.
        rows = self.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_dates(self, dates: tuple[PreviewDate, ...]) -> None:
        self.setRowCount(len(dates))
        for row, date in enumerate(dates):
            cells = (
                short_day(date.start.date()),
                _("w. {week}").format(week=date.week),
                note_text(date),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if date.skipped:
                    item.setForeground(MUTED_COLOUR)
                elif date.holiday:
                    item.setForeground(WARNING_COLOUR)
                self.setItem(row, column, item)

    def date_texts(self) -> list[str]:
        items = (self.item(r, 0) for r in range(self.rowCount()))
        return [item.text() if item is not None else "" for item in items]
