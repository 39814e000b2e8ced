"""The command line: ``samverkan`` / ``python -m samverkan_desktop``.

It calls the same services as the window. Exit codes: 0 success, 1 a user error (a one-line
message on stderr), 2 wrong usage. Each area adds its subcommands in a module of its own,
listed in ``COMMAND_MODULES``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from samverkan_desktop.cli import alarms, contacts, crisis, demo, groups, meetings, printing, walks
from samverkan_desktop.cli import audit as audit_commands
from samverkan_desktop.cli import backup as backup_commands
from samverkan_desktop.cli import db as db_commands
from samverkan_desktop.cli.common import Handler, SwedishArgumentParser
from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _

COMMAND_MODULES = (
    demo,
    groups,
    contacts,
    meetings,
    walks,
    alarms,
    crisis,
    printing,
    backup_commands,
    audit_commands,
    db_commands,
)


def build_parser() -> argparse.ArgumentParser:
    parser = SwedishArgumentParser(
        prog="samverkan",
        description=_(
            "Samverkan: the district safety coordinator's register, from the command line."
        ),
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=_("database address (default: SAMVERKAN_DB or the local SQLite file)"),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=_("COMMAND"), parser_class=SwedishArgumentParser
    )
    commands.required = True
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except DomainError as error:
        print(_("Error: {message}").format(message=error.message), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; that is not an error of ours.
        sys.stdout = None  # type: ignore[assignment]
        return 0
