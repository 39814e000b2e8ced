"""A register's "History…" (ListPage's): Ctrl+H, the table's context menu, a tool bar
button once a record of a known table is chosen ("More ▾" where the page has one) show the
audit trail of the chosen record (ui.widgets.history). A page names its table in
``history_table`` when its rows are not in history.ROW_TABLES."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QWidget

from samverkan_desktop.i18n import _
from ui import key_guide
from ui.widgets.history import history_table_for, record_title, show_history
from ui.widgets.one_time_dialog import popup_once
from ui.widgets.record_table import RecordTable
from ui.widgets.wording import keep_ellipsis


class ListHistory(QWidget):
    """ListPage's "History…" and the context menu of its list."""

    history_table: str | None = None  # the audit table of the rows (else history.ROW_TABLES)
    table: RecordTable[Any]
    toolbar: QToolBar
    more_menu: QMenu | None

    def current_row(self) -> Any:
        raise NotImplementedError

    def current_id(self) -> Any:
        raise NotImplementedError

    def _add_history(self, current_changed: SignalInstance) -> None:
        """The action, offered as a row of a known table is chosen (``current_changed``)."""
        self.history_action = keep_ellipsis(QAction(_("History…"), self))
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.history_action.setToolTip(
            key_guide.with_keys(_("Who changed the selected record, and when"), self.history_action)
        )
        self.history_action.setEnabled(False)
        self.history_action.triggered.connect(lambda _checked=False: self.show_history())
        self.addAction(self.history_action)
        self._history_in_toolbar = False
        current_changed.connect(self._update_history_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

    def _table_of(self, row: Any) -> str | None:
        if row is None:
            return None
        return self.history_table or history_table_for(row)

    def _update_history_action(self, row: Any) -> None:
        known = self._table_of(row) is not None
        self.history_action.setEnabled(known)
        if known and not self._history_in_toolbar:
            self._history_in_toolbar = True  # after the page's own actions
            if self.more_menu is not None:  # the row is full: "More ▾" holds it too
                self.more_menu.addSeparator()
                self.more_menu.addAction(self.history_action)
            else:
                self.toolbar.addAction(self.history_action)

    def show_history(self) -> None:
        row = self.current_row()
        table = self._table_of(row)
        if table is not None:
            show_history(self, self._ctx_for_history(), table, self.current_id(), record_title(row))

    def _ctx_for_history(self) -> Any:
        # Pages get the AppContext as ``ctx`` (their own or their area's).
        widget: Any = self
        while widget is not None:
            ctx = getattr(widget, "ctx", None)
            if ctx is not None:
                return ctx
            widget = widget.parent()
        raise RuntimeError("no AppContext above this page")

    def _context_menu(self, position: Any) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        for action in self.toolbar.actions():
            if action is self.history_action or not action.text():
                continue
            # "More ▾"'s commands read in line with the others, not in a menu of the menu.
            more = action.menu()
            for each in more.actions() if isinstance(more, QMenu) else [action]:
                if each is not self.history_action and each.text():
                    menu.addAction(each)
        menu.addSeparator()
        menu.addAction(self.history_action)
        menu.addSeparator()
        menu.addAction(self.table.copy_action)
        if self.table.export_action.isVisible():
            menu.addAction(self.table.export_action)
        popup_once(menu, self.table.viewport().mapToGlobal(position))
