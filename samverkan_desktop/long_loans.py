"""What counts as a long loan: a return date further away than the setting
``alarms.long_loan_days`` (90 by default; the papers name no longest loan). Lending asks once
whether such a date is right (a "7-month home loan" had gone through as typed); within it,
nothing is asked. The command line, which cannot ask, lends and warns unless told the date is
right (``loans out --long-loan``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samverkan_desktop import unit_words
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _

LONG_LOAN_SETTING = "alarms.long_loan_days"
DAYS_IN_A_MONTH = 30.44  # on average: "in 7 months" for 2026-12-05 → 2027-06-30


@dataclass(frozen=True)
class LongLoanRule:
    days: int  # the longest loan lent without a question

    def is_long(self, due: dt.date, today: dt.date) -> bool:
        return (due - today).days > self.days

    def question(self, due: dt.date, today: dt.date) -> str:
        """ "Due back only on 2027-06-30, in 7 months. Is that right?" """
        return _("Due back only on {date}, in {span}. Is that right?").format(
            date=iso_date(due), span=span_text((due - today).days)
        )

    def script_note(self, due: dt.date, today: dt.date, flag: str) -> str:
        """The question as a warning for a script, which cannot answer it: the date, the
        setting it passes, and what to do if it is wrong ("Due back only on 2027-06-30, in 7
        months: longer than 90 days (the setting alarms.long_loan_days). If the date is wrong,
        take the unit back and lend it again; --long-loan says it is right.")."""
        return _(
            "Due back only on {date}, in {span}: longer than {days} (the setting {key}). "
            "If the date is wrong, take the unit back and lend it again; {flag} says it is right."
        ).format(  # a line for a terminal and a script's log: plain spaces, unlike the dialog's
            date=iso_date(due),
            span=span_text((due - today).days).replace("\u00a0", " "),
            days=f"{self.days} {unit_words.days(self.days)}",
            key=LONG_LOAN_SETTING,
            flag=flag,
        )


def span_text(days: int) -> str:
    """ "45 days", or from two months on "7 months" (rounded: a date is chosen to the day);
    a no-break space keeps the number with its unit ("om 7" over "månader" in the question)."""
    if days < 60:
        return f"{days}\u00a0{unit_words.days(days)}"
    months = round(days / DAYS_IN_A_MONTH)
    return f"{months}\u00a0{unit_words.months(months)}"
