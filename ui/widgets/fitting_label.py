"""A label that says what it has room for: of its forms, longest first ("Vecka 49, 2026 · mån 30
nov – sön 6 dec", "v. 49 · 30 nov – 6 dec"), the first its width holds on one line, else the
last. Its size hint is the longest form: given the room, the layout shows it whole; its least
width is the last form on one line (a wrapping label wraps only in a window narrower than the
program's least). A week's day heading ("mån 30 nov", "mån 30", "30") and the calendar's title
choose so."""

from __future__ import annotations

from collections.abc import Sequence
from math import ceil

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class FittingLabel(QLabel):
    def __init__(
        self,
        forms: Sequence[str] = ("",),
        parent: QWidget | None = None,
        *,
        whole_in_tooltip: bool = False,
    ) -> None:
        """``whole_in_tooltip``: a shorter form shown, the longest is the tooltip."""
        super().__init__(forms[0], parent)
        self.forms = list(forms)
        self.whole_in_tooltip = whole_in_tooltip

    def set_forms(self, forms: Sequence[str]) -> None:
        """Say ``forms`` (longest first) from now on, the one the width holds."""
        self.forms = list(forms)
        self.setText(self.forms[0])  # until chosen: a wrapping label's height follows its text
        self.updateGeometry()
        self._choose()

    def _extra(self) -> int:
        """What the label needs beside its text (a frame, a style sheet's padding)."""
        if self.wordWrap():  # its size hint is a guess at a wrapped width, not one line
            return self.width() - self.contentsRect().width() + 2 * self.margin()
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        full = self.fontMetrics().horizontalAdvance(self.forms[0]) + self._extra()
        if self.wordWrap():
            return QSize(full, self.heightForWidth(full))
        return QSize(max(hint.width(), full), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # Its last form on one line where wrapping (a window 900 px wide): the layout takes
        # the room from the buttons beside it first, which have it to spare ("Månad" in 80 px),
        # rather than break "v. 50 · 7–13 dec" in two. Its fractions counted: Qt wraps them.
        hint = super().minimumSizeHint()
        short = ceil(QFontMetricsF(self.font()).horizontalAdvance(self.forms[-1]))
        return QSize(short + self._extra(), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._choose()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._choose()  # a style sheet's bold or larger font is wider

    def _choose(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        metrics = self.fontMetrics()
        shown = next(
            (form for form in self.forms if metrics.horizontalAdvance(form) <= room),
            self.forms[-1],
        )
        if shown != self.text():
            self.setText(shown)
        if self.whole_in_tooltip:
            self.setToolTip("" if shown == self.forms[0] else self.forms[0])
