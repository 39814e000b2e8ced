"""The reception's clock in the header: the date written out where there is room, shorter
where the window is narrow ("tisdag 1 december 2026 · 11.26", "tis 1 dec · 11.26", "11.26"),
so that the header never makes the window wider than the screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from samverkan_desktop.formatting import (
    MONTHS_SHORT,
    WEEKDAYS_SHORT,
    dotted,
    local,
    local_time,
    long_date,
)
from samverkan_desktop.i18n import _


def clock_texts(now: dt.datetime) -> list[str]:
    """The clock's forms, longest first."""
    day = local(now).date()
    short = _("{weekday} {day} {month}").format(
        weekday=_(WEEKDAYS_SHORT[day.weekday()]), day=day.day, month=_(MONTHS_SHORT[day.month - 1])
    )
    time = local_time(now)
    return [dotted(long_date(day), time), dotted(short, time), time]


class DeskClock(QLabel):
    """Shows the longest form that fits the width the header leaves it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clock")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._texts: list[str] = [""]

    def set_time(self, now: dt.datetime) -> None:
        self._texts = clock_texts(now)
        self.updateGeometry()
        self._fit()

    def _width_of(self, text: str) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 2

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._width_of(self._texts[0]), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._width_of(self._texts[-1]), super().minimumSizeHint().height())

    def _fit(self) -> None:
        fitting = next(
            (text for text in self._texts if self._width_of(text) <= self.width()),
            self._texts[-1],
        )
        if fitting != self.text():
            self.setText(fitting)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()
