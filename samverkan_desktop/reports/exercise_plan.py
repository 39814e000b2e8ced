"""The annual exercise plan: which exercises in which month, with type, date and status, and the
year's training sessions."""

from __future__ import annotations

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop.formatting import EMPTY, MONTHS, clock_span
from samverkan_desktop.i18n import _
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.style import (
    Document,
    date_with_week,
    escape,
    heading,
    markup,
    paragraph,
    table,
    with_note,
)
from samverkan_desktop.services import exercise_reading, exercise_rows, training


def _objectives(row: exercise_rows.ExerciseRow) -> str:
    if not row.objectives:
        return EMPTY  # as its date and leader, and the list in the window: a blank read as left out
    if not row.evaluated:
        return str(row.objectives)
    return f"{row.objectives_met}/{row.objectives}"


def _exercise_cell(row: exercise_rows.ExerciseRow) -> Flowable:
    """Its title over its type and, when linked to one, the crisis plan it exercises: a reader
    of the plan sees which plans the year puts to the test."""
    small = escape(_(row.type.label))
    if row.plan:
        small += "<br/>" + escape(_("Plan exercised: {plan}").format(plan=row.plan))
    return markup(f"<b>{escape(row.title)}</b><br/><font size='8'>{small}</font>", "cell")


def _date_cell(row: exercise_rows.ExerciseRow) -> str | Flowable:
    """ "2027-03-02 (v. 9)" and, under it, "kl. 08.30–12.00" when its time is set."""
    day = date_with_week(row.date)
    if not day:
        return EMPTY
    if row.start_time is None:
        return day
    time = _("at {time}").format(time=clock_span(row.start_time, row.end_time))
    return markup(f"{escape(day)}<br/>{escape(time)}", "cell")


def build(session: Session, year: int) -> bytes:
    owner = issuer(session)
    title = _("Exercise plan {year}").format(year=year)
    story: list[Flowable] = [
        paragraph(title, "title"),
        paragraph(owner.name or _("The district administration"), "subtitle"),
    ]
    body = []
    for month in exercise_reading.annual_plan(session, year):
        label = _(MONTHS[month.month - 1]) if month.month else _("Month not set")
        if not month.exercises:
            body.append([markup(f"<b>{escape(label)}</b>", "cell"), paragraph(EMPTY, "small")])
            continue
        for index, row in enumerate(month.exercises):
            body.append(
                [
                    markup(f"<b>{escape(label)}</b>", "cell") if index == 0 else "",
                    _exercise_cell(row),
                    # A dash for what is not decided yet: a blank reads as forgotten.
                    _date_cell(row),
                    row.leader or EMPTY,
                    _(row.status.label),
                    _objectives(row),
                ]
            )
    # Months without exercises span the row so the year reads as a calendar.
    widths = [20, 56, 30, 28, 20, 16]  # a date with its week, a name, on one line
    padded = [r + [""] * (len(widths) - len(r)) for r in body]
    plan = table(
        [_("Month"), _("Exercise"), _("Date"), _("Leader"), _("Status"), _("Objectives")],
        padded,
        col_widths_mm=widths,
    )
    objectives = _("Objectives: how many are set; once evaluated, how many of them were met (3/4).")
    story.append(with_note(plan, paragraph(objectives, "small")))
    sessions = sorted(
        (s for s in training.list_sessions(session) if s.held_on.year == year),
        key=lambda s: (s.held_on, s.course),
    )
    story.append(heading(_("Training {year}").format(year=year)))
    story.append(
        table(
            [_("Date"), _("Course"), _("Place"), _("Attendees")],
            [
                [date_with_week(s.held_on), s.course, s.place or "", str(s.attendee_count)]
                for s in sessions
            ],
            col_widths_mm=[32, 78, 40, 20],
            empty_text=_("No training sessions are registered this year."),
        )
    )
    return Document(title=title, footer=title, issuer=owner.name).build(story)
