"""The function-test reminder at the reception: a unit due for its test (the rule in Larm →
Inställningar) says so on its tile, and under the prompt once chosen, in the words of the
unit's detail in Larm → Enheter. A reminder, not a block: the unit is lent as any other. A unit
on charge, once chosen, says to check its battery."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop.i18n import _
from ui.alarms.common import lend_anyway_text, mark_text
from ui.widgets.table_model import DUE_SOON_COLOUR


# Amber, as the units list's "Testat" date of a unit due and the Overview's "soon": a reminder,
# told apart at a glance from the red of a late unit.
def tile_mark_style(font_px: int) -> str:
    """The reminder's part of a tile's style sheet, its type as large as the tile's look says."""
    return (
        f" QLabel#tileTest {{ font-size: {font_px}px; font-weight: 600;"
        f" color: {DUE_SOON_COLOUR.name()}; background: rgba(255, 255, 255, 0.8);"
        f" border: 1px solid {DUE_SOON_COLOUR.name()}; border-radius: 5px; padding: 2px 6px; }}"
    )


class ChosenTestMark(QLabel):
    """Under the prompt while the chosen unit needs a look before it goes: on charge (its
    battery may be low: lent "without a word" before), or due for a test, saying that it may be
    lent (a receptionist seeing a warning may well think it must not)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chosenTestMark")
        self.setWordWrap(True)
        self.setStyleSheet(
            f"QLabel#chosenTestMark {{ font-size: 18px; font-weight: 600;"
            f" color: {DUE_SOON_COLOUR.name()}; }}"
        )
        self.hide()

    def show_note(self, note: str | None, charging: bool = False) -> None:
        lines = []
        if charging:
            lines.append(mark_text(_("On charge – check the battery before you hand it over.")))
        if note:
            lines.append(lend_anyway_text(note))
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
