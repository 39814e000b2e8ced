"""Shared pieces of the command line: opening the database, JSON and table output."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from samverkan_desktop import clock, i18n
from samverkan_desktop.errors import DomainError, ValidationError
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.paths import default_database_url

if TYPE_CHECKING:
    from samverkan_desktop.db import Database

Handler = Callable[[argparse.Namespace], int]
DateOrTime = TypeVar("DateOrTime", dt.date, dt.datetime)


def _route_argparse_texts() -> None:
    # argparse looks up its own texts ("usage: ", "options", "invalid choice ...") through the
    # gettext functions bound in its module; ours serve them from resources/locale/*/core.po.
    argparse._ = i18n._  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]


_route_argparse_texts()

# The texts of argparse's that the catalog translates (marked here so they count as used).
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("%(prog)s: error: %(message)s\n"),
)


class ChoiceHelpFormatter(argparse.HelpFormatter):
    """An option read by ``choice`` (a metavar, not argparse's ``choices``) lists the values
    it takes in its help: "--status STATUS  bara vandringar i detta steg (en av: planning
    (Planering), …)"."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = super()._get_help_string(action)
        accepted = getattr(action.type, "accepted", None)
        if not text or accepted is None:
            return text
        shown = accepted()
        # Codes argparse shows ("{keep,skip,move}") are listed again only for their labels.
        codes_shown = action.choices is not None and action.metavar is None
        if codes_shown and shown == ", ".join(str(c) for c in action.choices or ()):
            return text
        # argparse formats help with %: a literal % in a label must not be read as a field.
        values = shown.replace("%", "%%")
        listed = _("one of: {values}").format(values=values)
        return f"{text} ({listed})"

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        # argparse measures a subcommand without the indent it is printed at, so the longest
        # ("organisations", "pseudonymise") went on a line of its own above its help.
        if action.help is not argparse.SUPPRESS:
            for subaction in self._iter_indented_subactions(action):  # indented meanwhile
                length = len(self._format_action_invocation(subaction)) + self._current_indent
                self._action_max_length = max(self._action_max_length, length)


class SwedishArgumentParser(argparse.ArgumentParser):
    """Usage errors in the user's language, exit code 2; choices listed in the help. A value
    its type refuses (a wrong date, id or year) is wrong input, not wrong usage: one line,
    exit 1, as a value outside ``choice``'s."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", ChoiceHelpFormatter)
        # parse_known_args says argparse's ArgumentErrors itself (cli/usage_errors.py).
        kwargs.setdefault("exit_on_error", False)
        super().__init__(*args, **kwargs)

    def parse_args(self, args: Any = None, namespace: Any = None) -> Any:
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.refuse(_usage_errors().unknown_words(self, extras))
        return namespace

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        # The words, for an option the parser lacks to be said before what argparse meets first.
        self._words = list(sys.argv[1:] if args is None else args)
        try:
            return super().parse_known_args(args, namespace)
        except argparse.ArgumentError as error:
            self.refuse_unknown_options()
            self.refuse(_usage_errors().argument_problem(self, error))

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if isinstance(action, argparse._SubParsersAction) and value not in action.choices:
            # Said at once: the words after a command not known are not this parser's.
            self.refuse(_usage_errors().unknown_command(self, value, list(action.choices)))
        super()._check_value(action, value)  # type: ignore[misc]

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        # argparse turns a type's refusal into a usage error (its usage text, exit 2); main
        # prints a ValidationError as one line, exit 1 ("--from: ”31/2” är inte ett datum …").
        try:
            return super()._get_value(action, arg_string)  # type: ignore[misc]
        except argparse.ArgumentError as error:
            self.refuse_unknown_options()
            raise ValidationError(refused_value(error), field=action.dest) from None
        except DomainError:  # a value outside a choice's
            # "print minutes --ot a.pdf" read a.pdf as the meeting's number: the typo goes first.
            self.refuse_unknown_options()
            raise

    def _get_option_tuples(self, option_string: str) -> Any:
        # An abbreviation of several options, in our words (argparse's came after "Fel:").
        found = super()._get_option_tuples(option_string)  # type: ignore[misc]
        if len(found) > 1:
            options = [option for _action, option, *_rest in found]
            self.refuse(_usage_errors().ambiguous(self, option_string, options))
        return found

    def error(self, message: str) -> NoReturn:
        # What argparse still says itself: the arguments missing.
        self.refuse_unknown_options()
        self.refuse(_usage_errors().missing(self, message) or message)

    def refuse_unknown_options(self) -> None:
        """Wrong usage naming the options this parser does not have among its words, if any."""
        options = _usage_errors().unknown_options(self, getattr(self, "_words", ()))
        if options:
            self.refuse(_usage_errors().unknown_words(self, options))

    def refuse(self, problem: str) -> NoReturn:
        """Wrong usage: one line naming the problem and a pointer to the help, exit 2."""
        self.exit(2, _usage_errors().said(self, problem))


def _usage_errors() -> Any:
    # Loaded only for a wrong command line: a command loads no more than it runs (test_cli_lazy).
    from samverkan_desktop.cli import usage_errors

    return usage_errors


def refused_value(error: argparse.ArgumentError) -> str:
    """A value its type refused, as our own refusals read: the option (or the argument's name)
    first, then a sentence ending with a period: "--from: ”31/2” är inte ett datum (skriv till
    exempel 2026-03-12)." rather than argparse's "argumentet --from: …" with none."""
    message = sentence(error.message)
    return f"{error.argument_name}: {message}" if error.argument_name else message


