"""Under the agenda: the items planned in minutes run past the meeting's end ("Dagordningen
räcker till 10.50, 20 minuter efter mötets slut (10.30)."), so the coordinator shortens an item
or lengthens the meeting before the notice goes out with item times after the meeting."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop.formatting import clock_text
from samverkan_desktop.i18n import ngettext
from samverkan_desktop.services.meeting_rows import MeetingDetail, agenda_runs_past

NOTE_STYLE = "color: #b42318;"  # as the forms' error texts


class AgendaOverrunNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaOverrun")
        self.setWordWrap(True)
        self.setStyleSheet(NOTE_STYLE)
        self.hide()

    def show_for(self, detail: MeetingDetail) -> None:
        ends = agenda_runs_past(detail.starts_at, detail.ends_at, detail.agenda)
        if ends is None:
            self.clear()
            self.hide()
            return
        over = round((ends - detail.ends_at).total_seconds() / 60)
        self.setText(
            ngettext(
                "The agenda runs until {end}, {minutes} minute past the meeting's end ({close}).",
                "The agenda runs until {end}, {minutes} minutes past the meeting's end ({close}).",
                over,
            ).format(end=clock_text(ends), minutes=over, close=clock_text(detail.ends_at))
        )
        self.show()
