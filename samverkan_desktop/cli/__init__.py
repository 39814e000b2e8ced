"""The command line: ``samverkan`` / ``python -m samverkan_desktop``.

It calls the same services as the window. Exit codes: 0 success, 1 a user error (a one-line
message on stderr; a value its option cannot read or does not list is one too), 2 wrong usage
(an unknown command or option, a missing argument). Each area adds its subcommands in a module of its own,
listed in ``COMMAND_MODULES`` with the commands it adds.

A command imports only its own module: ``samverkan print agenda 12`` needs the meetings and
none of the other areas (their services, reports and libraries were over a third of the
process). ``--help``, a wrong or missing command and ``build_parser()`` load every module.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import logging
import sys
from collections.abc import Sequence
from typing import Any

from samverkan_desktop.cli.database_opening import close_opened
from samverkan_desktop.errors import DomainError
from samverkan_desktop.i18n import _

# Each module of samverkan_desktop.cli with a register(commands) function and the top-level
# commands it adds, in the order --help lists them (tests/core/test_cli_lazy.py checks both).
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "demo": ("demo",),
    "groups": ("groups",),
    "agreements": ("agreements",),
    "contacts": ("contacts",),
    "rule": ("rule",),
    "meetings": ("meetings", "export"),
    "actions": ("actions",),
    "walks": ("walks",),
    "units": ("units",),
    "loans": ("loans",),
    "crisis": ("plans", "exercises", "crisis"),
    "fire": ("fire",),
    "weekly": ("weekly",),
    "printing": ("print",),
    "backup": ("backup", "backups", "restore"),
    "settings": ("settings",),
    "audit": ("audit",),
    "db": ("db",),
}
GLOBAL_OPTIONS_WITH_VALUE = ("--db",)


def build_parser(
    modules: Sequence[str] | None = None, document: str | None = None
) -> argparse.ArgumentParser:
    """The whole command line, or only the commands of ``modules`` (and of ``print``, only
    ``document``): what ``main`` builds for the command it runs."""
    from samverkan_desktop.cli.argument_parser import SubcommandParser, SwedishArgumentParser

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
        dest="command", metavar=_("COMMAND"), parser_class=SubcommandParser
    )
    commands.required = True
    for name in COMMAND_MODULES if modules is None else modules:
        module: Any = importlib.import_module(f"samverkan_desktop.cli.{name}")
        if name == "printing":
            module.register(commands, document)
        else:
            module.register(commands)
    return parser


def _command_words(argv: Sequence[str]) -> list[str]:
    """The words after the global options (``--db URL``); empty when something else comes
    first (``--help``, an unknown or abbreviated option: the whole parser answers those)."""
    words = list(argv)
    while words and words[0].startswith("-"):
        option = words.pop(0)
        if option.partition("=")[0] not in GLOBAL_OPTIONS_WITH_VALUE:
            return []
        if "=" not in option:
            if not words:
                return []
            words.pop(0)
    return words


def narrowed_parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    """The parser for this command line: only the module of its command when that is known,
    else every command (so help and usage errors read as always)."""
    from samverkan_desktop.cli import printing

    words = _command_words(argv)
    module = next((m for m, names in COMMAND_MODULES.items() if words and words[0] in names), None)
    if module is None:
        return build_parser()
    if module == "printing":
        document = words[1] if len(words) > 1 else None
        if printing.module_of(document) is None:
            return build_parser()
        return build_parser(["printing"], document)
    return build_parser([module])


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, handlers=[_LogFileHandler()])
    # For this command only: a caller in the same process (tests) runs many.
    shown = _UserWarnings()
    logging.getLogger().addHandler(shown)
    try:
        return _run(argv)
    finally:
        logging.getLogger().removeHandler(shown)


def _run(argv: Sequence[str] | None) -> int:
    program = argv is None  # the process itself, not a caller in the same process (tests)
    if program:
        gc.disable()  # nothing to collect while modules load: a tenth of the start-up
    try:
        parser = narrowed_parser(sys.argv[1:] if argv is None else argv)
    finally:
        if program:
            gc.enable()
    try:
        args = parser.parse_args(argv)
    except DomainError as error:
        # A value its option cannot read or does not list (cli.argument_parser's
        # SwedishArgumentParser, cli.choices.choice): wrong input, exit 1; a wrong option or
        # command stays a usage error (exit 2).
        print(_("Error: {message}").format(message=error.message), file=sys.stderr)
        return 1
    try:
        return int(args.handler(args))
    except DomainError as error:
        return _refused(error)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; that is not an error of ours.
        sys.stdout = None  # type: ignore[assignment]
        return 0
    except Exception as error:
        # A database error outside a unit of work (`db add-login` on the engine itself) in the
        # user's words, as the window says it; else a programming error: one line, details logged.
        explained = _database_error(error)
        return _refused(explained) if explained is not None else _unexpected(error)
    finally:
        close_opened()
        if program:
            # The process ends now: whatever it loaded lives until then, so let the exit's
            # garbage collections skip it (they took a tenth of a short command's time).
            gc.freeze()


def _refused(error: DomainError) -> int:
    print(_("Error: {message}").format(message=_said(error)), file=sys.stderr)
    details = getattr(error, "details", None)  # the database's own words (DatabaseError)
    if details:
        print(_("Details: {details}").format(details=details), file=sys.stderr)
    return 1


def _database_error(error: Exception) -> DomainError | None:
    if "sqlalchemy" not in sys.modules:  # no database was opened: not one of its errors
        return None
    from samverkan_desktop.db_errors import user_error

    return user_error(error)


def _said(error: DomainError) -> str:
    """The error's message as the command line says it: where the window's speaks of a form
    keeping what was typed ("… det du skrev finns kvar": a busy database, two desks at the same
    moment), the command line's says the command was not carried out and may be run again."""
    return error.command_line or error.message


