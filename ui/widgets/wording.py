"""The window's shared wording of buttons and empty values, so every area says a thing alike.

- A button that opens a menu ends in " ▾" written in its text (``menu_button``): the styles draw
  their own arrow differently on a push button and a tool button (beside the text, under it, or
  over it at 1024 px), so a review read "Skriv ut▾", "Skriv ut ▾" and "Skriv ut…▾".
  The printouts' button is "Skriv ut ▾" in every area (``print_button``).
- "…" ends a command that asks for more before it acts (opens a form, a dialog, a preview), on a
  tool bar's button too (``keep_ellipsis``): Qt's tool bars dropped it ("Redigera" above a pane's
  "Redigera…"). A printout opened in the preview is such a command ("Minnesanteckningar…");
  "(PDF)" only names one saved to a file at once, without a preview.
- Stepping back and forth reads ‹ and › (``previous_text``, ``next_text``).
- A value not given reads "–" (``EMPTY``, ``or_empty``), in a list's cell as in a pane's fact
  ("Mötesplats: –"): no word to agree with the noun before it ("ingen", "ej angivet").
- A picker's "no choice" item reads "– ingen … –" ("– none –", "– nobody named –"), never
  "(ingen …)".
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QToolBar, QToolButton, QWidget

from samverkan_desktop.formatting import EMPTY  # the core's, so both say it alike
from samverkan_desktop.i18n import N_, _

MENU_MARK = "▾"
PREVIOUS_MARK = "‹"
NEXT_MARK = "›"
PRINT = N_("Print")
# The style's own arrow hidden: the mark is in the text, after a space, on every kind of button.
_NO_STYLE_ARROW = "::menu-indicator { image: none; width: 0px; }"


def with_menu_mark(text: str) -> str:
    return f"{text} {MENU_MARK}"


def previous_text(text: str) -> str:
    return f"{PREVIOUS_MARK} {text}"


def next_text(text: str) -> str:
    return f"{text} {NEXT_MARK}"


def or_empty(text: str | None) -> str:
    return text or EMPTY


def keep_ellipsis(action: QAction) -> QAction:
    """``action`` read on a tool bar's button as in a menu, "…" and all: the button shows the
    action's iconText, which Qt makes from its text less a closing "…" (set once: no tool bar
    action changes its text)."""
    action.setIconText(action.text())
    return action


def menu_button(text: str, menu: QMenu, parent: QWidget) -> QPushButton:
    """A push button opening ``menu``: ``text`` and the mark, read by a screen reader as the
    text alone."""
    button = QPushButton(with_menu_mark(text), parent)
    button.setAccessibleName(text)
    button.setStyleSheet(f"QPushButton{_NO_STYLE_ARROW}")
    button.setMenu(menu)
    return button


def print_button(menu: QMenu, parent: QWidget) -> QPushButton:
    """The printouts' button of a record's header or an area's corner: "Skriv ut ▾"."""
    button = menu_button(_(PRINT), menu, parent)
    button.setObjectName("printButton")
    return button


def add_menu_to_toolbar(toolbar: QToolBar, text: str, menu: QMenu) -> QAction:
    """A tool bar's button opening ``menu`` at a click, read as ``menu_button``'s."""
    action = QAction(with_menu_mark(text), toolbar)
    action.setMenu(menu)
    toolbar.addAction(action)
    button = toolbar.widgetForAction(action)
    if isinstance(button, QToolButton):
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setAccessibleName(text)
        button.setStyleSheet(f"QToolButton{_NO_STYLE_ARROW}")
    return action


def add_print_menu(toolbar: QToolBar, menu: QMenu) -> QAction:
    """The tool bar's printouts: "Skriv ut ▾", as ``print_button``."""
    action = add_menu_to_toolbar(toolbar, _(PRINT), menu)
    button = toolbar.widgetForAction(action)
    if button is not None:
        button.setObjectName("printButton")
    return action
