"""The reception's one printout: today's page of the loan log, for the binder at the desk
(any other period is printed from the Alarms area). Built off the GUI thread, then previewed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from ui.context import AppContext


def print_todays_log(parent: QWidget, ctx: AppContext) -> None:
    from samverkan_desktop.reports import alarm_loanlog
    from ui.widgets.pdf_preview import preview_in_background

    today = clock.today()
    preview_in_background(
        parent,
        _("Alarm loan log"),
        f"larmlogg-{today}.pdf",
        lambda: ctx.call(alarm_loanlog.build, today, today),
    )
