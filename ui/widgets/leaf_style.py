"""A form's style sheet set on its labels and buttons, not on the form.

Qt 6.12 keeps about 550 bytes of C heap for every spin box, date field and combo box deleted
under a widget with a style sheet (QStyleSheetStyle's rules for the field's inner line edit or
list, never given back): a form that set its style on itself left some 5-10 KiB behind at
every opening (Mötesregel, Inställningar; `python -m tests.soak`, README "Long sessions").
Labels and buttons deleted under a style sheet keep nothing, so the sheet goes on each of them:
they look as before, and the form's fields are under no style sheet at all.

Call it once the form has made its labels and buttons; a widget with a style sheet of its own
(an error line in red) keeps it, as the form's sheet named none of those.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

STYLED_KINDS = (QLabel, QAbstractButton)


def style_leaves(root: QWidget, sheet: str) -> None:
    """``sheet`` set on every label and button inside ``root`` that has none of its own."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, STYLED_KINDS) and not widget.styleSheet():
            widget.setStyleSheet(sheet)
