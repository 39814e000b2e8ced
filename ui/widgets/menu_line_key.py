"""A menu entry naming, at its line's end, the key of the view's action that does the same.

A record's "Skriv ut ▾" entries are also bound on the view (Ctrl+P, Ctrl+Shift+P, listed in
Hjälp → Kortkommandon). The key is bound there, in the view's widgets, not on the entry: an
entry's own shortcut would work only while its menu is open, or clash with the view's. Qt
draws the text after a tab at the line's end, as its own menus show a shortcut.
"""

from __future__ import annotations

from PySide6.QtGui import QAction

from ui import key_guide


def show_key_at_line_end(entry: QAction, bound: QAction) -> str:
    """``entry`` reads "Checklista…<tab>Ctrl+P", the first key of ``bound``; that key is
    returned (for a tooltip naming it)."""
    key = key_guide.first_key(bound)
    entry.setText(f"{entry.text()}\t{key}")
    return key
