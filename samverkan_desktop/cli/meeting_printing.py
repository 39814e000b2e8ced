"""``samverkan print agenda|minutes MEETING_ID --out FILE.pdf``: the meeting printouts.

A module of their own, importing neither the database layer nor the models: on a current SQLite
database the agenda is read with plain SQL (notice_sqlite.py) and SQLAlchemy, over a second of
the command, is never loaded. Anything else (PostgreSQL, a database to migrate, a meeting never
opened, an unknown id) takes the services' road, which migrates and words the errors.
"""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop.cli.argument_types import record_id
from samverkan_desktop.cli.database_opening import daily_backup, database_url, open_db
from samverkan_desktop.i18n import _


def register_printouts(documents: Any) -> None:
    from samverkan_desktop.cli import printing  # printing lists this module: import late

    agenda = printing.add_document(
        documents, "agenda", _("the notice and agenda of a meeting"), _agenda
    )
    agenda.add_argument(
        "meeting_id", type=record_id, metavar=_("MEETING_ID"), help=_("the meeting's number")
    )
    minutes = printing.add_document(documents, "minutes", _("the minutes of a meeting"), _minutes)
    minutes.add_argument(
        "meeting_id", type=record_id, metavar=_("MEETING_ID"), help=_("the meeting's number")
    )


# Handlers import the builders (ReportLab) only they use.


def _agenda(args: argparse.Namespace) -> bytes:
    from samverkan_desktop.notice_sqlite import read_notice
    from samverkan_desktop.reports.agenda import agenda_pdf, build_agenda

    url = database_url(args)
    detail = read_notice(url, args.meeting_id)
    if detail is None:
        return open_db(args).call(agenda_pdf, args.meeting_id)
    daily_backup(url)  # as open_db does: the first command of the day backs the database up
    return build_agenda(detail)


def _minutes(args: argparse.Namespace) -> bytes:
    from samverkan_desktop.reports.minutes import minutes_pdf

    return open_db(args).call(minutes_pdf, args.meeting_id)
