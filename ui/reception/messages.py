"""What the reception's message line says after a lending, a return or an undo, and to letters
of a name typed before the unit."""

from __future__ import annotations

from samverkan_desktop.i18n import N_, _
from samverkan_desktop.models import UnitStatus as Status
from samverkan_desktop.services.alarm_borrowers import BorrowerMatch
from samverkan_desktop.services.alarm_loans import (
    LendResult,
    ReturnResult,
    UndoneAction,
    UndoResult,
)
from samverkan_desktop.services.alarms import UnitRow
from ui import key_guide
from ui.alarms.lend_dialog import lend_summary


def lent_text(result: LendResult, borrower: BorrowerMatch | None) -> str:
    """The lending's confirmation, and the units the borrower still has out (the list line
    said so before Enter; the confirmation named only an expired training)."""
    text = lend_summary(result)
    held = borrower.holding if borrower is not None else ()
    if held:
        text += " " + _("{name} still has {units} out.").format(
            name=result.borrower, units=_held_units(held)
        )
    return text


def _held_units(held: tuple[tuple[str, bool], ...]) -> str:
    """ "LARM-07 (försenat), LARM-03": the units someone has out, a late one said so."""
    return ", ".join(
        _("{code} (overdue)").format(code=code) if overdue else code for code, overdue in held
    )


def lent_needs_a_look(result: LendResult, borrower: BorrowerMatch | None) -> bool:
    """Amber rather than green: lent with an expired training, or to someone with a unit late."""
    late = borrower is not None and any(overdue for _code, overdue in borrower.holding)
    return bool(result.warning) or late


# What the unit is now, said as a sentence (": tillgängligt." read stiffly).
BACK = {
    Status.AVAILABLE: N_("{code} is back from {name} and can be lent again."),
    Status.CHARGING: N_("{code} is back from {name} and is on charge."),
    Status.OUT_OF_SERVICE: N_("{code} is back from {name} and is out of service."),
}


def returned_text(result: ReturnResult, home_loan: bool = False) -> str:
    """``home_loan``: the name stays off the screen (the question before named her)."""
    name = _("the home loan") if home_loan else result.borrower or _("(pseudonymised)")
    text = _(BACK[result.status]).format(code=result.unit_code, name=name)
    if result.was_overdue:
        text += " " + _("It was overdue.")
    return text


def just_lent_text(code: str) -> str:
    """The unit lent a moment ago scanned again: kept on loan, and how to take it back. Not
    "or press Enter": the line stays after Esc or the next unit, when Enter does something else
    (the prompt above the field says it while it holds)."""
    return _(
        "{code} was lent a moment ago, so it was not taken back. Back already? Scan it again."
    ).format(code=code)


def undone_text(undone: UndoResult) -> str:
    if undone.undone is UndoneAction.LEND:
        return _("Undone: {code} was not lent.").format(code=undone.unit_code)
    return _("Undone: {code} is still on loan.").format(code=undone.unit_code)


def letters_first_text(typed: str, example_code: str | None) -> str:
    """Letters of a name typed before the unit (the borrower at the desk, the unit still on
    the shelf): which comes first, rather than "no unit has the code LP"."""
    return (
        _(
            "“{text}” is not a unit. First scan or type the unit's code (e.g. {code}), "
            "then 2–3 letters of the borrower's name."
        )
        if example_code
        else _(
            "“{text}” is not a unit. First scan or type the unit's code, "
            "then 2–3 letters of the borrower's name."
        )
    ).format(text=typed.strip(), code=example_code)


def not_lendable_text(unit: UnitRow, fault: str | None = None) -> str:
    """A unit scanned to be lent that cannot be: what it is, and for one out of service the
    fault reported, so the receptionist can say what is wrong and take another."""
    text = _("{code} is {status} and cannot be lent.").format(
        code=unit.code, status=_(unit.status.label).lower()
    )
    if fault:
        text += " " + _("Fault: {fault}").format(fault=fault)
    return text


def holders_text(typed: str, holders: list[BorrowerMatch]) -> str:
    """Letters of a name whose bearers have units out: which, rather than "scan the unit
    first" (asked on the phone who has what, or the unit back without a readable label)."""
    held = "; ".join(
        _("{name} has {units} out").format(name=h.name, units=_held_units(h.holding))
        for h in holders
    )
    return _("“{text}” is not a unit. {held}.").format(text=typed.strip(), held=held)


def choose_borrower_text() -> str:
    """Enter with names in the list but none chosen: the letters fit someone without valid
    alarm training best, who is never lent to unasked (nor a colleague the letters hardly
    name). The lines say whose training is missing; this says how to choose."""
    return _(
        "No borrower is chosen: the letters fit someone without valid alarm training best. "
        "Choose the borrower with {keys} or a click, then press {key}."
    ).format(keys=key_guide.RECEPTION_BORROWER.label(), key=key_guide.RECEPTION_CONFIRM.label())


def saved_meanwhile_text(code: str) -> str:
    """A lending or return refused because another desk saved the unit in the same instant
    (at the desk, and in its home-loan and fault dialogs, which keep what was typed)."""
    return (
        _("{code} was changed at another desk at the same moment, so nothing was saved.").format(
            code=code
        )
        + " "
        + _("Press {key} to try again.").format(key=key_guide.RECEPTION_CONFIRM.label())
    )