def sentence(text: str) -> str:
    """``text`` ending as a sentence does (the types' own words mostly had no period)."""
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


FIRST_YEAR, LAST_YEAR = 1900, 2200  # the years a date or a year on the command line may name


class SubcommandParser(SwedishArgumentParser):
    """A command's parser (``samverkan backups``, ``settings set``): an argument it does not
    know is wrong usage of the command, whose help it points to. argparse hands such arguments up to the top
    level, which named them under ``samverkan``'s usage, not the command's."""

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        namespace, extras = super().parse_known_args(args, namespace)
        if extras:
            self.refuse(_usage_errors().unknown_words(self, extras))
        return namespace, extras


def within_years(value: DateOrTime, text: str) -> DateOrTime:
    """``value`` (a date read from ``text``) if its year is one the register can hold: wrong
    input (exit 1) for "9999-12-31" or "0001-01-01", which were an unexpected error (the day
    after, or the moment in Stockholm time, is outside Python's dates) or a preview of the
    weekly meetings of eight thousand years."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            _("“{value}” is outside the years {first}–{last}.").format(
                value=text, first=FIRST_YEAR, last=LAST_YEAR
            )
        )
    return value


def iso_week(text: str) -> Any:
    """A week for --week options, "2026-W49" (services.weekly_briefs.parse_week: also
    "2026-49"); one of a year outside the register's is misspelt, as a date of that year."""
    from samverkan_desktop.services.weekly_briefs import parse_week

    week = parse_week(text)  # a ValidationError: one line, exit 1 (cli.main)
    within_years(week.monday, text)
    return week


def parse_year(text: str) -> int:
    """A year for --year options: wrong input (exit 1) rather than an empty list for "-1"."""
    try:
        year = int(text.strip())
    except ValueError:
        year = 0
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            _("“{value}” is not a year (write it as 2026).").format(value=text)
        )
    return year


def whole_number(text: str) -> int:
    """A count (``--skip``): 0 or more, wrong input for "x" or "-1" rather than argparse's
    "invalid int value"."""
    try:
        value = int(text.strip())
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            _("“{value}” is not a whole number of 0 or more.").format(value=text)
        )
    return value


def day_count(value: str) -> int:
    """A number of days ahead (``--due-within``): 0 or more."""
    try:
        days = int(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            _("not a number of days: {value}").format(value=value)
        ) from error
    if days < 0:
        raise argparse.ArgumentTypeError(_("the number of days must not be negative"))
    return days


