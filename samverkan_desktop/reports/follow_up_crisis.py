"""The annual follow-up's (VB) last section, "Krisberedskap": the crisis plans in force and
whether each was revised in the year, the exercises held in the year (date, kind, the plan
exercised) and the lessons learned still open, with who answers for each and by when."""

from __future__ import annotations

from reportlab.platypus import Flowable

from samverkan_desktop.formatting import EMPTY, dotted, iso_date, prose_date
from samverkan_desktop.i18n import _, pgettext
from samverkan_desktop.reports.exercise_parts import next_exercise_sentence
from samverkan_desktop.reports.people_cells import responsible_cell
from samverkan_desktop.reports.style import (
    heading,
    paragraph,
    spacer,
    table,
    warn_cell,
    with_note,
)
from samverkan_desktop.services.follow_up_crisis import CrisisPreparedness
from samverkan_desktop.services.plan_rows import DueState


def _plans(crisis: CrisisPreparedness) -> list[Flowable]:
    if not crisis.plans:
        return []
    rows = [
        [
            plan.name,
            dotted(plan.version, iso_date(plan.adopted_on)) or _("none adopted"),
            _("Yes") if plan.adopted_in_period else _("No"),
            iso_date(plan.next_revision) or EMPTY,
            warn_cell(_(plan.due_state.label))
            if plan.due_state is DueState.OVERDUE
            else _(plan.due_state.label),
        ]
        for plan in crisis.plans
    ]
    headers = [
        pgettext("document", "Plan"),
        _("In force"),
        _("Revised in the year"),
        _("Next revision"),
        _("State"),
    ]
    return [heading(_("Crisis plans"), 3), table(headers, rows, [62, 30, 22, 26, 30])]


def _exercises(crisis: CrisisPreparedness) -> list[Flowable]:
    story: list[Flowable] = [heading(_("Exercises held in the year"), 3)]
    ahead = (
        [paragraph(next_exercise_sentence(crisis.next_exercise), "small")]
        if crisis.next_exercise is not None
        else []
    )
    if not crisis.exercises:
        return [*story, paragraph(_("No exercise was held in the year."), "small"), *ahead]
    rows = [
        [
            iso_date(e.date),
            e.title,
            _(e.type.label),
            e.plan or EMPTY,
            f"{e.objectives_met}/{e.objectives}" if e.evaluated and e.objectives else EMPTY,
        ]
        for e in crisis.exercises
    ]
    headers = [_("Date"), _("Exercise"), _("Type"), _("Plan exercised"), _("Objectives met")]
    return [*story, with_note(table(headers, rows, [22, 56, 28, 42, 22]), spacer(1), *ahead)]


def _lessons(crisis: CrisisPreparedness, ended: bool) -> list[Flowable]:
    story: list[Flowable] = [heading(_("Lessons learned still open"), 3)]
    if not crisis.open_lessons:
        return [*story, paragraph(_("No lesson learned from the exercises is open."), "small")]
    rows = [
        [
            lesson.lesson,
            lesson.action,
            f"{lesson.exercise} ({iso_date(lesson.exercise_date) or lesson.exercise_year})",
            responsible_cell(lesson.responsible_person, lesson.responsible),
            warn_cell(iso_date(lesson.due_on)) if lesson.overdue else iso_date(lesson.due_on),
        ]
        for lesson in crisis.open_lessons
    ]
    headers = [_("Lesson learned"), _("Action"), _("Exercise"), _("Responsible"), _("Due")]
    note = (
        _("Open on the year's last day, {date}; a due date in red has passed.")
        if ended
        else _("Open as of today, {date}; a due date in red has passed.")
    ).format(date=prose_date(crisis.counted_on))
    lessons = table(headers, rows, [44, 42, 32, 32, 20])
    return [*story, with_note(lessons, spacer(1), paragraph(note, "small"))]


def crisis_section(crisis: CrisisPreparedness, ended: bool) -> list[Flowable]:
    """``ended``: the year is over, the lessons counted on its last day."""
    return [
        heading(_("Crisis preparedness")),
        *_plans(crisis),
        *_exercises(crisis),
        *_lessons(crisis, ended),
    ]
