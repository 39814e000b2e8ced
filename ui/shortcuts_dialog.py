"""Hjälp → Kortkommandon: every keyboard shortcut of the window, by where it works, read from
the actions themselves (so the list is never out of date), searchable and sortable."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLineEdit, QMenu, QPushButton, QVBoxLayout, QWidget

from samverkan_desktop.composed_text import composed
from samverkan_desktop.i18n import _
from ui.widgets.record_table import RecordTable
from ui.widgets.table_model import Column

if TYPE_CHECKING:
    from ui.main_window import MainWindow


@dataclass(frozen=True)
class Shortcut:
    where: str
    what: str
    keys: str
    order: int  # the window's own first, then the areas in the sidebar's order

    @property
    def id(self) -> tuple[str, str, str]:
        return (self.where, self.what, self.keys)


def _keys(action: QAction) -> str:
    return " / ".join(
        sequence.toString(QKeySequence.SequenceFormat.NativeText)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    )


def _found(where: str, order: int, actions: list[QAction]) -> list[Shortcut]:
    found: dict[tuple[str, str], Shortcut] = {}
    for action in actions:
        what = action.text().replace("&", "").strip()
        keys = _keys(action)
        if what and keys and (what, keys) not in found:
            found[(what, keys)] = Shortcut(where, what, keys, order)
    return list(found.values())


def collect(window: MainWindow) -> list[Shortcut]:
    """The menus' shortcuts, then each area's (an area not yet opened is built for it)."""
    menus: list[QAction] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            menus += menu.actions()
    shortcuts = _found(_("Everywhere"), 0, menus)
    for order, (key, title) in enumerate(window.area_titles(), start=1):
        shortcuts += _found(title, order, window.area(key).findChildren(QAction))
    return shortcuts


def shortcut_columns() -> list[Column[Shortcut]]:
    return [
        Column(_("Where"), lambda s: s.where, sort_key=lambda s: (s.order, s.what)),
        Column(_("What"), lambda s: s.what),
        Column(_("Keys"), lambda s: s.keys),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Keyboard shortcuts"))
        self.shortcuts = shortcuts
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_("Search what or keys …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.table: RecordTable[Shortcut] = RecordTable(shortcut_columns(), self)
        self.table.set_rows(shortcuts)
        close = QPushButton(_("Close"), self)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(640, 560)

    def _filter(self, text: str) -> None:
        words = composed(text).casefold().split()  # a pasted "å" may be "a" + a ring
        self.table.set_rows(
            [
                s
                for s in self.shortcuts
                if all(w in f"{s.where} {s.what} {s.keys}".casefold() for w in words)
            ]
        )
