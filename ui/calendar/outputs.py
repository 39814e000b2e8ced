"""The calendar on paper and in Outlook: its "Skriv ut ▾" (Ctrl+P prints at once) and
"Exportera till Outlook (.ics)…" buttons, each taking the calendar's filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QToolButton, QWidget

from samverkan_desktop.i18n import _
from ui import key_guide
from ui.calendar.period_shown import PeriodShown
from ui.meetings.export import export_calendar
from ui.widgets.pdf_preview import preview_when_chosen
from ui.widgets.wording import print_button


class CalendarOutputs(PeriodShown):
    export_button: QToolButton
    print_button: QPushButton

    def _build_output_buttons(self, page: QWidget) -> None:
        self.export_button = QToolButton(page)
        self.export_button.setText(_("Export to Outlook (.ics)…"))
        self.export_button.setToolTip(
            _(
                "Save the meetings the calendar shows (its group, type and area filters) as a "
                "file, and its walks and exercises when it shows them"
            )
        )
        self.export_button.clicked.connect(self.export_ics)
        # "Skriv ut ▾" as every area's printouts (its "Skriv ut…" drew a menu's arrow over
        # its text at 1024 px: the key's action below made the tool button a menu button).
        menu = QMenu(page)
        tooltip = _(
            "The meeting calendar of a period, with the calendar's group, type and area filters"
        )
        calendar = menu.addAction(_("Meeting calendar for a period…"))
        calendar.setToolTip(tooltip)
        calendar.triggered.connect(lambda _checked=False: self.print_calendar())
        self.print_button = print_button(menu, page)
        self.print_button.setToolTip(f"{tooltip} ({key_guide.CALENDAR_PRINT.text()})")
        # On the button, as the other buttons' keys: Ctrl+P acts only while it could be clicked
        # (not in the meeting editor or another area, where Ctrl+P prints something else). No
        # text: Kortkommandon lists the key from the guide, once.
        print_action = key_guide.CALENDAR_PRINT.apply(QAction(page))
        print_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        print_action.triggered.connect(lambda _checked=False: self.print_calendar())
        print_action.setToolTip(calendar.text())  # (Arkiv → Skriv ut… names what it prints)
        self.print_button.addAction(print_action)
        self.calendar_print_action = print_action

    def main_printout(self) -> QAction:
        return self.calendar_print_action

    def print_calendar(self) -> None:
        """The meeting calendar ("Mötesplan 2027"): the year shown asked first, then the
        preview. Shown December, it is the coming year: the plan sent out in December is next
        year's, and this year's is all but past."""
        from samverkan_desktop.reports import meeting_calendar
        from ui.widgets.period_dialog import PeriodDialog

        year = self.anchor.year + (1 if self.anchor.month == 12 else 0)
        dialog = PeriodDialog(
            self,
            dt.date(year, 1, 1),
            dt.date(year, 12, 31),
            title=_("Meeting calendar"),
            hint=_("The meetings of the period that the calendar's filters show."),
            ok_text=_("Preview"),
        )
        filters = self.filter_bar.filters()
        chosen_names = ", ".join(self.filter_bar.chosen_names()) or None

        def chosen() -> tuple[str, Callable[[], bytes]]:
            first, last = dialog.period()
            return meeting_calendar.title_of(first, last), lambda: self.ctx.call(
                meeting_calendar.build, first, last, filters, chosen_names
            )

        preview_when_chosen(self, dialog, chosen)

    def export_ics(self) -> None:
        """The meetings the calendar shows: every filter of the bar (the chosen group, type and
        priority area), the file named after them."""
        chosen = ", ".join(self.filter_bar.chosen_names()) or None
        export_calendar(self, self.ctx, None, chosen, self.filter_bar.filters())
