"""The key to the colours of a walk's ratings (0 dåligt … 3 bra): a table of means coloured by
the scale said nothing of what its colours meant; the checklist form and the report print the
same scale."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from samverkan_desktop.rating_scale import RATING_COLOURS, scale_labels
from ui.widgets.flow_layout import FlowLayout

_BORDER = "border: 1px solid #c3c9d0;"


class RatingKey(QWidget):
    """Each value's colour with its digit, then its word; the pairs wrap in a narrow pane.

    ``compact``: one line of chips, each value and word on its colour ("0 dåligt"), for the
    places pane, where at 1024 px a key on two lines took the room of the ratings' rows."""

    def __init__(self, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("ratingKey")
        self._words = [f"{value} {word}" for value, word in scale_labels()]
        if compact:
            self._chips()
            return
        layout = FlowLayout(self, spacing=4)
        for value, word in scale_labels():
            swatch = QLabel(str(value), self)
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            swatch.setMinimumWidth(swatch.fontMetrics().horizontalAdvance("00") + 6)
            swatch.setStyleSheet(f"background: {RATING_COLOURS[value]}; {_BORDER} padding: 0 3px;")
            label = QLabel(word, self)
            label.setContentsMargins(0, 0, 8, 0)  # apart from the next value's colour
            layout.addWidget(swatch)
            layout.addWidget(label)
            layout.keep_together(swatch, label)

    def _chips(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for (value, _word), text in zip(scale_labels(), self._words, strict=True):
            chip = QLabel(text, self)
            chip.setStyleSheet(f"background: {RATING_COLOURS[value]}; {_BORDER} padding: 0 1px;")
            layout.addWidget(chip)
        layout.addStretch(1)

    def words(self) -> list[str]:
        """The key as it reads, value by value ("0 dåligt")."""
        labels = [label.text() for label in self.findChildren(QLabel)]
        if len(labels) == len(self._words):  # compact: a value and its word in one chip
            return labels
        return [f"{digit} {word}" for digit, word in zip(labels[::2], labels[1::2], strict=True)]
