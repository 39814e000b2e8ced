"""A training session's attendance list: the course, the day, the place and how long the
training is valid; the attendees registered, each with a line to sign, then empty lines. Printed
before the session it is the sheet to sign (the attendees are registered after it is held, from
the sheet); printed after, the record of who attended."""

from __future__ import annotations

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop.errors import NotFoundError
from samverkan_desktop.formatting import prose_date_with_week
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.style import Document, paragraph, subtitle, table
from samverkan_desktop.services import training

# Name, department, signature: 170 mm, the A4 text width.
WIDTHS = [58, 52, 60]
EMPTY_LINES = 8  # after the registered attendees
EMPTY_LINES_ALONE = 18  # nobody registered yet: a page of lines
ROOM_TO_SIGN = 9  # points above and below each line's text


def build(session: Session, session_id: int) -> bytes:
    row = next((r for r in training.list_sessions(session) if r.id == session_id), None)
    if row is None:
        raise NotFoundError(_("The session no longer exists."))
    months = next(
        (c.validity_months for c in training.list_courses(session) if c.id == row.course_id),
        None,
    )
    attendees = training.list_attendees(session, session_id)
    owner = issuer(session)
    title = _("Attendance list")
    facts = [
        prose_date_with_week(row.held_on),
        row.place or "",
        ngettext("valid for {n} month", "valid for {n} months", months).format(n=months)
        if months
        else _("never expires"),
        owner.name,
    ]
    blanks = EMPTY_LINES if attendees else EMPTY_LINES_ALONE
    story: list[Flowable] = [
        paragraph(f"{title}: {row.course}", "title"),
        subtitle(*facts),
    ]
    if row.notes:
        story.append(paragraph(row.notes, "small"))
    story.append(
        table(
            [_("Name"), _("Department"), _("Signature")],
            [(a.name, a.department or "", "") for a in attendees] + [("", "", "")] * blanks,
            WIDTHS,
            extra_style=[
                ("TOPPADDING", (0, 1), (-1, -1), ROOM_TO_SIGN),
                ("BOTTOMPADDING", (0, 1), (-1, -1), ROOM_TO_SIGN),
            ],
        )
    )
    story.append(
        paragraph(
            _("Not on the list? Write your name, department and signature on an empty line.")
            if attendees
            else _(
                "Write your name, department and signature on a line. The attendees are "
                "registered in the program after the session."
            ),
            "small",
        )
    )
    footer = f"{title} {row.course} {row.held_on.isoformat()}"
    return Document(title=title, footer=footer, issuer=owner.name).build(story)
