"""The reception's printouts: today's page of the loan log, for the binder at the desk (any
other period is printed from the Alarms area), and the units not returned, to call round. Both
are the desk's copies: a home loan without its borrower (the coordinator's name her). Built off
the GUI thread, then previewed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from samverkan_desktop import alarm_printout_titles as titles
from samverkan_desktop import clock
from ui.context import AppContext


def print_todays_log(parent: QWidget, ctx: AppContext) -> None:
    from samverkan_desktop.reports import alarm_loanlog
    from ui.widgets.pdf_preview import preview_in_background

    today = clock.today()
    preview_in_background(
        parent,
        titles.loan_log(),
        f"larmlogg-{today}.pdf",
        lambda: ctx.call(alarm_loanlog.build, today, today, for_desk=True),
    )


def print_not_returned(parent: QWidget, ctx: AppContext) -> None:
    from samverkan_desktop.reports import alarm_notreturned
    from ui.widgets.pdf_preview import preview_in_background

    preview_in_background(
        parent,
        titles.not_returned(),
        "larm-ej-atlamnade.pdf",
        lambda: ctx.call(alarm_notreturned.build, for_desk=True),
    )