def choice(
    option: str,
    values: Mapping[str, Any],
    labels: Mapping[str, str] | None = None,
    *,
    listed: bool = True,
) -> Callable[[str], Any]:
    """``type=`` for an option taking one of ``values`` (code → what the handler gets). A code
    or its Swedish label from ``labels`` (code → the label as the window shows it, untranslated)
    is accepted, in any case: "--status planering" as well as "--status planning". Anything
    else is wrong input, not wrong usage: ValidationError "--status cannot be “x”; write one
    of: planning (Planering), …" (one line, exit 1; main catches it from the parser).
    ``listed=False``: the help does not list them (an alias whose original lists them)."""
    labels = labels or {}

    def parse(text: str) -> Any:
        key = text.strip().casefold()
        for code, value in values.items():
            label = labels.get(code)
            if key == code.casefold() or (label and key == _(label).casefold()):
                return value
        raise ValidationError(
            _("{option} cannot be “{value}”; write one of: {choices}.").format(
                option=option, value=text, choices=accepted()
            )
        )

    def accepted() -> str:
        return ", ".join(
            _with_label(code, _(labels[code])) if code in labels else code for code in values
        )

    parse.__name__ = "choice"
    if listed:  # ChoiceHelpFormatter lists them in the help.
        parse.accepted = accepted  # type: ignore[attr-defined]
    return parse


def _with_label(code: str, label: str) -> str:
    """ "planning (Planering)"; a label that starts with its code is not said twice:
    "t1 (jan–apr)", not "t1 (T1 (jan–apr))"."""
    if label.casefold().startswith(code.casefold() + " "):
        return code + label[len(code) :]
    return f"{code} ({label})"


def enum_choice(
    option: str, enum_class: type[enum.Enum], *, listed: bool = True
) -> Callable[[str], Any]:
    """``choice`` over an enum whose members have a ``label``: gives the member."""
    return choice(option, {m.value: m for m in enum_class}, _labels(enum_class), listed=listed)


def code_choice(option: str, members: Mapping[str, enum.Enum]) -> Callable[[str], str]:
    """``choice`` for an option with ``choices=list(members)``: gives the code (argparse then
    finds it among the choices), a member's label accepted too."""
    labels = {code: label for code, m in members.items() if (label := getattr(m, "label", None))}
    return choice(option, {code: code for code in members}, labels)


def _labels(enum_class: type[enum.Enum]) -> dict[str, str]:
    return {m.value: label for m in enum_class if (label := getattr(m, "label", None))}


LARGEST_ID = 2**63 - 1  # the databases' integer keys (SQLite and PostgreSQL bigint)


def subcommands(parser: argparse.ArgumentParser, name: str, metavar: str | None = None) -> Any:
    """``samverkan NAME ...``'s own commands, one of which must be given (its name lands in
    ``args.NAME_command``), parsed as Swedishly as the top level."""
    sub = parser.add_subparsers(
        dest=f"{name}_command", metavar=metavar or _("COMMAND"), parser_class=type(parser)
    )
    sub.required = True
    return sub


