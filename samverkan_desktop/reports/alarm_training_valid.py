"""Valid alarm training: everyone who may borrow an alarm as far as the training goes, by name,
with the day they attended and until when it is valid; a training that runs out within 30 days
is marked in words as well as in colour (the desk's printer may be black and white). The
reception keeps it at the desk for when the program is down."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop import alarm_printout_titles as titles
from samverkan_desktop import clock
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.date_phrases import as_of
from samverkan_desktop.reports.style import (
    WARN_HEX,
    Document,
    escape,
    markup,
    paragraph,
    spacer,
    subtitle,
    table,
    with_note,
)
from samverkan_desktop.services import training
from samverkan_desktop.services.training_holders import EXPIRING_DAYS, HolderRow, valid_holders

# Name, department or organisation, attended, valid until: 170 mm, the A4 text width.
WIDTHS = [52, 62, 24, 32]


def _until_cell(row: HolderRow) -> Flowable | str:
    if row.valid_until is None:
        return _("never expires")
    if not row.expiring:
        return iso_date(row.valid_until)
    soon = escape(_("expires soon"))
    return markup(
        f'<font color="{WARN_HEX}"><b>{iso_date(row.valid_until)}<br/>{soon}</b></font>', "cell"
    )


def build(session: Session, today: dt.date | None = None) -> bytes:
    day = today or clock.today()
    title = titles.valid_training()
    owner = issuer(session)
    course = training.course_by_code(session, training.ALARM_COURSE_CODE)
    rows = valid_holders(session, course.id, day) if course else []
    expiring = sum(1 for row in rows if row.expiring)
    summary = ngettext("{n} person", "{n} people", len(rows)).format(n=len(rows))
    if expiring:
        summary += ", " + ngettext(
            "{n} expires within {days} days", "{n} expire within {days} days", expiring
        ).format(n=expiring, days=EXPIRING_DAYS)
    # Mid-line, after "·": lower case, as the other lists held "as of" a day write it
    # ("Östermalm · per 2 december 2026 (v. 49)"), not "Läge …".
    facts = [owner.name, as_of(day), summary]
    valid = table(
        [_("Name"), _("Department or organisation"), _("Attended"), _("Valid until")],
        [(row.name, row.unit or "", iso_date(row.last_attended), _until_cell(row)) for row in rows],
        WIDTHS,
        empty_text=_("Nobody holds a valid alarm training."),
    )
    note = _(
        "Someone not on the list has no valid alarm training as of the day above. "
        "“Expires soon”: valid for at most {days} more days, time to book the next "
        "session."
    ).format(days=EXPIRING_DAYS)
    story: list[Flowable] = [
        paragraph(title, "title"),
        subtitle(*facts),
        with_note(valid, spacer(3), paragraph(note, "small")),  # never alone on a last page
    ]
    footer = f"{title} {iso_date(day)}"
    return Document(title=title, footer=footer, issuer=owner.name).build(story)
