"""A RecordTable's rows as shown, for Excel, Word or a mail: the selected row copied
(Ctrl+C), the whole list exported as a CSV file, both also on the right-click menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QTabWidget

from samverkan_desktop import clock
from samverkan_desktop.formatting import unheld
from samverkan_desktop.i18n import _, ngettext
from ui.widgets.one_time_dialog import popup_once
from ui.widgets.press_table import PressSelectsTable


class ShownRowsCopy(PressSelectsTable):
    """RecordTable's copying and exporting (RecordTable makes the actions and the model)."""

    proxy: QAbstractItemModel  # the model the view shows
    _aside: set[int]  # the columns left to the pane beside a narrow list
    copy_action: QAction
    export_action: QAction
    export_name: str | None

    def shown_table(self, only_current: bool = False) -> tuple[list[str], list[list[str]]]:
        """The visible columns' titles and the rows' texts, in the order shown."""
        # (the columns left to the pane beside a narrow list are the list's all the same)
        columns = [
            c
            for c in range(self.proxy.columnCount())
            if not self.isColumnHidden(c) or c in self._aside
        ]
        titles = [str(self.proxy.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
        if only_current:
            current = self.currentIndex()
            rows = [current.row()] if current.isValid() else []
        else:
            rows = list(range(self.proxy.rowCount()))
        texts = [[as_stored(self.proxy.index(row, c).data()) for c in columns] for row in rows]
        return titles, texts

    def copy_row(self) -> None:
        from samverkan_desktop.exports.table_csv import table_text

        titles, rows = self.shown_table(only_current=True)
        if rows:
            QApplication.clipboard().setText(table_text(titles, rows))

    def export_list(self) -> None:
        from PySide6.QtCore import QStandardPaths

        from samverkan_desktop import output_files
        from samverkan_desktop.errors import DomainError
        from samverkan_desktop.exports.table_csv import table_csv
        from ui.widgets.dialogs import show_error, show_info
        from ui.widgets.file_dialogs import save_file

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen = save_file(
            self,
            _("Export the list for Excel"),
            Path(folder) / f"{self._offered_name()} {clock.today().isoformat()}.csv",
            _("CSV files for Excel (*.csv)"),
        )
        if chosen is None:
            return
        path = output_files.with_ending(chosen, output_files.CSV)
        titles, rows = self.shown_table()
        try:
            output_files.write_bytes(path, table_csv(titles, rows))
        except DomainError as error:
            show_error(self, error)
            return
        saved = _("Saved {written}:\n{path}").format(path=path, written=self.written(rows))
        show_info(self, saved, paths=[path])

    def written(self, rows: list[list[str]]) -> str:
        """What an export wrote, as its message names it: "13 rader" (a table whose last row is
        a total names its rows otherwise)."""
        return ngettext("{count} row", "{count} rows", len(rows)).format(count=len(rows))

    def _offered_name(self) -> str:
        if self.export_name:
            return self.export_name
        widget = self.parentWidget()
        while widget is not None:  # "Larm", "Lån", "Personer": the tab the list is on
            if isinstance(widget, QTabWidget) and widget.currentIndex() >= 0:
                text = widget.tabText(widget.currentIndex()).replace("&", "").strip()
                if text:
                    return text
            widget = widget.parentWidget()
        return _("List")

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        """Right-click: copy the row or export the list (ListPage gives its own menu, with
        these at the end)."""
        index = self.indexAt(event.pos())
        if index.isValid():
            self.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.copy_action)
        if self.export_action.isVisible():
            menu.addAction(self.export_action)
        popup_once(menu, event.globalPos())


def as_stored(shown: object) -> str:
    """A cell's text for a mail or a spreadsheet: without what only holds a span or "kl." to
    its time on one line in the window (formatting.clock_held's joiners and no-break spaces)."""
    return unheld(str(shown or "")).replace("\N{NO-BREAK SPACE}", " ")
