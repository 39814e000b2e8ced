"""The alarm printouts, each opened in the preview (built off the GUI thread). The report
modules are imported when a printout is asked for (ReportLab stays out of start-up)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from samverkan_desktop import alarm_printout_titles as titles
from samverkan_desktop import clock
from ui.context import AppContext
from ui.widgets.period_dialog import PeriodDialog


def _preview(parent: QWidget, ctx: AppContext, title: str, file_name: str, build, *args) -> None:  # type: ignore[no-untyped-def]
    from ui.widgets.pdf_preview import preview_in_background

    preview_in_background(parent, title, file_name, lambda: ctx.call(build, *args))


def loan_log(
    parent: QWidget, ctx: AppContext, start: dt.date | None = None, end: dt.date | None = None
) -> None:
    from samverkan_desktop.reports import alarm_loanlog

    dialog = PeriodDialog(parent, start, end)
    if not dialog.exec():
        return
    start, end = dialog.period()
    _preview(
        parent,
        ctx,
        titles.loan_log(),
        f"larmlogg-{start}.pdf" if start == end else f"larmlogg-{start}-{end}.pdf",  # a day once
        alarm_loanlog.build,
        start,
        end,
    )


def not_returned(parent: QWidget, ctx: AppContext) -> None:
    from samverkan_desktop.reports import alarm_notreturned

    _preview(parent, ctx, titles.not_returned(), "larm-ej-atlamnade.pdf", alarm_notreturned.build)


def labels(parent: QWidget, ctx: AppContext, codes: list[str] | None = None) -> None:
    from samverkan_desktop.reports import alarm_labels

    _preview(parent, ctx, titles.labels(codes), "larmetiketter.pdf", alarm_labels.build, codes)


def borrower_card(
    parent: QWidget, ctx: AppContext, loan_id: int | None = None, home: bool = False
) -> None:
    """The card for a home-visit loan, or with ``home`` (a home loan's ``loan_id``) the card
    for the home, the preview named as the card is."""
    from samverkan_desktop.reports import alarm_card

    title = titles.borrower_card(home)
    _preview(parent, ctx, title, "larmkort.pdf", alarm_card.build, loan_id)


def handover_form(parent: QWidget, ctx: AppContext, loan_id: int) -> None:
    from samverkan_desktop.reports import alarm_handover

    _preview(
        parent,
        ctx,
        titles.handover(),
        f"overlamning-{loan_id}.pdf",
        alarm_handover.build,
        loan_id,
    )


def statistics(parent: QWidget, ctx: AppContext, year: int) -> None:
    from samverkan_desktop.reports import alarm_stats

    _preview(
        parent,
        ctx,
        titles.statistics(year),
        f"larmstatistik-{year}.pdf",
        alarm_stats.build,
        year,
    )


def valid_training(parent: QWidget, ctx: AppContext) -> None:
    from samverkan_desktop.reports import alarm_training_valid

    _preview(
        parent,
        ctx,
        titles.valid_training(),
        f"giltig-larmutbildning-{clock.today()}.pdf",
        alarm_training_valid.build,
    )
