"""The plans register's columns: what they show and colour (a revision or an exercise falling
due), and how name and kind share the width beside the others."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QColor

from samverkan_desktop.formatting import date_with_week
from samverkan_desktop.i18n import _
from samverkan_desktop.services.plan_rows import (
    DueState,
    ExercisedMark,
    PlanRow,
    days_text,
    exercised_mark,
    exercised_text,
)
from ui.widgets.table_model import DUE_SOON_COLOUR, MUTED_COLOUR, WARNING_COLOUR, Column
from ui.widgets.wording import EMPTY


def due_colour(state: DueState) -> QColor | None:
    if state is DueState.OVERDUE:
        return WARNING_COLOUR
    if state is DueState.DUE_SOON:
        return DUE_SOON_COLOUR
    if state is DueState.INACTIVE:
        return MUTED_COLOUR
    return None


def _row_colour(row: PlanRow) -> QColor | None:
    return MUTED_COLOUR if row.due_state is DueState.INACTIVE else None


def _next_text(row: PlanRow) -> str:
    return date_with_week(row.next_revision) if row.next_revision else EMPTY


def _exercised_order(row: PlanRow) -> int:
    # Oldest first: "never exercised" (due) before every date, then "not exercised yet", then the
    # plans not to be exercised (ExercisedMark's order).
    mark = exercised_mark(row)
    if row.last_exercise is not None:
        return row.last_exercise.date.toordinal()
    after_dates = dt.date.max.toordinal() + list(ExercisedMark).index(mark)
    return 0 if mark is ExercisedMark.NEVER else after_dates


def _exercised_title(row: PlanRow) -> str | None:
    # The exercise it was, and why the cell reads and looks as it does (one rule, the core's:
    # exercised_text).
    lines = [row.last_exercise.title] if row.last_exercise else []
    lines += [row.exercise_reason] if row.exercise_reason else []
    return "\n".join(lines) or None


def exercised_colour(row: PlanRow) -> QColor | None:
    # The colour of a revision due soon, as the Overview's card marks the same plans: the
    # interval is the coordinator's own rhythm, not a date the adopted plan set (red).
    return DUE_SOON_COLOUR if row.exercise_due else None


def plan_columns(today: Callable[[], dt.date]) -> list[Column[PlanRow]]:
    # Widths: see fit_plan_columns. The revision state is asked on every paint, not taken from
    # the day the list was loaded: a plan falls due while the list stays open (overnight).
    def state(row: PlanRow) -> DueState:
        return row.due_on(today())[0]

    def days_left(row: PlanRow) -> int | None:
        return row.due_on(today())[1]

    return [
        # Breaks between words where it must (at 1024 px every name was cut: "Krisledningsplan
        # Österm…"); from 1280 px the names read on one line.
        Column(
            _("Name"), lambda r: r.name, tooltip=lambda r: r.name, colour=_row_colour, wrap=True
        ),
        # A kind breaks between words onto a second line rather than end in "…" ("Risk- och
        # sårba…" at 1280 px, "Handlingsplan mot våldsbejakande extre…" at 1440): the register
        # gives it the room for that or leaves it out (plan_register_widths).
        Column(_("Kind"), lambda r: r.kind, tooltip=lambda r: _(r.kind.label), wrap=True),
        Column(_("Version"), lambda r: r.version),
        Column(_("Adopted"), lambda r: r.adopted_on),
        Column(_("Owner"), lambda r: r.owner, tooltip=lambda r: r.owner),
        Column(
            _("Next revision"),
            _next_text,
            sort_key=lambda r: r.next_revision,
            colour=lambda r: due_colour(state(r)),
            tooltip=lambda r: days_text(days_left(r)) or None,
        ),
        Column(
            _("Last exercised"),
            exercised_text,
            sort_key=_exercised_order,
            tooltip=_exercised_title,
            colour=exercised_colour,
        ),
        Column(
            _("Status"),
            state,
            sort_key=lambda r: list(DueState).index(state(r)),
            colour=lambda r: due_colour(state(r)),
        ),
    ]