def record_id(text: str) -> int:
    """A record's number on the command line: wrong input (exit 1) for anything the database
    could not hold, rather than the driver's OverflowError."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“{value}” is not a record number (write it as 12).").format(value=text)
        ) from None
    if abs(value) > LARGEST_ID:
        raise argparse.ArgumentTypeError(
            _("{value} is too large to be a record number.").format(value=text.strip())
        )
    return value


def numbered_title(number: int, title: str) -> str:
    """ "12 ”Byt belysning i gångtunneln”": a record a command changed, as its list names it."""
    return _("{id} “{title}”").format(id=number, title=title)


def database_url(args: argparse.Namespace, *, create: bool = False) -> str:
    """The address of the database the command works on: --db, else SAMVERKAN_DB, else the local
    file. Refused in one line, before anything is opened or made: an empty --db or SAMVERKAN_DB
    (an unset variable in a script; it took the local database), an address that cannot be read, a
    database in memory (the command's work was gone when it ended) and, unless ``create`` (demo,
    restore), a SQLite file named by --db or SAMVERKAN_DB that does not exist: a mistyped path or
    a share not mounted got a new empty database, and a list said there was nothing."""
    from samverkan_desktop.errors import DatabaseError, NotFoundError
    from samverkan_desktop.quick_read import sqlite_path as _plain_sqlite_path

    named = args.db if args.db is not None else os.environ.get("SAMVERKAN_DB")
    if args.db is not None and not args.db.strip():
        raise ValidationError(
            _("--db is empty; give the database's address, e.g. sqlite:///samverkan.sqlite3.")
        )
    if args.db is None and named is not None and not named.strip():  # set, to nothing
        raise ValidationError(
            _(
                "SAMVERKAN_DB is empty; give the database's address, e.g. "
                "sqlite:///samverkan.sqlite3, or remove the variable."
            )
        )
    url = named or default_database_url()
    path = _plain_sqlite_path(url)
    if path is None:  # a server, a database in memory, an address with options, or none at all
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            parsed = make_url(url)
        except (ArgumentError, ValueError) as error:
            raise DatabaseError(_invalid_address(url)) from error
        if parsed.get_backend_name() == "sqlite":
            if parsed.database in (None, "", ":memory:"):
                raise ValidationError(
                    _(
                        "{url} is a database in memory: nothing would be kept. Give a database "
                        "file, e.g. sqlite:///samverkan.sqlite3."
                    ).format(url=url)
                )
            path = Path(parsed.database)
    if path is not None and path.is_dir():
        raise ValidationError(_("{path} is a folder; name a file in it.").format(path=path))
    if path is not None and named and not create and not path.exists():
        # Said with the way to a new one: the command line makes none but the example's.
        raise NotFoundError(
            _("The database {path} does not exist.").format(path=path)
            + " "
            + _(
                "A new, empty one is made by opening it in the window and choosing “{button}”; "
                "“samverkan demo” makes one with the example district."
            ).format(button=_("Start empty"))
        )
    return url


DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


def _invalid_address(url: str) -> str:
    """An address SQLAlchemy cannot read; a file's path (the usual slip) is answered with the
    address that names it: "/data/x.sqlite3" is "sqlite:////data/x.sqlite3"."""
    scheme = re.match(r"[A-Za-z][\w+.-]+:", url)  # "postgresql:", not a drive's "C:"
    looks_like_path = scheme is None and (
        "/" in url or "\\" in url or url.lower().endswith(DATABASE_SUFFIXES)
    )
    if looks_like_path and not _foreign_path(url):
        from samverkan_desktop.paths import sqlite_url

        return _("Invalid database address: {path} is a file's path; write it as {url}.").format(
            path=url, url=sqlite_url(Path(url).expanduser().absolute())
        )
    return _(
        "Invalid database address: {url}; write a file as sqlite:////full/path/samverkan.sqlite3."
    ).format(url=url)


def _foreign_path(url: str) -> bool:
    """A Windows path ("C:\\data\\x.sqlite", "data\\x.sqlite") on another system: read as this
    system's path it is a file named with backslashes in the current folder, an address no
    one meant, so none is suggested."""
    if os.name == "nt":
        return False
    return "\\" in url or re.match(r"[A-Za-z]:", url) is not None


def open_db(args: argparse.Namespace, *, create: bool = False) -> Database:
    """The database of ``database_url`` (``create``: it may be made), opened and migrated."""
    # SQLAlchemy only here: a printout read with plain SQL never loads it (cli/meeting_printing).
    from samverkan_desktop.db import open_database

    url = database_url(args, create=create)
    if create:
        _refuse_missing_folder(args, url)
    db = open_database(url)
    _opened.append(db)
    daily_backup(url)
    return db


_opened: list[Database] = []


def _refuse_missing_folder(args: argparse.Namespace, url: str) -> None:
    """A new database file goes in a folder that exists, as backup --out, print --out and
    restore refuse a missing one: demo made a mistyped folder. The local database's own
    folder is the program's to make."""
    from samverkan_desktop.quick_read import sqlite_path

    path = sqlite_path(url)
    named = args.db is not None or os.environ.get("SAMVERKAN_DB")
    # A file in the path is said by open_database ("en del av sökvägen är en fil").
    if path is not None and named and not path.parent.exists():
        raise ValidationError(_("The folder {folder} does not exist.").format(folder=path.parent))


