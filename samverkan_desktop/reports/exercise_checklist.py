"""The participants' checklist for an exercise: what it is about, the objectives, who takes part
in which role (with a box to tick on the day) and the planning points with their dates."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable
from sqlalchemy.orm import Session

from samverkan_desktop.errors import ConflictError
from samverkan_desktop.formatting import EMPTY, dotted
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.exercise_parts import exercise_facts
from samverkan_desktop.reports.style import (
    Document,
    date_with_week,
    escape,
    heading,
    markup,
    paragraph,
    table,
)
from samverkan_desktop.reports.walk_checklist import TickBox
from samverkan_desktop.services import exercise_reading
from samverkan_desktop.services.exercise_checklist import no_checklist_reason
from samverkan_desktop.services.exercise_rows import ChecklistRow


class _Box(TickBox):
    """An empty square to tick (no number above it)."""

    def __init__(self, ticked: bool = False) -> None:
        super().__init__(0, size=4 * mm)
        self.height = self.size
        self.ticked = ticked

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, self.size, self.size)
        if self.ticked:
            canvas.line(0.8 * mm, 2 * mm, 1.7 * mm, 0.8 * mm)
            canvas.line(1.7 * mm, 0.8 * mm, 3.3 * mm, 3.3 * mm)


def _do_by(item: ChecklistRow) -> str:
    """When a planning point is due: its date once the exercise has one, else how long before
    it ("1 vecka före", "På övningsdagen"); the points due on the day were left blank and one
    week read "1 veckor före"."""
    if item.due_on:
        return date_with_week(item.due_on)
    if item.weeks_before is None:
        return ""
    if item.weeks_before == 0:
        return _("On the day")
    return ngettext("{weeks} week before", "{weeks} weeks before", item.weeks_before).format(
        weeks=item.weeks_before
    )


def build(session: Session, exercise_id: int) -> bytes:
    detail = exercise_reading.get_exercise(session, exercise_id)
    row = detail.exercise
    reason = no_checklist_reason(row.status, row.title)
    if reason is not None:
        raise ConflictError(reason)
    owner = issuer(session)
    title = _("Exercise checklist")

    # The exercise's name as the title, what the paper is under it (see exercise_evaluation).
    story: list[Flowable] = [
        paragraph(row.title, "title"),
        paragraph(title, "subtitle"),
        exercise_facts(detail),
    ]
    if detail.scenario:
        story.append(heading(_("Scenario")))
        story.append(paragraph(detail.scenario))
    story.append(heading(_("What we practise")))
    if detail.objectives:
        story.append(
            markup(
                "<br/>".join(f"{o.position}. {escape(o.text)}" for o in detail.objectives),
                "body",
            )
        )
    else:
        story.append(paragraph(_("No objectives are set yet."), "small"))

    story.append(heading(_("Participants by role")))
    story.append(
        table(
            [_("Role"), _("Name"), _("Phone"), _("Present")],
            [
                [
                    markup(
                        "<b>" + escape(dotted(p.role, p.function) or EMPTY) + "</b>",
                        "cell",
                    ),
                    markup(
                        escape(p.name)
                        + (
                            f"<br/><font size='8'>{escape(p.title or p.organisation or '')}</font>"
                            if (p.title or p.organisation)
                            else ""
                        ),
                        "cell",
                    ),
                    p.phone or "",
                    _Box(p.attended),
                ]
                for p in detail.participants
            ],
            col_widths_mm=[46, 60, 38, 26],
            empty_text=_("No participants are registered yet."),
        )
    )

    story.append(CondPageBreak(45 * mm))  # the heading never alone at the foot of a page
    story.append(heading(_("Planning checklist")))
    story.append(
        table(
            [_("Done"), _("Point"), _("Do by")],
            [
                [
                    _Box(item.done_on is not None),
                    markup(
                        f"<b>{escape(item.title)}</b>"
                        + (
                            f"<br/><font size='8'>{escape(item.guidance)}</font>"
                            if item.guidance
                            else ""
                        ),
                        "cell",
                    ),
                    _do_by(item),
                ]
                for item in detail.checklist
            ],
            col_widths_mm=[14, 120, 36],
            empty_text=_("The exercise has no planning checklist."),
        )
    )
    # Short: the issuer is centred on the same line.
    footer = f"{title} {row.date.isoformat() if row.date else row.year}"
    return Document(title=title, footer=footer, issuer=owner.name).build(story)
