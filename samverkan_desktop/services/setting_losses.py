"""What a lower setting removes for good: the window asks with it before the setting is saved
(ui/alarms/retention.py, ui/backups.py), "This cannot be undone."; the command line, which
saves at once (scripts rely on it), says it after (cli/settings.py) and, since nothing is gone
until the next start or backup, how to keep it (``before``: the value it had). None when
nothing is lost."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from samverkan_desktop import backup
from samverkan_desktop.formatting import thousands, wall_datetime
from samverkan_desktop.i18n import ngettext
from samverkan_desktop.services import alarm_usage


def period_text(months: int) -> str:
    return ngettext("{n} month", "{n} months", months).format(n=months)  # "1 månad"


def shorter_retention(session: Session, months: int, before: int | None = None) -> str | None:
    """The borrowers a retention period of ``months`` takes out of returned loans at the next
    start (alarm_usage.pseudonymise_old_loans)."""
    due = alarm_usage.count_loans_to_pseudonymise(session, retention_months=months)
    if due.count == 0:
        return None
    if before is not None:
        return ngettext(
            "At the window's next start (or on “samverkan loans pseudonymise”), the borrower "
            "(and the reason) is removed from {count} loan returned more than {period} ago. "
            "The loan stays for the statistics. Set the period back to {before} before then "
            "to keep the borrower.",
            "At the window's next start (or on “samverkan loans pseudonymise”), the borrowers "
            "(and the reasons) are removed from {count} loans returned more than {period} ago. "
            "The loans stay for the statistics. Set the period back to {before} before then "
            "to keep the borrowers.",
            due.count,
        ).format(count=thousands(due.count), period=period_text(months), before=period_text(before))
    return ngettext(
        "At the next start, the borrower (and the reason) is removed from {count} loan "
        "returned more than {period} ago. The loan stays for the statistics. This cannot "
        "be undone.",
        "At the next start, the borrowers (and the reasons) are removed from {count} loans "
        "returned more than {period} ago. The loans stay for the statistics. This cannot "
        "be undone.",
        due.count,
    ).format(count=thousands(due.count), period=period_text(months))


def fewer_backups(database: Path, keep: int, before: int | None = None) -> str | None:
    """The kept backups of ``database`` that the next backup deletes when ``keep`` are kept."""
    going = backup.list_backups(database, own=True)[keep:]  # newest first: as prune deletes
    if not going:
        return None
    if before is not None:
        return ngettext(
            "At the next backup, the oldest backup (taken {date}) is deleted. Set the number "
            "back to {before} before then to keep it.",
            "At the next backup, the {count} oldest backups are deleted (the newest of them "
            "taken {date}). Set the number back to {before} before then to keep them.",
            len(going),
        ).format(count=len(going), date=wall_datetime(going[0].taken_at), before=before)
    return ngettext(
        "At the next backup, the oldest backup (taken {date}) is deleted. This cannot be undone.",
        "At the next backup, the {count} oldest backups are deleted (the newest of them "
        "taken {date}). This cannot be undone.",
        len(going),
    ).format(count=len(going), date=wall_datetime(going[0].taken_at))
