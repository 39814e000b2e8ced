"""The alarm printouts, each opened in the preview (built off the GUI thread). The report
modules are imported when a printout is asked for (ReportLab stays out of start-up).

The loan log and the units not returned are printed from Larm and from the reception desk
alike; ``for_desk``: the desk's copy, a home loan without its borrower (the coordinator's
names her)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from samverkan_desktop import alarm_printout_titles as titles
from samverkan_desktop import clock
from ui.context import AppContext
from ui.widgets.period_dialog import PeriodDialog


def _preview(
    parent: QWidget,
    ctx: AppContext,
    title: str,
    file_name: str,
    build: Callable[..., bytes],
    *args: Any,
    **kwargs: Any,
) -> None:
    from ui.widgets.pdf_preview import preview_in_background

    preview_in_background(parent, title, file_name, lambda: ctx.call(build, *args, **kwargs))


def loan_log(
    parent: QWidget, ctx: AppContext, start: dt.date | None = None, end: dt.date | None = None
) -> None:
    """The log of a period asked for (Larm: the loans page's period offered)."""
    dialog = PeriodDialog(parent, start, end)
    if dialog.exec():
        loan_log_of(parent, ctx, *dialog.period())


def loan_log_of(
    parent: QWidget, ctx: AppContext, start: dt.date, end: dt.date, for_desk: bool = False
) -> None:
    from samverkan_desktop.reports import alarm_loanlog

    _preview(
        parent,
        ctx,
        titles.loan_log(),
        f"larmlogg-{start}.pdf" if start == end else f"larmlogg-{start}-{end}.pdf",  # a day once
        alarm_loanlog.build,
        start,
        end,
        for_desk=for_desk,
    )


def todays_loan_log(parent: QWidget, ctx: AppContext, for_desk: bool = False) -> None:
    """Today's page of the log: the reception's, for the binder at the desk."""
    today = clock.today()
    loan_log_of(parent, ctx, today, today, for_desk)


def not_returned(parent: QWidget, ctx: AppContext, for_desk: bool = False) -> None:
    from samverkan_desktop.reports import alarm_notreturned

    _preview(
        parent,
        ctx,
        titles.not_returned(),
        "larm-ej-atlamnade.pdf",
        alarm_notreturned.build,
        for_desk=for_desk,
    )


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
