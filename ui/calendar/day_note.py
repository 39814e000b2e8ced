"""The day a meeting is put on, read back under the date in "Nytt möte…" and "Flytta…":
"tisdag 12 januari 2027 (v. 2)", and on a public holiday, framed, "Infaller på en helgdag:
Trettondedag jul." too. The group's rule moves its meetings off holidays; a meeting put on one
by hand was not told (the field showed "2027-01-06" only)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from samverkan_desktop.formatting import long_date_with_week
from samverkan_desktop.i18n import _
from samverkan_desktop.recurrence import holiday_name
from ui.widgets.fields import OptionalDateEdit
from ui.widgets.notice import NOTE_LABEL_STYLE

PLAIN_STYLE = "color: #5f6b7a;"


def show_day_under(date_edit: OptionalDateEdit, note: QLabel) -> None:
    """``note`` (under ``date_edit``) reads the date back, now and whenever it changes."""

    def read_back() -> None:
        day = date_edit.value_or_none()
        if day is None:  # no date, or one refused (the field says why)
            note.hide()
            return
        holiday = holiday_name(day)
        lines = [long_date_with_week(day)]
        if holiday:
            lines.append(_("Falls on a public holiday: {name}.").format(name=holiday))
        note.setText("\n".join(lines))
        note.setStyleSheet(NOTE_LABEL_STYLE if holiday else PLAIN_STYLE)
        note.show()

    date_edit.dateChanged.connect(lambda _date: read_back())
    read_back()
