"""The borrower's card of a home loan (hemlån): an alarm lent for use at home to an employee
threatened in service. Kept within reach at home and at night too, charged and tested weekly
(as the hand-over form's terms say), returned by the loan's end or its extension approved by
the manager, who is named where the home visit's card leaves a line. The reason is never
printed."""

from __future__ import annotations

from reportlab.platypus import Flowable

from samverkan_desktop import alarm_printout_titles as titles
from samverkan_desktop.formatting import prose_datetime
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.reports.alarm_card_parts import (
    HELP_COMES,
    PRESS,
    USED,
    cut_out,
    numbers,
    steps,
)
from samverkan_desktop.reports.alarm_parts import Issuer
from samverkan_desktop.reports.style import Document, facts, heading, keep, paragraph, spacer
from samverkan_desktop.services.alarm_history import LoanRow

EVERY_DAY = (
    N_("Keep the alarm within reach wherever you are at home, and beside your bed at night."),
    N_("Keep it charged: charge it where you can reach it, also at night."),
    N_("Press the test button once a week: the usual signal tells you that it works."),
    N_("If it does not work as it should, tell the reception at once."),
)
THREAT = (
    N_("Lock the door and go to a safe room if you can: your safety comes first."),
    PRESS,
    N_("Say clearly where you are: your home address, the floor, the name on the door."),
    HELP_COMES,
    USED,  # afterwards (a section of its own pushed the cut-out card onto a second page)
)


def build(owner: Issuer, loan: LoanRow) -> bytes:
    title = titles.borrower_card(home=True)
    due = prose_datetime(loan.due_at)
    rows = [
        (_("Your alarm"), f"{loan.unit_code} ({_(loan.purpose.label).lower()})"),
        (_("Borrowed by"), loan.borrower_label()),
        (_("Lent"), prose_datetime(loan.out_at)),
        (_("Return by"), due),
    ]
    if loan.approved_by:
        rows.append((_("Approved by"), loan.approved_by))
    story: list[Flowable] = [
        paragraph(title, "title"),
        paragraph(
            _(
                "You borrow this alarm for use at home, because of a threat in your work. Keep "
                "it within reach day and night until the loan ends."
            ),
            "subtitle",
        ),
        facts(rows),
        spacer(2),
    ]
    story += steps(_("Every day at home"), [_(text) for text in EVERY_DAY])
    story += steps(_("If you feel threatened"), [_(text) for text in THREAT])
    story += steps(
        _("When the loan ends"),
        [
            _("Return the alarm to the reception by {due} at the latest.").format(due=due),
            _(
                "Do you need it longer? Ask your manager before then: a longer loan is approved "
                "by the manager."
            ),
        ],
    )
    call = numbers(owner.phone)
    blank = "_______________________"
    manager = (_("My manager"), (loan.approved_by or blank) + "   " + _("tel.") + " ______________")
    story += [heading(_("Whom to call")), facts([*call, manager], label_width_mm=50)]
    story += [
        spacer(8),
        keep(
            paragraph(_("Cut out and keep with the alarm:"), "small"),
            spacer(2),
            cut_out(
                call,
                loan.unit_code,
                manager=loan.approved_by,
                extra=[_("Return by {due}.").format(due=due)],
            ),
        ),
    ]
    return Document(title=title, footer=title, issuer=owner.name).build(story)
