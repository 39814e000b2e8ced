"""The borrower's card: how to use the alarm and whom to call, with a small card to cut out and
carry. Given a loan, it also says which unit and when it is due back."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle
from sqlalchemy.orm import Session

from samverkan_desktop.formatting import prose_datetime
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.reports.alarm_parts import issuer
from samverkan_desktop.reports.style import (
    MUTED,
    Document,
    escape,
    facts,
    heading,
    markup,
    paragraph,
    spacer,
)
from samverkan_desktop.services import alarm_history

BEFORE = (
    N_("Check that the alarm is charged and that the test button gives the usual signal."),
    N_("Tell a colleague or your manager where you are going and when you expect to be back."),
    N_("Carry the alarm on you, within reach (belt, pocket or cord), during the whole visit."),
)
THREAT = (
    N_("Leave the situation if you can: your safety comes first."),
    N_("Press the alarm button firmly for two seconds. The alarm centre answers and can hear you."),
    N_("If you can, say clearly where you are: address, floor, the name on the door."),
    N_("The alarm centre sends help and calls the police when needed. Stay where it is safe."),
)
AFTER = (
    N_("Return the alarm to the reception in time (a home visit: the same day by 17.00)."),
    N_("Tell the reception if the alarm was used or does not work as it should."),
    N_("Tell your manager and report the incident in the incident reporting system."),
)


def _steps(title: str, steps: list[str]) -> list[Flowable]:
    items = "".join(f"{n}. {escape(text)}<br/>" for n, text in enumerate(steps, start=1))
    return [heading(title), markup(items.removesuffix("<br/>"))]


def _numbers(phone: str | None) -> list[tuple[str, str]]:
    rows = [(_("Emergency"), "112"), (_("Police, not urgent"), "114 14")]
    if phone:
        rows.append((_("Reception / switchboard"), phone))
    return rows


def _cut_out(numbers: list[tuple[str, str]], code: str | None) -> Table:
    """A card of about 85 × 55 mm (a bank card) inside a dashed cutting line."""
    title = "<b>" + escape(_("Personal alarm")) + "</b>" + (f" · {escape(code)}" if code else "")
    lines = [markup(title), paragraph(_("Threat: press the button for two seconds."), "cell")]
    lines += [
        markup(f"{escape(label)}: <b>{escape(value)}</b>", "cell") for label, value in numbers
    ]
    lines.append(paragraph(_("Manager:") + " ______________________", "cell"))
    card = Table([[line] for line in lines], colWidths=[85 * mm])
    card.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, MUTED, None, (3, 2)),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (0, 0), 3 * mm),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 3 * mm),
            ]
        )
    )
    card.hAlign = "LEFT"
    return card


def build(session: Session, loan_id: int | None = None) -> bytes:
    owner = issuer(session)
    title = _("Personal alarm: how to use it")
    story: list[Flowable] = [
        paragraph(title, "title"),
        paragraph(
            _("You borrow this alarm for your work. Keep it with you until you hand it back."),
            "subtitle",
        ),
    ]
    code = None
    after = [_(text) for text in AFTER]
    if loan_id is not None:
        loan = alarm_history.get_loan(session, loan_id).loan
        code = loan.unit_code
        rows = [
            (_("Your alarm"), f"{loan.unit_code} ({_(loan.purpose.label).lower()})"),
            (_("Borrowed by"), loan.borrower_label()),
            (_("Lent"), prose_datetime(loan.out_at)),
            (_("Due back"), prose_datetime(loan.due_at)),
        ]
        story += [facts(rows), spacer(2)]
        # This loan's own time, not the home visit's rule (a home loan is due in weeks).
        after[0] = _("Return the alarm to the reception by {due} at the latest.").format(
            due=prose_datetime(loan.due_at)
        )
    story += _steps(_("Before you go"), [_(text) for text in BEFORE])
    story += _steps(_("If you feel threatened"), [_(text) for text in THREAT])
    story += _steps(_("Afterwards"), after)
    numbers = _numbers(owner.phone)
    manager = (_("My manager"), "_______________________   " + _("tel.") + " ______________")
    story += [heading(_("Whom to call")), facts([*numbers, manager], label_width_mm=50)]
    story += [
        spacer(8),
        paragraph(_("Cut out and keep with the alarm:"), "small"),
        spacer(2),
        _cut_out(numbers, code),
    ]
    return Document(title=title, footer=title, issuer=owner.name).build(story)
