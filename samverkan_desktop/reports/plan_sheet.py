"""One plan of the register on paper, for the binder and the crisis management group: its facts
as the chosen plan shows them under the register (kind, owner, the version in force and who
adopted it, the revision cycle and the next revision, when it was last exercised), its notes,
its version history with what changed, the exercises that exercise it and its attached files."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.formatting import EMPTY, date_with_week, every_months
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ObjectiveResult
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.date_phrases import heading_date
from samverkan_desktop.reports.exercise_parts import RESULT_HEX, when
from samverkan_desktop.reports.style import (
    WARN_HEX,
    Document,
    escape,
    facts,
    heading,
    markup,
    paragraph,
    paragraphs,
    subtitle,
    table,
)
from samverkan_desktop.services import exercise_reading, plans
from samverkan_desktop.services.exercise_rows import ExerciseRow
from samverkan_desktop.services.plan_rows import (
    DueState,
    ExercisedMark,
    PlanRow,
    days_text,
    exercised_mark,
    exercised_text,
)

# What is due, coloured as the register colours it: a revision overdue in red, one due soon and
# an exercise due in amber (the amber of a partly met objective on the exercise printouts).
DUE_HEX = {DueState.OVERDUE: WARN_HEX, DueState.DUE_SOON: RESULT_HEX[ObjectiveResult.PARTLY]}
EXERCISE_DUE_HEX = RESULT_HEX[ObjectiveResult.PARTLY]


def _coloured(text: str, colour: str | None) -> str:
    """``text`` (markup) in bold ``colour``, or as it is without one."""
    return f'<font color="{colour}"><b>{text}</b></font>' if colour else text


def _status(plan: PlanRow) -> Flowable:
    return markup(_coloured(escape(_(plan.due_state.label)), DUE_HEX.get(plan.due_state)), "cell")


def _adopted(plan: PlanRow) -> str:
    if plan.adopted_on is None:
        return EMPTY
    day = date_with_week(plan.adopted_on)
    return _("{date}, by {who}").format(date=day, who=plan.adopted_by) if plan.adopted_by else day


def _next_revision(plan: PlanRow) -> str | Flowable:
    if plan.next_revision is None:
        return EMPTY
    # Only the date coloured, as the chosen plan's facts have it.
    day = _coloured(escape(date_with_week(plan.next_revision)), DUE_HEX.get(plan.due_state))
    return markup(f"{day} – {escape(days_text(plan.days_left))}", "cell")


def _exercised(plan: PlanRow) -> str | Flowable:
    """As the chosen plan's "Senast övad": the date (or "aldrig övad", "inte övad än", "övas
    inte"), the exercise's title, and why it reads so on the next line."""
    mark = exercised_mark(plan)
    text = _coloured(escape(exercised_text(plan)), EXERCISE_DUE_HEX if plan.exercise_due else None)
    if plan.last_exercise is not None:
        text += " – " + escape(plan.last_exercise.title)
    if plan.exercise_reason:
        # A plan not exercised by its kind: the reason alone ("Övas inte: …").
        reason = escape(plan.exercise_reason)
        text = reason if mark is ExercisedMark.NOT_EXERCISED else f"{text}<br/>{reason}"
    return markup(text, "cell")


def _plan_facts(plan: PlanRow) -> Flowable:
    return facts(
        [
            (_("Owner"), plan.owner or EMPTY),
            (_("Status"), _status(plan)),
            (_("Current version"), plan.version or EMPTY),
            (_("Adopted"), _adopted(plan)),
            (
                _("Revision"),
                every_months(plan.revision_interval_months)
                if plan.revision_interval_months
                else _("no revision cycle"),
            ),
            (_("Next revision"), _next_revision(plan)),
            (_("Last exercised"), _exercised(plan)),
        ]
    )


def _exercise_cell(row: ExerciseRow) -> Flowable:
    kind = escape(_(row.type.label))
    return markup(f"<b>{escape(row.title)}</b><br/><font size='8'>{kind}</font>", "cell")


def _same_words(one: str, other: str) -> bool:
    """Whether two texts read the same, case and spacing aside."""
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def build(session: Session, plan_id: int, today: dt.date | None = None) -> bytes:
    today = today or clock.today()
    detail = plans.get_plan(session, plan_id, today)
    plan = detail.plan
    exercises = exercise_reading.list_exercises(session, plan_id=plan_id)
    owner = issuer(session)

    # The plan's name as the title, what kind of plan it is and the day its state is read on
    # under it (its next revision "om 51 dagar" holds on that day). A plan named as its kind
    # ("Risk- och sårbarhetsanalys (RSA)") is not named twice, under itself.
    kind: str | None = _(plan.kind.label)
    required = _("required each mandate period") if plan.kind.per_mandate_period else None
    if kind is not None and _same_words(plan.name, kind):
        kind = None
        if required:  # first on its line now: "Krävs varje mandatperiod · …"
            required = required[:1].upper() + required[1:]
    story: list[Flowable] = [
        paragraph(plan.name, "title"),
        subtitle(kind, required, heading_date(today)),
        _plan_facts(plan),
    ]
    if plan.notes:
        story.append(heading(_("Notes")))
        story.extend(paragraphs(plan.notes))

    in_force = escape(_("in force"))  # the current version, as the window's "●" marks it
    story.append(heading(_("Version history ({count})").format(count=len(detail.versions))))
    story.append(
        table(
            [_("Version"), _("Adopted"), _("Adopted by"), _("Changes")],
            [
                [
                    markup(f"<b>{escape(v.version)}</b><br/>{in_force}", "cell")
                    if v.is_current
                    else v.version,
                    date_with_week(v.adopted_on),
                    v.adopted_by or EMPTY,
                    v.notes or "",
                ]
                for v in detail.versions
            ],
            col_widths_mm=[20, 30, 42, 78],
            empty_text=_("No version has been adopted yet."),
        )
    )

    story.append(heading(_("Exercises of the plan ({count})").format(count=len(exercises))))
    story.append(
        table(
            [_("When"), _("Exercise"), _("Exercise leader"), _("Status")],
            [
                [
                    when(row, date_with_week),
                    _exercise_cell(row),
                    row.leader or EMPTY,
                    _(row.status.label),
                ]
                for row in exercises
            ],
            col_widths_mm=[32, 82, 34, 22],
            empty_text=_("No exercise is linked to the plan."),
        )
    )

    if detail.attachments:
        story.append(heading(_("Attached files ({count})").format(count=len(detail.attachments))))
        story.append(
            table(
                [_("File"), _("Version"), _("Added")],
                [
                    [a.file_name, a.version or EMPTY, a.added_on.isoformat()]
                    for a in detail.attachments
                ],
                col_widths_mm=[118, 26, 26],
            )
        )
    # The name on every page: a page out of the binder says which plan it is from.
    footer = plan.name
    return Document(title=plan.name, footer=footer, issuer=owner.name).build(story)
