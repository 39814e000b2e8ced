"""Hjälp → Kortkommandon: every keyboard shortcut of the window, by where it works, read from
the actions themselves (so the list is never out of date), searchable and sortable: the menus',
each area's actions and its buttons' Alt+letter (an underlined letter), then the keys of the
forms, the lists and the dialogs (``ui.key_guide``, which those dialogs bind their keys from)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.composed_text import composed
from samverkan_desktop.i18n import _, ngettext
from ui import key_guide
from ui.widgets.one_time_dialog import OneTimeDialog
from ui.widgets.record_table import RecordTable
from ui.widgets.search_keys import arrows_between
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


def _mnemonics(where: str, order: int, buttons: list[QAbstractButton]) -> list[Shortcut]:
    """The buttons with an underlined letter ("&1 Uppfyllt"): Alt and that letter press them."""
    found: dict[tuple[str, str], Shortcut] = {}
    for button in buttons:
        keys = QKeySequence.mnemonic(button.text())
        what = button.text().replace("&", "").strip()
        if not keys.isEmpty() and what and (what, keys.toString()) not in found:
            text = keys.toString(QKeySequence.SequenceFormat.NativeText)
            found[(what, keys.toString())] = Shortcut(where, what, text, order)
    return list(found.values())


def guide(order: int, areas: dict[str, int] | None = None) -> list[Shortcut]:
    """The keys of the forms, the lists and the dialogs (ui.key_guide), one ``order`` for each
    place they work, from ``order`` on; an area's own (a key of its calendar) beside its
    actions, at its order in ``areas`` (title: order)."""
    areas = areas or {}
    places: dict[str, int] = {}
    found: list[Shortcut] = []
    for keys in key_guide.GUIDE:
        where, what = key_guide.translated(keys)
        at = areas.get(where) or places.setdefault(where, order + len(places))
        found.append(Shortcut(where, what, keys.text(), at))
    return found


def collect(window: MainWindow) -> list[Shortcut]:
    """The menus' shortcuts, then each area's (an area not yet opened is built for it), then
    the keys of forms, lists and dialogs."""
    menus: list[QAction] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu):
            menus += menu.actions()
    shortcuts = _found(_("Everywhere"), 0, menus)
    titles = window.area_titles()
    for order, (key, title) in enumerate(titles, start=1):
        area = window.area(key)
        shortcuts += _found(title, order, area.findChildren(QAction))
        shortcuts += _mnemonics(title, order, area.findChildren(QAbstractButton))
    areas = {title: order for order, (_key, title) in enumerate(titles, start=1)}
    return shortcuts + guide(len(titles) + 1, areas)


def shortcut_columns() -> list[Column[Shortcut]]:
    # Where and what wrap, their rows as tall as their lines: a long one was cut with "…" at
    # its column's width (at 1024 × 768 too, "I ett fält med text i (…): stanna i det, …").
    return [
        Column(_("Where"), lambda s: s.where, sort_key=lambda s: (s.order, s.what), wrap=True),
        Column(_("What"), lambda s: s.what, wrap=True),
        Column(_("Keys"), lambda s: s.keys),
    ]


class ShortcutsDialog(OneTimeDialog):
    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Keyboard shortcuts"))
        self.shortcuts = shortcuts
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_("Search what or keys …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._filter())
        # Where the keys work: the window, an area, forms, lists or one dialog.
        self.place = QComboBox(self)
        self.place.addItem(_("Everywhere they work"), None)
        for where in sorted({s.where: s.order for s in shortcuts}.items(), key=lambda p: p[1]):
            self.place.addItem(where[0], where[0])
        self.place.currentIndexChanged.connect(lambda _index: self._filter())
        self.table: RecordTable[Shortcut] = RecordTable(shortcut_columns(), self)
        self.table.set_rows(shortcuts)
        arrows_between(self.search, self.table)
        self.count = QLabel(self)
        self.count.setStyleSheet("color: #5f6b7a;")
        close = QPushButton(_("Close"), self)
        close.clicked.connect(self.accept)
        # Not the default button: Enter in the search closed the list just searched (Esc closes).
        close.setAutoDefault(False)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.place, 1)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self._counted(len(shortcuts))
        self.resize(760, 620)

    def _counted(self, shown: int) -> None:
        total = len(self.shortcuts)
        self.count.setText(
            ngettext("{count} shortcut", "{count} shortcuts", total).format(count=total)
            if shown == total
            else _("{shown} of {count} shortcuts").format(shown=shown, count=total)
        )

    def _filter(self) -> None:
        words = composed(self.search.text()).casefold().split()  # "å" may be "a" + a ring
        place = self.place.currentData()
        shown = [
            s
            for s in self.shortcuts
            if (place is None or s.where == place)
            and all(w in f"{s.where} {s.what} {s.keys}".casefold() for w in words)
        ]
        self.table.set_rows(shown)
        self._counted(len(shown))