def open_record(args: argparse.Namespace, model: type, record_id: int, unknown: str) -> Database:
    """The database, once the record a command names is known to exist. An id typed wrong is
    ``unknown`` ("There is no loan with number 99999."); the services' "… no longer exists" is
    for a record another desk deleted meanwhile."""
    db = open_db(args)
    require_record(db, model, record_id, unknown)
    return db


def require_record(db: Database, model: type, record_id: int, unknown: str) -> None:
    """NotFoundError ``unknown`` (with ``{id}``) when no such record exists."""
    from samverkan_desktop.services.validation import get_or_raise

    db.call(get_or_raise, model, record_id, unknown.format(id=record_id))


def require_organisation(db: Database, organisation_id: int) -> None:
    """ "There is no organisation with number 999." for an --organisation never registered."""
    from samverkan_desktop.models import Organisation

    require_record(
        db, Organisation, organisation_id, _("There is no organisation with number {id}.")
    )


def require_place(db: Database, place_id: int) -> None:
    """ "There is no place with number 999." for a --place never registered."""
    from samverkan_desktop.models import Place

    require_record(db, Place, place_id, _("There is no place with number {id}."))


def require_group(db: Database, group_id: int) -> None:
    """ "There is no group with number 999." for a --group never registered: the services' "The
    group no longer exists." is for a group another desk deleted meanwhile, not a mistyped id."""
    from samverkan_desktop.models import Group

    require_record(db, Group, group_id, _("There is no group with number {id}."))


def close_opened() -> None:
    """Close what open_db opened. SQLite folds its write-ahead log into the database file when
    the last connection closes; a command that left it open left its changes in the "-wal"
    file only, and a copy of the database file alone lacked them."""
    while _opened:
        _opened.pop().dispose()


def daily_backup(url: str) -> None:
    # The first command of the day backs the SQLite database up; a failed backup is reported
    # but does not stop the command (the window does the same).
    from samverkan_desktop import backup
    from samverkan_desktop.errors import DatabaseCorruptError, DatabaseError

    try:
        backup.daily_backup(url)
    except DatabaseCorruptError as error:
        # Every command says it until the database is restored (no backup of today is made).
        print(_("Warning: {message}").format(message=restore_advice(url, error)), file=sys.stderr)
    except (DatabaseError, OSError) as error:
        print(_("Warning: {message}").format(message=error), file=sys.stderr)


def restore_advice(url: str, error: DomainError) -> str:
    """A damaged database's one line: what happened and the command that restores the newest
    backup ("samverkan restore FILE", with --db when the database is not the default one)."""
    import shlex

    from samverkan_desktop import backup

    database = backup.sqlite_path(url)
    latest = backup.latest_backup(database) if database is not None else None
    if database is None or latest is None:
        return _("{damage} There is no backup of it to restore.").format(damage=error.message)
    words = ["samverkan"]
    if url != default_database_url():
        words += ["--db", url]
    command = shlex.join([*words, "restore", str(latest.path)])
    return _("{damage} Restore the newest backup with: {command}").format(
        damage=error.message, command=command
    )


def to_jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    return value


