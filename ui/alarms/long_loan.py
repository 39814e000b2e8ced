"""The question before a long loan (samverkan_desktop/long_loans.py): "Due back only on
2027-06-30, in 7 months. Is that right?", asked once per date when a home loan is lent, in the
area's form and at the reception (a home visit's loan is refused past its 14 days by the core). The safe answer is the default, as in the other questions: Enter goes
back to the date; "Yes, lend until then" lends. A date within the rule asks nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.long_loans import LongLoanRule
from ui.widgets.dialogs import confirm
from ui.widgets.form_dialog import FormDialog


class AsksLongLoans(FormDialog):
    """A lending form that asks before lending past the rule. The form says which date it
    lends until and where that date is typed (``due_to_ask``)."""

    long_loan: LongLoanRule | None = None  # None: the rule was not read, nothing is asked
    _confirmed: dt.date | None = None  # the date said to be right: not asked again

    def due_to_ask(self) -> tuple[dt.datetime | None, QWidget]:
        """The date lent until as typed (None: none yet, the save refuses it) and its field."""
        raise NotImplementedError

    def accept(self) -> None:
        if self._long_loan_right():
            super().accept()

    def _long_loan_right(self) -> bool:
        due, field = self.due_to_ask()
        if due is None or self.long_loan is None:
            return True
        day, today = due.date(), clock.today()
        if not self.long_loan.is_long(day, today) or day == self._confirmed:
            return True
        if confirm(
            self,
            _("Long loan"),
            self.long_loan.question(day, today),
            _("Yes, lend until then"),
            destructive=False,
            cancel_text=_("Change the date"),
        ):
            self._confirmed = day
            return True
        field.setFocus()
        return False
