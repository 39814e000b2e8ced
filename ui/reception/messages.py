"""What the reception's message line says after a return or an undo, and to letters of a name
typed before the unit."""

from __future__ import annotations

from samverkan_desktop.i18n import _
from samverkan_desktop.services.alarm_loans import ReturnResult, UndoneAction, UndoResult


def returned_text(result: ReturnResult) -> str:
    text = _("{code} is back from {name}: {status}.").format(
        code=result.unit_code,
        name=result.borrower or _("(pseudonymised)"),
        status=_(result.status.label).lower(),
    )
    if result.was_overdue:
        text += " " + _("It was overdue.")
    return text


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