REASON_LENGTH = 200  # characters of an unexpected error's message shown; the log has it all


def _one_line(reason: str) -> str:
    """An error's message on one line and short: ReportLab's LayoutError names the flowable
    over several lines and at length ("… containing\\n'Närvaro ej noterad'(481.9 x 796.5) …")."""
    reason = " ".join(reason.split())
    return reason if len(reason) <= REASON_LENGTH else reason[: REASON_LENGTH - 1] + "…"


class _UserWarnings(logging.Handler):
    """A warning the core means for the user (user_warnings.warn_user: today's backup not
    taken) is one line "Varning: …" on stderr, the command going on; the log file has it too.
    Any other record stays in the log file only."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        from samverkan_desktop.user_warnings import user_message

        message = user_message(record)
        if message is not None:
            from samverkan_desktop.cli.output import print_warning

            print_warning(message)


class _LogFileHandler(logging.Handler):
    """What the core logs (a refusal's or a failure's driver text and SQL, for whoever helps)
    goes to the log file the window writes too: on stderr it came before the user's one line
    ("WARNING samverkan_desktop.db_errors: … [SQL: INSERT …]"). The file is opened at the
    first line logged, so a command that logs nothing makes no folder."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        from samverkan_desktop.user_warnings import user_message

        # A warning for the user is on stderr already (_UserWarnings): not twice.
        _keep_in_log(self.format(record) + "\n", show=user_message(record) is None)


def _keep_in_log(text: str, *, show: bool = True) -> None:
    from samverkan_desktop.paths import log_file

    try:
        with log_file().open("a", encoding="utf-8") as handle:
            handle.write(text)
    except (OSError, DomainError):  # no folder of its own (DataFolderError) or a full disk
        if show:
            sys.stderr.write(text)  # nowhere to keep it: show it rather than lose it


def _unexpected(error: Exception) -> int:
    """A programming error: the traceback goes to the log file the window also writes, the
    user gets one line naming it and the file."""
    import traceback

    from samverkan_desktop.paths import log_file

    path = log_file()
    details = "".join(traceback.format_exception(error))
    _keep_in_log(f"samverkan {' '.join(sys.argv[1:])}\n{details}\n")
    print(
        _(
            "Error: an unexpected error occurred ({reason}). What was saved before is kept; "
            "the details are in the log file {path}."
        ).format(reason=_one_line(f"{type(error).__name__}: {error}"), path=path),
        file=sys.stderr,
    )
    return 1
