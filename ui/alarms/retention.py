"""The retention period of alarm loans in words, and the question before a shorter one is
saved: the window takes the borrowers out of the loans past it at the next start, which
cannot be undone, so it asks as "Pseudonymise old loans…" does."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from samverkan_desktop.formatting import thousands
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import alarm_usage
from ui.context import AppContext
from ui.widgets.dialogs import confirm


def period_text(months: int) -> str:
    return ngettext("{n} month", "{n} months", months).format(n=months)  # "1 månad"


def confirm_shorter_retention(parent: QWidget, ctx: AppContext, months: int) -> bool:
    """Whether a retention period of ``months`` may be saved: asked only when it takes the
    borrowers out of some loan (the safe answer is the default)."""
    due = ctx.call(alarm_usage.count_loans_to_pseudonymise, retention_months=months)
    if due.count == 0:
        return True
    return confirm(
        parent,
        _("Shorten the retention period"),
        ngettext(
            "At the next start, the borrower (and the reason) is removed from {count} loan "
            "returned more than {period} ago. The loan stays for the statistics. This cannot "
            "be undone.",
            "At the next start, the borrowers (and the reasons) are removed from {count} loans "
            "returned more than {period} ago. The loans stay for the statistics. This cannot "
            "be undone.",
            due.count,
        ).format(count=thousands(due.count), period=period_text(months)),
        _("Save and remove borrowers"),
    )
