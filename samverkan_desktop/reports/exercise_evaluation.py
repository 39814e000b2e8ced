"""The evaluation report of an exercise: facts, the overall assessment, the scenario, each
objective with its result and comment, the lessons learned with the actions they raised (who, by
when, status), the conduct log and the participants."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.formatting import display_datetime
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.date_phrases import heading_date, printed
from samverkan_desktop.reports.exercise_parts import exercise_facts, result_cell
from samverkan_desktop.reports.people_cells import responsible_cell
from samverkan_desktop.reports.style import (
    WARN_HEX,
    Document,
    escape,
    heading,
    markup,
    paragraph,
    paragraphs,
    spacer,
    subtitle,
    table,
    week_label,
)
from samverkan_desktop.services import exercise_objectives, exercise_reading, exercise_rows

DATE_MM = 20  # "2021-03-31" and "försenad" in bold, with the cell's padding
LESSON_MM, ACTION_MM = 46, 51  # with the responsible's 33: 170 in all


def _summary(row: exercise_rows.ExerciseRow) -> str:
    """ "Objectives: 2 of 4 met, 1 partly met (1 not evaluated)." with each count's own singular
    or plural (Swedish "1 delvis uppfyllt", "2 delvis uppfyllda"). Counts that are none are left
    out, as the walk report does: "0 ej uppfyllda (0 ej utvärderade)" was two facts of nothing."""
    unevaluated = row.objectives - row.evaluated
    parts = [
        ngettext("{met} of {total} met", "{met} of {total} met", row.objectives_met).format(
            met=row.objectives_met, total=row.objectives
        )
    ]
    if row.objectives_partly:
        parts.append(
            ngettext("{count} partly met", "{count} partly met", row.objectives_partly).format(
                count=row.objectives_partly
            )
        )
    if row.objectives_not_met:
        parts.append(
            ngettext("{count} not met", "{count} not met", row.objectives_not_met).format(
                count=row.objectives_not_met
            )
        )
    if not unevaluated:
        return _("Objectives: {counts}.").format(counts=", ".join(parts))
    return _("Objectives: {counts} ({unevaluated}).").format(
        counts=", ".join(parts),
        unevaluated=ngettext("{count} not evaluated", "{count} not evaluated", unevaluated).format(
            count=unevaluated
        ),
    )


def _lesson_cell(lesson: exercise_rows.LessonRow, positions: dict[int, int]) -> Flowable:
    """The lesson, and under it the objective it is about ("Mål 4", as numbered above): the
    window shows it, and a reader could not tell which objective a lesson followed from."""
    text = escape(lesson.text)
    position = positions.get(lesson.objective_id) if lesson.objective_id else None
    if position is not None:
        about = escape(_("Objective {n}").format(n=position))
        text += f"<br/><font size='8'>{about}</font>"
    return markup(text, "cell")


def _action_cells(lesson: exercise_rows.LessonRow, today: dt.date) -> list[object]:
    action = lesson.action
    if action is None:  # one line over the action's four columns (see _without_action)
        return [paragraph(lesson.action_text, "small"), "", "", ""]
    status = escape(_(action.status.label))
    if action.overdue:
        late = escape(_("overdue"))
        status = f'<font color="{WARN_HEX}"><b>{status} · {late}</b></font>'
    elif action.closed_on:
        status += "<br/>" + escape(action.closed_on.isoformat())
    cells: list[object] = [
        markup(
            escape(action.title)
            + (
                "<br/><font size='8'>" + escape(action.last_note.text) + "</font>"
                if action.last_note
                else ""
            ),
            "cell",
        ),
        responsible_cell(action.responsible_person, action.responsible),
        # The week under the day: a row is lines tall beside its lesson anyway, and the
        # column's width went to the lesson and the action.
        f"{action.due_on.isoformat()}\n({week_label(action.due_on)})" if action.due_on else "",
        markup(status, "cell"),
    ]
    return cells


def _without_action(lessons: tuple[exercise_rows.LessonRow, ...]) -> list[tuple[object, ...]]:
    """A lesson without an action says why across the action's four columns: "(åtgärden togs
    bort 2026-12-03)" broke in two in the action's column beside three empty ones."""
    return [
        ("SPAN", (1, row), (-1, row))
        for row, lesson in enumerate(lessons, start=1)  # row 0: the header
        if lesson.action is None
    ]


