"""The units a number is counted in, in the singular at 1 ("1 månad", "2 månader"): after a
number in a field (ui/widgets/counted_spin.py) and in the settings' declarations."""

from __future__ import annotations

from samverkan_desktop.i18n import ngettext


def months(n: int) -> str:
    return ngettext("month", "months", n)


def days(n: int) -> str:
    return ngettext("day", "days", n)


def backups(n: int) -> str:
    return ngettext("backup", "backups", n)


def weeks(n: int) -> str:
    return ngettext("week", "weeks", n)
