"""The borrower list's foot line when it holds more names than it shows: "+2 till – ↓ visar
dem, eller skriv mer av namnet". The list gives way to the tiles by whole lines, and beyond its
six lines more staff may fit the letters; without the line nothing said that the person looked
for might be among those unseen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop.i18n import ngettext


def more_text(above: int, below: int, unfetched: int) -> str:
    """``above`` and ``below``: lines of the list scrolled out of sight; ``unfetched``: staff
    who fit the letters too but are not in the list (only more letters bring them)."""
    parts = []
    if above:
        parts.append(
            ngettext("↑ {count} more above", "↑ {count} more above", above).format(count=above)
        )
    if unfetched:
        parts.append(
            ngettext(
                "+{count} more – type more of the name",
                "+{count} more – type more of the name",
                below + unfetched,
            ).format(count=below + unfetched)
        )
    elif below:
        parts.append(
            ngettext(
                "+{count} more – ↓ shows it, or type more of the name",
                "+{count} more – ↓ shows them, or type more of the name",
                below,
            ).format(count=below)
        )
    return "  ·  ".join(parts)


class MoreLine(QLabel):
    """Quiet (small grey type on the window's grey) inside the list's frame, at its foot, in
    room the list keeps for it: a line laid over the last name would hide half of it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("borrowersMore")
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.hide()

    def line_height(self) -> int:
        self.ensurePolished()  # the style sheet's type size
        return self.sizeHint().height()