def print_json(data: Any) -> None:
    json.dump(to_jsonable(data), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """A plain aligned text table (dates ISO, empty as blank), fitted to the terminal it is
    shown in (cli/table_width.py); whole when piped."""
    # Imported here: a printout's command prints no table and loads no more than it needs.
    from samverkan_desktop.cli.table_width import fitted_widths, shortened, text_width

    def pad(text: str, width: int) -> str:
        text = shortened(text, width)
        return text + " " * (width - text_width(text))

    values = [list(row) for row in rows]
    text_rows = [[_cell(value) for value in row] for row in values]
    widths = fitted_widths(headers, values, text_rows)
    print("  ".join(pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for row in text_rows:
        print("  ".join(pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())
    if not text_rows:
        print(_("(none)"))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, enum.Enum):
        label = getattr(value, "label", None)
        return _(label) if label else str(value.value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def print_labelled(lines: Sequence[tuple[str, Any]]) -> None:
    """``label: value`` lines, the values in one column, a value's further lines under its
    first; empty values left out."""
    shown = [(label, str(value)) for label, value in lines if value]
    width = max((len(label) for label, _value in shown), default=0)
    for label, value in shown:
        first, *rest = value.splitlines() or [""]
        print(f"{label + ':':<{width + 2}}{first}")
        for line in rest:
            print(" " * (width + 2) + line)


def add_search_option(parser: argparse.ArgumentParser, where: str) -> None:
    """``--search TEXT`` of a list: ``where`` says which texts it looks in."""
    parser.add_argument("--search", metavar=_("TEXT"), help=where)


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print JSON for scripts"))


def iso_date(value: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            _("“{value}” is not a date (write it as 2026-03-12)").format(value=value)
        ) from error
    return within_years(day, value)


def clock_time(text: str) -> dt.time:
    """A time of day as the window's time fields read it (the program's one clock reader):
    "18.30", "18:30", "kl 9"; "25.00" is one line naming what is wrong, exit 1."""
    from samverkan_desktop.clock_input import read_clock

    return read_clock(text)


def period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    """--from (default today) and --to (default a year later), or --year where a command takes
    it (add_year_or_days)."""
    from dateutil.relativedelta import relativedelta

    first, last = chosen_days(args)
    start = first or clock.today()
    return start, last or start + relativedelta(years=1)


def chosen_days(args: argparse.Namespace) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day --from and --to name (None: not given), or 1 January and 31
    December of --year; a period ending before it starts is wrong input."""
    year = getattr(args, "year", None)
    if year is not None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if args.start and args.end and args.end < args.start:
        raise ValidationError(_("The end date cannot be before the start date."))
    return args.start, args.end


class _NotWith(argparse.Action):
    """An option given with one it ``excludes`` (dest → option) is wrong usage, exit 2, as
    argparse's mutually exclusive options are ("--year går inte att ge tillsammans med
    --from."): a group of those cannot let --from go with --to."""

    def __init__(self, *args: Any, excludes: Mapping[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.excludes = excludes

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        for dest, option in self.excludes.items():
            if getattr(namespace, dest, None) is not None:
                raise argparse.ArgumentError(self, _("not allowed with argument %s") % option)
        setattr(namespace, self.dest, values)


def add_year_or_days(
    parser: argparse.ArgumentParser,
    *,
    year: str,
    start: str,
    end: str,
    year_first: bool = True,
) -> None:
    """--year YEAR, or --from DATE and --to DATE (either or both), with these helps; read by
    chosen_days (or period). ``year_first``: --year is listed before the days."""

    def add_year() -> None:
        parser.add_argument(
            "--year",
            type=parse_year,
            metavar=_("YEAR"),
            action=_NotWith,
            excludes={"start": "--from", "end": "--to"},
            help=year,
        )

    if year_first:
        add_year()
    for option, dest, text in (("--from", "start", start), ("--to", "end", end)):
        parser.add_argument(
            option,
            dest=dest,
            type=iso_date,
            metavar=_("DATE"),
            action=_NotWith,
            excludes={"year": "--year"},
            help=text,
        )
    if not year_first:
        add_year()
