"""A walk's or an exercise's time on one row: the start, then "Slut" and the end, typed as
Swedes write them ("18.00", "20.00"); shown elsewhere as "18.00–20.00". The walk and the
exercise forms share it, and the service says when the end is not after the start."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from samverkan_desktop.formatting import clock_text
from samverkan_desktop.i18n import _
from ui.widgets.form_dialog import FormDialog
from ui.widgets.time_field import parse_clock
from ui.widgets.typed_checks import readable

FIELD_WIDTH = 90


class TimeSpanEdit(QWidget):
    """``start`` and ``end`` line edits; either may be left empty (no end: two hours are
    assumed in the calendar)."""

    def __init__(
        self, parent: QWidget | None = None, example: str = "09.00", placeholder: str | None = None
    ) -> None:
        super().__init__(parent)
        self.example = example  # in a refusal: "skriv den till exempel som 18.30"
        self.start = QLineEdit(self)
        self.start.setObjectName("startTime")
        self.start.setPlaceholderText(placeholder or example)
        self.start.setMaximumWidth(FIELD_WIDTH)
        self.end_label = QLabel(_("End"), self)
        self.end = QLineEdit(self)
        self.end.setObjectName("endTime")
        self.end.setPlaceholderText(_("optional"))
        self.end.setMaximumWidth(FIELD_WIDTH)
        self.end.setToolTip(_("When it ends; left empty, about two hours are assumed"))
        self.end_label.setBuddy(self.end)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addSpacing(8)
        row.addWidget(self.end_label)
        row.addWidget(self.end)
        row.addStretch(1)

    def add_to(self, form: FormDialog, label: str) -> None:
        """The row in ``form``: a refusal of either time under it, the focus on the field it is
        about (the start's "start_time", the end's "end_time")."""
        form.add_row("start_time", label, self)
        form.add_part("start_time", "start_time", self.start)
        form.add_part("end_time", "start_time", self.end)
        form.add_check("start_time", self.times)  # refused with the form's other fields

    def times(self) -> tuple[dt.time | None, dt.time | None]:
        """The start and the end typed (None where empty); a time no clock has refused,
        naming its field."""
        return (
            parse_clock(self.start.text(), "start_time", self.example),
            parse_clock(self.end.text(), "end_time", self.example),
        )

    def readable_times(self) -> tuple[dt.time | None, dt.time | None]:
        """As ``times``, a time that cannot be read as None (``times`` refuses it)."""
        return (
            readable(lambda: parse_clock(self.start.text(), "start_time", self.example)),
            readable(lambda: parse_clock(self.end.text(), "end_time", self.example)),
        )

    def set_times(self, start: dt.time | None, end: dt.time | None) -> None:
        self.start.setText(clock_text(start))
        self.end.setText(clock_text(end))
