"""The borrower's card: how to use the alarm and whom to call, with a small card to cut out and
carry. Given a loan, it also says which unit and when it is due back; a home loan's card is
worded for the alarm kept at home (alarm_card_home)."""

from __future__ import annotations

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from samverkan_desktop import alarm_printout_titles as titles
from samverkan_desktop.formatting import prose_datetime
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.models import UnitKind
from samverkan_desktop.reports import alarm_card_home
from samverkan_desktop.reports.alarm_card_parts import (
    HELP_COMES,
    PRESS,
    USED,
    cut_out,
    numbers,
    steps,
)
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.style import Document, facts, heading, paragraph, spacer
from samverkan_desktop.services import alarm_history

BEFORE = (
    N_("Check that the alarm is charged and that the test button gives the usual signal."),
    N_("Tell a colleague or your manager where you are going and when you expect to be back."),
    N_("Carry the alarm on you, within reach (belt, pocket or cord), during the whole visit."),
)
THREAT = (
    N_("Leave the situation if you can: your safety comes first."),
    PRESS,
    N_("If you can, say clearly where you are: address, floor, the name on the door."),
    HELP_COMES,
)
AFTER = (
    N_("Return the alarm to the reception in time (a home visit: the same day by 17.00)."),
    N_("Tell the reception if the alarm was used or does not work as it should."),
    USED,
)


def build(session: Session, loan_id: int | None = None) -> bytes:
    owner = issuer(session)
    loan = alarm_history.get_loan(session, loan_id).loan if loan_id is not None else None
    if loan is not None and loan.purpose is UnitKind.HOME_LOAN:
        return alarm_card_home.build(owner, loan)
    title = titles.borrower_card()
    story: list[Flowable] = [
        paragraph(title, "title"),
        paragraph(
            _("You borrow this alarm for your work. Keep it with you until you hand it back."),
            "subtitle",
        ),
    ]
    code = None
    after = [_(text) for text in AFTER]
    if loan is not None:
        code = loan.unit_code
        rows = [
            (_("Your alarm"), f"{loan.unit_code} ({_(loan.purpose.label).lower()})"),
            (_("Borrowed by"), loan.borrower_label()),
            (_("Lent"), prose_datetime(loan.out_at)),
            (_("Due back"), prose_datetime(loan.due_at)),
        ]
        story += [facts(rows), spacer(2)]
        # This loan's own time, not the rule of the day (it may have been lent for longer).
        after[0] = _("Return the alarm to the reception by {due} at the latest.").format(
            due=prose_datetime(loan.due_at)
        )
    story += steps(_("Before you go"), [_(text) for text in BEFORE])
    story += steps(_("If you feel threatened"), [_(text) for text in THREAT])
    story += steps(_("Afterwards"), after)
    call = numbers(owner.phone)
    manager = (_("My manager"), "_______________________   " + _("tel.") + " ______________")
    story += [heading(_("Whom to call")), facts([*call, manager], label_width_mm=50)]
    story += [
        spacer(8),
        paragraph(_("Cut out and keep with the alarm:"), "small"),
        spacer(2),
        cut_out(call, code),
    ]
    return Document(title=title, footer=title, issuer=owner.name).build(story)