def _participants(detail: exercise_rows.ExerciseDetail) -> list[Flowable]:
    """The participants with whether they attended (the report is of an exercise held); with
    nobody ticked, attendance was not recorded: the column is left out and said so, rather
    than a "nej" for everyone who came."""
    recorded = any(p.attended for p in detail.participants)
    headers = [_("Name"), _("Role in the exercise"), _("Organisation")]
    rows = [
        [p.name, " · ".join(x for x in (p.role, p.function) if x), p.organisation or ""]
        for p in detail.participants
    ]
    # The organisation on one line: "Östermalms stadsdelsförvaltning" broke in two.
    widths = [42, 52, 60]
    flowables: list[Flowable] = []
    if detail.participants and not recorded:
        flowables.append(paragraph(_("Attendance was not recorded."), "body"))
        widths = [48, 62, 60]
    else:
        headers.append(_("Attended"))
        for row, p in zip(rows, detail.participants, strict=True):
            row.append(_("yes") if p.attended else _("no"))
        widths.append(16)
    flowables.append(
        table(headers, rows, col_widths_mm=widths, empty_text=_("No participants are registered."))
    )
    return flowables


def build(session: Session, exercise_id: int, today: dt.date | None = None) -> bytes:
    today = today or clock.today()
    detail = exercise_reading.get_exercise(session, exercise_id, today)
    row = detail.exercise
    # Only of an exercise held: a planned one's read as held with nothing met or attended.
    reason = exercise_objectives.no_report_reason(row.status, row.title)
    if reason is not None:
        raise ConflictError(reason)
    owner = issuer(session)
    title = _("Evaluation report")

    # The exercise's name as the title and what the paper is under it, as the walk report does:
    # "Utvärderingsrapport: Övning för krisledningen: strömavbrott i kyla" read as one long run.
    # Its day under it too, as the walk report's: "Utvärderingsrapport · onsdag 17 februari
    # 2021 (v. 7) · utskriven …" (it said only when it was printed).
    story: list[Flowable] = [
        paragraph(row.title, "title"),
        subtitle(title, heading_date(row.date) if row.date else None, printed(today)),
        exercise_facts(detail),
    ]
    if row.objectives:  # else the objectives' section says none were set
        story.append(spacer(2))
        story.append(markup(f"<b>{escape(_summary(row))}</b>", "body"))
    if detail.assessment:  # what an evaluation report opens with (MSB's guidance)
        story.append(heading(_("Overall assessment")))
        story.extend(paragraphs(detail.assessment))
    if detail.scenario:
        story.append(heading(_("Scenario")))
        story.extend(paragraphs(detail.scenario))

    story.append(heading(_("Objectives and evaluation")))
    story.append(
        table(
            ["#", _("Objective"), _("Result"), _("Comment")],
            [
                [str(o.position), o.text, result_cell(o.result), o.comment or ""]
                for o in detail.objectives
            ],
            col_widths_mm=[8, 62, 26, 74],
            empty_text=_("No objectives were set for this exercise."),
        )
    )

    story.append(heading(_("Lessons learned and actions")))
    positions = {o.id: o.position for o in detail.objectives}
    story.append(
        table(
            [_("Lesson learned"), _("Action"), _("Responsible"), _("Due"), _("Status")],
            [
                [_lesson_cell(lesson, positions), *_action_cells(lesson, today)]
                for lesson in detail.lessons
            ],
            # The dates' columns as wide as "2021-03-31" and a status ("Pågår · försenad" on
            # two lines): the lesson and the action, in words, take the rest.
            col_widths_mm=[LESSON_MM, ACTION_MM, 33, DATE_MM, DATE_MM],
            empty_text=_("No lessons learned are recorded."),
            extra_style=_without_action(detail.lessons),
        )
    )

    if detail.log:
        story.append(heading(_("Conduct log")))
        story.append(
            table(
                [_("Time"), _("Note")],
                [[display_datetime(entry.logged_at), entry.text] for entry in detail.log],
                col_widths_mm=[30, 140],
            )
        )

    story.append(heading(_("Participants")))
    story.extend(_participants(detail))
    # Short: the issuer is centred on the same line.
    footer = f"{title} {row.date.isoformat() if row.date else row.year}"
    return Document(title=title, footer=footer, issuer=owner.name).build(story)
