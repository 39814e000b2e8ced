"""Pieces the exercise printouts share: the exercise's facts and how a result is written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from reportlab.platypus import Flowable

from samverkan_desktop.formatting import EMPTY, MONTHS, long_date_with_week, prose_date, with_clock
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ObjectiveResult
from samverkan_desktop.reports.style import escape, facts, markup
from samverkan_desktop.services.council_safety import ExercisePart
from samverkan_desktop.services.exercise_rows import ExerciseDetail, ExerciseRow

RESULT_HEX = {
    ObjectiveResult.MET: "#1e7a3c",
    ObjectiveResult.PARTLY: "#9a6700",
    ObjectiveResult.NOT_MET: "#b42318",
}


def when(row: ExerciseRow, day: Callable[[dt.date], str] = long_date_with_week) -> str:
    """ "onsdag 10 februari 2021 (v. 6)" (``day``'s form of its day), or the planned month,
    else its year."""
    if row.date is not None:
        return day(row.date)
    if row.month is not None:
        return _("{month} {year}").format(month=_(MONTHS[row.month - 1]), year=row.year)
    return str(row.year)


def next_exercise_sentence(ahead: ExercisePart) -> str:
    """ "Nästa planerade övning: Larmprov (funktionsövning), 22 december 2026." (or its month)."""
    when = (
        prose_date(ahead.date)
        if ahead.date
        else f"{_(MONTHS[ahead.month - 1]).lower()} {ahead.year}"
        if ahead.month
        else str(ahead.year)
    )
    return _("Next exercise planned: {title} ({type}), {when}.").format(
        title=ahead.title, type=_(ahead.type.label).lower(), when=when
    )


def exercise_facts(detail: ExerciseDetail) -> Flowable:
    row = detail.exercise
    day = with_clock(when(row), detail.start_time, detail.end_time)
    rows = [
        (_("Type"), _(row.type.label)),
        (_("When"), day),
        # A dash, not a blank that reads as left out by mistake.
        (_("Where"), row.location or EMPTY),
        (_("Exercise leader"), row.leader or EMPTY),
        (_("Status"), _(row.status.label)),
    ]
    if row.plan:  # most exercises name none: no row rather than a dash
        rows.insert(1, (_("Plan exercised"), row.plan))
    return facts(rows)


def result_cell(result: ObjectiveResult | None) -> Flowable:
    if result is None:
        return markup(escape(_("Not evaluated")), "cell")
    return markup(
        f'<font color="{RESULT_HEX[result]}"><b>{escape(_(result.label))}</b></font>', "cell"
    )
