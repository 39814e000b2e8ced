"""The situation picture's figures as the action plan writes them: "1 274", "23,5 %", and the
change from one year to the next, "−132 (−48 %)" for counts, "−7 p.e." for percentages."""

from __future__ import annotations

from samverkan_desktop.formatting import one_decimal, thousands
from samverkan_desktop.i18n import _
from samverkan_desktop.models import FigureUnit
from samverkan_desktop.services.action_plan import Change


def number_text(value: float) -> str:
    """ "1 274", "23,5": grouped by three, a decimal comma, no ".0"."""
    whole = round(value)
    if abs(value - whole) < 0.05:
        return thousands(whole)
    return one_decimal(value)


def figure_text(value: float | None, unit: FigureUnit) -> str:
    """ "142", "23 %"; nothing for a year without a figure."""
    if value is None:
        return ""
    text = number_text(value)
    return f"{text}\u00a0%" if unit is FigureUnit.PERCENT else text


def change_text(found: Change | None, unit: FigureUnit) -> str:
    """ "−132 (−48 %)" for counts, "+3 p.e." for percentages (percentage points)."""
    if found is None:
        return ""
    sign = "+" if found.difference > 0 else "−" if found.difference < 0 else "±"
    text = sign + number_text(abs(found.difference))
    if unit is FigureUnit.PERCENT:
        return _("{change} pp").format(change=text)
    if found.percent is None:
        return text
    percent_sign = "+" if found.percent > 0 else "−" if found.percent < 0 else "±"
    return f"{text} ({percent_sign}{round(abs(found.percent))}\u00a0%)"
