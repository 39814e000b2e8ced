"""``samverkan print DOCUMENT ... --out FILE.pdf``: every printout from the command line.

Areas add their documents by listing a module in ``PRINT_MODULES`` with the documents it adds;
each such module has ``register_printouts(documents)`` adding one subparser per document whose
handler returns the PDF bytes to write. ``samverkan print agenda`` imports only the module of
the agenda (see ``samverkan_desktop.cli``).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from samverkan_desktop import clock, output_files
from samverkan_desktop.i18n import _

PdfHandler = Callable[[argparse.Namespace], bytes]

# Modules of samverkan_desktop.cli with a register_printouts(documents) function, and the
# documents each adds (tests/core/test_cli_lazy.py checks the lists).
PRINT_MODULES: dict[str, tuple[str, ...]] = {
    "meeting_printing": ("agenda", "minutes"),
    "calendar_printing": ("calendar",),
    "walks": ("checklist", "walkreport", "walkletter", "walkplan"),
    "alarm_printing": (
        "loanlog",
        "labels",
        "notreturned",
        "borrowercard",
        "handover",
        "alarmstats",
        "training-valid",
    ),
    "crisis": ("exercise", "exercisechecklist", "exerciseplan", "crisiscontacts"),
    "plan_printing": ("plan",),
    "fire": ("fireinspections",),
    "action_printing": ("actions",),
    "groups": ("structure", "memberlist"),
    "follow_up_printing": ("followup",),
    "council_printing": ("council",),
    "weekly_printing": ("weekly",),
    "action_plan_printing": ("actionplan",),
}


def module_of(document: str | None) -> str | None:
    """The module that adds ``document`` (None: not a document)."""
    return next((m for m, names in PRINT_MODULES.items() if document in names), None)


def add_document(
    documents: Any, name: str, help_text: str, build: PdfHandler
) -> argparse.ArgumentParser:
    """Add ``samverkan print NAME ... --out FILE.pdf``; ``build`` returns the PDF bytes."""
    parser: argparse.ArgumentParser = documents.add_parser(name, help=help_text)
    parser.add_argument(
        "--out", required=True, type=Path, metavar=_("FILE.pdf"), help=_("where to write the PDF")
    )
    parser.set_defaults(handler=lambda args: _write(args, build))
    return parser


def add_year_option(parser: argparse.ArgumentParser, default_help: str | None = None) -> None:
    """``--year YYYY`` of a printout of one year (the exercise plan, the walk plan …): this year
    unless given; a wrong year is wrong input (exit 1) as every --year is. With
    ``default_help`` the option is None when not given and the command picks the year (the
    exercise plan: from December the coming year's), as that help says."""
    from samverkan_desktop.cli.argument_types import parse_year

    parser.add_argument(
        "--year",
        type=parse_year,
        default=clock.today().year if default_help is None else None,
        metavar=_("YEAR"),
        help=default_help or _("the year (default: this year)"),
    )


def _write(args: argparse.Namespace, build: PdfHandler) -> int:
    out: Path = args.out
    output_files.check_target(out, output_files.PDF)  # before the work: never over the database
    output_files.write_bytes(out, build(args), output_files.PDF)
    print(_("Saved {path}").format(path=out))
    return 0


def register(commands: Any, document: str | None = None) -> None:
    """``samverkan print`` with every document, or only with ``document``'s module."""
    if not PRINT_MODULES:
        return
    parser = commands.add_parser("print", help=_("write a printout as PDF"))
    documents = parser.add_subparsers(
        dest="document", metavar=_("DOCUMENT"), parser_class=type(parser)
    )
    documents.required = True
    only = module_of(document)
    for name in PRINT_MODULES if only is None else [only]:
        module: Any = importlib.import_module(f"samverkan_desktop.cli.{name}")
        module.register_printouts(documents)
