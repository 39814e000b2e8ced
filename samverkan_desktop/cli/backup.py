"""``samverkan backup [--out FILE]``, ``samverkan backups`` and ``samverkan restore FILE``.

SQLite only; for a PostgreSQL database both say to use pg_dump/pg_restore (exit 1).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from samverkan_desktop import backup, output_files
from samverkan_desktop.cli.database_opening import database_url
from samverkan_desktop.cli.output import add_json_flag, print_json, print_table
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import wall_datetime, week_label
from samverkan_desktop.i18n import _


def register(commands: Any) -> None:
    p = commands.add_parser("backup", help=_("back the database up (SQLite)"))
    p.add_argument(
        "--out",
        metavar=_("FILE"),
        help=_(
            "where to write the copy (default: the backups folder); a name without an ending "
            "gets .sqlite3"
        ),
    )
    p.set_defaults(handler=take)
    p = commands.add_parser("backups", help=_("list the kept backups, newest first"))
    add_json_flag(p)
    p.set_defaults(handler=list_kept)
    p = commands.add_parser(
        "restore", help=_("replace the database with a backup (what it replaces is backed up)")
    )
    p.add_argument("file", metavar=_("FILE"), help=_("the backup file (backups lists them)"))
    p.set_defaults(handler=restore)


def _database(args: argparse.Namespace) -> Path:
    database = backup.require_sqlite(database_url(args, create=True))
    if not database.is_file():
        raise ValidationError(_("The database {path} does not exist.").format(path=database))
    return database


def take(args: argparse.Namespace) -> int:
    database = _database(args)
    if args.out is None:
        target = backup.take_backup(database, backup.MANUAL)
    else:
        out = backup.named_backup(Path(args.out))
        if out.exists() and not out.is_dir():  # a backup never replaces a file (or /dev/null)
            raise ValidationError(
                _("The file {path} already exists; choose another name.").format(path=out)
            )
        output_files.check_target(out)  # no name, a folder, a missing folder, a journal
        backup.copy_database(database, out)
        target = out
    print(_("Backup saved: {path}").format(path=target))
    return 0


def list_kept(args: argparse.Namespace) -> int:
    rows = backup.list_backups(_database(args))
    if args.json:
        print_json(
            [
                {"path": str(b.path), "taken_at": b.taken_at.isoformat(), "reason": b.reason}
                for b in rows
            ]
        )
        return 0
    print_table(
        [_("Taken"), _("Week"), _("Reason"), _("File")],
        [
            (
                wall_datetime(b.taken_at),  # "2026-11-30 17.00", as the window's list
                week_label(b.taken_at.date()),
                backup.reason_label(b.reason),
                b.path,
            )
            for b in rows
        ],
    )
    return 0


def restore(args: argparse.Namespace) -> int:
    database = backup.require_sqlite(database_url(args, create=True))
    if not args.file.strip():
        raise ValidationError(_("Name the backup file to restore."))
    source = Path(args.file)
    if not source.exists() and backup.named_backup(source).is_file():
        source = backup.named_backup(source)  # "restore kopia" after "backup --out kopia"
    if not database.parent.is_dir():  # said, not SQLite's "unable to open database file"
        raise ValidationError(
            _("The folder {folder} does not exist.").format(folder=database.parent)
        )
    result = backup.restore(database, source)
    print(_("The database {path} was restored from {source}.").format(path=database, source=source))
    if result.safety_backup is not None:
        print(_("What it replaced was backed up to {path}.").format(path=result.safety_backup))
    if result.damaged_kept is not None:
        print(
            _("What it replaced was damaged and is kept as {path}.").format(
                path=result.damaged_kept
            )
        )
    return 0
